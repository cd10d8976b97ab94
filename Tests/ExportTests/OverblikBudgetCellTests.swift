import Foundation
import TestSupport
import Testing

/// The seeds' own words and numbers in the overblik and budget sheets, read by openpyxl: each cell of
/// seed 002's table is the text kept by hand in `Seed002.rows` (which AftalerCoreTests' `Seed002CellTests`
/// holds to the seed), found by the row's hidden id; each row of seed 003's Tabel 1 has the name and
/// amounts kept by hand in `Seed003.rows` (`Seed003TableTests`). The budget sheet has no hidden id
/// column (`keyColumnIsHiddenInsideTheFilter`), so its rows are taken in their place, which is the
/// layout's `rækkefølge`, Tabel 1's order.
extension WorkplanExportTests {
    /// The data rows of the overblik by their hidden key (after the five visible columns), in sheet order.
    func overblikRows() throws -> [(key: String, cells: [XLSXDump.Cell])] {
        let sheet = try #require(try dump("overblik").sheets.first)
        return sheet.rows.compactMap { row in
            guard row.count > 5, let key = row[5].value.string, key.contains("#") else { return nil }
            return (key, row)
        }
    }

    @Test(arguments: Seed002.cells)
    func anOverblikCellIsTheSeedsWords(_ cell: Seed002.Cell) throws {
        let row = try #require(try overblikRows().first { $0.key == "\(cell.id)#1" }, "no row for \(cell.id)")
        let value = row.cells[cell.column.rawValue].value
        if let text = cell.text {
            #expect(value.string == text)
        } else {
            #expect(value == .null, "the seed's cell is empty: \(value)")
        }
    }

    /// Every row of the overblik is a row of the seed, once, in the seed's order under its category.
    @Test func everyRowOfTheOverblikIsKeptByHandInTheSeedsOrder() throws {
        let rows = try overblikRows()
        #expect(rows.map(\.key) == Seed002.rows.map { "\($0.id)#1" })
        let sheet = try #require(try dump("overblik").sheets.first)
        let grouped = groupedRows(sheet)
        #expect(grouped.map(\.group) == Seed002.rows.map(\.category.heading))
    }

    /// Tabel 1's rows in its order: the name and the amounts per year as the seed prints them (as
    /// numbers), the row total; then the total row, whose 2024 and grand total are the seed's and whose
    /// 2023 is the rows' sum 2.404 where the seed prints 2.402.
    @Test func theBudgetIsTable1() throws {
        let sheet = try #require(try dump("budget").sheets.first)
        #expect(sheet.rows[0].first?.value.string == Seed003.title)
        #expect(sheet.rows[1].map(\.value.string) == Seed003.headings)
        let data = Array(sheet.rows.dropFirst(2))
        #expect(data.count == Seed003.rows.count + 1)
        for (row, seed) in zip(data, Seed003.rows) {
            #expect(row.count == 4)
            #expect(row[0].value.string == seed.initiativ)
            let amounts = (seed.amounts + [seed.total]).map { Seed003.number($0).map(Double.init) }
            #expect(row.dropFirst().map(\.value.number) == amounts, "\(seed)")
        }
        let total = try #require(data.last)
        #expect(total[0].value.string == Seed003.totalLabel)
        let printed = Seed003.printedTotals.map { Seed003.number($0)! }
        #expect(total.dropFirst().map(\.value.number) == [2404, printed[1], printed[2]].map(Double.init))
    }
}
