#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, as `lstat(2)` sees it (a symbolic link is not followed).
public enum FileKind: String, Hashable, Sendable, CustomStringConvertible {
    /// Nothing is there.
    case absent
    /// A regular file: the only thing an output ever replaces.
    case regularFile
    /// A folder.
    case directory
    /// A symbolic link (to anything, or dangling).
    case symbolicLink
    /// A named pipe.
    case fifo
    /// A character device such as `/dev/null` or `/dev/full`.
    case characterDevice
    /// A block device.
    case blockDevice
    /// A Unix-domain socket.
    case socket

    /// What is at `path`, not following a final symbolic link; `nil` with `errno` set when it
    /// cannot be told (for example no permission to look in the folder).
    public static func at(_ path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .absent : nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        default: return .socket
        }
    }

    /// The kind in words, with its article: "a named pipe (FIFO)".
    public var description: String {
        switch self {
        case .absent: "nothing"
        case .regularFile: "a regular file"
        case .directory: "a folder"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a named pipe (FIFO)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        }
    }
}
