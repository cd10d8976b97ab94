import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX helpers shared by the writer and the reader.
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

    /// Flushes a finished file to disk so the rename that publishes it is durable.
    static func sync(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// Atomically replaces `target` with `source` (both in the same folder).
    static func rename(_ source: String, over target: String) throws {
        guard posixRename(source, target) == 0 else {
            throw ZipError(.io, "cannot move the finished archive into place (\(lastErrorMessage()))", path: target)
        }
    }

    /// Writes bytes to a new file, failing if anything is in the way.
    static func writeNewFile(_ path: String, bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ZipError(.io, "cannot create file (\(lastErrorMessage()))", path: path)
        }
        defer { _ = close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw ZipError(.io, "cannot write file (\(lastErrorMessage()))", path: path)
        }
    }
}

/// `rename(2)`, out of reach of `FileSystem.rename(_:over:)`'s name.
private func posixRename(_ source: String, _ target: String) -> Int32 {
    rename(source, target)
}
