import Foundation
import Testing
import WordDocument
import ZipArchive

/// The `.docx` of a batch of documents made with ``WordPartSharing`` is byte for byte the one
/// made alone, whichever parts the documents share and whichever they do not.
@Suite struct WordPackageTests {
    @Test func sharingPartsKeepsTheBytes() throws {
        let sharing = WordPartSharing()
        let date = WordDate(year: 2025, month: 2, day: 3)!
        for index in 0..<4 {
            var blocks: [WordBlock] = [.paragraph(WordParagraph(.heading(1), text: "Aftale \(index)"))]
            if index % 2 == 1 { blocks.append(.list(WordList(.numbered, items: [[.run(WordRun("et"))], [.run(WordRun("to"))]]))) }
            let document = WordDocument(properties: WordProperties(title: "Aftale \(index)", created: date), blocks: blocks,
                                        header: index == 2 ? nil : "Aftale \(index)", footer: "initiativ · aftale-\(index)",
                                        language: index == 3 ? "en-GB" : "da-DK")
            #expect(try document.data(sharing: sharing) == document.data(), "document \(index)")
        }
    }
}

/// A document longer than one piece of `word/document.xml` (written and deflated in pieces) gives
/// the part ``WordDocument/parts()`` writes whole.
@Suite struct LongDocumentTests {
    @Test func aDocumentOfManyPiecesReadsBackAsItsWholeText() throws {
        let date = WordDate(year: 2025, month: 2, day: 3)!
        let blocks: [WordBlock] = (0..<3000).map { index in
            index % 50 == 0 ? .list(WordList(.numbered, items: [[.run(WordRun("punkt \(index)"))]]))
                : .paragraph(WordParagraph(.normal, [.run(WordRun("Afsnit \(index) med æ, ø og å\tog en tab"))]))
        }
        let document = WordDocument(properties: WordProperties(title: "Lang", created: date), blocks: blocks)
        let parts = document.parts()
        let xml = try #require(parts.first { $0.name == "word/document.xml" }).xml
        #expect(xml.utf8.count > 4 << 16)
        let url = FileManager.default.temporaryDirectory.appending(path: "long-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try document.write(to: url)
        let reader = try ZipReader(contentsOf: url)
        #expect(reader.entries.map(\.name) == parts.map(\.name))
        for (entry, part) in zip(reader.entries, parts) {
            #expect(try reader.data(of: entry) == Data(part.xml.utf8), "\(part.name)")
        }
    }
}

/// A body given partly as ``WordBlockParts`` (made as it is written) gives the bytes of the same
/// body given whole: lists numbered on, links collected, the paragraph after a final table.
@Suite struct LaterBlocksTests {
    static let date = WordDate(year: 2025, month: 2, day: 3)!

    static func block(_ index: Int) -> WordBlock {
        switch index % 7 {
        case 0: .list(WordList(.numbered, items: [[.run(WordRun("punkt \(index)"))]]))
        case 3: .table(WordTable(header: ["Organ", "Dato"], textRows: [["SSG", "\(index). februar 2025"]],
                                 widths: [1, 1], caption: "Beslutninger \(index)"))
        case 5: .paragraph(WordParagraph(.normal, [.hyperlink(url: "https://example.dk/\(index % 3)", runs: [WordRun("link \(index)")])]))
        default: .paragraph(WordParagraph(.normal, text: "Afsnit \(index) med æ, ø og å"))
        }
    }

    static func document(_ blocks: [WordBlock], later: [[WordBlock]]?) -> WordDocument {
        WordDocument(properties: WordProperties(title: "Rapport", created: date), blocks: blocks,
                     laterBlocks: later.map { parts in WordBlockParts(count: parts.count) { parts[$0] } },
                     header: "Rapport", footer: "Rapport")
    }

    @Test(arguments: [(0, 40), (3, 40), (10, 25), (25, 25), (0, 0), (5, 0)])
    func partsGiveTheBytesOfTheWholeBody(eager: Int, total: Int) throws {
        let all = (0..<total).map(Self.block)
        let later = stride(from: eager, to: total, by: 5).map { Array(all[$0..<min($0 + 5, total)]) }
        let whole = Self.document(all, later: nil)
        let split = Self.document(Array(all.prefix(eager)), later: later)
        #expect(try split.data() == whole.data())
        #expect(split.parts().map(\.xml) == whole.parts().map(\.xml))
    }
}
