#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// What tells that a file changed without reading it: its size, change time and inode (an atomic
/// save, as `git pull` and every editor's "save" do it, makes a new inode).
struct FileStamp: Sendable, Hashable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64

    /// Stands for a file written but not yet looked at again: never equal to a real stamp, so the
    /// next refresh reads it.
    static let unknown = FileStamp(size: -1, seconds: 0, nanoseconds: 0, inode: 0)

    init(size: Int64, seconds: Int, nanoseconds: Int, inode: UInt64) {
        (self.size, self.seconds, self.nanoseconds, self.inode) = (size, seconds, nanoseconds, inode)
    }

    /// The stamp of the regular file at `url`, or nil.
    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(size: Int64(info.st_size), seconds: Int(info.st_ctim.tv_sec), nanoseconds: Int(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// The stamps of the agreement files (`*.md`, not hidden) of `folder`, by id.
    static func agreementFiles(in folder: URL) -> [String: FileStamp] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var stamps: [String: FileStamp] = [:]
        for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
            if let stamp = FileStamp(folder.appending(path: name)) { stamps[String(name.dropLast(3))] = stamp }
        }
        return stamps
    }

    /// The stamps of every file under `folder` (the templates), by relative path.
    static func folder(_ folder: URL) -> [String: FileStamp] {
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [:] }
        var stamps: [String: FileStamp] = [:]
        for path in paths {
            if let stamp = FileStamp(folder.appending(path: path)) { stamps[path] = stamp }
        }
        return stamps
    }
}
