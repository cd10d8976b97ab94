// Danish alphabetical order for titles, independent of the machine's locale.
//
// The rules follow the Danish tailoring of the Unicode Collation Algorithm (CLDR "da") and
// Retskrivningsordbogen, simplified to what titles need:
//
// 1. Primary level (letters and digits; spaces, punctuation and symbols are skipped):
//    digits 0–9 < a–z < æ < ø < å < letters of other scripts. Case is ignored. Accented letters
//    sort as their base letter (é as e, ç as c, ñ as n), except the Danish specials:
//    ä sorts as æ, ö and ő as ø, ü and ű as y (Retskrivningsordbogen), "aa"/"Aa"/"AA" as å,
//    œ as "oe", ß as "ss", þ as "th", ð and đ as d. Digits compare one by one ("10" < "2").
// 2. Secondary level: accents. Unaccented before accented (e < é).
// 3. Tertiary level: case, uppercase first as in CLDR "da" (A < a); for å:
//    Å < AA < Aa < å < aa.
// 4. Quaternary level: the skipped characters, by position and code point ("a b" < "ab").
// 5. Identical level: the Unicode scalars of the original text, so only identical strings tie.
//
// A sort key concatenates the five levels as `[UInt32]`; keys compare lexicographically.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Danish alphabetical order for titles: case-insensitive letters with æ, ø, å (and "aa") after
/// z, accents and punctuation as tie-breaks, and a final comparison of the raw Unicode scalars,
/// so that sorting is total and gives the same result on every machine and locale.
public enum DanishCollation {
    /// A precomputed collation key: compare keys instead of strings when sorting many titles.
    public struct SortKey: Hashable, Comparable, Sendable {
        /// The weights of all levels; keys order lexicographically by these.
        public let weights: [UInt32]

