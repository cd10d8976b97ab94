import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput
import XLSXWriter

/// Writes the sign-off matrix (`SignoffReport`) as an XLSX workbook for a meeting pack: one row per
/// agreement, one column per party (the 19 municipalities in Danish order, the region, PLO), the
/// approval date as a real date cell, a fill per state (approved, waiting, rejected, not sent, not
/// recorded) with the state also in words or in the number format ("afvist 03.11.2023"), the counts
/// per row and per column, the oldest wait per row; header row and first column frozen, A3
/// landscape fitted to the page width, the header repeated on every page.
public struct SignoffWorkbook: Sendable {
    public let report: SignoffReport
    public var company = "Sundhedsaftalen i Region Midtjylland"

    public init(report: SignoffReport) {
        self.report = report
    }

    static let titleRow = 0, headerRow = 1, firstDataRow = 2
    /// Columns before the parties: the agreement and its status.
    static let leadColumns = 2
    static let countKinds: [SignoffState.Kind] = [.approved, .waiting, .rejected, .notSent, .notRecorded]

    /// Writes the workbook atomically to `url`, dated by the report's day.
    public func write(to url: URL) throws {
        let title = "\(SignoffReport.title) – \(report.dateLine.lowercased())"
        let properties = DocumentProperties(
            created: try UTCDateTime(date: report.asOf), title: title, subject: SignoffReport.title,
            author: company, company: company, comments: "Skrevet af aftale report signoff ud fra Agreements/")
        try AtomicFile.write(to: url) { temporary in
            let workbook = try Workbook(url: temporary, properties: properties)
            try draw(on: try workbook.addWorksheet(named: "Godkendelser"), title: title)
            try workbook.close()
        }
    }

