#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output could not be written: the operation that failed, the path it failed on and the
/// system's `errno`. What the failure means (a full disk, a read-only disk, ...) is read from
/// `errno`, never from a message text. The words name no command-line option: the command-line
/// tool adds its own advice.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done when the failure happened.
    public enum Operation: String, Hashable, Sendable {
        /// Looking at the output's folder (does it exist, may we write there).
        case checkFolder = "checking the folder"
        /// Looking at what is at the destination before replacing it.
        case checkDestination = "checking the destination"
        /// Creating a temporary file or a scratch folder.
        case create = "creating"
        /// Writing bytes.
        case write = "writing"
        /// `fsync(2)` of a finished file.
        case sync = "flushing to disk"
        /// `rename(2)` of the finished file over the destination.
        case rename = "moving into place"
        /// `link(2)` of the finished file to a destination that must not exist yet.
        case link = "linking into place"
        /// `fsync(2)` of the destination's folder after the rename.
        case syncFolder = "flushing the folder"
    }

    /// What the failure means for the user, derived from `errno` (and `found`).
    public enum Problem: Hashable, Sendable {
        /// The folder does not exist (ENOENT, ENOTDIR).
        case folderMissing
        /// No permission to write there (EACCES, EPERM).
        case notWritable
        /// The file system is mounted read-only (EROFS).
        case readOnly
        /// The disk or the quota is full (ENOSPC, EDQUOT), or a file-size limit was hit (EFBIG).
        case diskFull
        /// The file name is longer than a file system allows (ENAMETOOLONG).
        case nameTooLong
        /// The destination exists and was not to be replaced (EEXIST).
        case exists
        /// Something other than a regular file is at the destination; it is never replaced.
        case notARegularFile(FileKind)
        /// Any other failure; `errno` says which.
        case other
    }

    /// The operation that failed.
    public let operation: Operation
    /// The file or folder it failed on.
    public let path: String
    /// The system's error number (`errno`); `EEXIST` when the destination was refused by policy.
    public let errno: Int32
    /// What was found at the destination, when that was the reason for refusing it.
    public let found: FileKind?

    /// An error for a failed system call.
    public init(_ operation: Operation, path: String, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
        self.found = nil
    }

    /// A destination that is refused because `found` is there, not a regular file.
    public init(refusing path: String, found: FileKind) {
        self.operation = .checkDestination
        self.path = path
        self.errno = EEXIST
        self.found = found
    }

    /// What the failure means, from `errno`.
    public var problem: Problem {
        if let found { return .notARegularFile(found) }
        switch errno {
        case ENOENT, ENOTDIR: return .folderMissing
        case EACCES, EPERM: return .notWritable
        case EROFS: return .readOnly
        case ENOSPC, EDQUOT, EFBIG: return .diskFull
        case ENAMETOOLONG: return .nameTooLong
        case EEXIST: return .exists
        default: return .other
        }
    }

    /// True when the disk or quota is full (ENOSPC, EDQUOT) or a file-size limit was reached (EFBIG).
    public var isDiskFull: Bool { problem == .diskFull }

    /// The system's words for `errno`.
    public var systemMessage: String { String(cString: strerror(errno)) }

    /// A sentence without advice, e.g. "could not write '/x/plan.xlsx' (writing): No space left on
    /// device: the disk is full".
    public var description: String {
        switch problem {
        case .folderMissing where operation == .checkFolder:
            return "the output folder '\(path)' does not exist"
        case .notWritable where operation == .checkFolder:
            return "the output folder '\(path)' is not writable"
        case .readOnly where operation == .checkFolder:
            return "the output folder '\(path)' is on a read-only disk and is not writable"
        case .nameTooLong:
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return "the file name '\(name)' is \(name.utf8.count) bytes, more than the \(AtomicFile.maximumNameLength) "
                + "a file system allows"
        case .exists:
            return "'\(path)' already exists; it was left untouched"
        case .notARegularFile(let kind):
            return "'\(path)' is \(kind.description), not a regular file; it was left untouched"
        case .diskFull:
            let meaning = errno == EFBIG ? "a file-size limit was reached" : "the disk is full"
            return "could not write '\(path)' (\(operation.rawValue)): \(systemMessage): \(meaning)"
        default:
            return "could not write '\(path)' (\(operation.rawValue)): \(systemMessage)"
        }
    }
}
