import Foundation
import TestSupport
import Testing

/// The seed's own words in the arbejdsplan: each cell of seed 000 that holds no list, read from the
/// exported workbook by openpyxl, is the text kept by hand from the seed in `Seed000.textCells` (which
/// `SeedCellTests` holds to the seed's text), and an empty one is empty.
extension WorkplanExportTests {
    /// The data rows of the arbejdsplan by their hidden key (after the five visible columns).
    func arbejdsplanRows() throws -> [String: [XLSXDump.Cell]] {
        let sheet = try #require(try dump("arbejdsplan").sheets.first)
        var rows: [String: [XLSXDump.Cell]] = [:]
        for row in sheet.rows where row.count > 5 {
            if let key = row[5].value.string, key.contains("#") { rows[key] = row }
        }
        return rows
    }

    @Test(arguments: Seed000.textCells)
    func aTextCellIsTheSeedsWords(_ cell: Seed000.TextCell) throws {
        let row = try #require(try arbejdsplanRows()["\(cell.id)#1"], "no row for \(cell.id)")
        let value = row[cell.column.rawValue].value
        if let text = cell.text {
            #expect(value.string == text)
        } else {
            #expect(value == .null, "the seed's cell is empty: \(value)")
        }
    }

    /// Every cell of every row is kept by hand, once: as a list cell or as a text cell.
    @Test func everyCellOfTheArbejdsplanIsKeptByHand() throws {
        let keys = try arbejdsplanRows().keys
        #expect(keys.count == 26)
        let expected = Set(keys.flatMap { key in (0...3).map { "\(key) \($0)" } })
        let kept = Seed000.listCells.map { "\($0.id)#1 \($0.column.rawValue)" }
            + Seed000.textCells.map { "\($0.id)#1 \($0.column.rawValue)" }
        #expect(kept.count == Set(kept).count, "a cell kept twice")
        let missing = expected.subtracting(kept).sorted(), extra = Set(kept).subtracting(expected).sorted()
        #expect(Set(kept) == expected, "missing: \(missing), not in the sheet: \(extra)")
    }
}
