import AftalerCore

/// One line of a sheet's body, in sheet order: a group heading or a row of cells.
public enum WorkplanSheetLine: Sendable, Hashable {
    /// A group heading (written as a filled row across the table).
    case group(String)
    /// A data row, one cell per column, and the workplan entry it shows (for the hidden key column).
    case row([WorkplanTable.Cell], key: WorkplanRowKey? = nil)
}

/// What one worksheet shows: a title, column headings and the body lines in sheet order.
///
/// The exporter reads the body twice, once to size the columns and count the rows and once to
/// write them, and never keeps it: a `WorkplanTable` hands out the rows it holds, a
/// ``WorkplanRowStream`` makes them on the fly, so a sheet of a million rows needs no more memory
/// than one row (with constant-memory mode, which the exporter picks for large sheets).
public protocol WorkplanSheet {
    /// The layout: sheet name, title and subject for the document properties.
    var layout: Layout { get }
    /// The title row's text.
    var title: String { get }
    /// Column headings, placeholders filled in.
    var headings: [String] { get }
    /// The column with the agreement status (drop-down and colours), if any.
    var statusColumn: Int? { get }
    /// Columns that hold amounts (only budgets have them).
    var numberColumns: [Int] { get }
    /// A last row of totals, if any (only budgets have one).
    var totalRow: [WorkplanTable.Cell]? { get }
    /// The heading of a hidden last column holding each row's ``WorkplanRowKey``, or nil for none.
    var keyHeading: WorkplanKeyHeading? { get }
    /// Calls `body` with every group heading and row in sheet order. Must give the same lines
    /// every time it is called.
    func forEachLine(_ body: (WorkplanSheetLine) throws -> Void) throws
}

extension WorkplanTable: WorkplanSheet {
    /// Every group heading and row of the table, in sheet order.
    public func forEachLine(_ body: (WorkplanSheetLine) throws -> Void) rethrows {
        for group in groups {
            if let heading = group.heading { try body(.group(heading)) }
            for row in group.rows { try body(.row(row.cells, key: row.key)) }
        }
    }
}

/// A workplan sheet whose rows are made on demand rather than held: for exports far larger than
/// the agreements in one folder (the benchmark's million rows), or rows read from elsewhere.
///
/// The rows must already be grouped and sorted as the layout says; `lines` is called twice and
/// must give the same lines both times. Only workplan layouts (no budgets: those need their
/// totals) can be streamed.
public struct WorkplanRowStream: WorkplanSheet {
    /// The workplan layout the rows follow.
    public let layout: Layout
    /// The layout's title.
    public let title: String
    /// The layout's column headings as of the stream's date.
    public let headings: [String]
    /// The layout's agreement-status column, if it has one.
    public let statusColumn: Int?
    /// None: workplans have no amounts.
    public var numberColumns: [Int] { [] }
    /// None: workplans have no total row.
    public var totalRow: [WorkplanTable.Cell]? { nil }
    /// None: streamed rows are not read back.
    public var keyHeading: WorkplanKeyHeading? { nil }
    private let lines: ((WorkplanSheetLine) throws -> Void) throws -> Void

    /// A stream of `layout`'s sheet with headings dated as `Layout.heading(_:headingDate:asOf:)` says.
    public init(layout: Layout, headingDate: CivilDate? = nil, asOf: CivilDate? = nil,
                lines: @escaping ((WorkplanSheetLine) throws -> Void) throws -> Void) {
        self.layout = layout
        self.title = layout.title
        self.headings = layout.columns.map { layout.heading($0, headingDate: headingDate, asOf: asOf) }
        self.statusColumn = layout.columns.firstIndex { $0.field == .agreementStatus }
        self.lines = lines
    }

    /// Makes the lines again, by calling the stream's closure.
    public func forEachLine(_ body: (WorkplanSheetLine) throws -> Void) throws {
        try lines(body)
    }
}
