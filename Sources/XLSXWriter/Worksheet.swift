import CalendarDate
import CXLSXWriter

/// A worksheet of a ``Workbook``: a handle for writing cells and setting layout.
///
/// Rows and columns are zero-based (row 0, column 0 is A1). Every method checks its arguments
/// against ``XLSXLimits`` before calling libxlsxwriter and throws ``XLSXError`` on failure; after
/// the workbook is closed every method throws ``XLSXError/workbookClosed(operation:)``.
/// A worksheet keeps its workbook alive.
public final class Worksheet {
    /// The sheet name shown on the tab.
    public let name: String
    let workbook: Workbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    /// In constant-memory mode: the row libxlsxwriter currently holds in memory.
    private var currentRow: Int?

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    // MARK: - Cells

    /// Writes text. At most ``XLSXLimits/maxStringLength`` characters.
    public func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws {
        // Messages are built only when something fails: this runs once per cell.
        func what() -> String { "Writing text to \(name)!\(CellRange.a1(row: row, column: column))" }
        let (cRow, cColumn) = try cell(row, column, what())
        try Check.text(text, maximum: XLSXLimits.maxStringLength, limit: .stringLength, what())
        let cFormat = try workbook.lxwFormat(for: format)
        // withCString hands over a native string's own bytes (they end in NUL) without a copy.
        try text.withCString { cText in
            try call(what()) { worksheet_write_string($0, cRow, cColumn, cText, cFormat) }
        }
    }

