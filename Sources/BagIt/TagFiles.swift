import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writing and reading the text of tag files (RFC 8493 §2.1.1, §2.1.3, §2.2.1, §2.2.2).
enum TagFiles {
    /// The bag declaration written by ``BagWriter``.
    static let bagDeclaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    /// `Label: value` lines, LF-terminated.
    static func render(_ fields: [BagInfoField]) -> String {
        fields.map { "\($0.label): \($0.value)\n" }.joined()
    }

    /// Manifest lines `digest  path`, with the path percent-encoded.
    static func renderManifest(_ lines: [(digest: String, path: String)]) -> String {
        lines.map { "\($0.digest)  \(BagPaths.percentEncode($0.path))\n" }.joined()
    }

    /// A size for `Bag-Size`, in decimal units as in RFC 8493's examples: `512 bytes`, `1.5 KB`, `42.6 MB`.
    static func humanReadableSize(_ bytes: Int) -> String {
        if bytes < 1000 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB", "PB", "EB"]
        var unit = 0
        var scale = 1000
        while unit < units.count - 1, bytes / scale >= 1000 {
            scale *= 1000
            unit += 1
        }
        var tenths = (bytes / (scale / 10)) + ((bytes % (scale / 10)) * 2 >= scale / 10 ? 1 : 0)
        if tenths >= 10_000, unit < units.count - 1 {
            unit += 1
            tenths = (tenths + 500) / 1000
        }
        let whole = tenths / 10
        let fraction = tenths % 10
        return fraction == 0 ? "\(whole) \(units[unit])" : "\(whole).\(fraction) \(units[unit])"
    }

    /// Tag-file text as lines in `encoding`, or nil when the bytes are not valid in it. A leading
    /// byte-order mark is dropped (bagit.txt's is reported where it is checked). RFC 8493: lines end
    /// with LF, CR or CRLF.
    static func lines(_ data: Data, encoding: TagEncoding = .utf8) -> [String]? {
        guard let text = encoding.decode(data) else { return nil }
        // Split on the UTF-8 bytes of CR and LF (ASCII, never inside another character, and always
        // where a character ends): a manifest of 10,000 lines through Foundation's
        // replacingOccurrences and a split by Character took a third of verifying a bag (callgrind).
        var lines: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(String(text[start..<index]))
            index = bytes.index(after: index)
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        lines.append(String(text[start..<bytes.endIndex]))
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Parses `Label: value` lines, with continuation lines that start with whitespace.
    ///
    /// A label padded with whitespace before its colon is an error where `strictLabels` (bagit.txt,
    /// whose two lines RFC 8493 §2.1.1 fixes) and a warning elsewhere, read without the padding.
    static func parseFields(_ data: Data, file: String, encoding: TagEncoding = .utf8, strictLabels: Bool = false)
        -> (fields: [BagInfoField], problems: [BagProblem])
    {
        guard let lines = lines(data, encoding: encoding) else {
            return ([], [.malformedTagFile(file: file, line: nil, reason: "it is not valid \(encoding.name)")])
        }
        var fields: [(label: String, value: String)] = []
        var problems: [BagProblem] = []
        for (offset, line) in lines.enumerated() {
            if let first = line.first, first == " " || first == "\t" {
                if fields.isEmpty {
                    problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "continuation line without a field"))
                } else {
                    fields[fields.count - 1].value += " " + line.trimming(.whitespaces)
                }
                continue
            }
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "the line has no ':'"))
                continue
            }
            var label = String(line[..<colon])
            let trimmed = label.trimming(.whitespaces)
            if trimmed.isEmpty {
                problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "the label is empty"))
                continue
            }
            if trimmed != label {
                if strictLabels {
                    problems.append(.malformedTagFile(file: file, line: offset + 1,
                                                      reason: "the label ‘\(label)’ is padded with whitespace"))
                    continue
                }
                problems.append(.paddedLabel(file: file, line: offset + 1, label: trimmed))
                label = trimmed
            }
            fields.append((label, line[line.index(after: colon)...].trimming(.whitespaces)))
        }
        return (fields.map { BagInfoField($0.label, $0.value) }, problems)
    }

    /// One parsed manifest line.
    struct ManifestLine {
        let digest: String
        let path: String
        let line: Int
    }

    /// Parses `digest<whitespace>path` lines; paths are percent-decoded and must be safe relative paths.
    ///
    /// Tolerated, as other BagIt tools do: a leading `./` (dropped silently: the path is still relative
    /// to the bag) and md5sum's binary-mode marker `*` before the path (dropped, with a warning).
    static func parseManifest(_ data: Data, file: String, algorithm: ChecksumAlgorithm, encoding: TagEncoding = .utf8)
        -> (lines: [ManifestLine], problems: [BagProblem])
    {
        guard let lines = lines(data, encoding: encoding) else {
            return ([], [.malformedTagFile(file: file, line: nil, reason: "it is not valid \(encoding.name)")])
        }
        var result: [ManifestLine] = []
        var problems: [BagProblem] = []
        var seen: [ExactPath: ExactPath] = [:]  // NFC form: the spelling first listed
        for (offset, line) in lines.enumerated() where !line.isEmpty {
            let number = offset + 1
            func fail(_ reason: String) { problems.append(.malformedTagFile(file: file, line: number, reason: reason)) }
            guard let (digest, rest) = splitFirstField(line) else { fail("expected a checksum, whitespace and a path"); continue }
            guard digest.count == algorithm.hexLength, digest.allSatisfy(\.isHexDigit) else {
                fail("‘\(digest)’ is not a \(algorithm.rawValue) checksum")
                continue
            }
            var encoded = rest
            if encoded.hasPrefix("*") {
                problems.append(.binaryModeMarker(manifest: file, line: number))
                encoded.removeFirst()
            }
            var path = BagPaths.percentDecode(encoded)
            while path.hasPrefix("./") { path.removeFirst(2) }
            if let problem = BagPaths.listedPathProblem(path) {
                problems.append(.unsafePath(file: file, line: number, path: path, reason: problem))
                continue
            }
            if path.hasSuffix("/") {
                fail("‘\(path)’ names a folder, not a file")
                continue
            }
            let normalized = ExactPath(BagPaths.nfc(path))
            if let first = seen[normalized] {
                problems.append(.repeatedManifestEntry(path: path, manifest: file, line: number))
                // Another spelling of the same name is still checked, as the name of its own entry.
                if first == ExactPath(path) { continue }
            } else {
                seen[normalized] = ExactPath(path)
            }
            result.append(ManifestLine(digest: digest.lowercased(), path: path, line: number))
        }
        return (result, problems)
    }

    /// Parses fetch.txt (RFC 8493 §2.2.3: `url length filepath` lines) and checks every path.
    ///
    /// Returns how many lines name a file to fetch; unsafe paths, and paths outside `data/`, are reported.
    static func parseFetch(_ data: Data, encoding: TagEncoding = .utf8) -> (entries: Int, problems: [BagProblem]) {
        let file = "fetch.txt"
        guard let lines = lines(data, encoding: encoding) else {
            return (0, [.malformedTagFile(file: file, line: nil, reason: "it is not valid \(encoding.name)")])
        }
        var entries = 0
        var problems: [BagProblem] = []
        for (offset, line) in lines.enumerated() where !line.trimming(.whitespaces).isEmpty {
            let number = offset + 1
            guard let (_, afterURL) = splitFirstField(line), let (length, encoded) = splitFirstField(afterURL),
                  length == "-" || (length.allSatisfy(\.isASCII) && length.allSatisfy(\.isNumber))
            else {
                problems.append(.malformedTagFile(file: file, line: number, reason: "expected a URL, a length or '-', and a path"))
                continue
            }
            entries += 1
            let path = BagPaths.percentDecode(encoded)
            if let problem = BagPaths.listedPathProblem(path) ?? (path.hasPrefix("data/") ? nil : .outsidePayload) {
                problems.append(.unsafePath(file: file, line: number, path: path, reason: problem))
            }
        }
        return (entries, problems)
    }

    /// The text before the first run of spaces or tabs, and the text after it (nil when there is no such run
    /// or nothing after it).
    private static func splitFirstField(_ line: String) -> (String, String)? {
        let scalars = line.unicodeScalars
        guard let gap = scalars.firstIndex(where: { $0 == " " || $0 == "\t" }),
              let start = scalars[gap...].firstIndex(where: { $0 != " " && $0 != "\t" })
        else { return nil }
        return (String(scalars[..<gap]), String(scalars[start...]))
    }
}

