import CCrypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The manifest algorithms the verifier understands (RFC 8493 §2.4 names), all from OpenSSL.
enum ChecksumAlgorithm: String, CaseIterable, Sendable, Comparable {
    case md5, sha1, sha224, sha256, sha384, sha512

    /// The algorithm of `manifest-ALG.txt` or `tagmanifest-ALG.txt`.
    init?(manifestSuffix: String) {
        self.init(rawValue: manifestSuffix.lowercased())
    }

    /// The length of a hex digest.
    var hexLength: Int {
        switch self {
        case .md5: 32
        case .sha1: 40
        case .sha224: 56
        case .sha256: 64
        case .sha384: 96
        case .sha512: 128
        }
    }

    static func < (lhs: ChecksumAlgorithm, rhs: ChecksumAlgorithm) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The hex digest of some bytes.
    func hexDigest(_ data: Data) -> String {
        let hasher = StreamingHasher(self)
        hasher.update(data)
        return hasher.finalize()
    }
}

/// Hashes data that arrives in chunks, through OpenSSL's EVP interface (Debian's libcrypto).
///
/// Owns its `EVP_MD_CTX` and frees it when done; the EVP calls cannot fail for these built-in
/// digests short of running out of memory, which stops the process as any allocation failure does.
final class StreamingHasher {
    private let context: OpaquePointer

    init(_ algorithm: ChecksumAlgorithm) {
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, algorithm.evpDigest, nil) == 1 else {
            fatalError("OpenSSL could not start a \(algorithm.rawValue) digest")
        }
        self.context = context
    }

    deinit { EVP_MD_CTX_free(context) }

    func update(_ data: Data) {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            _ = EVP_DigestUpdate(context, base, bytes.count)
        }
    }

    func finalize() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = EVP_DigestFinal_ex(context, &digest, &length)
        return hex(digest.prefix(Int(length)))
    }
}

extension ChecksumAlgorithm {
    /// OpenSSL's digest of this algorithm.
    fileprivate var evpDigest: OpaquePointer? {
        switch self {
        case .md5: EVP_md5()
        case .sha1: EVP_sha1()
        case .sha224: EVP_sha224()
        case .sha256: EVP_sha256()
        case .sha384: EVP_sha384()
        case .sha512: EVP_sha512()
        }
    }
}

/// The SHA-256 digest of some bytes, as lower-case hex.
func sha256Hex(_ data: Data) -> String {
    ChecksumAlgorithm.sha256.hexDigest(data)
}

/// Lower-case hex of a digest.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var result: [UInt8] = []
    for byte in bytes {
        result.append(digits[Int(byte >> 4)])
        result.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: result, as: UTF8.self)
}
