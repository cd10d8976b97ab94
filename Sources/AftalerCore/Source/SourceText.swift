#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The text of one source file, decoded and checked, with a way back from offsets to positions.
///
/// Decoding never fails hard: a byte-order mark, CRLF line endings, tabs, control characters and
/// invisible characters (bidirectional overrides and isolates, Unicode line and paragraph
/// separators) are reported and normalised so that later stages can still find the remaining
/// problems. This is the one place where characters are checked, for agreements and templates alike. Only
/// invalid UTF-8, an empty file and a file over the size limit stop the reading of a file.
public struct SourceText: Sendable {
    /// Files larger than this are refused before they are decoded.
    public static let maximumByteCount = 1 << 20

    /// The path as shown in diagnostics (as given, relative if it was given relative).
    public let path: String
    /// The original bytes, exactly as read: the handover bundle ships these.
    ///
    /// Most files need no normalising, and then the bytes are the text's UTF-8 and are made from
    /// it when asked for: every loaded agreement keeps its source, and holding each file twice
    /// (bytes and text) was a fifth of a 10,000-agreement bundle's memory.
    public var bytes: Data { originalBytes ?? Data(text.utf8) }
    /// The decoded, normalised text (LF line endings, no BOM, tabs replaced by spaces).
    public let text: String
    /// The bytes as read, kept only when they differ from `text`'s UTF-8.
    private let originalBytes: Data?

    private init(path: String, bytes: Data, text: String, textIsBytes: Bool) {
        self.path = path
        self.text = text
        self.originalBytes = textIsBytes ? nil : bytes
    }

    /// What an empty agreement file is told to do.
    public static let emptyAgreementHint = "run 'aftale new' to start from a template"

