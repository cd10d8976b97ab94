// Foundation's text operations that FoundationEssentials (the ICU-free core `aftale` links) lacks,
// written out so that they give Foundation's answers: trimming by its predefined character sets,
// its non-literal search and replace, NFC, compatibility decomposition, diacritic and case folding.
// Where Unicode data is needed and the standard library has none, the tables in
// UnicodeTables+Data.swift are Foundation's own answers (scripts/unicode-tables.swift); the tests
// (Tests/UnicodeTextTests) hold every function to Foundation over all scalars.

/// A set of Unicode scalars: Foundation's predefined `CharacterSet`s, or the scalars of a string.
public struct ScalarSet: Sendable {
    private let test: @Sendable (Unicode.Scalar) -> Bool

    private init(test: @escaping @Sendable (Unicode.Scalar) -> Bool) { self.test = test }

    /// Whether `scalar` is in the set.
    public func contains(_ scalar: Unicode.Scalar) -> Bool { test(scalar) }

    /// The scalars of `characters` (`CharacterSet(charactersIn:)`).
    public init(charactersIn characters: String) {
        let scalars = Set(characters.unicodeScalars.map(\.value))
        test = { scalars.contains($0.value) }
    }

    /// The scalars of this set that are not in `other`.
    public func subtracting(_ other: ScalarSet) -> ScalarSet {
        ScalarSet { self.test($0) && !other.test($0) }
    }

