import Foundation
import Testing
import ZipArchive
@testable import XLSXWriter

extension XLSXWriterTests {
    /// The read-back that runs while libxlsxwriter writes (`PackageFollower`) sees what a read of
    /// the finished file sees, gives up on what it does not expect, and is trusted by
    /// `PackageCheck` only when it agrees with the central directory.
    @Suite("Reading back while writing") struct FollowerTests {
        /// A finished workbook of a few hundred rows, in constant-memory mode (the large case).
        static func workbookBytes(in folder: TemporaryFolder) throws -> (url: URL, bytes: [UInt8]) {
            let url = folder.file("finished.xlsx")
            let workbook = try makeWorkbook(url, options: WorkbookOptions(constantMemory: true))
            let sheet = try workbook.addWorksheet(named: "Plan")
            for row in 0..<400 {
                try sheet.write("Række \(row): en tekst der fylder noget & lidt <mere>", row: row, column: 0)
                try sheet.write(Double(row) * 1.5, row: row, column: 1)
            }
            try workbook.close()
            return (url, Array(try Data(contentsOf: url)))
        }

        @Test func partsAreThoseOfTheFinishedFile() throws {
            let folder = try TemporaryFolder("follower")
            let (url, _) = try Self.workbookBytes(in: folder)
            let parts = try #require(PackageFollower(path: url.path, writerDone: { true }).follow())
            let reader = try ZipReader(contentsOf: url)
            #expect(parts.map(\.name) == reader.entries.map(\.name))
            for (part, entry) in zip(parts, reader.entries) {
                let data = Array(try reader.data(of: entry))
                #expect(part.size == entry.size && part.compressedSize == entry.compressedSize && part.crc32 == entry.crc32,
                        "\(entry.name)")
                #expect(part.head == Array(data.prefix(512)) && part.tail == Array(data.suffix(512)), "\(entry.name)")
            }
        }

        @Test func aFileReadWhileItGrowsGivesTheSameParts() throws {
            let folder = try TemporaryFolder("follower")
            let (url, bytes) = try Self.workbookBytes(in: folder)
            let finished = try #require(PackageFollower(path: url.path, writerDone: { true }).follow())
            // Another thread writes the same bytes in small pieces, pausing between them, the way
            // libxlsxwriter appends to its file; the follower starts before the file exists.
            let growing = folder.file("growing.xlsx")
            let writer = SlowWriter(bytes: bytes, to: growing.path)
            Thread.detachNewThread { writer.run() }
            let followed = PackageFollower(path: growing.path, writerDone: { writer.isDone }).follow()
            writer.waitUntilDone()
            #expect(followed == finished)
        }

        @Test func aFileCutInAPartIsGivenUpOn() throws {
            let folder = try TemporaryFolder("follower")
            let (_, bytes) = try Self.workbookBytes(in: folder)
            let cut = folder.file("cut.xlsx")
            try Data(bytes.prefix(bytes.count / 2)).write(to: cut)
            #expect(PackageFollower(path: cut.path, writerDone: { true }).follow() == nil)
        }

        @Test func partsCutOffAreRefused() throws {
            let folder = try TemporaryFolder("follower")
            let (url, _) = try Self.workbookBytes(in: folder)
            let parts = try #require(PackageFollower(path: url.path, writerDone: { true }).follow())
            // Agreeing with the central directory but ending inside the sheet: refused.
            let cut = parts.map { part in
                part.name.hasSuffix("sheet1.xml")
                    ? PackageFollower.Part(name: part.name, compressedSize: part.compressedSize, size: part.size,
                                           crc32: part.crc32, head: part.head, tail: Array("<row r=\"7\">".utf8))
                    : part
            }
            #expect(throws: XLSXError.self) { try PackageCheck.verify(url, followed: cut) }
        }

        @Test func partsThatDisagreeWithTheFileAreReadAgain() throws {
            let folder = try TemporaryFolder("follower")
            let (url, _) = try Self.workbookBytes(in: folder)
            let parts = try #require(PackageFollower(path: url.path, writerDone: { true }).follow())
            // A cut-off tail under a wrong CRC: not trusted, so the file itself (sound) is read back.
            let wrong = parts.map { part in
                PackageFollower.Part(name: part.name, compressedSize: part.compressedSize, size: part.size,
                                     crc32: part.crc32 ^ 1, head: part.head, tail: Array("<row".utf8))
            }
            try PackageCheck.verify(url, followed: wrong)
        }
    }
}

/// Writes bytes to a new file in small pieces with pauses, on its own thread.
private final class SlowWriter: @unchecked Sendable {
    private let bytes: [UInt8]
    private let path: String
    private let lock = NSLock()
    private var done = false
    private let finished = DispatchSemaphore(value: 0)

    init(bytes: [UInt8], to path: String) {
        self.bytes = bytes
        self.path = path
    }

    var isDone: Bool { lock.withLock { done } }

    func run() {
        usleep(2_000)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        var offset = 0
        while descriptor >= 0, offset < bytes.count {
            let count = min(997, bytes.count - offset)
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, count) }
            offset += count
            usleep(100)
        }
        if descriptor >= 0 { close(descriptor) }
        lock.withLock { done = true }
        finished.signal()
    }

    func waitUntilDone() { finished.wait() }
}