    private func draw(on sheet: Worksheet, title: String) throws {
        let parties = report.parties
        let firstCount = Self.leadColumns + parties.count
        let lastColumn = firstCount + Self.countKinds.count
        try sheet.setColumnWidth(48, column: 0)
        try sheet.setColumnWidth(16, column: 1)
        if !parties.isEmpty { try sheet.setColumnWidth(11.5, columns: Self.leadColumns...(firstCount - 1)) }
        try sheet.setColumnWidth(9, columns: firstCount...(lastColumn - 1))
        try sheet.setColumnWidth(16, column: lastColumn)
        try sheet.setRowHeight(24, row: Self.titleRow)
        try sheet.write(title, row: Self.titleRow, column: 0, format: Look.title)
        let headings = ["Aftale", "Status"] + parties.map(SignoffReport.shortName)
            + Self.countKinds.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } + ["Venter siden"]
        try sheet.setRowHeight(32, row: Self.headerRow)
        for (column, heading) in headings.enumerated() {
            try sheet.write(heading, row: Self.headerRow, column: column, format: Look.header)
        }
        var row = Self.firstDataRow
        for line in report.rows {
            try sheet.setRowHeight(Self.height(of: line), row: row)
            try sheet.write(line.agreement.title, row: row, column: 0, format: Look.text)
            try sheet.write(line.agreement.status.label, row: row, column: 1, format: Look.text)
            for (index, state) in line.cells.enumerated() {
                try writeCell(state, on: sheet, row: row, column: Self.leadColumns + index)
            }
            for (index, kind) in Self.countKinds.enumerated() {
                try sheet.write(Double(line.count(kind)), row: row, column: firstCount + index, format: Look.count)
            }
            try sheet.write(line.oldestWaiting.map(DanishFormat.period) ?? "", row: row, column: lastColumn, format: Look.text)
            row += 1
        }
        let lastDataRow = row - 1
        for kind in Self.countKinds {
            try sheet.write("I alt: \(kind.rawValue)", row: row, column: 0, format: Look.total)
            try sheet.writeBlank(row: row, column: 1, format: Look.total)
            for column in parties.indices {
                try sheet.write(Double(report.count(column: column, kind)), row: row,
                                column: Self.leadColumns + column, format: Look.totalCount)
            }
            row += 1
        }
        row += 1
        try sheet.write("Forklaring: en dato er godkendt den dag; \"afvist\" foran en dato er afvist; \"venter siden\" er "
                        + "sendt til godkendelse uden registreret svar; \"ikke registreret\": kilderne siger det ikke; "
                        + "– : ikke part i aftalen.", row: row, column: 0, format: Look.note)
        try sheet.freezePanes(row: Self.firstDataRow, column: 1)
        if lastDataRow >= Self.firstDataRow {
            try sheet.setAutofilter(CellRange(rows: Self.headerRow...lastDataRow, columns: 0...lastColumn))
        }
        try sheet.setPageSetup(PageSetup(
            orientation: .landscape, paper: .a3, repeatRows: Self.headerRow...Self.headerRow,
            fitToPages: FitToPages(width: 1, height: 0),
            footer: HeaderFooter.footer,
            margins: Margins(left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3)))
    }

    /// A row tall enough for its wrapped texts: the words wrapped into the title's 48, the
    /// status's 16 and a party's 11.5 characters with the font's widths (``TextWidth``), at
    /// Excel's line height.
    static func height(of row: SignoffReport.Row) -> Double {
        func lines(_ text: String, _ width: Double) -> Int {
            TextWidth.lineCount(text, available: TextWidth.available(columnWidth: width, indent: 0))
        }
        let cells = row.cells.map { lines(SignoffReport.text($0), 11.5) }
        let lead = max(lines(row.agreement.title, 48), lines(row.agreement.status.label, 16))
        return Double(max(lead, cells.max() ?? 1)) * ColumnWidths.lineHeight + 3
    }

    private func writeCell(_ state: SignoffState, on sheet: Worksheet, row: Int, column: Int) throws {
        switch state {
        case .approved(let date?, _) where date.isDay:
            try sheet.write(date.start, row: row, column: column, format: Look.approvedDate)
        case .rejected(let date?, _) where date.isDay:
            try sheet.write(date.start, row: row, column: column, format: Look.rejectedDate)
        case .approved(let date, _):
            try sheet.write(date.map(DanishFormat.period) ?? "godkendt, dato ikke oplyst", row: row, column: column,
                            format: Look.fill(.approved))
        case .rejected(let date, _):
            try sheet.write("afvist " + (date.map(DanishFormat.period) ?? "(dato ikke oplyst)"), row: row,
                            column: column, format: Look.fill(.rejected))
        case .notAParty:
            try sheet.write("–", row: row, column: column, format: Look.fill(.notAParty))
        default:
            try sheet.write(SignoffReport.text(state), row: row, column: column, format: Look.fill(state.kind))
        }
    }

    /// The formats of the sheet: light fills that read in print, dark text on each.
    enum Look {
        static let border = Color(hex: "A6A6A6")!
        static let title = CellFormat(bold: true, fontSize: 14)
        static let header = CellFormat(bold: true, fontColor: .white, fillColor: Color(hex: "1F4E79")!, wrapText: true,
                                       verticalAlignment: .top, border: .thin, borderColor: border)
        static let text = CellFormat(wrapText: true, verticalAlignment: .top, border: .thin, borderColor: border)
        static let note = CellFormat(italic: true)
        static let count = CellFormat(verticalAlignment: .top, border: .thin, borderColor: border, numberFormat: "0")
        static let total = CellFormat(bold: true, fillColor: Color(hex: "D9E2F3")!, border: .thin, borderColor: border)
        static let totalCount = CellFormat(bold: true, fillColor: Color(hex: "D9E2F3")!, border: .thin,
                                           borderColor: border, numberFormat: "0")
        static let approvedDate = withFill(.approved, numberFormat: "dd.mm.yyyy")
        static let rejectedDate = withFill(.rejected, numberFormat: "\"afvist \"dd.mm.yyyy")

        static func fill(_ kind: SignoffState.Kind) -> CellFormat { withFill(kind, numberFormat: nil) }

        private static func withFill(_ kind: SignoffState.Kind, numberFormat: String?) -> CellFormat {
            let (fill, font): (String, String) = switch kind {
            case .approved: ("C6EFCE", "006100")
            case .waiting: ("FFEB9C", "7F6000")
            case .rejected: ("FFC7CE", "9C0006")
            case .notSent: ("FFFFFF", "262626")
            case .notRecorded: ("E7E6E6", "3A3A3A")
            case .notAParty: ("F2F2F2", "595959")
            }
            return CellFormat(fontColor: Color(hex: font)!, fillColor: Color(hex: fill)!, wrapText: true,
                              horizontalAlignment: .center, verticalAlignment: .top, border: .thin,
                              borderColor: border, numberFormat: numberFormat)
        }
    }
}
