import UnicodeText

/// Escaping for the XML parts: every text and attribute value goes through ``escape(_:)``.
enum XMLText {
    /// `text` safe in element content and in double-quoted attribute values: `&`, `<`, `>`, `"`
    /// as entities, and every character XML 1.0 forbids (controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF) as U+FFFD, so no source text can break the part.
    static func escape(_ text: String) -> String {
        if !text.containsUTF8Byte(where: { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == 0xEF
        }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                out.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character (`Char` production).
    static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// The declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
