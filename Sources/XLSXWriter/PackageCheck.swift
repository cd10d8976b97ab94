import Foundation
import ZipArchive

/// Reads back a workbook libxlsxwriter has just written, because libxlsxwriter 1.1.4 does not
/// check the writes to its temporary files: when they fail (a full temporary folder), a part is
/// silently cut off and `workbook_close` still reports success.
///
/// Every entry is read to its end (so libzip checks its CRC-32), and every XML part must end with
/// the closing tag of its root element, which a part cut off anywhere has lost. Only the first and
/// last bytes of each part are kept, so a sheet of a million rows is checked in constant memory.
enum PackageCheck {
    /// Throws ``XLSXError/incompletePackage(part:reason:)`` naming the first part that is damaged.
    static func verify(_ url: URL) throws {
        let reader: ZipReader
        do { reader = try ZipReader(contentsOf: url) } catch {
            throw XLSXError.incompletePackage(part: url.lastPathComponent, reason: "it is not a readable zip (\(error))")
        }
        for entry in reader.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            var head = Data()
            var tail = Data()
            do {
                try reader.read(entry, chunkSize: 1 << 18) { chunk in
                    if head.count < 512 { head.append(chunk.prefix(512 - head.count)) }
                    // Only the last 512 bytes are kept: a chunk that long replaces the tail outright.
                    if chunk.count >= 512 {
                        tail = chunk.suffix(512)
                    } else {
                        tail.append(chunk)
                        if tail.count > 512 { tail = Data(tail.suffix(512)) }
                    }
                }
            } catch {
                throw XLSXError.incompletePackage(part: entry.name, reason: "it cannot be read back (\(error))")
            }
            guard let root = rootElement(of: head) else {
                throw XLSXError.incompletePackage(part: entry.name, reason: "it has no XML root element")
            }
            let end = String(decoding: tail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard end.hasSuffix("</\(root)>") else {
                throw XLSXError.incompletePackage(part: entry.name, reason: "it is cut off after \(entry.size) bytes")
            }
        }
    }

    /// The name of the first element after the XML declaration, e.g. `worksheet`.
    static func rootElement(of head: Data) -> String? {
        var text = Substring(String(decoding: head, as: UTF8.self))
        if text.hasPrefix("<?"), let end = text.range(of: "?>") { text = text[end.upperBound...] }
        text = text.drop { $0.isWhitespace }
        guard text.first == "<" else { return nil }
        let name = text.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name.isEmpty ? nil : String(name)
    }
}
