import UnicodeText
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

extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur in the text: an exact (literal) search that is
    /// much faster than Foundation's `contains(_:)`, which compares by composed characters. Used for
    /// the ASCII-led markers `{{` and `«udfyld`, where both give the same answer for any real text.
    func containsBytes(of needle: String) -> Bool {
        // The needles are literals, whose bytes are at hand without a copy.
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, pattern) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, pattern) }
        }
    }
}

/// A literal byte search: `memchr` to each candidate first byte, then `memcmp` for the rest.
enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first, let patternBase = pattern.baseAddress else { return true }
        guard let base = haystack.baseAddress else { return false }
        var offset = 0
        while haystack.count - offset >= pattern.count {
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset) else { return false }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            guard haystack.count - position >= pattern.count else { return false }
            if memcmp(base + position, patternBase, pattern.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    static func contains(_ haystack: [UInt8], _ pattern: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { haystack in pattern.withUnsafeBufferPointer { contains(haystack, $0) } }
    }
}

extension String {
    /// The `\n`-separated lines, empty ones included: what `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives, found by byte instead of by `Character`, which is
    /// many times faster. A text with a CR (where CR LF is one `Character`) is split the slow way.
    func lines() -> [Substring] {
        var result: [Substring] = []
        let done: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            guard memchr(base, 0x0D, bytes.count) == nil else { return false }
            var offset = 0
            while let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
                let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                result.append(self[utf8.index(startIndex, offsetBy: offset)..<utf8.index(startIndex, offsetBy: end)])
                offset = end + 1
            }
            result.append(self[utf8.index(startIndex, offsetBy: offset)...])
            return true
        }
        return done == true ? result : split(separator: "\n", omittingEmptySubsequences: false)
    }
}

extension StringProtocol {
    /// `allSatisfy(\.isWhitespace)`, answered from the first byte when it is plainly no white space
    /// (an ASCII letter, digit or sign: a `Character` is white space as its first scalar is) or
    /// when every byte is a space; other texts are asked character by character.
    var isBlank: Bool {
        var sawOther = false
        for byte in utf8 {
            if byte == 0x20 { continue }
            if !sawOther, byte < 0x80, !(0x09...0x0D).contains(byte) { return false }
            sawOther = true
            break
        }
        return sawOther ? allSatisfy(\.isWhitespace) : true
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (UnicodeText's `trimming`), or `.whitespaces`
    /// when `newlines` is false, skipping the scan when both ends are plainly no white space: a visible ASCII
    /// character or a letter (which most texts start and end with).
    func trimmingWhiteSpace(newlines: Bool = true) -> String {
        func plain(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            if scalar.isASCII { return scalar.value > 0x20 && scalar.value < 0x7F }
            return scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
        }
        // A visible ASCII byte at an end is that end's whole scalar: most texts are decided by bytes.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, (0x21..<0x7F).contains(first),
           (0x21..<0x7F).contains(last) {
            return whole
        }
        if plain(unicodeScalars.first), plain(unicodeScalars.last) { return String(self) }
        return trimming(newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
