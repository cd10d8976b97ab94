import UnicodeText

/// Writes `word/document.xml` and collects what other parts must declare for it: one relationship
/// per distinct hyperlink address and one numbering instance per numbered list.
///
/// Element order follows the WordprocessingML schema (`w:pPr`: pStyle, keepNext, numPr, rPr; `w:rPr`:
/// rStyle, b, i, sz; `w:tblPr`: tblStyle, tblW, tblLayout, tblLook, tblCaption; `w:tcPr`: tcW, shd),
/// which Word enforces and LibreOffice does not.
struct BodyWriter {
    /// The usable width of an A4 page between the margins, in twentieths of a point.
    static let textWidth = PageSetup.width - 2 * PageSetup.sideMargin

    /// Hyperlink addresses in order of first use; address `i` is relationship `rIdLink{i+1}`.
    private(set) var links: [String] = []
    private var linkIDs: [String: Int] = [:]
    /// How many numbered lists there are: list `i` uses numbering instance `i + 2` (1 is the bullets).
    private(set) var numberedLists = 0
    private var revisionID = 0
    private var out = ""
    /// `w:sz` (half-points) of the table being written, if it sets its text size.
    private var tableTextSize: String?

    /// The text handed on at a time when the part is written in pieces.
    static let pieceSize = 1 << 16

    /// The whole part.
    mutating func document(_ document: WordDocument) -> String {
        write(document, inPieces: false) { _ in }
        return out
    }

    /// Writes the part in pieces of about ``pieceSize`` bytes, handing each to `take` as it is made,
    /// so that a document of thousands of pages is never one text: the pieces joined are
    /// ``document(_:)``.
    mutating func document(_ document: WordDocument, in take: (String) -> Void) {
        write(document, inPieces: true, take)
        take(out)
        out = ""
    }

