import CalendarDate

/// A Word document (WordprocessingML, `.docx`) as values: the body's blocks, the page header and
/// footer, and the document properties. It knows nothing of what it holds; ``data()`` and
/// ``write(to:)`` turn it into the OOXML package.
///
/// The package is what Word itself expects: built-in styles (`Title`, `Heading1`–`Heading3`,
/// `ListParagraph`, `Hyperlink`, `TableGrid`) with the document's language on the defaults,
/// lists through `numbering.xml`, tables with a `w:tblGrid` and a header row marked
/// `w:tblHeader`, A4 portrait, `compatibilityMode` 15, and the schema's element order.
public struct WordDocument: Sendable {
    /// Title, subject, author and dates of `docProps/core.xml`.
    public var properties: WordProperties
    /// The body, in order.
    public var blocks: [WordBlock]
    /// More of the body, after ``blocks``, made only as the body is written: a part at a time,
    /// each let go once written. A document of thousands of pages (the status report of a whole
    /// portfolio) is then never held whole as values. Nil for none.
    public var laterBlocks: WordBlockParts?
    /// The text of the page header, on every page; nil for none.
    public var header: String?
    /// The footer: this text, then "Side N af M" (the words of ``pageLabel``) as page fields.
    public var footer: String?
    /// The words around the page number fields: `("Side", "af")` gives "Side 3 af 12".
    public var pageLabel: (page: String, of: String)
    /// The language of the text, as `w:lang` and `dc:language` ("da-DK").
    public var language: String

    public init(properties: WordProperties, blocks: [WordBlock] = [], laterBlocks: WordBlockParts? = nil,
                header: String? = nil, footer: String? = nil,
                pageLabel: (page: String, of: String) = ("Side", "af"), language: String = "da-DK") {
        self.properties = properties
        self.blocks = blocks
        self.laterBlocks = laterBlocks
        self.header = header
        self.footer = footer
        self.pageLabel = pageLabel
        self.language = language
    }
}

/// A day and time for document properties and revisions: civil fields, written as UTC
/// (`2025-02-03T00:00:00Z`); never read from the clock by this module.
public struct WordDate: Sendable, Hashable, Comparable {
    /// The date and time (CalendarDate's, shared with zip and XLSX dates).
    public let value: CivilDateTime


    /// Nil unless the fields form a valid date and time in years 1980...9999 (zip times start in 1980).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1980...9999).contains(year),
              let value = CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        self.value = value
    }

    /// W3C date-time in UTC: `2025-02-03T14:05:00Z`.
    public var w3c: String { value.description + "Z" }

    public static func < (a: WordDate, b: WordDate) -> Bool { a.value < b.value }
}

/// The document properties (`docProps/core.xml` and `docProps/app.xml`).
public struct WordProperties: Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    public var keywords: String
    public var description: String
    /// When the content is from: the data's date, never the clock. Also dates the zip entries.
    public var created: WordDate
    public var modified: WordDate
    /// The application named in `app.xml`.
    public var application: String

    public init(title: String, subject: String = "", creator: String = "", keywords: String = "",
                description: String = "", created: WordDate, modified: WordDate? = nil, application: String = "Aftaler") {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.description = description
        self.created = created
        self.modified = modified ?? created
        self.application = application
    }
}

/// Blocks made on demand, a part at a time (``WordDocument/laterBlocks``): `count` parts, part
/// `i` being what `make(i)` returns. `make` must give the same blocks each time it is asked, since
/// a document may be written more than once.
public struct WordBlockParts: Sendable {
    /// How many parts there are.
    public let count: Int
    private let make: @Sendable (Int) -> [WordBlock]

    /// `count` parts, each made by `make`.
    public init(count: Int, make: @escaping @Sendable (Int) -> [WordBlock]) {
        self.count = count
        self.make = make
    }

    /// The blocks of part `index`, made now.
    public subscript(index: Int) -> [WordBlock] { make(index) }
}

/// One block of the body.
public enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    /// A bullet or numbered list; each list of kind `.numbered` starts again at 1.
    case list(WordList)
    case table(WordTable)
}

