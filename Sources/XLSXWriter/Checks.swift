import CXLSXWriter

/// Internal argument checks shared by ``Workbook`` and ``Worksheet``; each throws an ``XLSXError``
/// naming the limit, so nothing out of range ever reaches libxlsxwriter.
enum Check {
    static func row(_ row: Int, _ context: @autoclosure () -> String) throws -> lxw_row_t {
        guard row >= 0 else { throw XLSXError.invalidArgument("\(context()): row index \(row) is negative") }
        guard row < XLSXLimits.rowCount else {
            throw XLSXError.limitExceeded(limit: .rowIndex, actual: row, context: context())
        }
        return lxw_row_t(row)
    }

    static func column(_ column: Int, _ context: @autoclosure () -> String) throws -> lxw_col_t {
        guard column >= 0 else { throw XLSXError.invalidArgument("\(context()): column index \(column) is negative") }
        guard column < XLSXLimits.columnCount else {
            throw XLSXError.limitExceeded(limit: .columnIndex, actual: column, context: context())
        }
        return lxw_col_t(column)
    }

    /// Validates a range and returns it as C indexes (first row, first column, last row, last column).
    static func range(_ range: CellRange, _ context: @autoclosure () -> String)
        throws -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) {
        let what = context()
        guard range.firstRow <= range.lastRow, range.firstColumn <= range.lastColumn else {
            throw XLSXError.invalidArgument("\(what): the range's first row/column comes after its last")
        }
        return (try row(range.firstRow, what), try column(range.firstColumn, what),
                try row(range.lastRow, what), try column(range.lastColumn, what))
    }

    static func finite(_ value: Double, _ context: @autoclosure () -> String) throws {
        guard value.isFinite else { throw XLSXError.nonFiniteNumber(context: context()) }
    }

    /// A finite number in `0...maximum`.
    static func measure(_ value: Double, maximum: Double, limit: XLSXLimits.Limit,
                        _ context: @autoclosure () -> String) throws {
        try finite(value, context())
        guard value >= 0 else { throw XLSXError.invalidArgument("\(context()): \(value) is negative") }
        guard value <= maximum else {
            throw XLSXError.limitExceeded(limit: limit, actual: Int(value.rounded(.up)), context: context())
        }
    }

    /// Text that goes to C: no NUL (C would cut it there) and at most `maximum` UTF-16 code units.
    static func text(_ text: String, maximum: Int, limit: XLSXLimits.Limit,
                     _ context: @autoclosure () -> String) throws {
        try noNUL(text, context())
        // UTF-16 never needs more code units than UTF-8 needs bytes: count only when it matters.
        guard text.utf8.count > maximum else { return }
        let length = XLSXLimits.length(of: text)
        guard length <= maximum else {
            throw XLSXError.limitExceeded(limit: limit, actual: length, context: context())
        }
    }

    static func noNUL(_ text: String, _ context: @autoclosure () -> String) throws {
        let hasNUL = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        } ?? text.utf8.contains(0)
        guard !hasNUL else {
            throw XLSXError.invalidArgument("\(context()): the text contains a NUL character")
        }
    }
}
