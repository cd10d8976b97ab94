import ParallelWork
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Which agreement files changed since the last look, without looking at every file: Linux's
/// inotify on the agreements folder (names of files written, moved in or out, created, deleted) and
/// on the templates folder and its subfolders (any change there means everything). On a system
/// without inotify, or when the kernel's queue overflowed, the answer is "everything", and the desk
/// compares every file's stamp as before.
final class FolderWatch: @unchecked Sendable {
    /// What changed.
    enum Change: Equatable {
        /// These file names of the agreements folder.
        case files(Set<String>)
        /// Anything, perhaps the templates: look at every file.
        case everything
    }

    private let descriptor: Int32
    private let agreementsWatch: Int32
    private let lock = Lock()

    /// Watches `agreements` and `templates` (with its subfolders); nil where inotify is unavailable.
    init?(agreements: URL, templates: URL) {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
                                | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)
        let watch = inotify_add_watch(descriptor, agreements.path, fileEvents)
        guard watch >= 0 else {
            close(descriptor)
            return nil
        }
        var folders = [templates.path]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: templates.path)) ?? [] {
            var isFolder = false
            let full = templates.appending(path: path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder { folders.append(full) }
        }
        for folder in folders where inotify_add_watch(descriptor, folder, fileEvents) < 0 {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        agreementsWatch = watch
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// What changed since the last call, or nil when nothing did. Never blocks.
    func changes() -> Change? {
        #if canImport(Glibc)
        lock.lock()
        defer { lock.unlock() }
        var names = Set<String>()
        var everything = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[]; }
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 || watch != agreementsWatch
                    || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    everything = true
                } else if !nameBytes.isEmpty {
                    names.insert(String(decoding: nameBytes, as: UTF8.self))
                }
            }
        }
        if everything { return .everything }
        return names.isEmpty ? nil : .files(names)
        #else
        return .everything
        #endif
    }
}
