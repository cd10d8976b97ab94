import CXML2
import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZipArchive

/// One XML part of a workbook read by libxml2's streaming `xmlTextReader`, straight from its zip
/// entry: the part is never held whole, only the node being looked at.
///
/// This is the one place that touches libxml2. The reader is opened with `XML_PARSE_NONET` and
/// without `XML_PARSE_NOENT` or `XML_PARSE_DTDLOAD`, so no entity is ever substituted and nothing
/// is fetched; a document type declaration is refused as soon as the reader reaches it (no part
/// of an XLSX file has one), so an entity bomb is never expanded. libxml2's errors and the zip
/// errors of the input are mapped to `XLSXReadError` here and nowhere else.
final class XMLStream {
    /// libxml2's node types that the workbook reader looks at.
    enum Node {
        case element, endElement, text, other
    }

    private let reader: OpaquePointer
    private let input: Input
    /// The zip entry's name, for errors.
    let part: String

    /// Keeps the zip stream and the first error while libxml2 calls back into Swift.
    private final class Input {
        let stream: ZipEntryStream
        var zipError: Error?
        var xmlMessage: String?
        var xmlLine: Int?
        /// Set when the bytes hold a document type declaration: refused before libxml2 parses it.
        var sawDoctype = false
        /// The last bytes of the previous chunk, so a declaration split across chunks is found.
        var tail: [UInt8] = []

        static let doctype = Array("<!DOCTYPE".utf8)

        /// Whether `bytes` (following the earlier chunks) contain `<!DOCTYPE`.
        func containsDoctype(_ bytes: UnsafeRawBufferPointer) -> Bool {
            let pattern = Self.doctype
            var window = tail
            window.append(contentsOf: bytes.prefix(pattern.count - 1))
            if window.withUnsafeBytes({ Self.find(pattern, in: $0) }) { return true }
            tail = Array(bytes.suffix(pattern.count - 1))
            return Self.find(pattern, in: bytes)
        }

        private static func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == pattern[0], bytes[index + 1] == pattern[1],
                   (2..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) { return true }
                index += 1
            }
            return false
        }

        init(stream: ZipEntryStream) {
            self.stream = stream
        }
    }

    /// A reader of `entry` of `archive`; `entry.size` must already have been bounded by the caller.
    init(archive: ZipReader, entry: ZipEntry) throws(XLSXReadError) {
        part = entry.name
        let stream: ZipEntryStream
        do {
            stream = try archive.stream(entry)
        } catch {
            throw XLSXReadError(.damaged, "cannot read the part: \(error)", part: entry.name)
        }
        let input = Input(stream: stream)
        self.input = input
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue)
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let input = Unmanaged<Input>.fromOpaque(context).takeUnretainedValue()
            do {
                let target = UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))
                let count = try input.stream.read(into: target)
                if input.containsDoctype(UnsafeRawBufferPointer(rebasing: target[0..<count])) {
                    input.sawDoctype = true
                    return -1
                }
                return Int32(count)
            } catch {
                input.zipError = error
                return -1
            }
        }, nil, context, nil, "UTF-8", options) else {
            throw XLSXReadError(.damaged, "libxml2 could not start reading the part", part: entry.name)
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let input = Unmanaged<Input>.fromOpaque(context).takeUnretainedValue()
            guard input.xmlMessage == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
            input.xmlMessage = message.trimming(.whitespacesAndNewlines)
            input.xmlLine = error.pointee.line > 0 ? Int(error.pointee.line) : nil
        }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node; false at the end of the part. A document type declaration, a
    /// malformed document and a failing zip entry are errors.
    func next() throws(XLSXReadError) -> Bool {
        let result = xmlTextReaderRead(reader)
        if result == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                throw XLSXReadError(.refused, "the part has a document type declaration (<!DOCTYPE>), which no XLSX "
                                    + "part has; it is refused so that no entity is ever expanded",
                                    part: part, line: line)
            }
            return true
        }
        if result == 0 { return false }
        if input.sawDoctype {
            throw XLSXReadError(.refused, "the part has a document type declaration (<!DOCTYPE>), which no XLSX "
                                + "part has; it is refused so that no entity is ever expanded", part: part)
        }
        if let error = input.zipError {
            throw XLSXReadError(.damaged, "cannot read the part: \(error)", part: part)
        }
        throw XLSXReadError(.damaged, "not well-formed XML: \(input.xmlMessage ?? "libxml2 gave no reason")",
                            part: part, line: input.xmlLine ?? line)
    }

    /// The line of the current node, or nil.
    var line: Int? {
        let line = xmlTextReaderGetParserLineNumber(reader)
        return line > 0 ? Int(line) : nil
    }

    /// What the current node is.
    var node: Node {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue): .text
        default: .other
        }
    }

    /// The current node's local name (without a prefix).
    var name: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// Whether the current element is written `<x/>`: no end element follows.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The depth of the current node (the root element is 0).
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The text of the current text node.
    var text: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// The value of the current element's attribute `name` (unprefixed, or in `namespace`), or nil.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let found = namespace.map { xmlTextReaderMoveToAttributeNs(reader, name, $0) }
            ?? xmlTextReaderMoveToAttribute(reader, name)
        guard found == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// The text inside the current element up to its end (text of nested elements included, as
    /// in `<t>` or a rich-text run), at most `limit` characters; nil when it is longer.
    func elementText(limit: Int) throws(XLSXReadError) -> String? {
        guard !isEmptyElement else { return "" }
        let start = depth
        var text = ""
        var count = 0
        while try next() {
            switch node {
            case .text:
                let piece = self.text
                count += piece.count
                if count > limit { return nil }
                text += piece
            case .endElement where depth == start:
                return text
            default:
                continue
            }
        }
        throw XLSXReadError(.damaged, "the part ends inside an element", part: part, line: line)
    }

    /// Skips the current element and everything inside it.
    func skipElement() throws(XLSXReadError) {
        guard !isEmptyElement else { return }
        let start = depth
        while try next() {
            if node == .endElement, depth == start { return }
        }
    }
}
