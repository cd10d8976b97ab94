import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// Seed 003's Tabel 1 in its own words and numbers: the rows kept by hand in `Seed003.rows` are held
/// to the seed's lines, together with the total row they account for every word of the table but its
/// title and column headings, and the agreement files hold them (names and amounts per year). (The
/// exported budget sheet is held to them in ExportTests' `OverblikBudgetCellTests`.)
@Suite struct Seed003TableTests {
    static let seedLines: Result<[String], any Error> = Result {
        try String(contentsOf: Repository.root.appending(path: Seed003.path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The seed's lines `range` (1-based) as one run of words.
    static func seedWords(_ range: ClosedRange<Int>) throws -> String {
        try seedLines.get()[(range.lowerBound - 1)...(range.upperBound - 1)].joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What the seed prints for a row, in order: the name (or the pieces the seed prints it as), the
    /// amounts per year and the row total.
    static func pieces(_ row: Seed003.Row) -> [String] {
        (Seed003.seedReadsOtherwise[row.initiativ]?.pieces ?? [row.initiativ]) + row.amounts + [row.total]
    }

    @Test(arguments: Seed003.rows)
    func theHandKeptRowIsTheSeedsText(_ row: Seed003.Row) throws {
        var rest = try Self.seedWords(row.seedLines)[...]
        for piece in Self.pieces(row) {
            let found = try #require(rest.range(of: piece), "not in seed lines \(row.seedLines), or out of order: \(piece)")
            rest = rest[found.upperBound...]
        }
        #expect(rest.trimmingCharacters(in: .whitespaces).isEmpty, "more in the row's lines: \(rest)")
        #expect(row.amounts.count == Seed003.years.count)
        // The row total the seed prints is the sum of the row's amounts.
        let amounts = row.amounts.compactMap(Seed003.number)
        #expect(amounts.count == row.amounts.count && Seed003.number(row.total) == amounts.reduce(0, +))
    }

    /// Nothing of Tabel 1 is dropped: its lines, read as one run of words, are the title and column
    /// headings, then each hand-kept row and the total row in the seed's order, and nothing else.
    @Test func everyWordOfTable1IsInAHandKeptRow() throws {
        let words = try Self.seedWords(Seed003.table1Lines)
        let kept = [Seed003.title] + Seed003.headings + Seed003.rows.flatMap(Self.pieces)
            + [Seed003.totalLabel] + Seed003.printedTotals
        #expect(words == kept.joined(separator: " "))
        #expect(try Self.seedWords(Seed003.totalLine...Seed003.totalLine)
                == ([Seed003.totalLabel] + Seed003.printedTotals).joined(separator: " "))
        #expect(Seed003.rows.last!.seedLines.upperBound < Seed003.totalLine)
        #expect(zip(Seed003.rows, Seed003.rows.dropFirst()).allSatisfy { $0.seedLines.upperBound < $1.seedLines.lowerBound })
    }

    /// The seed's printed totals: 2024 and the grand total are the sums of the rows; 2023 is printed
    /// as 2.402 where the rows add up to 2.404 (as the grand total 4.870 implies).
    @Test func thePrintedTotalsAgainstTheRows() throws {
        let sums = Seed003.years.indices.map { year in Seed003.rows.map { Seed003.number($0.amounts[year])! }.reduce(0, +) }
        let printed = Seed003.printedTotals.map { Seed003.number($0)! }
        #expect(sums == [2404, 2466])
        #expect(printed == [2402, 2466, 4870])
        #expect(sums.reduce(0, +) == printed[2])
    }

    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    /// The files hold Tabel 1: each row's agreement has the row's name as its title and the row's
    /// amounts under `budget.midtklyngen-2023`, and no other agreement has a line in that budget.
    @Test func theFilesHoldTable1() throws {
        let withLines = Self.shipped.agreements.filter { $0.budgets["midtklyngen-2023"] != nil }.map(\.id)
        #expect(Set(withLines) == Set(Seed003.rows.map(\.id)))
        for row in Seed003.rows {
            let agreement = try #require(Self.shipped.agreement(row.id))
            #expect(agreement.title == row.initiativ)
            let expected = Dictionary(uniqueKeysWithValues: zip(Seed003.years, row.amounts.map { Seed003.number($0)! }))
            #expect(agreement.budgets["midtklyngen-2023"] == expected)
        }
    }
}
