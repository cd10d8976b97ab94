#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX helpers shared by the writer and the reader. Publishing a finished archive is
/// `SafeOutput.AtomicFile`'s job.
enum FileSystem {
    /// The file-system path of a file URL, as passed to C functions.
    static func path(of url: URL) -> String {
        url.withUnsafeFileSystemRepresentation { $0.map { String(cString: $0) } } ?? url.path
    }

    /// The current `errno` as text.
    static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }

    /// Whether something exists at `path` (not following a final symbolic link), and if it is a folder.
    static func kind(at path: String) -> (exists: Bool, isDirectory: Bool) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (false, false) }
        return (true, info.st_mode & S_IFMT == S_IFDIR)
    }

    /// Whether `path` names an existing folder (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Removes a file if it exists; errors are ignored (used for clean-up only).
    static func removeIfPresent(_ path: String) {
        _ = unlink(path)
    }
}
