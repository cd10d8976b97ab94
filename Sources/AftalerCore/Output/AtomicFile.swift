import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a half-written one: the content goes to a temporary
/// file in the same folder, which is flushed to disk and renamed over the target only when it is
/// complete. On any error the temporary file is removed and the target keeps what it had.
///
/// Temporary files are hidden siblings named `.NAME.tmp-PID-RANDOM` (the zip writer uses the same
/// pattern). A process killed outright (SIGKILL, power loss) cannot remove its own; the next write
/// to the same target removes every such file whose process no longer runs.
public enum AtomicFile {
    /// Why an output file could not be written, in the user's terms.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case folderMissing(String)
        case folderNotWritable(String)
        case exists(String)
        case writeFailed(String, String)
        case nameTooLong(String)

        public var description: String {
            switch self {
            case .folderMissing(let folder): "the output folder '\(folder)' does not exist; create it or choose another --output"
            case .folderNotWritable(let folder): "the output folder '\(folder)' is not writable; choose another --output"
            case .exists(let path): "'\(path)' already exists; it was left untouched"
            case .writeFailed(let path, let reason): "could not write '\(path)': \(reason)"
            case .nameTooLong(let name):
                "the file name '\(name)' is \(name.utf8.count) bytes, more than the \(maximumNameLength) a file "
                    + "system allows; choose a shorter --output"
            }
        }
    }

    /// The longest file name, in UTF-8 bytes, that Linux and macOS file systems accept.
    public static let maximumNameLength = 255

    /// Checks that `target`'s name is not too long and that its folder exists and is writable,
    /// before any work is done.
    public static func checkFolder(of target: URL) throws(Failure) {
        guard target.lastPathComponent.utf8.count <= maximumNameLength else { throw .nameTooLong(target.lastPathComponent) }
        let folder = target.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(folder)
        }
        guard access(folder, W_OK) == 0 else { throw .folderNotWritable(folder) }
    }

    /// The hidden prefix of every temporary file for `name`: `.NAME.tmp-`, with NAME cut so that
    /// a whole temporary name stays within `maximumNameLength`.
    public static func temporaryPrefix(for name: String) -> String {
        var cut = Substring(name)
        while cut.utf8.count > maximumNameLength - 64 { cut = cut.dropLast() }
        return ".\(cut).tmp-"
    }

    /// A fresh temporary path beside `target`, hidden, that no other run uses.
    public static func temporaryPath(for target: URL) -> URL {
        let name = temporaryPrefix(for: target.lastPathComponent) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return target.deletingLastPathComponent().appending(path: name)
    }

    /// Removes the temporary files for `target` left behind by processes that no longer run (a
    /// write killed outright). Those of running processes are left alone. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(for target: URL) -> [String] {
        let folder = target.deletingLastPathComponent()
        let prefix = temporaryPrefix(for: target.lastPathComponent)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0,
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            if unlink(folder.appending(path: name).path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Lets `write` produce the file at a temporary path, then renames it to `target`.
    /// With `overwrite: false` an existing target is never replaced.
    public static func write<Result>(to target: URL, overwrite: Bool = true,
                                     _ write: (URL) throws -> Result) throws -> Result {
        try checkFolder(of: target)
        if !overwrite, FileManager.default.fileExists(atPath: target.path) { throw Failure.exists(target.path) }
        removeStaleTemporaries(for: target)
        let temporary = temporaryPath(for: target)
        do {
            let result = try write(temporary)
            try commit(temporary, to: target, overwrite: overwrite)
            return result
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Why nothing can be written in `folder` now, if the file system says so: read-only, or full
    /// (less than 1 MiB free). For writers whose own errors do not say (libxlsxwriter's), to ask
    /// after a write failed; never for errors about the content.
    public static func diskProblem(in folder: URL) -> String? {
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return nil }
        if info.f_flag & UInt(ST_RDONLY) != 0 { return explain(EROFS) }
        if UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20 { return explain(ENOSPC) }
        return nil
    }

    /// The system's words for `error`, and what to do about it.
    public static func explain(_ error: Int32) -> String {
        let words = String(cString: strerror(error))
        switch error {
        case ENOSPC, EDQUOT: return "\(words): the disk is full; free some space or choose another --output"
        case EROFS: return "\(words): the folder is on a read-only disk; choose another --output"
        case EACCES, EPERM: return "\(words): no permission to write there; choose another --output"
        default: return words
        }
    }

    /// Writes `data` atomically to `target`.
    public static func write(_ data: Data, to target: URL, overwrite: Bool = true) throws {
        try write(to: target, overwrite: overwrite) { temporary in
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw Failure.writeFailed(target.path, explain(errno)) }
            defer { close(descriptor) }
            var offset = 0
            while offset < data.count {
                let written = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + offset, data.count - offset, off_t(offset)) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw Failure.writeFailed(target.path, explain(errno)) }
                offset += written
            }
        }
    }

    /// Flushes the finished temporary file, moves it into place and flushes the folder, so that
    /// after a crash the target holds either the old or the new file.
    private static func commit(_ temporary: URL, to target: URL, overwrite: Bool) throws {
        try flush(temporary.path, target: target)
        if overwrite {
            guard rename(temporary.path, target.path) == 0 else { throw Failure.writeFailed(target.path, explain(errno)) }
        } else {
            // link() fails if the target exists, so a file created meanwhile is never replaced.
            guard link(temporary.path, target.path) == 0 else {
                let reason = errno == EEXIST ? Failure.exists(target.path) : Failure.writeFailed(target.path, explain(errno))
                throw reason
            }
            unlink(temporary.path)
        }
        let folder = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// `fsync(2)` on a file; a failure (a full disk can surface only here) fails the write.
    private static func flush(_ path: String, target: URL) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0, fsync(descriptor) == 0 else {
            let reason = explain(errno)
            if descriptor >= 0 { close(descriptor) }
            throw Failure.writeFailed(target.path, reason)
        }
        close(descriptor)
    }
}
