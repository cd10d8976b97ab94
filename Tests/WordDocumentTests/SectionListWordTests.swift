import AftalerCore
import Foundation
import TestSupport
import Testing
import WordExport

/// Lists survive in Word: a shipped section that carries one of seed 000's lists
/// (`ShippedSectionLists`), read by python-docx, has its lead-in as a paragraph and its items as
/// list paragraphs through numbering.xml (bullets or decimal numbers), one paragraph per item.
@Suite struct SectionListWordTests {
    static let dumps: Result<[String: DocxDump], any Error> = Result {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = ShippedSectionLists.all.map(\.id)
        let files = ids.map { folder.appending(path: "\($0).docx") }
        for (id, file) in zip(ids, files) {
            try AgreementWord.document(Fixture.agreement(id), date: WordReaderTests.day).write(to: file)
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, try DocxDump.read(files)))
    }

    @Test(arguments: ShippedSectionLists.all)
    func aSectionsListIsAWordList(_ entry: ShippedSectionLists.Entry) throws {
        let dump = try #require(try Self.dumps.get()[entry.id])
        let start = try #require(dump.paragraphs.firstIndex { $0.style == "Heading 1" && $0.text == entry.section })
        let section = dump.paragraphs[(start + 1)...].prefix { !$0.style.hasPrefix("Heading") }
        let items = section.filter { $0.listLevel != nil }
        #expect(items.map(\.text) == entry.items)
        #expect(items.allSatisfy { $0.listLevel == 0 && $0.numberFormat == (entry.numbered ? "decimal" : "bullet") })
        let first = try #require(section.firstIndex { $0.listLevel != nil })
        #expect(dump.paragraphs[first - 1].listLevel == nil && dump.paragraphs[first - 1].text.hasSuffix(entry.leadIn),
                "the lead-in is the paragraph before the list")
    }
}