/// The built-in paragraph styles the package defines.
public enum WordParagraphStyle: Sendable, Hashable {
    case normal
    case title
    case subtitle
    /// `Heading1`...`Heading3`; other levels are clamped into 1...3.
    case heading(Int)

    /// The style id written as `w:pStyle`; nil for Normal (the default).
    var styleID: String? {
        switch self {
        case .normal: nil
        case .title: "Title"
        case .subtitle: "Subtitle"
        case .heading(let level): "Heading\(min(max(level, 1), 3))"
        }
    }
}

/// A paragraph: a style and its inline content.
public struct WordParagraph: Sendable {
    public var style: WordParagraphStyle
    public var content: [WordInline]
    /// Keep this paragraph on the page of the next one (a label above a table, say).
    public var keepWithNext: Bool

    public init(_ style: WordParagraphStyle = .normal, _ content: [WordInline], keepWithNext: Bool = false) {
        self.style = style
        self.content = content
        self.keepWithNext = keepWithNext
    }

    /// A paragraph of one plain run.
    public init(_ style: WordParagraphStyle = .normal, text: String) {
        self.init(style, [.run(WordRun(text))])
    }
}

/// A run of text with one formatting. Tabs and line breaks in `text` become `w:tab` and `w:br`.
public struct WordRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// Who made a tracked change and when: Word's Review pane shows both.
public struct WordRevision: Sendable, Hashable {
    public var author: String
    public var date: WordDate

    public init(author: String, date: WordDate) {
        self.author = author
        self.date = date
    }
}

/// Inline content of a paragraph.
public enum WordInline: Sendable, Hashable {
    case run(WordRun)
    /// A link to an external address, shown in the `Hyperlink` character style.
    case hyperlink(url: String, runs: [WordRun])
    /// Text inserted as a tracked change (`w:ins`): Word can accept or reject it.
    case insertion(WordRevision, [WordRun])
    /// Text deleted as a tracked change (`w:del`, its text as `w:delText`).
    case deletion(WordRevision, [WordRun])
}

/// A bullet or numbered list of paragraphs (lists through `numbering.xml`, not typed bullets).
public struct WordList: Sendable {
    /// Bullets or numbers.
    public enum Kind: Sendable, Hashable { case bullet, numbered }
    public var kind: Kind
    /// One item per paragraph; `level` 0...2 indents.
    public var items: [(level: Int, content: [WordInline])]

    public init(_ kind: Kind, items: [[WordInline]]) {
        self.kind = kind
        self.items = items.map { (0, $0) }
    }

    public init(_ kind: Kind, leveled items: [(level: Int, content: [WordInline])]) {
        self.kind = kind
        self.items = items
    }
}

/// A table with one header row (repeated on every page) and its columns' relative widths.
public struct WordTable: Sendable {
    /// The column headings.
    public var header: [String]
    /// Each row's cells; each cell one or more paragraphs (an empty cell still gets one).
    public var rows: [[[WordParagraph]]]
    /// Relative widths of the columns (any positive numbers); equal when empty.
    public var widths: [Double]
    /// Alternative text for the table (`w:tblCaption`), read by screen readers.
    public var caption: String?
    /// The size of the table's text in points, for a table of many narrow columns; nil: the
    /// document's (Calibri 11). Written on every run and paragraph mark of the table (`w:sz`).
    public var textSize: Int?

    public init(header: [String], rows: [[[WordParagraph]]], widths: [Double] = [], caption: String? = nil,
                textSize: Int? = nil) {
        self.header = header
        self.rows = rows
        self.widths = widths
        self.caption = caption
        self.textSize = textSize
    }

    /// A table whose cells are one plain paragraph each.
    public init(header: [String], textRows: [[String]], widths: [Double] = [], caption: String? = nil,
                textSize: Int? = nil) {
        self.init(header: header, rows: textRows.map { $0.map { [WordParagraph(text: $0)] } },
                  widths: widths, caption: caption, textSize: textSize)
    }
}
