import Foundation
import Testing
import WordDocument

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
