/// A rectangular block of cells, zero-based and inclusive at both ends (row 0, column 0 is A1).
///
/// Indexes are checked against ``XLSXLimits/rowCount`` and ``XLSXLimits/columnCount`` when the range
/// is used, not when it is created.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// First row (zero-based).
    public let firstRow: Int
    /// First column (zero-based).
    public let firstColumn: Int
    /// Last row, inclusive.
    public let lastRow: Int
    /// Last column, inclusive.
    public let lastColumn: Int

    /// A range from its corners.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A range from row and column spans, e.g. `CellRange(rows: 0...9, columns: 0...3)` is A1:D10.
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                  lastRow: rows.upperBound, lastColumn: columns.upperBound)
    }

    /// A single cell.
    public static func cell(row: Int, column: Int) -> CellRange {
        CellRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }

    /// Number of rows.
    public var rowCount: Int { lastRow - firstRow + 1 }
    /// Number of columns.
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// A1 notation, e.g. `A1:D10` (or `B2` for one cell).
    public var description: String {
        let first = CellRange.a1(row: firstRow, column: firstColumn)
        guard rowCount != 1 || columnCount != 1 else { return first }
        return first + ":" + CellRange.a1(row: lastRow, column: lastColumn)
    }

    /// A1 reference of one cell, e.g. `a1(row: 9, column: 27)` is `AB10`.
    public static func a1(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// Column letters, e.g. 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`. Negative input gives `?`.
    public static func columnName(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }
}
