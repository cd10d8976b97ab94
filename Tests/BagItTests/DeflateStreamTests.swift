import Foundation
import Testing
@testable import ZipArchive

/// An entry deflated ahead in pieces (``ZipDeflateStream``) and copied into an archive is byte for
/// byte the entry libzip deflates from the whole, however the pieces fall.
@Suite struct DeflateStreamTests {
    static let when = try! ZipDateTime(year: 2025, month: 2, day: 3, hour: 4, minute: 5, second: 6)

    /// Text that compresses well and poorly by turns, longer than deflate's window.
    static let text: String = (0..<4000).map { index in
        index % 7 == 0 ? "<w:p>\(index * 7919 % 104729) æøå \u{301}</w:p>" : "<w:p><w:r><w:t>Aftale \(index % 13)</w:t></w:r></w:p>"
    }.joined()

    @Test(arguments: [1, 7, 4096, 1 << 20])
    func piecesGiveLibzipsBytes(pieceSize: Int) throws {
        let bytes = Array(Self.text.utf8)
        let stream = ZipDeflateStream()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { stream.append($0) }
            start = end
        }
        let entry = stream.finish()
        #expect(entry.size == bytes.count)
        #expect(entry.compressed.count < bytes.count / 4)

        let others = [ZipInMemory.File("a.txt", Data("før".utf8)), ZipInMemory.File("c.txt", Data(), compression: .stored)]
        let whole = try ZipInMemory.archive([others[0], ZipInMemory.File("word/dø.xml", Data(bytes)), others[1]],
                                            modified: Self.when)
        let ahead = try ZipInMemory.archive([others[0], ZipInMemory.File("word/dø.xml", compressed: entry), others[1]],
                                            modified: Self.when)
        #expect(ahead == whole)
    }

    @Test func anEmptyStreamIsAnEmptyEntry() throws {
        let entry = ZipDeflateStream().finish()
        #expect(entry.size == 0 && entry.crc32 == 0)
        let archive = try ZipInMemory.archive([ZipInMemory.File("e.txt", compressed: entry)], modified: Self.when)
        let url = FileManager.default.temporaryDirectory.appending(path: "deflate-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try archive.write(to: url)
        let reader = try ZipReader(contentsOf: url)
        #expect(try reader.data(of: reader.entries[0]) == Data())
    }
}
