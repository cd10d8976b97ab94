/// Excel's limits, in one place like its sheet-name rule: XLSXWriter checks them before
/// libxlsxwriter sees a cell (`XLSXLimits`), and the layouts and agreements are checked against them
/// when they are read, so a layout or a text too big for a sheet is a located diagnostic of
/// `aftale validate` rather than an export that fails without a location.
public enum SheetLimits {
    /// Columns in a worksheet (A…XFD).
    public static let columnCount = 16_384
    /// Longest text in one cell, in UTF-16 code units (Excel stores text as UTF-16).
    public static let cellTextLength = 32_767

    /// The length of `text` as Excel counts it (UTF-16 code units), or nil when it fits in a cell.
    public static func cellTextExcess(_ text: String) -> Int? {
        // UTF-8 is never shorter than UTF-16, and its count is free to read.
        guard text.utf8.count > cellTextLength else { return nil }
        let length = text.utf16.count
        return length > cellTextLength ? length : nil
    }
}
