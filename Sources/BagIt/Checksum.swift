import Crypto
import Foundation

/// The manifest algorithms the verifier understands (RFC 8493 §2.4 names), all from swift-crypto.
enum ChecksumAlgorithm: String, CaseIterable, Sendable, Comparable {
    case md5, sha1, sha256, sha384, sha512

    /// The algorithm of `manifest-ALG.txt` or `tagmanifest-ALG.txt`.
    init?(manifestSuffix: String) {
        self.init(rawValue: manifestSuffix.lowercased())
    }

    /// The length of a hex digest.
    var hexLength: Int {
        switch self {
        case .md5: 32
        case .sha1: 40
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
        var hasher = StreamingHasher(self)
        hasher.update(data)
        return hasher.finalize()
    }
}

/// Hashes data that arrives in chunks.
struct StreamingHasher {
    private enum State {
        case md5(Insecure.MD5)
        case sha1(Insecure.SHA1)
        case sha256(SHA256)
        case sha384(SHA384)
        case sha512(SHA512)
    }

    private var state: State

    init(_ algorithm: ChecksumAlgorithm) {
        switch algorithm {
        case .md5: state = .md5(Insecure.MD5())
        case .sha1: state = .sha1(Insecure.SHA1())
        case .sha256: state = .sha256(SHA256())
        case .sha384: state = .sha384(SHA384())
        case .sha512: state = .sha512(SHA512())
        }
    }

    mutating func update(_ data: Data) {
        switch state {
        case var .md5(hash): hash.update(data: data); state = .md5(hash)
        case var .sha1(hash): hash.update(data: data); state = .sha1(hash)
        case var .sha256(hash): hash.update(data: data); state = .sha256(hash)
        case var .sha384(hash): hash.update(data: data); state = .sha384(hash)
        case var .sha512(hash): hash.update(data: data); state = .sha512(hash)
        }
    }

    func finalize() -> String {
        switch state {
        case let .md5(hash): hex(hash.finalize())
        case let .sha1(hash): hex(hash.finalize())
        case let .sha256(hash): hex(hash.finalize())
        case let .sha384(hash): hex(hash.finalize())
        case let .sha512(hash): hex(hash.finalize())
        }
    }
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
