import Foundation
import Testing
@testable import ZipArchive

/// Entries shared by many archives made in memory (``ZipSharedEntries``): deflated once, copied
/// compressed, and the archives byte for byte those made without sharing.
@Suite struct SharedEntriesTests {
    static let when = try! ZipDateTime(year: 2025, month: 2, day: 3, hour: 0, minute: 0, second: 0)

    static func files(_ own: String, styles: String) -> [ZipInMemory.File] {
        [
            ZipInMemory.File("[Content_Types].xml", Data(String(repeating: "<Default Extension=\"xml\"/>", count: 40).utf8), shared: true),
            ZipInMemory.File("word/document.xml", Data(String(repeating: own, count: 50).utf8)),
            ZipInMemory.File("word/styles.xml", Data(styles.utf8), shared: true),
            ZipInMemory.File("word/empty.xml", Data(), shared: true),
            ZipInMemory.File("word/stored.xml", Data("stored and shared".utf8), compression: .stored, shared: true),
        ]
    }

    @Test func sharedEntriesGiveTheSameBytesAndAreCompressedOnce() throws {
        let sharing = ZipSharedEntries()
        let styles = String(repeating: "<w:style w:styleId=\"Heading1\"/>", count: 100)
        for index in 0..<5 {
            let files = Self.files("<w:p>aftale \(index)</w:p>", styles: index == 3 ? styles + "<anden/>" : styles)
            let shared = try ZipInMemory.archive(files, modified: Self.when, sharing: sharing)
            let alone = try ZipInMemory.archive(files, modified: Self.when)
            #expect(shared == alone, "archive \(index)")
        }
        // Content types, the styles and the styles of archive 3: empty and stored entries are never shared.
        #expect(sharing.count == 3)

        // A copied entry reads back as its bytes.
        let url = FileManager.default.temporaryDirectory.appending(path: "shared-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try ZipInMemory.archive(Self.files("x", styles: styles), modified: Self.when, sharing: sharing).write(to: url)
        let reader = try ZipReader(contentsOf: url)
        let entry = try #require(reader.entries.first { $0.name == "word/styles.xml" })
        #expect(try reader.data(of: entry) == Data(styles.utf8))
        #expect(entry.compressedSize < entry.size)
    }

    @Test func moreThanTheCapacityIsCompressedInPlace() throws {
        let sharing = ZipSharedEntries()
        for index in 0..<(ZipSharedEntries.capacity + 3) {
            let files = Self.files("d", styles: "<w:styles n=\"\(index)\"/>")
            #expect(try ZipInMemory.archive(files, modified: Self.when, sharing: sharing)
                == ZipInMemory.archive(files, modified: Self.when))
        }
        #expect(sharing.count == ZipSharedEntries.capacity)
    }
}