/// A `Tag-File-Character-Encoding` (RFC 8493 §2.1.1) this verifier can decode.
///
/// The RFC says the encoding SHOULD be UTF-8 and MAY be another one registered with IANA. A verifier
/// that cannot decode the declared encoding cannot read the manifests, so it reports
/// ``BagProblem/unsupportedTagFileEncoding(declared:)`` (an error); a supported encoding other than
/// UTF-8 is read, with the warning ``BagProblem/nonUTF8TagFileEncoding(declared:)``.
enum TagEncoding: Sendable, Equatable {
    case utf8, ascii, latin1
    /// UTF-16 with a byte-order mark, or big-endian without one (RFC 2781).
    case utf16
    case utf16BigEndian, utf16LittleEndian

    /// The encoding of an IANA name or alias (case-insensitive), if supported.
    init?(declared: String) {
        switch declared.trimming(.whitespaces).uppercased() {
        case "UTF-8", "UTF8": self = .utf8
        case "US-ASCII", "ASCII", "ANSI_X3.4-1968", "ISO646-US", "US", "IBM367", "CP367": self = .ascii
        case "ISO-8859-1", "ISO_8859-1", "ISO_8859-1:1987", "LATIN1", "L1", "IBM819", "CP819", "ISO-IR-100": self = .latin1
        case "UTF-16": self = .utf16
        case "UTF-16BE": self = .utf16BigEndian
        case "UTF-16LE": self = .utf16LittleEndian
        default: return nil
        }
    }

    /// The name used in problems.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .ascii: "US-ASCII"
        case .latin1: "ISO-8859-1"
        case .utf16: "UTF-16"
        case .utf16BigEndian: "UTF-16BE"
        case .utf16LittleEndian: "UTF-16LE"
        }
    }

    /// The text of some bytes, without a leading byte-order mark; nil when they are not valid.
    func decode(_ data: Data) -> String? {
        var bytes = [UInt8](data)
        switch self {
        case .utf8:
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            return String(validating: bytes, as: UTF8.self)
        case .ascii:
            return bytes.allSatisfy({ $0 < 0x80 }) ? String(decoding: bytes, as: UTF8.self) : nil
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .utf16, .utf16BigEndian, .utf16LittleEndian:
            var bigEndian = self != .utf16LittleEndian
            if self == .utf16, bytes.count >= 2, bytes[0] == 0xFF || bytes[0] == 0xFE, bytes[0] ^ bytes[1] == 0x01 {
                bigEndian = bytes[0] == 0xFE
                bytes.removeFirst(2)
            }
            guard bytes.count.isMultiple(of: 2) else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 0, to: bytes.count, by: 2) {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            var text = String(validating: units, as: UTF16.self)
            if text?.unicodeScalars.first == "\u{FEFF}" { text?.unicodeScalars.removeFirst() }
            return text
        }
    }
}
