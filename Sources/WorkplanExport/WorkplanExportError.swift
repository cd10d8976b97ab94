import AftalerCore
import XLSXWriter

/// Why a workplan cannot be written as an Excel file, in the terms of the layout and the
/// agreements rather than of libxlsxwriter. Nothing beyond a limit is ever handed to the C
/// library: sheet name, rows and columns are checked before the file is started, and a cell text
/// that is too long is caught by XLSXWriter's own check and explained here.
public enum WorkplanExportError: Error, Equatable, CustomStringConvertible {
    /// A cell would hold more text than Excel allows.
    case textTooLong(sheet: String, cell: String, column: String, agreement: String?, length: Int)
    /// A sheet would have more rows than Excel allows.
    case tooManyRows(sheet: String, rows: Int)
    /// A layout has more columns than Excel allows.
    case tooManyColumns(layout: String, columns: Int)
    /// The layout's sheet name breaks one of Excel's rules.
    case invalidSheetName(layout: String, reason: String)

    public var description: String {
        switch self {
        case let .textTooLong(sheet, cell, column, agreement, length):
            let whose = agreement.map { ", agreement '\($0)'" } ?? ""
            return "sheet '\(sheet)', cell \(cell) (column '\(column)'\(whose)): the text is \(length) characters, "
                + "more than the \(XLSXLimits.maxStringLength) an Excel cell holds; shorten it in the agreement "
                + "(characters counted as UTF-16 code units, as Excel does)"
        case let .tooManyRows(sheet, rows):
            return "sheet '\(sheet)' would have \(rows) rows, more than Excel's \(XLSXLimits.rowCount); "
                + "export fewer agreements at a time"
        case let .tooManyColumns(layout, columns):
            return "layout '\(layout)' has \(columns) columns (a workplan's hidden key column included), "
                + "more than Excel's \(XLSXLimits.columnCount); "
                + "remove columns from Templates/layouts/\(layout).yaml"
        case let .invalidSheetName(layout, reason):
            return "the sheet name of layout '\(layout)' cannot be used: \(reason) "
                + "Change 'ark' in Templates/layouts/\(layout).yaml."
        }
    }
}

/// The checks behind ``WorkplanExportError``.
enum ExportLimits {
    /// Rows above and below the data: title and heading rows, and a total row if there is one.
    static func sheetRows(_ sheet: any WorkplanSheet, lines: Int) -> Int {
        SheetWriter.firstDataRow + lines + (sheet.totalRow == nil ? 0 : 1)
    }

    /// Checks what is known before the file is started: sheet name, column count and row count
    /// (`lines`: group headings and data rows of the body).
    static func check(_ sheet: any WorkplanSheet, lines: Int) throws(WorkplanExportError) {
        do {
            try XLSXLimits.checkSheetName(sheet.layout.sheetName)
        } catch {
            throw .invalidSheetName(layout: sheet.layout.name, reason: "\(error)")
        }
        // A workplan's hidden key column counts too.
        let columns = sheet.headings.count + (sheet.keyHeading == nil ? 0 : 1)
        guard columns <= XLSXLimits.columnCount else {
            throw .tooManyColumns(layout: sheet.layout.name, columns: columns)
        }
        let rows = sheetRows(sheet, lines: lines)
        guard rows <= XLSXLimits.rowCount else { throw .tooManyRows(sheet: sheet.layout.sheetName, rows: rows) }
    }

    /// The first text in `sheet` too long for a cell, as an error that names its cell, column and
    /// agreement; nil if there is none. Only run after XLSXWriter refused a text, so it costs
    /// nothing on the way to a good file.
    static func firstTextTooLong(in sheet: any WorkplanSheet) throws -> WorkplanExportError? {
        func tooLong(_ text: String) -> Int? {
            // The UTF-8 length bounds the UTF-16 length, and is free to read.
            guard text.utf8.count > XLSXLimits.maxStringLength else { return nil }
            let length = XLSXLimits.length(of: text)
            return length > XLSXLimits.maxStringLength ? length : nil
        }
        func error(row: Int, column: Int, agreement: String?, length: Int) -> WorkplanExportError {
            let heading = column < sheet.headings.count ? sheet.headings[column] : "\(column + 1)"
            return .textTooLong(sheet: sheet.layout.sheetName, cell: CellRange.cell(row: row, column: column).description,
                                column: heading, agreement: agreement, length: length)
        }
        if let length = tooLong(sheet.title) { return error(row: SheetWriter.titleRow, column: 0, agreement: nil, length: length) }
        for (column, heading) in sheet.headings.enumerated() {
            if let length = tooLong(heading) { return error(row: SheetWriter.headerRow, column: column, agreement: nil, length: length) }
        }
        // A table knows which agreement each row comes from; a stream of rows does not.
        let agreements = (sheet as? WorkplanTable)?.groups.flatMap { group in
            (group.heading == nil ? [] : [nil]) + group.rows.map { Optional($0.agreementID) }
        }
        var found: WorkplanExportError?
        var row = SheetWriter.firstDataRow
        try sheet.forEachLine { line in
            defer { row += 1 }
            guard found == nil else { return }
            let agreement = agreements.flatMap { row - SheetWriter.firstDataRow < $0.count ? $0[row - SheetWriter.firstDataRow] : nil }
            switch line {
            case .group(let heading):
                if let length = tooLong(heading) { found = error(row: row, column: 0, agreement: nil, length: length) }
            case .row(let cells, _):
                for (column, cell) in cells.enumerated() {
                    if case .text(let text) = cell, let length = tooLong(text) {
                        found = error(row: row, column: column, agreement: agreement, length: length)
                        return
                    }
                }
            }
        }
        return found
    }
}