    private mutating func write(_ document: WordDocument, inPieces: Bool, _ take: (String) -> Void) {
        out = XMLText.declaration
        let estimate = 4096 + document.blocks.count * 256
        out.reserveCapacity(inPieces ? min(estimate, Self.pieceSize + Self.pieceSize / 4) : estimate)
        out += "<w:document xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\"><w:body>"
        var last: WordBlock?
        func writeAll(_ blocks: [WordBlock]) {
            for block in blocks {
                write(block)
                if inPieces, out.utf8.count >= Self.pieceSize {
                    take(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            if let block = blocks.last { last = block }
        }
        writeAll(document.blocks)
        if let parts = document.laterBlocks {
            for index in 0..<parts.count { writeAll(parts[index]) }
        }
        // Word wants a paragraph after a final table; an empty body gets one too.
        switch last {
        case .table, nil: out += "<w:p/>"
        case .paragraph, .list: break
        }
        out += "<w:sectPr>"
        if document.header != nil { out += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" }
        out += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        out += PageSetup.sectionProperties
        out += "</w:sectPr></w:body></w:document>"
    }

    private mutating func write(_ block: WordBlock) {
        switch block {
        case .paragraph(let paragraph): write(paragraph)
        case .list(let list): write(list)
        case .table(let table): write(table)
        }
    }

    private mutating func write(_ paragraph: WordParagraph, numbering: (id: Int, level: Int)? = nil, bold: Bool = false) {
        let style = numbering == nil ? paragraph.style.styleID : "ListParagraph"
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if paragraph.keepWithNext { properties += "<w:keepNext/>" }
        if let numbering {
            properties += "<w:numPr><w:ilvl w:val=\"\(min(max(numbering.level, 0), 2))\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        // The paragraph mark's size counts in its line's height, so it takes the table's size too.
        if let size = tableTextSize { properties += "<w:rPr>\(size)</w:rPr>" }
        out += properties.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(properties)</w:pPr>"
        for inline in paragraph.content { write(inline, bold: bold) }
        out += "</w:p>"
    }

    private mutating func write(_ inline: WordInline, bold: Bool) {
        switch inline {
        case .run(let run):
            write(run, forceBold: bold)
        case .hyperlink(let url, let runs):
            out += "<w:hyperlink r:id=\"rIdLink\(linkNumber(url))\" w:history=\"1\">"
            for run in runs { write(run, forceBold: bold, style: "Hyperlink") }
            out += "</w:hyperlink>"
        case .insertion(let revision, let runs):
            out += "<w:ins \(revisionAttributes(revision))>"
            for run in runs { write(run, forceBold: bold) }
            out += "</w:ins>"
        case .deletion(let revision, let runs):
            out += "<w:del \(revisionAttributes(revision))>"
            for run in runs { write(run, forceBold: bold, deleted: true) }
            out += "</w:del>"
        }
    }

    private mutating func revisionAttributes(_ revision: WordRevision) -> String {
        revisionID += 1
        return "w:id=\"\(revisionID)\" w:author=\"\(XMLText.escape(revision.author))\" w:date=\"\(revision.date.w3c)\""
    }

    /// A run; tabs and line breaks become `w:tab` and `w:br`, soft hyphens (U+00AD) `w:softHyphen`
    /// (where Word and LibreOffice may divide the word, with a hyphen), carriage returns are dropped
    /// (so "\r\n" is one break, as it is one character).
    ///
    /// The text is split on its UTF-8 bytes: tab, line feed and carriage return are ASCII, never
    /// part of another character, and always characters of their own (a grapheme cluster never
    /// extends a control character); a soft hyphen is the two bytes C2 AD, and C2 only ever leads a
    /// character, so AD after C2 is always one. Walking it character by character was a fifth of a
    /// handover bundle's instructions (callgrind, 2026-12-02).
    private mutating func write(_ run: WordRun, forceBold: Bool, style: String? = nil, deleted: Bool = false) {
        guard !run.text.isEmpty else { return }
        out += "<w:r>"
        let bold = run.bold || forceBold
        if style != nil || bold || run.italic || tableTextSize != nil {
            out += "<w:rPr>"
            if let style { out += "<w:rStyle w:val=\"\(style)\"/>" }
            if bold { out += "<w:b/><w:bCs/>" }
            if run.italic { out += "<w:i/><w:iCs/>" }
            if let size = tableTextSize { out += size }
            out += "</w:rPr>"
        }
        let element = deleted ? "w:delText" : "w:t"
        let bytes = run.text.utf8
        if !run.text.containsUTF8Byte(where: {
            $0 == Self.tab || $0 == Self.lineFeed || $0 == Self.carriageReturn || $0 == Self.softHyphenLast
        }) {
            text(run.text, element: element)
        } else {
            var pending: [UInt8] = []
            func endText() {
                if !pending.isEmpty { text(String(decoding: pending, as: UTF8.self), element: element) }
                pending.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                switch byte {
                case Self.tab, Self.lineFeed:
                    endText()
                    out += byte == Self.tab ? "<w:tab/>" : "<w:br/>"
                case Self.carriageReturn: continue
                case Self.softHyphenLast where pending.last == Self.softHyphenFirst:
                    pending.removeLast()
                    endText()
                    out += "<w:softHyphen/>"
                default: pending.append(byte)
                }
            }
            endText()
        }
        out += "</w:r>"
    }

    private static let tab = UInt8(ascii: "\t"), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    /// U+00AD SOFT HYPHEN in UTF-8.
    private static let softHyphenFirst: UInt8 = 0xC2, softHyphenLast: UInt8 = 0xAD

    /// One `w:t` (or `w:delText`) of text without tabs and breaks.
    private mutating func text(_ text: String, element: String) {
        out += "<"
        out += element
        out += " xml:space=\"preserve\">"
        out += XMLText.escape(text)
        out += "</"
        out += element
        out += ">"
    }

    private mutating func write(_ list: WordList) {
        let id: Int
        switch list.kind {
        case .bullet: id = 1
        case .numbered:
            numberedLists += 1
            id = numberedLists + 1
        }
        for item in list.items {
            write(WordParagraph(.normal, item.content), numbering: (id, item.level))
        }
    }

    private mutating func write(_ table: WordTable) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let minimums = TableLayout.minimumWidths(table, columns: columns, size: Double(table.textSize ?? PageSetup.textSize))
        let widths = TableLayout.columnWidths(table.widths, columns: columns, minimums: minimums, textWidth: Self.textWidth)
        tableTextSize = table.textSize.map { "<w:sz w:val=\"\($0 * 2)\"/><w:szCs w:val=\"\($0 * 2)\"/>" }
        defer { tableTextSize = nil }
        out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        out += "<w:tblLayout w:type=\"fixed\"/>"
        out += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
        if let caption = table.caption { out += "<w:tblCaption w:val=\"\(XMLText.escape(caption))\"/>" }
        out += "</w:tblPr><w:tblGrid>"
        for width in widths { out += "<w:gridCol w:w=\"\(width)\"/>" }
        out += "</w:tblGrid>"
        if !table.header.isEmpty {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            for column in 0..<columns {
                let text = column < table.header.count ? table.header[column] : ""
                cell([WordParagraph(text: text)], width: widths[column], header: true)
            }
            out += "</w:tr>"
        }
        for row in table.rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for column in 0..<columns {
                cell(column < row.count ? row[column] : [], width: widths[column], header: false)
            }
            out += "</w:tr>"
        }
        out += "</w:tbl>"
    }

    /// A cell always holds a paragraph, as Word requires.
    private mutating func cell(_ paragraphs: [WordParagraph], width: Int, header: Bool) {
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if header { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" }
        out += "</w:tcPr>"
        if paragraphs.isEmpty { out += "<w:p/>" }
        for paragraph in paragraphs { write(paragraph, bold: header) }
        out += "</w:tc>"
    }

    private mutating func linkNumber(_ url: String) -> Int {
        if let known = linkIDs[url] { return known }
        links.append(url)
        linkIDs[url] = links.count
        return links.count
    }
}

/// The namespaces of the parts.
enum Namespace {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

/// A4 portrait with 2 cm side margins and 2.5 cm top and bottom, in twips (1/20 pt).
enum PageSetup {
    static let width = 11906
    static let height = 16838
    static let sideMargin = 1134
    static let verticalMargin = 1418
    /// The documents' text size in points (Calibri 11), the style defaults' `w:sz`.
    static let textSize = 11

    static let sectionProperties = "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"
        + "<w:pgMar w:top=\"\(verticalMargin)\" w:right=\"\(sideMargin)\" w:bottom=\"\(verticalMargin)\" "
        + "w:left=\"\(sideMargin)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/>"
}
