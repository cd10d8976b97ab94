import Foundation
@testable import XLSXWriter

/// Tiny workbooks that exercise every feature the workplan exports use.
enum Fixtures {
    static let heading = CellFormat(bold: true, fontSize: 12, fillColor: Color(hex: "#DDEBF7"),
                                    horizontalAlignment: .center, verticalAlignment: .center)
    static let header = CellFormat(bold: true, wrapText: true, verticalAlignment: .center, border: .thin)
    static let wrapped = CellFormat(wrapText: true, verticalAlignment: .top)
    static let amount = CellFormat(numberFormat: CellFormat.NumberFormat.thousands)
    static let total = CellFormat(bold: true, border: .thin, numberFormat: CellFormat.NumberFormat.thousandsTwoDecimals)
    static let late = CellFormat(bold: true, fontColor: Color(red: 0xC0, green: 0, blue: 0),
                                 fillColor: Color(hex: "FFC7CE"))
    static let shaded = CellFormat(fillColor: Color(hex: "F2F2F2"))

    static let statuses = ["Ikke startet", "I gang", "Forsinket", "Afsluttet"]
    static let header1 = "&LSundhedsaftale 2024–2027&RSide &P af &N"
    static let footer1 = "&CUdskrevet til mødepakken"

    static let properties = DocumentProperties(
        created: fixtureDate, title: "Arbejdsplan 2025", subject: "Sundhedsaftale", author: "Sekretariatet",
        company: "Region Testdanmark", comments: "Genereret af aftale")

    /// The workplan: group heading, headers, three rows, a total formula, all print settings,
    /// plus a second sheet with a table.
    static func writeWorkplan(to url: URL) throws {
        let workbook = try Workbook(url: url, properties: properties)
        let sheet = try workbook.addWorksheet(named: "Arbejdsplan 2025")
        try sheet.merge(CellRange(rows: 0...0, columns: 0...4), text: "Indsatsområde: Forebyggelse", format: heading)
        for (column, title) in ["Nr.", "Indsats", "Ansvarlig", "Status", "Budget (kr.)"].enumerated() {
            try sheet.write(title, row: 1, column: column, format: header)
        }
        try sheet.setRowHeight(30, row: 1)
        let rows: [(String, String, String, Double)] = [
            ("Rygestop for gravide", "Kommunerne", "I gang", 1_234_567),
            ("Fælles sprog om \"kronisk\" sygdom, på tværs af sektorer", "Regionen", "Forsinket", 250_000.5),
            ("Evaluering", "Sekretariatet", "Afsluttet", 0),
        ]
        for (index, row) in rows.enumerated() {
            let line = index + 2
            try sheet.write(Double(index + 1), row: line, column: 0)
            try sheet.write(row.0, row: line, column: 1, format: wrapped)
            try sheet.write(row.1, row: line, column: 2)
            try sheet.write(row.2, row: line, column: 3)
            try sheet.write(row.3, row: line, column: 4, format: amount)
        }
        try sheet.writeBlank(row: 2, column: 5, format: shaded)
        try sheet.write("I alt", row: 5, column: 1, format: CellFormat(bold: true))
        try sheet.writeFormula("=SUM(E3:E5)", result: 1_484_567.5, row: 5, column: 4, format: total)
        try sheet.setColumnWidth(6, column: 0)
        try sheet.setColumnWidth(40, column: 1)
        try sheet.setColumnWidth(18, columns: 2...3)
        try sheet.setColumnWidth(16, column: 4)
        try sheet.freezePanes(row: 2, column: 0)
        try sheet.setAutofilter(CellRange(rows: 1...4, columns: 0...4))
        try sheet.addDropDown(CellRange(rows: 2...4, columns: 3...3), values: statuses)
        try sheet.addConditionalFormat(CellRange(rows: 2...4, columns: 3...3), whenEqualTo: "Forsinket", format: late)
        try sheet.setPageSetup(PageSetup(
            orientation: .landscape, paper: .a4, repeatRows: 0...1, fitToPages: FitToPages(width: 1, height: 0),
            header: header1, footer: footer1,
            margins: Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3)))
        try sheet.hideGridlines()

        let other = try workbook.addWorksheet(named: "Øvrige aftaler")
        try other.addTable(CellRange(rows: 0...2, columns: 0...2),
                           options: TableOptions(name: "Aftaler", columnHeaders: ["Aftale", "Kommune", "Beløb"],
                                                 style: .medium(2)))
        try other.write("Hjemmepleje", row: 1, column: 0)
        try other.write("Aarhus", row: 1, column: 1)
        try other.write(125_000, row: 1, column: 2, format: amount)
        try other.write("Genoptræning", row: 2, column: 0)
        try other.write("Viborg", row: 2, column: 1)
        try other.write(-7.25, row: 2, column: 2)
        try workbook.close()
    }

    /// A constant-memory workbook using a caller-chosen temporary folder.
    static func writeConstantMemory(to url: URL, temporaryDirectory: URL) throws {
        let options = WorkbookOptions(constantMemory: true, temporaryDirectory: temporaryDirectory)
        let workbook = try Workbook(url: url, properties: DocumentProperties(created: fixtureDate), options: options)
        let sheet = try workbook.addWorksheet(named: "Stor")
        try sheet.setColumnWidth(30, column: 0)
        for row in 0..<3 {
            try sheet.write("Række \(row + 1)", row: row, column: 0)
            try sheet.write(Double(row) * 1.5, row: row, column: 1, format: amount)
            try sheet.writeFormula("=B\(row + 1)*2", result: Double(row) * 3, row: row, column: 2)
        }
        try workbook.close()
    }
}
