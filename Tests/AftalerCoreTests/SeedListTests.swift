import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// Lists survive: seed 000's bullet and numbered lists, kept by hand in `Seed000`, are held to the
/// seed's own text; the sections that carry such a list (`ShippedSectionLists`) render it as a list,
/// `<ul>` or `<ol>` in HTML as html5lib reads it, one line per item in plain text. (The workplan
/// cells themselves are read from the exported XLSX by openpyxl in ExportTests' `WorkplanListCellTests`.)
@Suite struct SeedListTests {
    static let seedText: Result<String, any Error> = Result {
        try String(contentsOf: Repository.root.appending(path: Seed000.path), encoding: .utf8)
    }

    /// The seed's lines `range` (1-based, as `cat -n` numbers them) as one run of words.
    static func seedWords(_ range: ClosedRange<Int>) throws -> String {
        let lines = try seedText.get().split(separator: "\n", omittingEmptySubsequences: false)
        return lines[(range.lowerBound - 1)...(range.upperBound - 1)].joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Each hand-kept cell is the seed's text at the lines it names: every line (or the pieces the
    /// seed prints it in) found there in order, with the PDF's line breaks read as spaces.
    @Test(arguments: Seed000.listCells)
    func theHandKeptCellIsTheSeedsText(_ cell: Seed000.ListCell) throws {
        let words = try Self.seedWords(cell.seedLines)
        var rest = words[...]
        for line in cell.lines {
            for piece in Seed000.seedReadsOtherwise[line]?.pieces ?? [line] {
                let found = try #require(rest.range(of: piece), "not in seed lines \(cell.seedLines), or out of order: \(piece)")
                rest = rest[found.upperBound...]
            }
        }
    }

    /// Every list item of the seed is in the hand-kept cells: as many distinct "•" items as the seed
    /// has bullets, as many "1." and "1)" items as it has numbered lines.
    @Test func theHandKeptCellsHoldEveryListOfTheSeed() throws {
        let seed = try Self.seedText.get()
        let lines = Set(Seed000.listCells.flatMap(\.lines))
        #expect(lines.filter { $0.hasPrefix("• ") }.count == seed.filter { $0 == "•" }.count)
        func numbered(_ line: Substring, _ marker: Character) -> Bool {
            let trimmed = line.drop { $0 == " " }
            return trimmed.first?.isNumber == true && trimmed.dropFirst().first == marker && trimmed.dropFirst(2).first == " "
        }
        let seedLines = seed.split(separator: "\n")
        for marker: Character in [".", ")"] {
            #expect(lines.filter { numbered(Substring($0), marker) }.count == seedLines.filter { numbered($0, marker) }.count,
                    "items numbered with '\(marker)'")
        }
    }

    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    static let pages: Result<[String: HTMLReader.Page], any Error> = Result {
        var html: [String: String] = [:]
        for entry in ShippedSectionLists.all {
            guard let agreement = shipped.agreement(entry.id) else { throw HTMLReader.Missing(message: "\(entry.id) is missing") }
            html[entry.id] = AgreementRenderer.render(agreement, as: .html)
        }
        return try HTMLReader.read(html)
    }

    @Test(arguments: ShippedSectionLists.all)
    func aSectionsListIsAnHTMLList(_ entry: ShippedSectionLists.Entry) throws {
        let page = try #require(try Self.pages.get()[entry.id])
        #expect(page.errors.isEmpty, "html5lib: \(page.errors.prefix(3))")
        let lists = page.itemLists.filter { $0.heading == entry.section }
        #expect(lists.count == 1, "one list in § \(entry.section): \(lists.map(\.items))")
        let list = try #require(lists.first)
        #expect(list.tag == (entry.numbered ? "ol" : "ul"))
        #expect(list.items == entry.items)
        #expect(list.before.hasSuffix(entry.leadIn), "the lead-in stays a paragraph before the list: \(list.before)")
    }

    @Test(arguments: ShippedSectionLists.all)
    func aSectionsListIsOneLinePerItemInText(_ entry: ShippedSectionLists.Entry) throws {
        let agreement = try #require(Self.shipped.agreement(entry.id))
        let text = AgreementRenderer.text(agreement)
        let items = entry.items.enumerated().map { (entry.numbered ? "\($0.offset + 1). " : "- ") + $0.element }
        #expect(text.contains(entry.leadIn + "\n\n" + items.joined(separator: "\n") + "\n"), "\(text)")
    }
}
