import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZipArchive

/// Reads back a workbook libxlsxwriter has just written, because libxlsxwriter 1.1.4 does not
/// check the writes to its temporary files: when they fail (a full temporary folder), a part is
/// silently cut off and `workbook_close` still reports success.
///
/// Every entry is read to its end (so its CRC-32 is checked), and every XML part must end with
/// the closing tag of its root element, which a part cut off anywhere has lost. Only the first and
/// last bytes of each part are kept, so a sheet of a million rows is checked in constant memory.
/// ``Workbook/close()`` has the parts inflated while libxlsxwriter writes them (``PackageFollower``,
/// on a second core) and this check holds them against the finished file's central directory.
enum PackageCheck {
    /// Throws ``XLSXError/incompletePackage(part:reason:)`` naming the first part that is damaged.
    ///
    /// `followed` are the parts a ``PackageFollower`` inflated while the file was written: when
    /// they are exactly the parts the finished file's central directory lists (names, sizes and
    /// CRC-32s, in order), their ends are checked and nothing is inflated again; otherwise, or
    /// without them, every part is read back from the file.
    static func verify(_ url: URL, followed: [PackageFollower.Part]? = nil) throws {
        let reader: ZipReader
        do { reader = try ZipReader(contentsOf: url) } catch {
            throw XLSXError.incompletePackage(part: url.lastPathComponent, reason: "it is not a readable zip (\(error))")
        }
        if let followed, followed.count == reader.entries.count,
           zip(followed, reader.entries).allSatisfy({ part, entry in
               part.name == entry.name && part.size == entry.size && part.compressedSize == entry.compressedSize
                   && part.crc32 == entry.crc32
           }) {
            for part in followed where isXML(part.name) {
                try checkEnds(part: part.name, size: UInt64(part.size), head: Data(part.head), tail: Data(part.tail))
            }
            return
        }
        for entry in reader.entries where isXML(entry.name) {
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
            try checkEnds(part: entry.name, size: entry.size, head: head, tail: tail)
        }
    }

    /// The parts checked: the XML ones (all of libxlsxwriter's).
    static func isXML(_ name: String) -> Bool { name.hasSuffix(".xml") || name.hasSuffix(".rels") }

    /// Checks that a part, given its first and last 512 bytes, ends with the closing tag of its root.
    static func checkEnds(part: String, size: UInt64, head: Data, tail: Data) throws {
        guard let root = rootElement(of: head) else {
            throw XLSXError.incompletePackage(part: part, reason: "it has no XML root element")
        }
        let end = String(decoding: tail, as: UTF8.self).trimming(.whitespacesAndNewlines)
        guard end.hasSuffix("</\(root)>") else {
            throw XLSXError.incompletePackage(part: part, reason: "it is cut off after \(size) bytes")
        }
    }

    /// The name of the first element after the XML declaration, e.g. `worksheet`.
    static func rootElement(of head: Data) -> String? {
        let whole = String(decoding: head, as: UTF8.self)
        var text = Substring(whole)
        if text.hasPrefix("<?"), let end = whole.rangeOfText("?>") { text = whole[end.upperBound...] }
        text = text.drop { $0.isWhitespace }
        guard text.first == "<" else { return nil }
        let name = text.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name.isEmpty ? nil : String(name)
    }
}
