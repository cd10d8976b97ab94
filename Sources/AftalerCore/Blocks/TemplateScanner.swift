/// A cursor over the UTF-8 bytes of a text, moving one Unicode scalar at a time and keeping the
/// line and column (columns count scalars, as everywhere in diagnostics). Working on the bytes
/// spares an array of scalars per text, and plain runs come out as slices of the text's bytes.
struct TemplateScanner {
    let bytes: [UInt8]
    /// The byte offset of the cursor (always at the start of a scalar).
    var index = 0
    var location: Diagnostic.Location

    init(_ text: String, location: Diagnostic.Location) {
        self.bytes = Array(text.utf8)
        self.location = location
    }

    var atEnd: Bool { index >= bytes.count }

    /// Whether the text at the cursor starts with `text` (a literal: its bytes are read in place).
    func looking(at text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let start = text.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        return true
    }

    /// The scalar at byte `offset` and its length in bytes (the bytes are valid UTF-8).
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[offset])
        func continuation(_ n: Int) -> UInt32 { UInt32(bytes[offset + n]) & 0x3F }
        switch lead {
        case ..<0x80: return (Unicode.Scalar(lead)!, 1)
        case ..<0xE0: return (Unicode.Scalar((lead & 0x1F) << 6 | continuation(1))!, 2)
        case ..<0xF0: return (Unicode.Scalar((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2))!, 3)
        default:
            return (Unicode.Scalar((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3))!, 4)
        }
    }

    /// Up to `count` scalars from the cursor, for messages.
    func peek(_ count: Int) -> String {
        var offset = index, taken = 0
        while taken < count, offset < bytes.count {
            offset += scalar(at: offset).width
            taken += 1
        }
        return text(index..<offset)
    }

    /// The text of a range of byte offsets.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    mutating func advance() -> Unicode.Scalar {
        let (scalar, width) = self.scalar(at: index)
        index += width
        if scalar == "\n" {
            location.line += 1
            location.column = 1
        } else {
            location.column += 1
        }
        return scalar
    }

    /// Advances over at least one scalar and then up to (not over) the next byte `stop` (ASCII).
    mutating func advance(upToByte stop: UInt8) {
        _ = advance()
        while index < bytes.count, bytes[index] != stop {
            let byte = bytes[index]
            if byte == 0x0A {
                location.line += 1
                location.column = 1
            } else if byte & 0xC0 != 0x80 {
                location.column += 1
            }
            index += 1
        }
    }

    /// The rest of a double-quoted value whose opening quote is behind the cursor, up to its closing
    /// quote on the same line (`\"` and `\\` stand for `"` and `\`; any other backslash is kept), and
    /// the cursor after that quote; nil when the line or text ends first. Quotes, backslashes and
    /// line breaks are ASCII, so the value is found by byte and taken in pieces of the text.
    mutating func quotedValue() -> String? {
        var value = ""
        var pieceStart = index
        var offset = index
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x0A:
                return nil
            case 0x22:
                value += text(pieceStart..<offset)
                advance(overBytes: offset + 1 - index)
                return value
            case 0x5C where offset + 1 < bytes.count && (bytes[offset + 1] == 0x22 || bytes[offset + 1] == 0x5C):
                value += text(pieceStart..<offset)
                pieceStart = offset + 1
                offset += 2
            default:
                offset += 1
            }
        }
        return nil
    }

    /// Moves the cursor `count` bytes on, over no line break, counting the scalars as columns.
    private mutating func advance(overBytes count: Int) {
        for byte in bytes[index..<(index + count)] where byte & 0xC0 != 0x80 { location.column += 1 }
        index += count
    }

    mutating func skip(_ count: Int) { for _ in 0..<count where !atEnd { _ = advance() } }

    @discardableResult
    mutating func skipSpaces() -> Bool {
        var skipped = false
        while !atEnd, bytes[index] == 0x20 { _ = advance(); skipped = true }
        return skipped
    }

    /// The scalars from the cursor on that `predicate` accepts, the cursor after them (each
    /// scalar decoded once, moving as `advance` moves).
    mutating func take(while predicate: (Unicode.Scalar) -> Bool) -> String {
        let start = index
        while index < bytes.count {
            let (scalar, width) = self.scalar(at: index)
            guard predicate(scalar) else { break }
            index += width
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
        }
        return text(start..<index)
    }
}
