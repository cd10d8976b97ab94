/// A JSON value for ``JSONText``: the one way this package writes JSON (the shapes of `list`,
/// `validate`, `due`, `blocks` and `aftaler.json`, in this folder).
public indirect enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// `null`: a fact the sources do not give.
    case null
    case array([JSONValue])
    /// Members in any order; they are written sorted by the UTF-8 bytes of their keys.
    case object([(String, JSONValue)])

    /// An object member that is left out when the value is nil (as `encodeIfPresent` does).
    public static func member(_ key: String, _ value: JSONValue?) -> [(String, JSONValue)] {
        value.map { [(key, $0)] } ?? []
    }
}

/// Pretty-printed JSON with sorted keys and unescaped slashes, byte for byte as Foundation's
/// `JSONEncoder` writes it on Linux with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (swift-foundation's `JSONWriter`): two spaces per level, `"key" : value`, members sorted by
/// the UTF-8 bytes of their keys, an empty array or object as the brackets with an empty line
/// between, `"`, `\` and control characters escaped (`\b \f \n \r \t`, otherwise `\u00XX` in
/// lower-case hex), everything else, `/` and non-ASCII included, written as it is.
///
/// `aftaler.json` used to go through `JSONEncoder`, which was the slowest part of a bundle
/// (boxing every value, a dictionary per object); writing the bytes directly is many times
/// faster and can be split over threads (``BundleMetadata``). Tests compare the two byte for byte.
public struct JSONText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// `value` as a whole document: pretty-printed, keys sorted, with a final newline.
    public static func document(_ value: JSONValue) -> String {
        var text = JSONText()
        text.write(value, level: 0)
        text.append("\n")
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Appends `value` as it appears at nesting depth `level` (its first line is not indented).
    public mutating func write(_ value: JSONValue, level: Int) {
        switch value {
        case .string(let text): write(string: text)
        case .int(let number): append(String(number))
        case .bool(let value): append(value ? "true" : "false")
        case .null: append("null")
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            bytes.append(0x0A)
            for (offset, element) in elements.enumerated() {
                if offset > 0 { append(",\n") }
                indent(level + 1)
                write(element, level: level + 1)
            }
            bytes.append(0x0A)
            indent(level)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(0x0A)
            // Callers mostly give members in order already; checking is cheaper than sorting.
            let inOrder = zip(members, members.dropFirst()).allSatisfy { !$1.0.utf8.lexicographicallyPrecedes($0.0.utf8) }
            let sorted = inOrder ? members : members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            for (offset, (key, member)) in sorted.enumerated() {
                if offset > 0 { append(",\n") }
                indent(level + 1)
                write(string: key)
                append(" : ")
                write(member, level: level + 1)
            }
            bytes.append(0x0A)
            indent(level)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends text as it is (for the brackets and separators a caller writes itself).
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends two spaces per level.
    public mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Appends bytes written by another ``JSONText``.
    public mutating func append(_ other: JSONText) {
        bytes.append(contentsOf: other.bytes)
    }

    /// A quoted string with the escapes `JSONEncoder` uses. Runs of bytes that need no escape are
    /// copied at once.
    public mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            var mark = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[mark..<offset])
                mark = offset + 1
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    let digits = Array("0123456789abcdef".utf8)
                    append("\\u00")
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: utf8[mark...])
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
