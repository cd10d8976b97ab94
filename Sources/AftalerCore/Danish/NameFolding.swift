/// How a name people write is matched to a vocabulary label, alias or report heading: lowercased,
/// trimmed, and every run of white space as one space (`Borgere  med Kronisk sygdom` is
/// `borgere med kronisk sygdom`). One rule for the vocabulary and the status-report import.
enum NameFolding {
    /// `text` lowercased with its white space runs as single spaces and none at either end: what
    /// `text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives.
    static func folded(_ text: String) -> String {
        latin1Folded(text) ?? text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same answer worked out byte by byte for text of ASCII and U+00C0–U+00FF only (Danish
    /// names: æ, ø, å, é), where lowercasing is one byte's change and the only white space is
    /// ASCII's; nil for any other text. Unicode's lowercasing was 6,000 instructions a name, and
    /// the vocabulary's 100 names are folded at every start (`NameFoldingTests` holds the two to
    /// the same answers).
    static func latin1Folded(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var latin1Lead = false
        for byte in text.utf8 {
            if latin1Lead {
                latin1Lead = false
                guard (0x80...0xBF).contains(byte) else { return nil }
                // U+00C0–U+00DE but U+00D7 (×) are capitals whose small letter is 0x20 further on.
                output.append(byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte)
                continue
            }
            switch byte {
            case 0x09...0x0D, 0x20:
                pendingSpace = !output.isEmpty
                continue
            case 0xC3:
                latin1Lead = true
            case 0x80...:
                return nil
            default:
                break
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            if latin1Lead { output.append(byte) } else { output.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) }
        }
        guard !latin1Lead else { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