    /// Writes a number (stored as a number, so readers see int/float, not text). Must be finite.
    public func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws {
        func what() -> String { "Writing a number to \(name)!\(CellRange.a1(row: row, column: column))" }
        let (cRow, cColumn) = try cell(row, column, what())
        try Check.finite(number, what())
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what()) { worksheet_write_number($0, cRow, cColumn, number, cFormat) }
    }

    /// Writes a formula together with its computed result, so readers that do not recalculate
    /// (viewers, previews, openpyxl with `data_only=True`) show the right value. Excel recalculates.
    ///
    /// - Parameters:
    ///   - formula: e.g. `=SUM(B2:B9)`; the leading `=` is optional. At most
    ///     ``XLSXLimits/maxFormulaLength`` characters without it.
    ///   - result: the value the formula evaluates to; must be finite.
    public func writeFormula(_ formula: String, result: Double, row: Int, column: Int,
                             format: CellFormat? = nil) throws {
        let what = "Writing a formula to \(name)!\(CellRange.a1(row: row, column: column))"
        let (cRow, cColumn) = try cell(row, column, what)
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        guard !body.isEmpty else { throw XLSXError.invalidArgument("\(what): the formula is empty") }
        try Check.text(body, maximum: XLSXLimits.maxFormulaLength, limit: .formulaLength, what)
        try Check.finite(result, "\(what) (its result)")
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what) { worksheet_write_formula_num($0, cRow, cColumn, body, cFormat, result) }
    }

    /// Writes a date as a real date cell: Excel's serial day number (days since 30 December 1899;
    /// 1 March 1900 and later, where Excel's and the calendar's days agree), shown through
    /// `format`'s number format, which must be a date format such as `dd.mm.yyyy`.
    public func write(_ date: CivilDate, row: Int, column: Int, format: CellFormat) throws {
        guard format.numberFormat != nil, date >= CivilDate(year: 1900, month: 3, day: 1)! else {
            throw XLSXError.invalidArgument("Writing a date to \(name)!\(CellRange.a1(row: row, column: column)): "
                                            + "needs a date number format and a date from 1 March 1900")
        }
        let serial = date.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
        try write(Double(serial), row: row, column: column, format: format)
    }

    /// Writes an empty cell that carries a format (e.g. a filled or bordered cell without a value).
    public func writeBlank(row: Int, column: Int, format: CellFormat) throws {
        func what() -> String { "Writing a blank cell to \(name)!\(CellRange.a1(row: row, column: column))" }
        let (cRow, cColumn) = try cell(row, column, what())
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what()) { worksheet_write_blank($0, cRow, cColumn, cFormat) }
    }

    /// Merges `range` into one cell showing `text` (typically a group heading).
    /// The range must cover at least two cells.
    public func merge(_ range: CellRange, text: String, format: CellFormat? = nil) throws {
        let what = "Merging \(name)!\(range)"
        let (firstRow, firstColumn, lastRow, lastColumn) = try Check.range(range, what)
        guard range.rowCount > 1 || range.columnCount > 1 else {
            throw XLSXError.invalidArgument("\(what): a merged range needs at least two cells")
        }
        try Check.text(text, maximum: XLSXLimits.maxStringLength, limit: .stringLength, what)
        try enterRow(range.firstRow, lastRow: range.lastRow)
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what) { worksheet_merge_range($0, firstRow, firstColumn, lastRow, lastColumn, text, cFormat) }
    }

    // MARK: - Layout

    /// Sets the width of `columns`, in Excel character units (0…``XLSXLimits/maxColumnWidth``),
    /// optionally with a default format for their empty cells.
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: CellFormat? = nil) throws {
        let what = "Setting the width of columns \(CellRange.columnName(columns.lowerBound))…"
            + "\(CellRange.columnName(columns.upperBound)) of \(name)"
        let first = try Check.column(columns.lowerBound, what)
        let last = try Check.column(columns.upperBound, what)
        try Check.measure(width, maximum: XLSXLimits.maxColumnWidth, limit: .columnWidth, what)
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what) { worksheet_set_column($0, first, last, width, cFormat) }
    }

    /// Hides `column` (it keeps its cells: a reader sees them, a printed page and the screen do not).
    public func hideColumn(_ column: Int) throws {
        let what = "Hiding column \(CellRange.columnName(column)) of \(name)"
        let index = try Check.column(column, what)
        var options = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
        try call(what) { worksheet_set_column_opt($0, index, index, 8.43, nil, &options) }
    }

    /// Sets the width of one column.
    public func setColumnWidth(_ width: Double, column: Int, format: CellFormat? = nil) throws {
        try setColumnWidth(width, columns: column...column, format: format)
    }

    /// Sets the height of `row` in points (0…``XLSXLimits/maxRowHeight``), optionally with a format.
    public func setRowHeight(_ height: Double, row: Int, format: CellFormat? = nil) throws {
        func what() -> String { "Setting the height of row \(row + 1) of \(name)" }
        let cRow = try Check.row(row, what())
        try Check.measure(height, maximum: XLSXLimits.maxRowHeight, limit: .rowHeight, what())
        try enterRow(row)
        let cFormat = try workbook.lxwFormat(for: format)
        try call(what()) { worksheet_set_row($0, cRow, height, cFormat) }
    }

    /// Freezes the rows above `row` and the columns left of `column`: `freezePanes(row: 1, column: 0)`
    /// keeps the first row visible while scrolling.
    public func freezePanes(row: Int, column: Int) throws {
        let what = "Freezing panes of \(name)"
        let (cRow, cColumn) = (try Check.row(row, what), try Check.column(column, what))
        try call(what) { worksheet_freeze_panes($0, cRow, cColumn); return LXW_NO_ERROR }
    }

    /// Adds filter drop-downs to the header row of `range` (its first row).
    public func setAutofilter(_ range: CellRange) throws {
        let what = "Setting the autofilter of \(name) to \(range)"
        let (firstRow, firstColumn, lastRow, lastColumn) = try Check.range(range, what)
        try call(what) { worksheet_autofilter($0, firstRow, firstColumn, lastRow, lastColumn) }
    }

    /// Hides the gridlines on screen and on paper.
    public func hideGridlines() throws {
        try call("Hiding the gridlines of \(name)") {
            worksheet_gridlines($0, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
            return LXW_NO_ERROR
        }
    }

    // MARK: - Internal

    /// Runs one libxlsxwriter call on the open sheet under the C locale and checks its code.
    func call(_ operation: @autoclosure () -> String,
              _ body: (UnsafeMutablePointer<lxw_worksheet>) -> lxw_error) throws {
        _ = try workbook.openHandle(operation())
        try XLSXError.check(CLocale.run { body(handle) }, operation: operation())
    }

    /// `call`, with what libxlsxwriter prints kept in the workbook's messages instead of on stderr
    /// (for the rare calls that print, not the per-cell ones).
    func callCapturingMessages(_ operation: @autoclosure () -> String,
                               _ body: (UnsafeMutablePointer<lxw_worksheet>) -> lxw_error) throws {
        _ = try workbook.openHandle(operation())
        let (code, printed) = LibraryMessages.capture { body(handle) }
        workbook.recordLibraryMessages(printed)
        try XLSXError.check(code, operation: operation())
    }

    /// Checks a cell position (and, in constant-memory mode, the row order).
    private func cell(_ row: Int, _ column: Int, _ what: @autoclosure () -> String) throws -> (lxw_row_t, lxw_col_t) {
        _ = try workbook.openHandle(what())
        let position = (try Check.row(row, what()), try Check.column(column, what()))
        try enterRow(row)
        return position
    }

    /// In constant-memory mode libxlsxwriter silently ignores rows before the current one.
    private func enterRow(_ row: Int, lastRow: Int? = nil) throws {
        guard workbook.options.constantMemory else { return }
        if let currentRow, row < currentRow {
            throw XLSXError.rowOrderInConstantMemoryMode(row: row, currentRow: currentRow)
        }
        currentRow = max(lastRow ?? row, currentRow ?? 0)
    }
}
