import Foundation

/// Makes one `String` per distinct text and hands out that same string whenever the text comes
/// again, so that the table the XLSX benchmark reads from its cells file holds each repeated cell
/// text once.
///
/// A table made from agreements shares some of its texts and not others: a status cell is a
/// string literal (`Status.label`) and an area is its vocabulary term's one label, but every
/// agreement's goal and effort texts are strings of their own. Here every equal text is shared,
/// which is a choice of the harness (the README says so): it brings the harness's reading closer
/// to the raw C baseline, which splits its lines in place and allocates nothing per cell. Without
/// it the harness made and later freed a heap string for every cell (callgrind, 100k rows:
/// 0.37 G instructions making them, 0.42 G freeing the table); the exporter, what the line
/// measures, runs the same code either way.
///
/// Texts are found by a hash of their bytes and confirmed byte for byte; a text that decoding
/// would repair (invalid UTF-8) is never shared, so every string is what `String(decoding:as:)`
/// makes of its bytes. It keeps every distinct text it has seen: use it where the texts are kept
/// anyway (a table in memory), not for a stream of rows.
struct TextInterner {
    private var buckets: [UInt64: [String]] = [:]

    /// The string of `bytes`: one made before for the same bytes, or a new one.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let key = Self.hash(bytes)
        if let candidates = buckets[key] {
            for candidate in candidates where Self.equal(candidate, bytes) { return candidate }
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if Self.equal(made, bytes) { buckets[key, default: []].append(made) }
        return made
    }

    /// Whether `string` is exactly `bytes` in UTF-8.
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let left = utf8.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, bytes.count) == 0
        }
    }

    /// A 64-bit hash of `bytes`, eight at a time (a multiply-xorshift mix; not for adversaries,
    /// and none are here: equal hashes are confirmed byte for byte).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
        }
        var offset = 0
        while offset + 8 <= raw.count {
            mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
        return hash
    }
}