    /// Decodes `bytes`; returns nil text when the file cannot be read on. `emptyHint` says what the
    /// file should hold when it is empty (a template file is not made with `aftale new`).
    public static func decode(bytes: Data, path: String,
                              emptyHint: String = emptyAgreementHint) -> (SourceText?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let start = Diagnostic.Location(file: path, line: 1, column: 1)
        guard bytes.count <= maximumByteCount else {
            let message = "file is \(bytes.count) bytes, more than the limit of \(maximumByteCount) bytes"
            diagnostics.append(Diagnostic(.fileTooLarge, message, at: start,
                                          hint: "split the agreement or move attachments out as links"))
            return (nil, diagnostics)
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            diagnostics.append(Diagnostic(.byteOrderMark, "file starts with a UTF-8 byte-order mark",
                                          at: start, hint: "save the file as UTF-8 without BOM"))
            body = body.dropFirst(3)
        }
        guard let decoded = String(validating: body, as: UTF8.self) else {
            let location = invalidUTF8Location(in: Data(body), path: path)
            diagnostics.append(Diagnostic(.invalidUTF8, "file is not valid UTF-8", at: location,
                                          hint: "save the file with UTF-8 encoding"))
            return (nil, diagnostics)
        }
        if decoded.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(Diagnostic(.emptyFile, "file is empty", at: start,
                                          hint: emptyHint))
            return (nil, diagnostics)
        }
        // Most files have nothing to report or replace: no CR, tab or other control character.
        // Then, with no byte-order mark dropped, the text is the bytes.
        guard needsNormalising(decoded) else {
            return (SourceText(path: path, bytes: bytes, text: decoded, textIsBytes: body.count == bytes.count), diagnostics)
        }
        let normalised = normalise(decoded, path: path, diagnostics: &diagnostics)
        return (SourceText(path: path, bytes: bytes, text: normalised, textIsBytes: false), diagnostics)
    }

    /// Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): invisible,
    /// they make text display in another order than it is stored ("Trojan Source", CVE-2021-42574).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: a line break to YAML, libyaml and some
    /// editors, an ordinary character to others, so the same file has different lines for each.
    static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Reports CR, tab, control and invisible characters (once per line each) and returns the text
    /// with each replaced (CR dropped, the others by a space, so columns stay where they were).
    /// Called only when `needsNormalising(text)`, so the text it returns differs from `text`.
    private static func normalise(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.unicodeScalars.count)
        var line = 1, column = 1
        var reportedCR = false, reportedTabLine = 0, reportedControlLine = 0, reportedInvisibleLine = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let here = Diagnostic.Location(file: path, line: line, column: column)
            switch scalar {
            case "\r":
                if !reportedCR {
                    reportedCR = true
                    diagnostics.append(Diagnostic(.crlfLineEnding, "file uses CR or CRLF line endings", at: here,
                                                  hint: "save the file with LF (Unix) line endings"))
                }
                let isCRLF = index + 1 < scalars.count && scalars[index + 1] == "\n"
                if !isCRLF { output.append("\n"); line += 1; column = 1 }
                index += 1
                continue
            case "\t":
                if reportedTabLine != line {
                    reportedTabLine = line
                    diagnostics.append(Diagnostic(.tabCharacter, "tab character", at: here,
                                                  hint: "indent with spaces"))
                }
                output.append(" ")
            case "\n":
                output.append(scalar)
                line += 1
                column = 0
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    if reportedControlLine != line {
                        reportedControlLine = line
                        let code = String(scalar.value, radix: 16, uppercase: true)
                        diagnostics.append(Diagnostic(.controlCharacter, "control character U+\(code)", at: here,
                                                      hint: "remove it; it is invisible in most editors"))
                    }
                    output.append(" ")
                } else if isBidiControl(scalar) || isLineSeparator(scalar) {
                    if reportedInvisibleLine != line {
                        reportedInvisibleLine = line
                        diagnostics.append(invisibleCharacter(scalar, at: here))
                    }
                    output.append(" ")
                } else {
                    output.append(scalar)
                }
            }
            column += 1
            index += 1
        }
        return String(output)
    }

    /// The diagnostic for an invisible character: its code point and name, and why it matters.
    private static func invisibleCharacter(_ scalar: Unicode.Scalar, at location: Diagnostic.Location) -> Diagnostic {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let name = scalar.properties.name ?? "unnamed"
        let hint = isLineSeparator(scalar)
            ? "remove it, or write an ordinary line break; YAML counts it as a line break and most editors do not"
            : "remove it; it makes the text around it display in another order than it is read"
        return Diagnostic(.invisibleCharacter, "invisible character U+\(code) (\(name))", at: location, hint: hint)
    }

    /// Whether `text` holds a CR, tab, other control character or invisible character (a byte
    /// scan, fast for the usual file that holds none).
    private static func needsNormalising(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            // Whether the byte at `index` starts something to normalise.
            func needsNormalising(at index: Int) -> Bool {
                let byte = base[index]
                if byte >= 0x20 && byte != 0x7F && byte != 0xE2 { return false }
                if byte != 0xE2 { return byte != 0x0A }
                // U+2028–U+202E are E2 80 A8–AE in UTF-8, U+2066–U+2069 are E2 81 A6–A9.
                guard index + 2 < bytes.count else { return false }
                let (second, third) = (base[index + 1], base[index + 2])
                return (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
            }
            // Eight bytes at a time: a word is looked at byte by byte only when it holds a byte below
            // 0x20 (a line break, mostly), 0x7F or 0xE2, each found by a borrow into the byte's top bit.
            let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
            func holdsZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & tops != 0 }
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- ones &* 0x20) & ~word & tops != 0 || holdsZeroByte(word ^ (ones &* 0x7F))
                    || holdsZeroByte(word ^ (ones &* 0xE2)) {
                    for offset in index..<(index + 8) where needsNormalising(at: offset) { return true }
                }
                index += 8
            }
            for offset in index..<bytes.count where needsNormalising(at: offset) { return true }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// The line and column of the first byte that is not valid UTF-8.
    private static func invalidUTF8Location(in data: Data, path: String) -> Diagnostic.Location {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return Diagnostic.Location(file: path, line: line, column: column)
            }
        }
    }
}
