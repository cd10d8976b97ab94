import CXLSXWriter
import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Options for ``Worksheet/addTable(_:options:)``.
public struct TableOptions: Hashable, Sendable {
    /// Table name (Excel's rules: starts with a letter or `_`, no spaces, not a cell reference);
    /// nil lets libxlsxwriter number it (`Table1`, …).
    public var name: String?
    /// Column headers written into the range's first row, one per column, unique ignoring case.
    /// nil keeps libxlsxwriter's defaults `Column1`, `Column2`, … (it overwrites that row either way).
    public var columnHeaders: [String]?
    /// Table style; nil is Excel's default (Table Style Medium 9).
    public var style: TableStyle?
    /// Shade every other row.
    public var bandedRows: Bool
    /// Show filter buttons in the header row.
    public var autofilter: Bool

    /// Creates table options.
    public init(name: String? = nil, columnHeaders: [String]? = nil, style: TableStyle? = nil,
                bandedRows: Bool = true, autofilter: Bool = true) {
        self.name = name
        self.columnHeaders = columnHeaders
        self.style = style
        self.bandedRows = bandedRows
        self.autofilter = autofilter
    }
}

/// One of Excel's built-in table styles.
public enum TableStyle: Hashable, Sendable {
    /// Table Style Light 1…21.
    case light(Int)
    /// Table Style Medium 1…28.
    case medium(Int)
    /// Table Style Dark 1…11.
    case dark(Int)

    var parts: (type: UInt8, number: Int, maximum: Int) {
        switch self {
        case .light(let number): return (UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue), number, 21)
        case .medium(let number): return (UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue), number, 28)
        case .dark(let number): return (UInt8(LXW_TABLE_STYLE_TYPE_DARK.rawValue), number, 11)
        }
    }
}

extension Worksheet {
    /// Turns `range` into an Excel table; its first row is the header row, so it needs two rows.
    /// Refused in constant-memory mode, where libxlsxwriter cannot write tables.
    public func addTable(_ range: CellRange, options: TableOptions = TableOptions()) throws {
        let what = "Adding a table to \(name)!\(range)"
        _ = try workbook.openHandle(what)
        guard !workbook.options.constantMemory else {
            throw XLSXError.notSupportedInConstantMemoryMode(feature: "\(what): an Excel table")
        }
        let (firstRow, firstColumn, lastRow, lastColumn) = try Check.range(range, what)
        guard range.rowCount >= 2 else {
            throw XLSXError.invalidArgument("\(what): a table needs a header row and at least one data row")
        }
        // libxlsxwriter validates the name itself (length, characters); its error is mapped.
        if let name = options.name { try Check.noNUL(name, "\(what): table name") }
        if let headers = options.columnHeaders { try checkHeaders(headers, columns: range.columnCount, what) }
        if let style = options.style, !(1...style.parts.maximum).contains(style.parts.number) {
            throw XLSXError.invalidArgument("\(what): table style \(style) does not exist")
        }
        let strings = CStrings()
        var columns = (options.columnHeaders ?? []).map { header in
            var column = lxw_table_column()
            column.header = strings.copy(header)
            return column
        }
        try columns.withUnsafeMutableBufferPointer { buffer in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 }
            pointers.append(nil)
            try pointers.withUnsafeMutableBufferPointer { columnList in
                var cOptions = lxw_table_options()
                cOptions.name = strings.copy(options.name)
                cOptions.no_banded_rows = options.bandedRows ? 0 : 1
                cOptions.no_autofilter = options.autofilter ? 0 : 1
                if let style = options.style {
                    cOptions.style_type = style.parts.type
                    cOptions.style_type_number = UInt8(style.parts.number)
                }
                if options.columnHeaders != nil { cOptions.columns = columnList.baseAddress }
                // libxlsxwriter prints a [WARNING] line for a name it refuses: captured, not shown.
                try callCapturingMessages(what) { worksheet_add_table($0, firstRow, firstColumn, lastRow, lastColumn, &cOptions) }
            }
        }
    }

    /// Adds a drop-down (list data validation) offering `values` to every cell of `range`.
    ///
    /// Items must be non-empty and contain neither `,` (the separator) nor `"`. All items joined by
    /// commas must fit both ``XLSXLimits/maxDataValidationListLength`` characters (Excel) and
    /// ``XLSXLimits/maxDataValidationListBytes`` UTF-8 bytes (libxlsxwriter 1.1.4's buffer, which a
    /// list with many "æøå" would otherwise overflow).
    public func addDropDown(_ range: CellRange, values: [String]) throws {
        let what = "Adding a drop-down list to \(name)!\(range)"
        _ = try workbook.openHandle(what)
        let (firstRow, firstColumn, lastRow, lastColumn) = try Check.range(range, what)
        guard !values.isEmpty else { throw XLSXError.invalidArgument("\(what): the list is empty") }
        for value in values {
            try Check.noNUL(value, what)
            guard !value.isEmpty, !value.containsText(","), !value.containsText("\"") else {
                throw XLSXError.invalidArgument(
                    "\(what): item '\(value)' is empty or contains ',' or '\"', which a drop-down list cannot hold")
            }
        }
        let joined = values.joined(separator: ",")
        try Check.text(joined, maximum: XLSXLimits.maxDataValidationListLength, limit: .dataValidationListLength, what)
        guard joined.utf8.count <= XLSXLimits.maxDataValidationListBytes else {
            throw XLSXError.limitExceeded(limit: .dataValidationListBytes, actual: joined.utf8.count, context: what)
        }
        let strings = CStrings()
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.value_list = strings.array(values)
        try call(what) {
            worksheet_data_validation_range($0, firstRow, firstColumn, lastRow, lastColumn, &validation)
        }
    }

    /// Applies `format` to the cells of `range` whose value equals `text` (Excel: "Cell Value equal to
    /// "text"", case-insensitive). At most ``XLSXLimits/maxConditionalFormatTextLength`` characters.
    public func addConditionalFormat(_ range: CellRange, whenEqualTo text: String, format: CellFormat) throws {
        let what = "Adding a conditional format to \(name)!\(range)"
        _ = try workbook.openHandle(what)
        let (firstRow, firstColumn, lastRow, lastColumn) = try Check.range(range, what)
        try Check.text(text, maximum: XLSXLimits.maxConditionalFormatTextLength,
                       limit: .conditionalFormatTextLength, what)
        let strings = CStrings()
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
        // An Excel string literal: quoted, with embedded quotes doubled.
        rule.value_string = strings.copy("\"" + text.replacingText("\"", with: "\"\"") + "\"")
        rule.format = try workbook.lxwFormat(for: format)
        try call(what) {
            worksheet_conditional_format_range($0, firstRow, firstColumn, lastRow, lastColumn, &rule)
        }
    }

    private func checkHeaders(_ headers: [String], columns: Int, _ what: String) throws {
        guard headers.count == columns else {
            throw XLSXError.invalidArgument("\(what): \(headers.count) column headers given for \(columns) columns")
        }
        var seen: Set<String> = []
        for header in headers {
            guard !header.isEmpty else { throw XLSXError.invalidArgument("\(what): a column header is empty") }
            try Check.text(header, maximum: XLSXLimits.maxTableHeaderLength, limit: .tableHeaderLength, what)
            guard seen.insert(header.lowercased()).inserted else {
                throw XLSXError.invalidArgument("\(what): column header '\(header)' is used twice (ignoring case)")
            }
        }
    }
}
