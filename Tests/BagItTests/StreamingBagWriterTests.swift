import BagIt
import Foundation
import Testing
import ZipArchive

/// A bag streamed in batches (``StreamingBagWriter``) is byte for byte the bag ``BagWriter``
/// writes from memory, whose bytes the rest of the suite pins.
@Suite("Streaming bag writer")
struct StreamingBagWriterTests {
    /// Empty, tiny, incompressible, large and zip-archive payload files (the last stored as they
    /// are) in nested folders with Danish names: every kind of entry the layout knows.
    static let bag: Bag = {
        var payload: [String: Data] = Sample.payload
        for entry in ParallelDeflateTests.entries {
            if let data = entry.data { payload["filer/" + entry.name] = data }
        }
        let word = try! ZipInMemory.archive([ZipInMemory.File("word/document.xml", Data("<w:document/>".utf8)),
                                             ZipInMemory.File("[Content_Types].xml", Data("<Types/>".utf8))],
                                            modified: ParallelDeflateTests.when)
        payload["aftaler/a-1.docx"] = word
        payload["aftaler/a-1.txt"] = Data("Aftale 1\n".utf8)
        return try! Bag(name: Sample.name, payload: payload, info: Sample.info)
    }()

    /// Streams `bag`'s files in batches of `batch`, in the order given by `order`, from several
    /// threads, and returns the zip's bytes.
    static func stream(_ bag: Bag, to url: URL, batch: Int, reversed: Bool, inPieces: Bool = false) throws -> [UInt8] {
        let writer = try StreamingBagWriter(name: bag.name, info: bag.info, to: url, modified: Sample.when)
        // In pieces: each file cut in three at uneven places (empty pieces included), as a file
        // made in parts is handed over.
        let payload = !inPieces ? bag.payload : bag.payload.map { file in
            let data = file.data, third = data.count / 3
            return BagPayloadFile(path: file.path, pieces: [data.prefix(third), Data(), data.dropFirst(third).prefix(third + 1),
                                                             data.dropFirst(2 * third + 1)])
        }
        let files = reversed ? payload.reversed() : payload
        let batches = stride(from: 0, to: files.count, by: batch).map { Array(files[$0..<min(files.count, $0 + batch)]) }
        let failures = NSLock()
        nonisolated(unsafe) var errors: [any Error] = []
        DispatchQueue.concurrentPerform(iterations: batches.count) { index in
            do { try writer.add(batches[index]) } catch { failures.withLock { errors.append(error) } }
        }
        if let error = errors.first { throw error }
        #expect(Set(writer.paths) == Set(bag.payload.map(\.path)))
        try writer.close()
        return try bytes(of: url)
    }

    @Test("streamed in batches of 1, 7 and all, forwards and backwards: the bytes BagWriter writes on one thread and on several",
          arguments: [1, 7, 1000], [false, true])
    func sameBytes(batch: Int, reversed: Bool) throws {
        let folder = try TemporaryFolder()
        try BagWriter.write(Self.bag, to: folder.file("1.zip"), modified: Sample.when, compressionThreads: 1)
        try BagWriter.write(Self.bag, to: folder.file("3.zip"), modified: Sample.when, compressionThreads: 3)
        let reference = try bytes(of: folder.file("1.zip"))
        let streamed = try Self.stream(Self.bag, to: folder.file("s.zip"), batch: batch, reversed: reversed)
        // Compared as Bools: on a mismatch Swift Testing would diff megabyte arrays for minutes.
        let sameAsParallel = try bytes(of: folder.file("3.zip")) == reference
        let same = streamed == reference
        #expect(sameAsParallel)
        #expect(same, "\(streamed.count) bytes against \(reference.count); they differ from byte \(zip(streamed, reference).prefix { $0 == $1 }.count)")
        #expect(BagVerifier.verify(zipAt: folder.file("s.zip")) == [])
        // The spills went with the writer: only the three zips are left.
        #expect(try folder.contents() == ["1.zip", "3.zip", "s.zip"])
    }

