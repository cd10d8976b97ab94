import AftalerCore
import Foundation
import BagIt

/// Why a handover bundle cannot be written, with what to do about it.
public enum HandoverBundleError: Error, Equatable, CustomStringConvertible {
    /// The bundle's name (its folder in the zip) is not a safe folder name, or is too long.
    case invalidName(String, reason: String)

    public var description: String {
        switch self {
        case let .invalidName(name, reason):
            let shown = name.utf8.count > 80 ? String(name.prefix(60)) + "…" : name
            return "the bundle name '\(shown)' cannot be used: \(reason); choose another --name "
                + "(at most 255 bytes, no / \\ : < > \" | ? * and not starting with '.')"
        }
    }

    /// libzip's failure to write, as the user's problem when it is one they can act on (a full or
    /// read-only disk, no permission); otherwise the error as it is.
    static func explained(_ error: BagWriteError, writing url: URL) -> any Error {
        guard error.kind == .io, let message = error.libraryMessage else { return error }
        for code in [ENOSPC, EDQUOT, EROFS, EACCES] where message.contains(String(cString: strerror(code))) {
            return AtomicFile.Failure.writeFailed(url.path, AtomicFile.explain(code))
        }
        return error
    }
}
