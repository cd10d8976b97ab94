import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// The seed's own words in the decision overview: seed 002's cells, kept by hand in `Seed002.rows`,
/// are held to the seed's tab-separated table (each cell to its own column of its own lines), together
/// they account for every word of the table but its headings, and the agreement files hold them. (The
/// exported overblik is held to them in ExportTests' `OverblikBudgetCellTests`.)
@Suite struct Seed002CellTests {
    static let seedLines: Result<[String], any Error> = Result {
        try String(contentsOf: Repository.root.appending(path: Seed002.path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The printed column headings, which stand above each category's rows and again after a page break.
    static let columnHeadings = ["Tid", "Indsats", "Status", "Forslag til handling fra formandskabet for Sundhedsstyregruppen"]

    /// A line's tab-separated fields, each as one run of words; a line without a tab is one field.
    static func fields(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// The seed's text of one column over a row's lines, the parts joined with a space.
    static func seedText(_ column: Seed002.Column, lines: [Int]) throws -> String {
        let seed = try seedLines.get()
        return lines.map { fields(seed[$0 - 1]) }.compactMap { $0.count > column.rawValue ? $0[column.rawValue] : nil }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Where `piece` first stands in `run` at or after `from`.
    static func find(_ piece: [Character], in run: [Character], from: Int) -> Int? {
        guard run.count - piece.count >= from else { return nil }
        return (from...(run.count - piece.count)).first { Array(run[$0..<($0 + piece.count)]) == piece }
    }

    /// Each hand-kept text is the seed's text of its column on its row's lines: every line (or the
    /// pieces the seed prints it as) found there in order; an empty cell is empty in the seed too.
    @Test(arguments: Seed002.cells)
    func theHandKeptTextIsTheSeedsText(_ cell: Seed002.Cell) throws {
        let seed = try Self.seedLines.get()
        for line in cell.seedLines {
            let fields = Self.fields(seed[line - 1])
            #expect(fields.count == 4 && fields != Self.columnHeadings, "seed line \(line) is not a row of the table")
        }
        let words = try Self.seedText(cell.column, lines: cell.seedLines)
        guard let text = cell.text else {
            #expect(words.isEmpty, "the seed's cell is not empty: \(words)")
            return
        }
        var rest = words[...]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            #expect(!line.isEmpty && line == line.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "a line with stray spaces: '\(line)'")
            for piece in Seed002.seedReadsOtherwise[line]?.pieces ?? [line] {
                let found = try #require(rest.range(of: piece), "not in the seed's cell, or out of order: \(piece)")
                rest = rest[found.upperBound...]
            }
        }
    }

    /// Nothing of the seed's table is dropped: within each field of the seed (a column of a line),
    /// what no hand-kept cell holds is only the seed's title, its opening sentence with the three
    /// categories, the three numbered category headings and the column headings above each
    /// category's rows (and again after the page break in category 1).
    @Test func everyWordOfTheSeedsTableIsInAHandKeptCell() throws {
        let seed = try Self.seedLines.get()
        // Every field of the seed, in order, and which of its characters a hand-kept cell covers.
        let fields = seed.enumerated().flatMap { index, line in
            Self.fields(line).enumerated().map { (line: index + 1, column: $0.offset, text: Array($0.element)) }
        }
        var covered = fields.map { [Bool](repeating: false, count: $0.text.count) }
        for cell in Seed002.cells {
            guard let text = cell.text else { continue }
            // The cell's fields as one run of characters, with the place of each in `fields`.
            var run: [Character] = [], place: [(field: Int, offset: Int)?] = []
            for (index, field) in fields.enumerated()
            where cell.seedLines.contains(field.line) && field.column == cell.column.rawValue && !field.text.isEmpty {
                if !run.isEmpty { run.append(" "); place.append(nil) }
                for offset in field.text.indices { run.append(field.text[offset]); place.append((index, offset)) }
            }
            var from = 0
            for line in text.components(separatedBy: "\n") {
                for piece in Seed002.seedReadsOtherwise[line]?.pieces ?? [line] {
                    let piece = Array(piece)
                    guard let found = Self.find(piece, in: run, from: from) else {
                        Issue.record("\(cell): not in its seed fields, or out of order: \(String(piece))")
                        continue
                    }
                    for offset in found..<(found + piece.count) {
                        if let at = place[offset] { covered[at.field][at.offset] = true }
                    }
                    from = found + piece.count
                }
            }
        }
        // What no cell holds, as runs of words, field by field.
        let left = zip(fields, covered).flatMap { SeedWords.uncoveredRuns($0.text, covered: $1) }
        let headings = Self.columnHeadings
        #expect(left == [
            "## Overblik over indsatser i regi af sundhedsaftalen/Sundhedsstyregruppen/Sundhedssamarbejdsudvalget",
            "Indsatser er inddelt i tre overordnede kategorier:",
            "- Allerede iværksatte indsatser til politisk beslutning i Sundhedssamarbejdsudvalget (SSU)",
            "- Allerede iværksatte indsatser til administrativ beslutning i Sundhedsstyregruppen (SSG)",
            "- Politisk besluttede indsatser SSU, men som endnu ikke er igangsat",
            "### " + Seed002.Category.politiskSSU.heading,
        ] + headings + headings + ["## " + Seed002.Category.administrativSSG.heading] + headings
            + ["### " + Seed002.Category.ikkeIgangsat.heading] + headings)
    }

    /// The hand-kept rows are the seed's rows in its order: 19 of them, each on lines after the one
    /// before, under the category heading that stands above them.
    @Test func theRowsAreTheSeedsRowsInItsOrder() throws {
        let seed = try Self.seedLines.get()
        #expect(Seed002.rows.count == 19)
        #expect(zip(Seed002.rows, Seed002.rows.dropFirst()).allSatisfy { $0.seedLines.last! < $1.seedLines.first! })
        for row in Seed002.rows {
            let heading = seed[..<(row.seedLines[0] - 1)].last { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
            #expect(heading?.drop { $0 == "#" || $0 == " " } == row.category.heading[...], "\(row) under \(heading ?? "-")")
        }
    }

    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    /// The agreement files hold the hand-kept cells: each row's agreement has one `overblik-2025` entry
    /// with the row's category, Tid (as written, capital and all), Indsats, Status and Forslag, and the
    /// entries in category and `nr` order are the seed's rows in its order; no other agreement has one.
    @Test func theFilesHoldTheSeedsCells() throws {
        var entries: [(id: String, entry: WorkplanEntry)] = []
        for agreement in Self.shipped.agreements {
            for entry in agreement.workplanEntries["overblik-2025"] ?? [] { entries.append((agreement.id, entry)) }
        }
        #expect(entries.count == Seed002.rows.count)
        for row in Seed002.rows {
            let found = entries.filter { $0.id == row.id }
            #expect(found.count == 1, "\(row.id): \(found.count) entries")
            let entry = try #require(found.first?.entry)
            #expect(entry.category?.id == row.category.rawValue)
            #expect(entry.time?.text == row.tid)
            #expect(entry.initiative == row.indsats)
            #expect(entry.status == row.status)
            #expect(entry.proposal == row.forslag)
        }
        let order = Seed002.Category.allCases.map(\.rawValue)
        let sorted = entries.sorted {
            (order.firstIndex(of: $0.entry.category?.id ?? "") ?? 9, $0.entry.number ?? 99)
                < (order.firstIndex(of: $1.entry.category?.id ?? "") ?? 9, $1.entry.number ?? 99)
        }
        #expect(sorted.map(\.id) == Seed002.rows.map(\.id))
    }
}
