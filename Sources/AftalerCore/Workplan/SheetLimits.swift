/// Excel's limits that the sources must keep within, checked when layouts and agreements are read,
/// so that a layout or a text too big for a sheet is a located diagnostic of `aftale validate`
/// rather than an export that fails without a location.
///
/// The numbers are Excel's, the same as `XLSXLimits.columnCount` and `XLSXLimits.maxStringLength`
/// in Sources/XLSXWriter/XLSXLimits.swift. They are written out here because AftalerCore does not
/// depend on XLSXWriter; `SheetLimitsTests` (RobustnessTests) keeps the two equal.
enum SheetLimits {
    /// Columns in a worksheet (A…XFD).
    static let columnCount = 16_384
    /// Longest text in one cell, in UTF-16 code units (Excel stores text as UTF-16).
    static let cellTextLength = 32_767

    /// The length of `text` as Excel counts it (UTF-16 code units), or nil when it fits in a cell.
    static func cellTextExcess(_ text: String) -> Int? {
        // UTF-8 is never shorter than UTF-16, and its count is free to read.
        guard text.utf8.count > cellTextLength else { return nil }
        let length = text.utf16.count
        return length > cellTextLength ? length : nil
    }
}
