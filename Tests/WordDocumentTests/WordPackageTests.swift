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
