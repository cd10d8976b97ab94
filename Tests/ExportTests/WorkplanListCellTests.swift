import Foundation
import TestSupport
import Testing

/// Lists survive in the arbejdsplan: each cell of seed 000 that holds a bullet or numbered list,
/// read from the exported workbook by openpyxl, is the seed's lead-in and items one line each,
/// exactly as kept by hand from the seed in `Seed000` (which `SeedListTests` holds to the seed's text).
extension WorkplanExportTests {
    @Test(arguments: Seed000.listCells)
    func aListCellIsOneLinePerItem(_ cell: Seed000.ListCell) throws {
        let sheet = try #require(try dump("arbejdsplan").sheets.first)
        // The hidden key column (after the five visible ones) names each row's workplan entry.
        let row = try #require(sheet.rows.first { $0.count > 5 && $0[5].value.string == "\(cell.id)#1" },
                               "no row for \(cell.id)")
        let text = try #require(row[cell.column.rawValue].value.string)
        #expect(text.components(separatedBy: "\n") == cell.lines)
    }
}