        public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            lhs.weights.withUnsafeBufferPointer { a in
                rhs.weights.withUnsafeBufferPointer { b in
                    let n = min(a.count, b.count)
                    var i = 0
                    while i < n {
                        if a[i] != b[i] { return a[i] < b[i] }
                        i += 1
                    }
                    return a.count < b.count
                }
            }
        }
    }

    /// The collation key of `s`. Two keys are equal only when the strings' Unicode scalars are.
    public static func sortKey(_ s: String) -> SortKey {
        var builder = KeyBuilder(s)
        return SortKey(weights: builder.build())
    }

    /// Compares two strings in Danish order.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return .orderedSame }
        let ka = sortKey(a)
        let kb = sortKey(b)
        if ka == kb { return .orderedSame }
        return ka < kb ? .orderedAscending : .orderedDescending
    }

    /// Whether `a` sorts before `b` in Danish order; usable as `sorted(by:)`'s predicate.
    /// For many strings prefer `sortedDanish()`, which computes each key once.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }

    // MARK: Weights

    /// Primary weights: digits 1...10, a...z 11...36, æ 37, ø 38, å 39, others above.
    static let digitBase: UInt32 = 1
    static let letterBase: UInt32 = 11
    static let ae: UInt32 = 37
    static let oe: UInt32 = 38
    static let aa: UInt32 = 39
    static let otherBase: UInt32 = 0x1000

    /// Tertiary weights; `lowerCase` is the default and is not stored.
    static let upperCase: UInt32 = 1
    static let aaUpperUpper: UInt32 = 2
    static let aaUpperLower: UInt32 = 3
    static let aRingLower: UInt32 = 4
    static let aaLowerLower: UInt32 = 5

    /// Secondary weights for the Danish letters that are "accented" variants of another letter,
    /// in addition to combining marks (whose weight is their code point).
    static let strokeMark: UInt32 = 0xF000
    static let ethMark: UInt32 = 0xF001

    /// A letter or digit after decomposition (its marks are kept apart, in `KeyBuilder.marks`).
    struct Element {
        var primary: UInt32
        /// The tertiary weight, or 0 for the default (lowercase or uncased).
        var tertiary: UInt32
        /// The element is "a"/"A" with no marks (a candidate for the "aa" contraction).
        var isPlainA = false

        init(_ primary: UInt32, upper: Bool, isPlainA: Bool = false) {
            self.primary = primary
            self.tertiary = upper ? DanishCollation.upperCase : 0
            self.isPlainA = isPlainA
        }
    }

    /// Decompositions of precomposed letters (compatibility decomposition, so ligatures and
    /// full-width forms decompose too), for the Latin ranges likely in titles.
    static let decompositions: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let ranges: [ClosedRange<UInt32>] = [
            0xA0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x2100...0x214F, 0xFB00...0xFB06,
        ]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[value] = decompose(scalar)
            }
        }
        return table
    }()

    static func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        scalar.compatibilityDecomposition
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Builds the key of one string.
    struct KeyBuilder {
        let string: String
        var elements: [Element] = []
        /// Accents: (index of the element they are on, weight).
        var marks: [(element: Int, mark: UInt32)] = []
        /// Characters skipped at the primary level: (number of elements before, code point).
        var ignorables: [(position: Int, value: UInt32)] = []
        /// Whether two adjacent plain a's were seen (the "aa" contraction may apply).
        var mayContract = false

        init(_ string: String) {
            self.string = string
            elements.reserveCapacity(string.utf8.count)
        }

        mutating func build() -> [UInt32] {
            for scalar in string.unicodeScalars { add(scalar) }
            if mayContract { contractAA() }

            var key: [UInt32] = []
            key.reserveCapacity(elements.count + 2 * marks.count + string.utf8.count / 4 + 8)
            // 1. primary
            for e in elements { key.append(e.primary) }
            key.append(0)
            // 2. secondary: (inverted element position, mark) pairs, so an element without marks
            //    sorts before one with marks; terminated by 1.
            for (element, mark) in marks {
                key.append(UInt32.max - UInt32(element + 1))
                key.append(mark)
            }
            key.append(1)
            // 3. tertiary: (position, weight) pairs for everything but lowercase, whose weight
            //    counts as the largest; terminated by the maximum.
            for (i, e) in elements.enumerated() where e.tertiary != 0 {
                key.append(UInt32(i + 1))
                key.append(e.tertiary)
            }
            key.append(UInt32.max)
            // 4. quaternary: (2 * position + 2, code point + 1) pairs for the skipped characters;
            //    terminated by 2 * count + 1, which sorts after skipped characters inside the
            //    text and before skipped characters at its end.
            for (position, value) in ignorables {
                key.append(UInt32(2 * position + 2))
                key.append(value + 1)
            }
            key.append(UInt32(2 * elements.count + 1))
            // 5. identical: UTF-8 bytes + 1 (never 0, as UTF-8 has no 0xFF), four per weight,
            //    zero-padded; UTF-8 byte order is code point order.
            var word: UInt32 = 0
            var count = 0
            for byte in string.utf8 {
                word = word << 8 | UInt32(byte + 1)
                count += 1
                if count == 4 {
                    key.append(word)
                    word = 0
                    count = 0
                }
            }
            if count > 0 { key.append(word << (8 * UInt32(4 - count))) }
            return key
        }

        mutating func append(_ e: Element) {
            if e.isPlainA, let last = elements.last, last.isPlainA, ignorables.last?.position != elements.count {
                mayContract = true
            }
            elements.append(e)
        }

        mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            let letter = DanishCollation.letterBase
            // ASCII fast path.
            if v < 0x80 {
                switch v {
                case 0x30...0x39: append(Element(DanishCollation.digitBase + v - 0x30, upper: false))
                case 0x41...0x5A: append(Element(letter + v - 0x41, upper: true, isPlainA: v == 0x41))
                case 0x61...0x7A: append(Element(letter + v - 0x61, upper: false, isPlainA: v == 0x61))
                default: ignorables.append((elements.count, v))
                }
                return
            }
            switch v {
            case 0xE6, 0xC6: append(Element(DanishCollation.ae, upper: v == 0xC6))  // æ Æ
            case 0xF8, 0xD8: append(Element(DanishCollation.oe, upper: v == 0xD8))  // ø Ø
            case 0xC5: append(Element(DanishCollation.aa, upper: true))  // Å
            case 0xE5:  // å
                var e = Element(DanishCollation.aa, upper: false)
                e.tertiary = DanishCollation.aRingLower
                append(e)
            case 0xDF, 0x1E9E:  // ß ẞ
                append(Element(letter + 18, upper: v == 0x1E9E))
                append(Element(letter + 18, upper: v == 0x1E9E))
            case 0xFE, 0xDE:  // þ Þ
                append(Element(letter + 19, upper: v == 0xDE))
                append(Element(letter + 7, upper: v == 0xDE))
            case 0xF0, 0xD0:  // ð Ð
                append(Element(letter + 3, upper: v == 0xD0))
                marks.append((elements.count - 1, DanishCollation.ethMark))
            case 0x111, 0x110:  // đ Đ
                append(Element(letter + 3, upper: v == 0x110))
                marks.append((elements.count - 1, DanishCollation.strokeMark))
            case 0x142, 0x141:  // ł Ł
                append(Element(letter + 11, upper: v == 0x141))
                marks.append((elements.count - 1, DanishCollation.strokeMark))
            case 0x153, 0x152:  // œ Œ
                append(Element(letter + 14, upper: v == 0x152))
                append(Element(letter + 4, upper: v == 0x152))
            default:
                if DanishCollation.isMark(scalar) {
                    attachMark(v)
                    return
                }
                let decomposed = DanishCollation.decompositions[v] ?? DanishCollation.decompose(scalar)
                if decomposed.count == 1 && decomposed[0] == scalar {
                    addOther(scalar)
                } else {
                    for part in decomposed { add(part) }
                }
            }
        }

        /// A scalar with no decomposition outside ASCII and the Danish letters.
        mutating func addOther(_ scalar: Unicode.Scalar) {
            let properties = scalar.properties
            if properties.isAlphabetic {
                let lower = properties.lowercaseMapping.unicodeScalars
                let base = lower.count == 1 ? lower.first!.value : scalar.value
                append(Element(DanishCollation.otherBase + base, upper: properties.isUppercase))
            } else if properties.numericType == .decimal, let digit = properties.numericValue, digit >= 0, digit <= 9 {
                append(Element(DanishCollation.digitBase + UInt32(digit), upper: false))
                marks.append((elements.count - 1, scalar.value))
            } else {
                ignorables.append((elements.count, scalar.value))
            }
        }

        /// A combining mark: an accent on the previous letter, or a skipped character when there
        /// is none. The Danish specials change the letter itself.
        mutating func attachMark(_ mark: UInt32) {
            guard !elements.isEmpty, ignorables.last?.position != elements.count else {
                ignorables.append((elements.count, mark))
                return
            }
            let i = elements.count - 1
            let a = DanishCollation.letterBase
            let o = DanishCollation.letterBase + 14
            let u = DanishCollation.letterBase + 20
            if marks.last?.element != i {
                switch (elements[i].primary, mark) {
                case (a, 0x30A):  // a + ring is å
                    elements[i].primary = DanishCollation.aa
                    if elements[i].tertiary == 0 { elements[i].tertiary = DanishCollation.aRingLower }
                    elements[i].isPlainA = false
                    return
                case (a, 0x308):  // ä sorts as æ
                    elements[i].primary = DanishCollation.ae
                case (o, 0x308), (o, 0x30B):  // ö, ő sort as ø
                    elements[i].primary = DanishCollation.oe
                case (u, 0x308), (u, 0x30B):  // ü, ű sort as y
                    elements[i].primary = DanishCollation.letterBase + 24
                default:
                    break
                }
            }
            marks.append((i, mark))
            elements[i].isPlainA = false
        }

        /// Turns "aa", "Aa" and "AA" (adjacent, unaccented) into one å; "aA" stays two letters.
        mutating func contractAA() {
            var result: [Element] = []
            result.reserveCapacity(elements.count)
            var newIndex = [Int](repeating: 0, count: elements.count + 1)
            var nextIgnorable = 0
            var i = 0
            while i < elements.count {
                newIndex[i] = result.count
                // Skip the ignorables that come before element i + 1 ...
                while nextIgnorable < ignorables.count, ignorables[nextIgnorable].position <= i {
                    nextIgnorable += 1
                }
                // ... so that one at position i + 1 lies between elements i and i + 1.
                let separated = nextIgnorable < ignorables.count && ignorables[nextIgnorable].position == i + 1
                let e = elements[i]
                if e.isPlainA, i + 1 < elements.count, elements[i + 1].isPlainA, !separated {
                    let firstUpper = e.tertiary == DanishCollation.upperCase
                    let secondUpper = elements[i + 1].tertiary == DanishCollation.upperCase
                    if firstUpper || !secondUpper {
                        var aa = Element(DanishCollation.aa, upper: false)
                        aa.tertiary =
                            firstUpper
                            ? (secondUpper ? DanishCollation.aaUpperUpper : DanishCollation.aaUpperLower)
                            : DanishCollation.aaLowerLower
                        result.append(aa)
                        newIndex[i + 1] = result.count
                        i += 2
                        continue
                    }
                }
                result.append(e)
                i += 1
            }
            newIndex[elements.count] = result.count
            guard result.count != elements.count else { return }
            elements = result
            for k in marks.indices { marks[k].element = newIndex[marks[k].element] }
            for k in ignorables.indices { ignorables[k].position = newIndex[ignorables[k].position] }
        }
    }
}

extension Sequence {
    /// The elements sorted in Danish order of a string key (for example `sortedDanish(by: \.title)`);
    /// each key is computed once, and elements with identical keys keep their order.
    public func sortedDanish(by key: (Element) throws -> String) rethrows -> [Element] {
        // Indices are sorted, not the elements: moving big values (agreements) costs a retain and
        // release of each of their fields per move.
        let elements = Array(self)
        let keys = try elements.map { DanishCollation.sortKey(try key($0)) }
        var order = Array(elements.indices)
        order.sort { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        return order.map { elements[$0] }
    }
}

extension Sequence where Element: StringProtocol {
    /// The strings sorted in Danish order.
    public func sortedDanish() -> [Element] {
        sortedDanish { String($0) }
    }
}
