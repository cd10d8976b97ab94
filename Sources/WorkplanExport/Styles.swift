import AftalerCore
import XLSXWriter

/// The look of exported sheets: one place for fonts, fills and the colour of each status.
enum Styles {
    static let headerFill = Color(hex: "1F4E79")!
    static let groupFill = Color(hex: "D9E2F3")!
    static let borderColor = Color(hex: "A6A6A6")!

    static let title = CellFormat(bold: true, fontSize: 14)
    static let header = CellFormat(bold: true, fontColor: .white, fillColor: headerFill, wrapText: true,
                                   verticalAlignment: .top, border: .thin, borderColor: borderColor)
    static let group = CellFormat(bold: true, fillColor: groupFill, verticalAlignment: .center)
    static let text = CellFormat(wrapText: true, verticalAlignment: .top, border: .thin, borderColor: borderColor)
    /// Whole amounts with a thousands separator; a Danish Excel shows 1.269.
    static let number = CellFormat(verticalAlignment: .top, border: .thin, borderColor: borderColor,
                                   numberFormat: CellFormat.NumberFormat.thousands)
    static let totalText = CellFormat(bold: true, verticalAlignment: .top, border: .thin, borderColor: borderColor)
    static let totalNumber = CellFormat(bold: true, verticalAlignment: .top, border: .thin, borderColor: borderColor,
                                        numberFormat: CellFormat.NumberFormat.thousands)

    /// The conditional format of a status: a light fill that reads well in print.
    static func status(_ status: Status) -> CellFormat {
        let (fill, font): (String, String) = switch status {
        case .notStarted: ("EDEDED", "3A3A3A")
        case .drafting: ("FFF2CC", "7F6000")
        case .inConsultation: ("FCE4D6", "833C0B")
        case .approved: ("DDEBF7", "1F4E79")
        case .implementing: ("E2EFDA", "375623")
        case .implemented: ("C6EFCE", "006100")
        case .evaluated: ("A9D08E", "1E4620")
        case .paused: ("FFC7CE", "9C0006")
        case .concluded: ("D9D9D9", "262626")
        case .discontinued: ("BFBFBF", "262626")
        }
        return CellFormat(fontColor: Color(hex: font)!, fillColor: Color(hex: fill)!)
    }
}

/// Column widths and row heights computed from the content: the library has no autofit.
enum ColumnWidths {
    static let minimum = 10.0
    static let maximum = 55.0
    static let lineHeight = 15.0

    static func compute(_ table: WorkplanTable) -> [Double] {
        var widths = table.headings.map { Double(longestLine($0)) * 0.9 + 2 }
        for group in table.groups {
            for row in group.rows {
                for (column, cell) in row.cells.enumerated() where column < widths.count {
                    widths[column] = max(widths[column], Double(longestLine(text(cell))) + 2)
                }
            }
        }
        return widths.map { min(maximum, max(minimum, $0.rounded())) }
    }

    /// The height that shows every wrapped line of the row's tallest cell.
    static func rowHeight(_ cells: [WorkplanTable.Cell], widths: [Double]) -> Double {
        var lines = 1
        for (column, cell) in cells.enumerated() where column < widths.count {
            let perLine = max(1, Int(widths[column]) - 1)
            let count = text(cell).split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
            lines = max(lines, count)
        }
        return min(409, Double(lines) * lineHeight + 3)
    }

    static func text(_ cell: WorkplanTable.Cell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value), .rowTotal(let value), .columnTotal(let value): DanishFormat.amount(value)
        case .empty: ""
        }
    }

    private static func longestLine(_ text: String) -> Int {
        text.split(separator: "\n").map(\.count).max() ?? 0
    }
}
