import SheetNames

/// The limits XLSXWriter enforces before handing anything to libxlsxwriter, as public constants so
/// callers can check early (for example while validating templates).
///
/// **What is counted.** Excel stores text as UTF-16 and counts its limits in UTF-16 code units, so
/// "characters" below are UTF-16 code units (`string.utf16.count`, see ``length(of:)``): "æ" is 1,
/// an emoji such as "😀" is 2. libxlsxwriter 1.1.4 counts Unicode code points instead, which is never
/// more than the UTF-16 count, so anything accepted here is also accepted by the C library.
/// Two limits are counted in UTF-8 *bytes* because libxlsxwriter 1.1.4 copies the text into a
/// fixed-size buffer: ``maxDataValidationListBytes`` and ``maxNumberFormatBytes``.
public enum XLSXLimits {
    /// Number of rows in a worksheet; valid row indexes are `0..<rowCount` (zero-based).
    public static let rowCount = 1_048_576
    /// Number of columns in a worksheet; valid column indexes are `0..<columnCount` (A…XFD).
    public static let columnCount = SheetLimits.columnCount
    /// Longest sheet name, in UTF-16 code units (`SheetName.maximumLength`). Names must also be at least 1 long.
    public static let maxSheetNameLength = SheetName.maximumLength
    /// Characters Excel forbids in sheet names (`SheetName.forbiddenCharacters`).
    public static let forbiddenSheetNameCharacters = SheetName.forbiddenCharacters
    /// Longest text in one cell (including merged-range text), in UTF-16 code units.
    public static let maxStringLength = SheetLimits.cellTextLength
    /// Longest formula, in UTF-16 code units, not counting one leading `=` (libxlsxwriter drops it).
    public static let maxFormulaLength = 8_192
    /// Longest page header or footer, control codes such as `&P` included, in UTF-16 code units.
    public static let maxHeaderFooterLength = 255
    /// Highest cell indent level Excel offers (the format dialog's limit; OOXML stores a byte).
    public static let maxIndent = 15
    /// Longest drop-down list, all items joined with the `,` separators, in UTF-16 code units.
    public static let maxDataValidationListLength = 255
    /// Longest drop-down list in UTF-8 bytes (items plus separators). libxlsxwriter 1.1.4 builds the
    /// list in a 258-byte buffer, so a list of 255 characters with "æøå" in it would overflow it.
    public static let maxDataValidationListBytes = 255
    /// Longest text compared by a conditional format (a string literal in an Excel formula).
    public static let maxConditionalFormatTextLength = 255
    /// Longest table column header, in UTF-16 code units.
    public static let maxTableHeaderLength = 255
    /// Longest number format string in UTF-8 bytes; libxlsxwriter 1.1.4 silently truncates longer ones.
    public static let maxNumberFormatBytes = 127
    /// Widest column, in Excel character units.
    public static let maxColumnWidth = 255.0
    /// Tallest row, in points.
    public static let maxRowHeight = 409.0
    /// Largest font size, in points.
    public static let maxFontSize = 409.0
    /// Largest page count for "fit to pages" in either direction.
    public static let maxFitToPages = 32_767

    /// A named limit, reported by ``XLSXError/limitExceeded(limit:actual:context:)``.
    public enum Limit: String, Sendable, CaseIterable, CustomStringConvertible {
        /// ``XLSXLimits/rowCount``.
        case rowIndex
        /// ``XLSXLimits/columnCount``.
        case columnIndex
        /// ``XLSXLimits/maxSheetNameLength``.
        case sheetNameLength
        /// ``XLSXLimits/maxStringLength``.
        case stringLength
        /// ``XLSXLimits/maxFormulaLength``.
        case formulaLength
        /// ``XLSXLimits/maxHeaderFooterLength``.
        case headerFooterLength
        /// ``XLSXLimits/maxDataValidationListLength``.
        case dataValidationListLength
        /// ``XLSXLimits/maxDataValidationListBytes``.
        case dataValidationListBytes
        /// ``XLSXLimits/maxConditionalFormatTextLength``.
        case conditionalFormatTextLength
        /// ``XLSXLimits/maxTableHeaderLength``.
        case tableHeaderLength
        /// ``XLSXLimits/maxNumberFormatBytes``.
        case numberFormatBytes
        /// ``XLSXLimits/maxColumnWidth``.
        case columnWidth
        /// ``XLSXLimits/maxRowHeight``.
        case rowHeight
        /// ``XLSXLimits/maxFontSize``.
        case fontSize
        /// ``XLSXLimits/maxFitToPages``.
        case fitToPages

        /// The limit in words, with its value and unit.
        public var description: String {
            switch self {
            case .rowIndex: return "the last row index (\(XLSXLimits.rowCount - 1), zero-based; Excel has \(XLSXLimits.rowCount) rows)"
            case .columnIndex: return "the last column index (\(XLSXLimits.columnCount - 1), zero-based, column XFD)"
            case .sheetNameLength: return "Excel's sheet-name limit of \(XLSXLimits.maxSheetNameLength) characters (UTF-16 code units)"
            case .stringLength: return "Excel's cell-text limit of \(XLSXLimits.maxStringLength) characters (UTF-16 code units)"
            case .formulaLength: return "Excel's formula limit of \(XLSXLimits.maxFormulaLength) characters (UTF-16 code units, without the leading '=')"
            case .headerFooterLength: return "Excel's header/footer limit of \(XLSXLimits.maxHeaderFooterLength) characters (UTF-16 code units, control codes included)"
            case .dataValidationListLength: return "Excel's drop-down list limit of \(XLSXLimits.maxDataValidationListLength) characters (UTF-16 code units, separators included)"
            case .dataValidationListBytes: return "libxlsxwriter 1.1.4's drop-down list buffer of \(XLSXLimits.maxDataValidationListBytes) UTF-8 bytes (separators included)"
            case .conditionalFormatTextLength: return "Excel's formula text-literal limit of \(XLSXLimits.maxConditionalFormatTextLength) characters (UTF-16 code units)"
            case .tableHeaderLength: return "Excel's table header limit of \(XLSXLimits.maxTableHeaderLength) characters (UTF-16 code units)"
            case .numberFormatBytes: return "libxlsxwriter 1.1.4's number-format buffer of \(XLSXLimits.maxNumberFormatBytes) UTF-8 bytes"
            case .columnWidth: return "Excel's maximum column width of \(Int(XLSXLimits.maxColumnWidth)) characters"
            case .rowHeight: return "Excel's maximum row height of \(Int(XLSXLimits.maxRowHeight)) points"
            case .fontSize: return "Excel's maximum font size of \(Int(XLSXLimits.maxFontSize)) points"
            case .fitToPages: return "Excel's fit-to-pages maximum of \(XLSXLimits.maxFitToPages) pages"
            }
        }
    }

    /// The length Excel sees: the number of UTF-16 code units.
    public static func length(of text: String) -> Int { text.utf16.count }

    /// Throws unless `name` is a valid Excel sheet name on its own (the rule is `SheetName`'s):
    /// a name too long is ``XLSXError/limitExceeded(limit:actual:context:)``, any other problem
    /// ``XLSXError/invalidSheetName(name:reason:)``. Uniqueness within a workbook is checked by
    /// ``Workbook/addWorksheet(named:)``.
    public static func checkSheetName(_ name: String) throws {
        switch SheetName.problem(name) {
        case nil: return
        case .tooLong(let length):
            throw XLSXError.limitExceeded(limit: .sheetNameLength, actual: length, context: "Sheet name '\(name)'")
        case let problem?:
            throw XLSXError.invalidSheetName(name: name, reason: problem.description)
        }
    }
}
