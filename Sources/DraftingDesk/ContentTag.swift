import CCrypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tag of a file's content (an HTTP entity tag): the SHA-256 of its bytes, in hex. A save
/// names the tag of the version it was edited from; when the file on disk has another, someone
/// else changed it meanwhile.
public struct ContentTag: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    public init(of data: Data) {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        data.withUnsafeBytes { bytes in
            _ = SHA256(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &digest)
        }
        hex = digest.map { String($0, radix: 16).leftPadded() }.joined()
    }

    /// A tag as a client sent it back (64 hex digits), or nil.
    public init?(hex: String) {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        self.hex = hex
    }

    public var description: String { hex }
}

private extension String {
    func leftPadded() -> String { count == 1 ? "0" + self : self }
}
