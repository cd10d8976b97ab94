/// The lines of a text `PlainYAMLComposer` reads, as byte ranges, made only when every byte is one
/// that reader knows how libyaml treats: no tab, carriage return or other control character, none of
/// YAML 1.1's other line breaks (U+0085, U+2028, U+2029), no byte order mark or non-character, no
/// document marker or directive.
struct PlainYAMLLines {
    var starts: [Int] = []
    var ends: [Int] = []
    /// Per line, whether it holds a byte above 0x7F (then columns are counted in scalars).
    var hasNonASCII: [Bool] = []
    /// Whether the text ends with a line break.
    let endsWithBreak: Bool

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return nil }
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
        hasNonASCII.reserveCapacity(64)
        var start = 0, index = 0, nonASCII = false
        let count = bytes.count
        // Eight bytes at a time: a word is looked at byte by byte only when it holds a byte below
        // 0x20 (a line break, mostly), 0x7F or above (each found by a borrow into the byte's top bit).
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let low = (word &- ones &* 0x20) & ~word & tops, delete = word ^ (ones &* 0x7F)
                if word & tops == 0, low == 0, (delete &- ones) & ~delete & tops == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte == UInt8(ascii: "\n") {
                guard Self.isOrdinaryLine(bytes, start, index) else { return nil }
                starts.append(start)
                ends.append(index)
                hasNonASCII.append(nonASCII)
                start = index + 1
                nonASCII = false
            } else if byte < 0x20 || byte == 0x7F {
                return nil
            } else if byte >= 0x80 {
                nonASCII = true
                if byte >= 0xC2 { guard Self.isOrdinary(bytes, at: index) else { return nil } }
            }
            index += 1
        }
        endsWithBreak = start == count
        if start < count {
            guard Self.isOrdinaryLine(bytes, start, count) else { return nil }
            starts.append(start)
            ends.append(count)
            hasNonASCII.append(nonASCII)
        }
    }

    var count: Int { starts.count }

    /// A line that is no document marker (`---`, `...`) and no directive (`%`).
    private static func isOrdinaryLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return true }
        if bytes[start] == UInt8(ascii: "%") { return false }
        guard end - start >= 3 else { return true }
        let first = bytes[start]
        return !((first == UInt8(ascii: "-") || first == UInt8(ascii: ".")) && bytes[start + 1] == first && bytes[start + 2] == first)
    }

    /// The lead byte at `index` (text already checked as UTF-8) starts a character libyaml prints
    /// as any other: not a C1 control (U+0080–U+009F, with NEL), not U+2028/U+2029, not U+FEFF,
    /// U+FFFE or U+FFFF.
    private static func isOrdinary(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count else {
            return !(bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] < 0xA0)
        }
        let lead = bytes[index], second = bytes[index + 1], third = bytes[index + 2]
        switch lead {
        case 0xC2: return second >= 0xA0
        case 0xE2: return !(second == 0x80 && (third == 0xA8 || third == 0xA9))
        case 0xEF: return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
        default: return true
        }
    }
}
