import Foundation
import ZipArchive

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

    /// Tag-file text as lines; fails when the bytes are not UTF-8. A leading BOM is dropped and reported.
    static func lines(_ data: Data) -> (lines: [String], hadBOM: Bool)? {
        var bytes = Array(data)
        let hadBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hadBOM { bytes.removeFirst(3) }
        guard let text = String(data: Data(bytes), encoding: .utf8) else { return nil }
        // RFC 8493: lines end with LF, CR or CRLF.
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return (lines, hadBOM)
    }

    /// Parses `Label: value` lines, with continuation lines that start with whitespace.
    static func parseFields(_ data: Data, file: String) -> (fields: [BagInfoField], problems: [BagProblem]) {
        guard let (lines, _) = lines(data) else {
            return ([], [.malformedTagFile(file: file, line: nil, reason: "it is not valid UTF-8")])
        }
        var fields: [(label: String, value: String)] = []
        var problems: [BagProblem] = []
        for (offset, line) in lines.enumerated() {
            if let first = line.first, first == " " || first == "\t" {
                if fields.isEmpty {
                    problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "continuation line without a field"))
                } else {
                    fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "the line has no ':'"))
                continue
            }
            let label = String(line[..<colon])
            if label.isEmpty || label.trimmingCharacters(in: .whitespaces) != label {
                problems.append(.malformedTagFile(file: file, line: offset + 1, reason: "the label is empty or padded with whitespace"))
                continue
            }
            fields.append((label, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
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
    static func parseManifest(_ data: Data, file: String, algorithm: ChecksumAlgorithm)
        -> (lines: [ManifestLine], problems: [BagProblem])
    {
        guard let (lines, _) = lines(data) else {
            return ([], [.malformedTagFile(file: file, line: nil, reason: "it is not valid UTF-8")])
        }
        var result: [ManifestLine] = []
        var problems: [BagProblem] = []
        var seen: Set<ExactPath> = []
        for (offset, line) in lines.enumerated() where !line.isEmpty {
            func fail(_ reason: String) { problems.append(.malformedTagFile(file: file, line: offset + 1, reason: reason)) }
            let scalars = line.unicodeScalars
            guard let gap = scalars.firstIndex(where: { $0 == " " || $0 == "\t" }),
                  let start = scalars[gap...].firstIndex(where: { $0 != " " && $0 != "\t" })
            else { fail("expected a checksum, whitespace and a path"); continue }
            let digest = String(scalars[..<gap])
            guard digest.count == algorithm.hexLength, digest.allSatisfy(\.isHexDigit) else {
                fail("‘\(digest)’ is not a \(algorithm.rawValue) checksum")
                continue
            }
            let path = BagPaths.percentDecode(String(scalars[start...]))
            if let problem = ZipPathProblem.check(path) {
                fail("unsafe path ‘\(path)’: \(problem)")
                continue
            }
            if path.hasSuffix("/") {
                fail("‘\(path)’ names a folder, not a file")
                continue
            }
            if !seen.insert(ExactPath(path)).inserted {
                fail("‘\(path)’ is listed more than once")
                continue
            }
            result.append(ManifestLine(digest: digest.lowercased(), path: path, line: offset + 1))
        }
        return (result, problems)
    }
}
