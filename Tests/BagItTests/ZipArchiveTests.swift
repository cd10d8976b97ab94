import Foundation
import Testing
import ZipArchive

@Suite("ZipArchive")
struct ZipArchiveTests {
    let when = try! ZipDateTime(year: 2025, month: 3, day: 1, hour: 12, minute: 34, second: 56)

    @Test("an entry longer than its recorded size is an error, not cut to that size")
    func entryLongerThanRecorded() throws {
        var bytes = [UInt8](try ZipInMemory.archive([ZipInMemory.File("a.txt", Data("abcdef".utf8), compression: .stored)],
                                                   modified: when))
        // The uncompressed size, 6, recorded as 5 in the local header (offset 22) and the central
        // directory (offset 24); the stored bytes and their CRC stay.
        func patch(signature: [UInt8], offset: Int) throws {
            let start = try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == signature })
            #expect(bytes[start + offset] == 6)
            bytes[start + offset] = 5
        }
        try patch(signature: [0x50, 0x4B, 0x03, 0x04], offset: 22)
        try patch(signature: [0x50, 0x4B, 0x01, 0x02], offset: 24)
        let folder = try TemporaryFolder()
        let url = folder.file("a.zip")
        try Data(bytes).write(to: url)
        let reader = try ZipReader(contentsOf: url)
        #expect(reader.entries.first?.size == 5)
        #expect(throws: ZipError.self) { try reader.data(of: reader.entries[0]) }
        #expect(throws: ZipError.self) { try reader.read(reader.entries[0], chunkSize: 2) { _ in } }
    }

    @Test("entries round-trip with fixed time, attributes and UTF-8 names, in the order given")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("a.zip")
        let writer = try ZipWriter(creating: url)
        try writer.addFile("b.txt", data: Data("hello".utf8), modified: when)
        try writer.addDirectory("mappe", modified: when)
        try writer.addFile("mappe/æøå.txt", data: Data("blåbærgrød\n".utf8), modified: when, compression: .stored)
        try writer.addFile("a.txt", data: Data(), modified: when)
        try writer.close()

        let reader = try ZipReader(contentsOf: url)
        #expect(reader.entries.map(\.name) == ["b.txt", "mappe/", "mappe/æøå.txt", "a.txt"])
        let hello = reader.entries[0]
        #expect(hello.size == 5)
        #expect(hello.crc32 == 0x3610_A686)
        #expect(hello.unixMode == 0o100644)
        #expect(hello.modified == when)
        #expect(!hello.isDirectory && !hello.isSymbolicLink && !hello.isSpecialFile)
        #expect(reader.entries[1].unixMode == 0o040755)
        #expect(reader.entries[1].isDirectory)
        #expect(try reader.data(of: reader.entries[2]) == Data("blåbærgrød\n".utf8))
        #expect(try reader.data(of: reader.entries[3]).isEmpty)
    }

    @Test("the same entries give byte-identical archives")
    func deterministic() throws {
        let folder = try TemporaryFolder()
        func build(_ name: String) throws -> [UInt8] {
            let writer = try ZipWriter(creating: folder.file(name))
            try writer.addDirectory("d/", modified: when)
            try writer.addFile("d/x.txt", data: Data(repeating: 7, count: 10_000), modified: when)
            try writer.close()
            return try bytes(of: folder.file(name))
        }
        let first = try build("1.zip")
        Thread.sleep(forTimeInterval: 2.1)
        #expect(try build("2.zip") == first)
    }

    @Test("a missing folder is reported before anything is written")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("nowhere/x.zip")
        let error = #expect(throws: ZipError.self) { try ZipWriter(creating: target) }
        #expect(error?.code == .folderMissing)
        #expect(error?.description.contains("nowhere") == true)
    }

    @Test("a close that fails in libzip throws its message and leaves nothing behind")
    func failingClose() throws {
        let folder = try TemporaryFolder()
        let sub = folder.url.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
        let writer = try ZipWriter(creating: sub.appendingPathComponent("x.zip"))
        try writer.addFile("x.txt", data: Data("x".utf8), modified: when)
        try FileManager.default.removeItem(at: sub)
        let error = #expect(throws: ZipError.self) { try writer.close() }
        #expect(error?.code == .io)
        #expect(error?.libzipMessage?.isEmpty == false)
        #expect(error?.description.contains("cannot write zip archive") == true)
        #expect(try folder.contents().isEmpty)
    }

    @Test("a failed close keeps the previous target and removes the temporary file")
    func failedCloseKeepsTarget() throws {
        let folder = try TemporaryFolder()
        let target = folder.file("x.zip")
        try Data("old".utf8).write(to: target)
        let source = folder.file("source.bin")
        try Data("payload".utf8).write(to: source)
        let writer = try ZipWriter(creating: target)
        try writer.addFile("payload.bin", contentsOf: source, modified: when)
        try FileManager.default.removeItem(at: source)
        let error = #expect(throws: ZipError.self) { try writer.close() }
        #expect(error?.libzipMessage != nil)
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try folder.contents() == ["x.zip"])
    }

    @Test("a progress callback that throws cancels the write; the target is untouched")
    func cancelledClose() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let target = folder.file("x.zip")
        try Data("old".utf8).write(to: target)
        let writer = try ZipWriter(creating: target)
        for index in 0..<20 {
            try writer.addFile("f\(index).bin", data: Data(repeating: UInt8(index), count: 50_000), modified: when)
        }
        #expect(throws: Stop.self) { try writer.close { fraction in if fraction > 0.3 { throw Stop() } } }
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try folder.contents() == ["x.zip"])
    }

    @Test("progress runs from 0 to 1")
    func progress() throws {
        let folder = try TemporaryFolder()
        let writer = try ZipWriter(creating: folder.file("x.zip"))
        for index in 0..<5 {
            try writer.addFile("f\(index).bin", data: Data(repeating: 1, count: 1000), modified: when)
        }
        var seen: [Double] = []
        try writer.close { seen.append($0) }
        #expect(!seen.isEmpty)
        #expect(seen == seen.sorted())
        #expect(seen.last == 1)
    }

    @Test("discarding, or dropping an unclosed writer, writes nothing")
    func discard() throws {
        let folder = try TemporaryFolder()
        let target = folder.file("x.zip")
        try Data("old".utf8).write(to: target)
        let writer = try ZipWriter(creating: target)
        try writer.addFile("a", data: Data("a".utf8), modified: when)
        writer.discard()
        #expect(throws: ZipError.self) { try writer.close() }
        do {
            let dropped = try ZipWriter(creating: folder.file("y.zip"))
            try dropped.addFile("a", data: Data("a".utf8), modified: when)
        }
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try folder.contents() == ["x.zip"])
    }

    @Test("an archive without entries is a valid empty zip")
    func emptyArchive() throws {
        let folder = try TemporaryFolder()
        try ZipWriter(creating: folder.file("e.zip")).close()
        #expect(try ZipReader(contentsOf: folder.file("e.zip")).entries.isEmpty)
        struct Stop: Error {}
        let writer = try ZipWriter(creating: folder.file("f.zip"))
        #expect(throws: Stop.self) { try writer.close { _ in throw Stop() } }
        withExtendedLifetime(writer) { #expect((try? folder.contents()) == ["e.zip"]) }
    }

    @Test("unsafe or duplicate entry names are refused", arguments: ["../x", "/etc/x", "a\\b", "C:x", "a//b", "./a", "", "a\u{0}b"])
    func unsafeNames(_ name: String) throws {
        let folder = try TemporaryFolder()
        let writer = try ZipWriter(creating: folder.file("x.zip"))
        let error = #expect(throws: ZipError.self) { try writer.addFile(name, data: Data(), modified: when) }
        #expect(error?.code == .invalidArgument)
    }

    @Test("a duplicate name is refused with libzip's message")
    func duplicateName() throws {
        let folder = try TemporaryFolder()
        let writer = try ZipWriter(creating: folder.file("x.zip"))
        try writer.addFile("a", data: Data(), modified: when)
        let error = #expect(throws: ZipError.self) { try writer.addFile("a", data: Data(), modified: when) }
        #expect(error?.code == .alreadyExists)
        #expect(error?.libzipMessage == "File already exists")
    }

    @Test("opening a non-zip, a truncated zip or a missing file gives a clear error")
    func badArchives() throws {
        let folder = try TemporaryFolder()
        try Data("not a zip at all".utf8).write(to: folder.file("text.zip"))
        let notZip = #expect(throws: ZipError.self) { try ZipReader(contentsOf: folder.file("text.zip")) }
        #expect(notZip?.code == .notAZip)
        #expect(notZip?.description.contains("not a zip file") == true)
        #expect(notZip?.libzipMessage == "Not a zip archive")

        let writer = try ZipWriter(creating: folder.file("good.zip"))
        try writer.addFile("a.bin", data: Data(repeating: 3, count: 4000), modified: when, compression: .stored)
        try writer.close()
        let good = try Data(contentsOf: folder.file("good.zip"))
        for keep in [good.count / 2, good.count - 10] {
            try good.prefix(keep).write(to: folder.file("cut.zip"))
            let cut = #expect(throws: ZipError.self) { try ZipReader(contentsOf: folder.file("cut.zip")) }
            #expect(cut?.libzipMessage != nil)
        }
        #expect(throws: ZipError.self) { try ZipReader(contentsOf: folder.file("missing.zip")) }
    }

    @Test("reading an entry whose bytes do not match its CRC fails with a CRC error")
    func crcMismatch() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("x.zip")
        let writer = try ZipWriter(creating: url)
        try writer.addFile("a.txt", data: Data("The quick brown fox".utf8), modified: when, compression: .stored)
        try writer.close()
        var raw = try bytes(of: url)
        let needle = Array("quick".utf8)
        let at = try #require((0...(raw.count - needle.count)).first { Array(raw[$0..<$0 + needle.count]) == needle })
        raw[at] ^= 0x20
        try Data(raw).write(to: url)
        let reader = try ZipReader(contentsOf: url)
        let error = #expect(throws: ZipError.self) { try reader.data(of: reader.entries[0]) }
        #expect(error?.code == .crcMismatch)
        #expect(error?.description.contains("a.txt") == true)
    }

    @Test("dates outside the zip range are refused; odd seconds round down")
    func dates() throws {
        #expect(throws: ZipError.self) { try ZipDateTime(year: 1979, month: 12, day: 31) }
        #expect(throws: ZipError.self) { try ZipDateTime(year: 2023, month: 2, day: 29) }
        #expect(try ZipDateTime(year: 2024, month: 2, day: 29).value.day == 29)
        #expect(try ZipDateTime(year: 2024, month: 1, day: 1, second: 59).value.second == 58)
    }
}
