#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput
import ZipArchive

extension WordDocument {
    /// The names of the package's parts in the order they are written (header only when there is one).
    public static let partOrder = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
        "word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml",
        "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
    ]

    /// The parts as (name, XML text), in ``partOrder``.
    public func parts() -> [(name: String, xml: String)] {
        var body = BodyWriter()
        let document = body.document(self)
        return parts(document: document, body: body)
    }

    /// The parts with `document` as `word/document.xml`; the others from what `body` collected
    /// writing it (numbered lists, links).
    private func parts(document: String, body: BodyWriter) -> [(name: String, xml: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", Parts.contentTypes(hasHeader: header != nil)),
            ("_rels/.rels", Parts.packageRelationships),
            ("docProps/core.xml", Parts.core(properties, language: language)),
            ("docProps/app.xml", Parts.app(properties)),
            ("word/document.xml", document),
            ("word/styles.xml", Styles.xml(language: language)),
            ("word/settings.xml", Parts.settings(language: language)),
            ("word/numbering.xml", Parts.numbering(numberedLists: body.numberedLists)),
        ]
        if let header { parts.append(("word/header1.xml", Parts.header(header))) }
        parts.append(("word/footer1.xml", Parts.footer(footer, page: pageLabel.page, of: pageLabel.of)))
        parts.append(("word/_rels/document.xml.rels", Parts.documentRelationships(links: body.links, hasHeader: header != nil)))
        return parts
    }

    /// The parts that depend on nothing but the language, the header's presence and the number of
    /// numbered lists, so that the documents of a batch mostly share them (``WordPartSharing``).
    static let sharedParts: Set = [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml",
    ]

    /// The `.docx` bytes: the same document gives the same bytes (parts in a fixed order, every
    /// zip entry dated by ``WordProperties/created``, fixed attributes), with or without `sharing`.
    public func data(sharing: WordPartSharing? = nil) throws -> Data {
        let date = properties.created.value
        let modified = try ZipDateTime(year: min(date.year, 2107), month: date.month, day: date.day,
                                       hour: date.hour, minute: date.minute, second: date.second)
        // word/document.xml is deflated as it is written, piece by piece: a long document's XML (a
        // status report of thousands of agreements: tens of MB) is never held whole, and its bytes
        // are those libzip makes of the whole text (ZipDeflateStream).
        var body = BodyWriter()
        let deflater = ZipDeflateStream()
        body.document(self) { deflater.append($0) }
        let document = deflater.finish()
        let files = parts(document: "", body: body).map { name, xml in
            name == "word/document.xml"
                ? ZipInMemory.File(name, compressed: document)
                : ZipInMemory.File(name, Data(xml.utf8), shared: Self.sharedParts.contains(name))
        }
        return try ZipInMemory.archive(files, modified: modified, sharing: sharing?.entries)
    }

    /// Writes the `.docx` to `url` atomically (`SafeOutput.AtomicFile`): the previous file or the
    /// new one, never part of one; only a regular file or nothing at `url` is replaced.
    public func write(to url: URL) throws {
        let bytes = try data()
        try AtomicFile.write(bytes, to: url)
    }
}

/// The parts many documents made one after the other share (styles, settings, numbering, content
/// types), deflated once and copied into each `.docx` (`ZipSharedEntries`): for a batch such as
/// the Word documents of a handover bundle. Deflating those parts anew for every document was
/// about a third of making one (callgrind, 2026-12-02: zlib clears 128 KiB of hash table for each
/// part, however small). One thread at a time; work split over the cores makes one per chunk.
public final class WordPartSharing {
    let entries = ZipSharedEntries()

    /// Nothing shared yet.
    public init() {}
}
