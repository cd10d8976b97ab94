import AftalerCore
import ParallelWork
import XLSXWriter

/// Draws one `WorkplanSheet` (a table in memory or a stream of rows) onto one worksheet. Rows are
/// written strictly top to bottom, so the same code works in constant-memory mode.
struct SheetWriter {
    let table: any WorkplanSheet
    /// Widths from the first pass over the sheet (``ColumnWidths/plan(_:)``).
    let plan: SheetPlan
    let sheet: Worksheet

    static let titleRow = 0
    static let headerRow = 1
    static let firstDataRow = 2

    func write() throws {
        let columnCount = table.headings.count
        let widths = plan.widths
        for (column, width) in widths.enumerated() {
            try sheet.setColumnWidth(width, column: column)
        }
        try sheet.setRowHeight(24, row: Self.titleRow)
        try sheet.write(table.title, row: Self.titleRow, column: 0, format: Styles.title)
        try sheet.setRowHeight(ColumnWidths.headerHeight(table.headings, widths: widths), row: Self.headerRow)
        for (column, heading) in table.headings.enumerated() {
            let format = table.numberColumns.contains(column) ? Styles.numberHeader : Styles.header
            try sheet.write(heading, row: Self.headerRow, column: column, format: format)
        }
        // The hidden key column (which workplan entry each row shows) comes after the visible ones,
        // inside the autofilter, so that sorting or filtering in Excel moves it with its row.
        let keyColumn = table.keyHeading.map { _ in columnCount }
        if let keyColumn, let heading = table.keyHeading {
            try sheet.hideColumn(keyColumn)
            try sheet.write(heading.description, row: Self.headerRow, column: keyColumn)
        }
        var row = Self.firstDataRow
        // Row heights are measured on a second core, a batch of lines ahead of this thread, which
        // alone talks to libxlsxwriter: the sheet comes out the same as measuring each row here.
        try Parallel.pipeline(depth: Self.batchesAhead, produce: { yield in
            var batch: [MeasuredLine] = []
            batch.reserveCapacity(Self.batchSize)
            try table.forEachLine { line in
                var height = 20.0
                if case .row(let cells, _) = line { height = ColumnWidths.rowHeight(cells, widths: widths) }
                batch.append(MeasuredLine(line: line, height: height))
                if batch.count == Self.batchSize {
                    try yield(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try yield(batch) }
        }, consume: { batch in
            for measured in batch {
                try sheet.setRowHeight(measured.height, row: row)
                switch measured.line {
                case .group(let heading):
                    try sheet.write(heading, row: row, column: 0, format: Styles.group)
                    for column in 1..<max(1, columnCount) { try sheet.writeBlank(row: row, column: column, format: Styles.group) }
                case .row(let cells, let key):
                    try write(cells, row: row)
                    if let keyColumn, let key { try sheet.write(key.description, row: row, column: keyColumn) }
                }
                row += 1
            }
        })
        let lastDataRow = row - 1
        if let total = table.totalRow {
            try write(total, row: row, format: Styles.totalText, numberFormat: Styles.totalNumber)
            row += 1
        }
        try sheet.freezePanes(row: Self.firstDataRow, column: 0)
        try sheet.setAutofilter(CellRange(rows: Self.headerRow...max(Self.headerRow, lastDataRow),
                                          columns: 0...max(0, (keyColumn ?? columnCount - 1))))
        if let status = table.statusColumn, lastDataRow >= Self.firstDataRow {
            let range = CellRange(rows: Self.firstDataRow...lastDataRow, columns: status...status)
            try sheet.addDropDown(range, values: Status.allCases.map(\.label))
            for state in Status.allCases {
                try sheet.addConditionalFormat(range, whenEqualTo: state.label, format: Styles.status(state))
            }
        }
        try sheet.setPageSetup(Self.pageSetup)
    }

    /// Lines measured at a time, and batches the measuring may run ahead of the writing.
    static let batchSize = 256
    static let batchesAhead = 8

    /// A body line and the height of its row in points (group headings' rows are 20).
    struct MeasuredLine {
        let line: WorkplanSheetLine
        let height: Double
    }

    /// A3 landscape, all columns on one page width, the header row repeated on every page.
    ///
    /// A3 because the workplans' five wide columns (up to 4 × 50 + 31 characters, some 1.650
    /// pixels) fitted onto A4 landscape's 27 cm of printable width printed their 11 pt text at
    /// about 6.5 pt; A3's 39 cm print it at 9 pt or more. A4 would need fewer or narrower
    /// columns, and so taller rows and more pages. The title is row 1 only, not also a page
    /// header: row 1 is what the screen, the CSV and `aftale import` read, and a header would
    /// print it twice on page 1. The footer names the source and numbers the pages.
    static let pageSetup = PageSetup(
        orientation: .landscape, paper: .a3, repeatRows: headerRow...headerRow,
        fitToPages: FitToPages(width: 1, height: 0),
        footer: HeaderFooter.footer,
        margins: Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3))

    private func write(_ cells: [WorkplanTable.Cell], row: Int,
                       format: CellFormat = Styles.text, numberFormat: CellFormat = Styles.number) throws {
        for column in cells.indices {
            switch cells[column] {
            case .text(let text):
                try sheet.write(text, row: row, column: column, format: format)
            case .number(let value):
                try sheet.write(Double(value), row: row, column: column, format: numberFormat)
            case .rowTotal(let value):
                let first = table.numberColumns.first ?? column
                let range = CellRange(rows: row...row, columns: first...(column - 1))
                try sheet.writeFormula("=SUM(\(range))", result: Double(value), row: row, column: column,
                                       format: numberFormat)
            case .columnTotal(let value):
                let range = CellRange(rows: Self.firstDataRow...(row - 1), columns: column...column)
                try sheet.writeFormula("=SUM(\(range))", result: Double(value), row: row, column: column,
                                       format: numberFormat)
            case .empty:
                try sheet.writeBlank(row: row, column: column, format: format)
            }
        }
    }
}

/// The page footer of exported sheets: the source on the left, the page numbers on the right.
enum HeaderFooter {
    static let footer = "&LSundhedsaftalen i Region Midtjylland&RSide &P af &N"
}