    /// `CharacterSet.whitespaces`: general category Zs, tab and U+200B (zero width space, which
    /// Foundation's data still counts as a space).
    public static let whitespaces = ScalarSet { scalar in
        scalar.value == 0x09 || scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.whitespacesAndNewlines`: general category Z, U+0009...U+000D, U+0085 and U+200B.
    public static let whitespacesAndNewlines = ScalarSet { scalar in
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x200B: return true
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// `CharacterSet.punctuationCharacters`: general category P, less the scalars Unicode 16 made
    /// punctuation, which Foundation's data does not have yet.
    public static let punctuation = ScalarSet { scalar in
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return !UnicodeTables.newerPunctuation.contains(scalar.value)
        default: return false
        }
    }

    /// Unicode's White_Space property: what a regular expression's `\s` matches.
    public static let whiteSpaceProperty = ScalarSet { $0.properties.isWhitespace }
}

extension StringProtocol {
    /// `trimmingCharacters(in:)`: the text without the scalars of `set` at either end.
    ///
    /// What is kept is sliced by its scalar indices (a string's range subscript cuts at scalar
    /// boundaries, not only between characters) and copied in one piece: appending it scalar by
    /// scalar cost about 130,000 instructions for each long text of the shipped agreements'
    /// workplan entries, 3 % of `aftale validate Agreements/` (callgrind, 2026-12-03).
    public func trimming(_ set: ScalarSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(self[first..<scalars.index(after: last)])
    }

    /// The text without the scalars of `set` at its end.
    public func trimmingEnd(_ set: ScalarSet) -> String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[..<scalars.index(after: last)])
    }
}

/// Foundation's non-literal search: a text and a pattern match when their composed character
/// sequences (a base and the scalars that attach to it: `UnicodeText.isNonBase`) are canonically
/// equivalent one for one, so a match never ends inside such a sequence ("'" is not found in "'́"),
/// but it may end inside a grapheme cluster that is not one (CR LF, a ZWJ sequence).
public enum UnicodeText {
    /// Whether `scalar` attaches to the scalar before it in a composed character sequence.
    public static func isNonBase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }
        return UnicodeTables.inRanges(v, UnicodeTables.nonBaseRanges)
    }

    /// The text's composed character sequences, as ranges of its scalars.
    static func sequences(_ scalars: String.UnicodeScalarView) -> [Range<String.UnicodeScalarView.Index>] {
        var result: [Range<String.UnicodeScalarView.Index>] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if next == scalars.endIndex || !isNonBase(scalars[next]) {
                result.append(start..<next)
                start = next
            }
            index = next
        }
        return result
    }

    /// Whether two composed character sequences are canonically equivalent.
    static func equivalent(_ a: Substring.UnicodeScalarView, _ b: Substring.UnicodeScalarView) -> Bool {
        if a.elementsEqual(b) { return true }
        // Scalars below U+0300 are each in NFC and combine with nothing: equal or not equivalent.
        if a.allSatisfy({ $0.value < 0x300 }) && b.allSatisfy({ $0.value < 0x300 }) { return false }
        return String(a)._nfcCodeUnits == String(b)._nfcCodeUnits
    }

    /// The ranges (of `text`'s scalars) of the non-overlapping matches of `pattern`, first to last.
    static func matches(of pattern: String, in text: String) -> [Range<String.Index>] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) && pattern.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiMatches(of: Array(pattern.utf8), in: text)
        }
        let scalars = text.unicodeScalars, patternScalars = pattern.unicodeScalars
        let parts = sequences(scalars), patternParts = sequences(patternScalars)
        guard !patternParts.isEmpty, parts.count >= patternParts.count else { return [] }
        var result: [Range<String.Index>] = []
        var i = 0
        while i + patternParts.count <= parts.count {
            var matched = true
            for j in patternParts.indices where !equivalent(Substring(text).unicodeScalars[parts[i + j]],
                                                            Substring(pattern).unicodeScalars[patternParts[j]]) {
                matched = false
                break
            }
            if matched {
                result.append(parts[i].lowerBound..<parts[i + patternParts.count - 1].upperBound)
                i += patternParts.count
            } else {
                i += 1
            }
        }
        return result
    }
    /// The matches in an ASCII text of an ASCII pattern: each scalar a sequence of its own, byte
    /// for byte.
    private static func asciiMatches(of pattern: [UInt8], in text: String) -> [Range<String.Index>] {
        guard !pattern.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var result: [Range<String.Index>] = []
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                let start = String.Index(utf16Offset: i, in: text)
                result.append(start..<String.Index(utf16Offset: i + pattern.count, in: text))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return result
    }
}

extension String {
    /// `replacingOccurrences(of:with:)`: every match of `pattern` (Foundation's non-literal
    /// search, `UnicodeText`) replaced by `replacement`.
    public func replacingText(_ pattern: String, with replacement: String) -> String {
        let found = UnicodeText.matches(of: pattern, in: self)
        if found.isEmpty { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        var last = startIndex
        for range in found {
            result.unicodeScalars.append(contentsOf: unicodeScalars[last..<range.lowerBound])
            result += replacement
            last = range.upperBound
        }
        result.unicodeScalars.append(contentsOf: unicodeScalars[last...])
        return result
    }

    /// `range(of:)`: the first match of `pattern` (Foundation's non-literal search, `UnicodeText`).
    public func rangeOfText(_ pattern: String) -> Range<String.Index>? {
        UnicodeText.matches(of: pattern, in: self).first
    }


    /// `precomposedStringWithCanonicalMapping`: Unicode Normalization Form C.
    public var nfc: String { String(decoding: _nfcCodeUnits, as: UTF8.self) }

    /// `caseInsensitiveCompare(_:) == .orderedSame` for an ASCII `other`: Foundation folds case
    /// fully, so the Kelvin sign is a k, the long s an s and the ligature ﬁ "fi".
    public func equalsIgnoringCase(ascii other: String) -> Bool {
        var folded: [UInt8] = []
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if let ascii = UnicodeTables.caseFoldsToASCII[scalar.value] {
                folded += ascii.utf8
            } else {
                return false
            }
        }
        return folded.elementsEqual(other.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 })
    }
}

extension StringProtocol {
    /// `contains(_:)` of a string as Foundation answers it (its non-literal search, `UnicodeText`):
    /// "\n" is found in "\r\n", "" in nothing.
    public func containsText(_ pattern: String) -> Bool {
        !UnicodeText.matches(of: pattern, in: String(self)).isEmpty
    }
}

extension Character {
    /// `String(self).folding(options: .diacriticInsensitive, locale: nil)` when that is one ASCII
    /// letter or digit, else nil: a base letter with its accents taken off (é, e + U+0301: e).
    public var asciiWithoutDiacritics: Character? {
        let scalars = unicodeScalars
        var base: UInt32
        let first = scalars.first!.value
        if first < 0x80 {
            let ascii = Unicode.Scalar(first)!
            guard ascii.properties.isAlphabetic || ("0"..."9").contains(ascii) else { return nil }
            base = first
        } else if let ascii = UnicodeTables.asciiFold(first) {
            base = ascii
        } else {
            return nil
        }
        for scalar in scalars.dropFirst() where !UnicodeText.isNonBase(scalar) { return nil }
        return Character(Unicode.Scalar(base)!)
    }
}

extension Unicode.Scalar {
    /// `String(self).decomposedStringWithCompatibilityMapping`'s scalars (NFKD).
    public var compatibilityDecomposition: [Unicode.Scalar] {
        let v = value
        if v < 0xA0 { return [self] }
        if (0xAC00...0xD7A3).contains(v) {
            // Hangul syllables: leading consonant, vowel and, unless none, trailing consonant.
            let index = v - 0xAC00
            let lead = Unicode.Scalar(0x1100 + index / 588)!, vowel = Unicode.Scalar(0x1161 + (index % 588) / 28)!
            let trail = index % 28
            return trail == 0 ? [lead, vowel] : [lead, vowel, Unicode.Scalar(0x11A7 + trail)!]
        }
        guard let i = UnicodeTables.index(of: v, in: UnicodeTables.decomposedScalars) else { return [self] }
        let start = i == 0 ? 0 : Int(UnicodeTables.decompositionEnds[i - 1])
        return UnicodeTables.decompositionParts[start..<Int(UnicodeTables.decompositionEnds[i])].map { Unicode.Scalar($0)! }
    }
}

/// The Unicode data of this module: the generated tables (UnicodeTables+Data.swift) and the
/// few facts written here.
enum UnicodeTables {
    /// Scalars of general category P in Unicode 16 that Foundation's data does not count as
    /// punctuation.
    static let newerPunctuation: Set<UInt32> = [
        0x1B4E, 0x1B4F, 0x1B7F, 0x10D6E, 0x10ED0, 0x113D4, 0x113D5, 0x113D7, 0x113D8, 0x11BE1, 0x16D6D, 0x16D6E,
        0x16D6F, 0x1E5FF,
    ]

    /// The non-ASCII scalars whose full case folding is ASCII: the Kelvin sign, the long s and
    /// the Latin ligatures.
    static let caseFoldsToASCII: [UInt32: String] = [
        0x17F: "s", 0x212A: "k", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
        0xFB05: "st", 0xFB06: "st",
    ]

    /// The numbers written in `text`: hexadecimal digits (upper case), separated by spaces and
    /// line breaks; any other byte is a broken table and stops the program. The generated tables
    /// are kept as such text because the compiler is slow over large array literals (see
    /// scripts/unicode-tables.swift); each is read once, at first use.
    static func hexNumbers<Number: FixedWidthInteger>(_ text: StaticString) -> [Number] {
        var numbers: [Number] = []
        var value: Number = 0
        var inNumber = false
        text.withUTF8Buffer { bytes in
            numbers.reserveCapacity(bytes.count / 4)
            for byte in bytes {
                let digit: Number
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Number(byte &- UInt8(ascii: "0"))
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Number(byte &- UInt8(ascii: "A") &+ 10)
                case UInt8(ascii: " "), UInt8(ascii: "\n"):
                    if inNumber { numbers.append(value) }
                    (value, inNumber) = (0, false)
                    continue
                default:
                    preconditionFailure("a generated Unicode table holds the byte \(byte), not a hexadecimal digit")
                }
                (value, inNumber) = (value << 4 | digit, true)
            }
        }
        if inNumber { numbers.append(value) }
        return numbers
    }

    /// The position of `value` in the ascending `table`, if it is there.
    static func index(of value: UInt32, in table: [UInt32]) -> Int? {
        var low = 0, high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < table.count && table[low] == value ? low : nil
    }

    /// Whether `value` lies in one of the inclusive ranges `ranges` (first, last, first, last, ...).
    static func inRanges(_ value: UInt32, _ ranges: [UInt32]) -> Bool {
        var low = 0, high = ranges.count / 2
        while low < high {
            let middle = (low + high) / 2
            if ranges[2 * middle + 1] < value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count / 2 && ranges[2 * low] <= value
    }

    /// The ASCII letter or digit `value` folds to without its diacritics, if it folds to one.
    static func asciiFold(_ value: UInt32) -> UInt32? {
        var low = 0, high = asciiFolds.count
        while low < high {
            let middle = (low + high) / 2
            if asciiFolds[middle] >> 8 < value { low = middle + 1 } else { high = middle }
        }
        return low < asciiFolds.count && asciiFolds[low] >> 8 == value ? asciiFolds[low] & 0xFF : nil
    }
}