    @Test("files handed over in pieces, hashed and deflated piece by piece: the same bytes as whole")
    func pieces() throws {
        let folder = try TemporaryFolder()
        try BagWriter.write(Self.bag, to: folder.file("1.zip"), modified: Sample.when, compressionThreads: 1)
        let reference = try bytes(of: folder.file("1.zip"))
        let streamed = try Self.stream(Self.bag, to: folder.file("p.zip"), batch: 7, reversed: false, inPieces: true)
        let same = streamed == reference
        #expect(same, "\(streamed.count) bytes against \(reference.count)")
        #expect(BagVerifier.verify(zipAt: folder.file("p.zip")) == [])
    }

    @Test("files written piece by piece as they are made (one byte, two, none, the rest), from several threads: the same bytes as whole")
    func writtenInPieces() throws {
        let folder = try TemporaryFolder()
        try BagWriter.write(Self.bag, to: folder.file("1.zip"), modified: Sample.when, compressionThreads: 1)
        let reference = try bytes(of: folder.file("1.zip"))
        let writer = try StreamingBagWriter(name: Self.bag.name, info: Self.bag.info, to: folder.file("w.zip"), modified: Sample.when)
        let files = Self.bag.payload
        let failures = NSLock()
        nonisolated(unsafe) var errors: [any Error] = []
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let data = files[index].data
            do {
                try writer.add(path: files[index].path) { write in
                    // The first four bytes (which decide whether a zip is stored) come over three pieces.
                    try write(data.prefix(1))
                    try write(data.dropFirst(1).prefix(2))
                    try write(Data())
                    try write(data.dropFirst(3))
                }
            } catch { failures.withLock { errors.append(error) } }
        }
        if let error = errors.first { throw error }
        try writer.close()
        let streamed = try bytes(of: folder.file("w.zip"))
        let same = streamed == reference
        #expect(same, "\(streamed.count) bytes against \(reference.count)")
        #expect(BagVerifier.verify(zipAt: folder.file("w.zip")) == [])
        #expect(try folder.contents() == ["1.zip", "w.zip"])
    }

    @Test("progress hears every file hashed, then the writing, as BagWriter's does")
    func progress() throws {
        let folder = try TemporaryFolder()
        let writer = try StreamingBagWriter(name: Sample.name, info: Sample.info, to: folder.file("b.zip"), modified: Sample.when)
        try writer.add(try Sample.bag().payload)
        var seen: [BagProgress] = []
        try writer.close { seen.append($0) }
        let hashing = seen.filter { $0.phase == .hashing }.map(\.filesDone)
        #expect(hashing == Array(0...Sample.payload.count))
        let last = try #require(seen.last)
        #expect(last.phase == .writing && last.filesDone == Sample.payload.count && last.totalFiles == Sample.payload.count)
    }

    @Test("colliding paths, a failing progress and a discarded writer leave the target and the folder as they were")
    func failures() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let target = folder.file("b.zip")
        try Data("previous".utf8).write(to: target)

        let colliding = try StreamingBagWriter(name: Sample.name, to: target, modified: Sample.when)
        try colliding.add([BagPayloadFile(path: "a/b.txt", data: Data("1".utf8))])
        try colliding.add([BagPayloadFile(path: "A/B.txt", data: Data("2".utf8))])
        #expect(throws: BagError.self) { try colliding.close() }

        let cancelled = try StreamingBagWriter(name: Sample.name, to: target, modified: Sample.when)
        try cancelled.add(try Sample.bag().payload)
        #expect(throws: Stop.self) { try cancelled.close { _ in throw Stop() } }

        let discarded = try StreamingBagWriter(name: Sample.name, to: target, modified: Sample.when)
        try discarded.add(try Sample.bag().payload)
        discarded.discard()
        #expect(throws: BagWriteError.self) { try discarded.add([BagPayloadFile(path: "x.txt", data: Data("x".utf8))]) }

        #expect(throws: BagError.self) { try StreamingBagWriter(name: "../ud", to: target, modified: Sample.when) }
        #expect(throws: BagError.self) {
            try StreamingBagWriter(name: Sample.name, to: target, modified: Sample.when)
                .add([BagPayloadFile(path: "../ud.txt", data: Data())])
        }
        #expect(try Data(contentsOf: target) == Data("previous".utf8))
        #expect(try folder.contents() == ["b.zip"])
    }
}
