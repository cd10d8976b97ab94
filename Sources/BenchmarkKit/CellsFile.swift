import Foundation

/// The cells of one workplan sheet as a tab-separated text file, the common input of our XLSX
/// writer and the baselines (the C program and Python XlsxWriter), so that all of them write the
/// same cells. One line per sheet line:
///
///     T <tab> title
///     H <tab> heading <tab> heading ...
///     G <tab> group heading
///     R <tab> cell <tab> cell ...          (an empty field is an empty cell)
///
/// In fields, a backslash is written `\\`, a tab `\t` and a line break `\n`.
public enum CellsFile {
    /// One line of the file.
    public enum Line: Sendable, Hashable {
        case title(String)
        case headings([String])
        case group(String)
        case row([String])
    }

    /// The text of `line`, with its line break.
    public static func encode(_ line: Line) -> String {
        let (tag, fields): (String, [String]) = switch line {
        case .title(let title): ("T", [title])
        case .headings(let headings): ("H", headings)
        case .group(let heading): ("G", [heading])
        case .row(let cells): ("R", cells)
        }
        return ([tag] + fields.map(escape)).joined(separator: "\t") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A }) else { return field }
        var result = ""
        for character in field.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Reads `url` line by line (never whole) and calls `body` with each parsed line. With
    /// `sharingTexts`, equal field texts come as one shared string (see ``TextInterner``): for a
    /// reader that keeps every line, never for one that streams them.
    public static func forEachLine(in url: URL, sharingTexts: Bool = false, _ body: (Line) throws -> Void) throws {
        guard let file = fopen(url.path, "r") else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var interner = sharingTexts ? TextInterner() : nil
        while true {
            let length = getline(&buffer, &capacity, file)
            guard length > 0, let buffer else { break }
            let bytes = UnsafeRawBufferPointer(start: buffer, count: length).bindMemory(to: UInt8.self)
            if let line = parse(bytes, interner: &interner) { try body(line) }
        }
    }

    /// Parses one line (with or without its line break); nil for an empty or unknown line.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout TextInterner?) -> Line? {
        guard let base = bytes.baseAddress else { return nil }
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        guard end > 0 else { return nil }
        // Room for every field at once: growing the array field by field cost a quarter of parsing.
        var fields: [String] = []
        fields.reserveCapacity(fieldCount(base + 2, end - 2))
        var start = 2
        while start <= end {
            // memchr finds the next tab far faster than a loop over the bytes.
            let found = start < end ? memchr(base + start, 0x09, end - start) : nil
            let stop = found.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? end
            fields.append(unescape(UnsafeBufferPointer(start: base + start, count: stop - start), interner: &interner))
            start = stop + 1
        }
        switch bytes[0] {
        case UInt8(ascii: "T"): return .title(fields.first ?? "")
        case UInt8(ascii: "H"): return .headings(fields)
        case UInt8(ascii: "G"): return .group(fields.first ?? "")
        case UInt8(ascii: "R"): return .row(fields)
        default: return nil
        }
    }

    /// The tab-separated fields in `count` bytes from `start` (one more than its tabs).
    static func fieldCount(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var fields = 1
        var next = start
        let end = start + max(count, 0)
        while next < end, let found = memchr(next, 0x09, end - next) {
            fields += 1
            next = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) + 1
        }
        return fields
    }

    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout TextInterner?) -> String {
        guard let base = bytes.baseAddress, memchr(base, 0x5C, bytes.count) != nil else {
            return interner?.text(bytes) ?? String(decoding: bytes, as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < bytes.count {
                index += 1
                switch bytes[index] {
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "n"): result.append(0x0A)
                default: result.append(bytes[index])
                }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result.withUnsafeBufferPointer { interner?.text($0) ?? String(decoding: $0, as: UTF8.self) }
    }
}
