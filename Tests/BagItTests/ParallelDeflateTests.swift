import BagIt
import CorpusGenerator
import Foundation
import Testing
@testable import ZipArchive

/// Entries deflated on several threads (``ZipWriter/compressionThreads`` > 1) give the same bytes as
/// libzip compressing them alone, and real readers accept the result.
@Suite("Parallel deflate")
struct ParallelDeflateTests {
    static let when = try! ZipDateTime(year: 2025, month: 3, day: 1, hour: 12, minute: 34, second: 56)

    /// One entry: a folder (data nil) or a file.
    struct Entry {
        let name: String
        let data: Data?
        var compression: ZipCompression = .deflated
    }

    /// Text-like (compressible) bytes: words drawn from a small Danish vocabulary.
    static func text(_ count: Int, _ random: inout SeededRandom) -> Data {
        let words = ["aftale", "kommune", "region", "opfølgning", "sundhedsråd", "borger", "status", "\n", "2025", "–"]
        var bytes: [UInt8] = []
        while bytes.count < count {
            bytes += Array(words[Int(random.next() % UInt64(words.count))].utf8) + [0x20]
        }
        return Data(bytes.prefix(count))
    }

    /// Folders, empty, tiny, incompressible, stored and large files with UTF-8 names, in a mixed
    /// order, about 2.5 MB: more than one chunk for any number of threads.
    static let entries: [Entry] = {
        // The benchmark's corpus generator (SplitMix64), so the entries are the same on every run.
        var random = SeededRandom(seed: 6)
        var entries = [Entry(name: "bag/", data: nil), Entry(name: "bag/tom.txt", data: Data())]
        entries.append(Entry(name: "bag/a.txt", data: Data("a".utf8)))
        entries.append(Entry(name: "bag/støj.bin", data: Data((0..<100_000).map { _ in UInt8(truncatingIfNeeded: random.next()) })))
        entries.append(Entry(name: "bag/gemt.txt", data: text(70_000, &random), compression: .stored))
        entries.append(Entry(name: "bag/aftaler/", data: nil))
        for index in 0..<60 {
            let size = index % 7 == 0 ? 150_000 + index * 1000 : Int(random.next() % 20_000)
            entries.append(Entry(name: "bag/aftaler/æøå-\(index).txt", data: text(size, &random),
                                 compression: index % 11 == 5 ? .stored : .deflated))
        }
        entries.append(Entry(name: "bag/stor.json", data: text(1_200_000, &random)))
        return entries
    }()

    /// Writes ``entries`` with `threads` compression threads and returns the archive's bytes.
    static func write(to url: URL, threads: Int, progress: ((Double) throws -> Void)? = nil) throws -> [UInt8] {
        let writer = try ZipWriter(creating: url, compressionThreads: threads)
        for entry in entries {
            if let data = entry.data {
                try writer.addFile(entry.name, data: data, modified: when, compression: entry.compression)
            } else {
                try writer.addDirectory(entry.name, modified: when)
            }
        }
        try writer.close(progress: progress)
        return try bytes(of: url)
    }

    @Test("2, 3 and 8 compression threads write the same bytes as libzip alone on one", arguments: [2, 3, 8])
    func sameBytesAsOneThread(_ threads: Int) throws {
        let folder = try TemporaryFolder()
        let serial = try Self.write(to: folder.file("1.zip"), threads: 1)
        let parallel = try Self.write(to: folder.file("\(threads).zip"), threads: threads)
        #expect(ParallelDeflate.chunks(of: Self.entries.compactMap { $0.data?.count }, threads: threads).count > 1)
        // Compared as a Bool: on a mismatch Swift Testing would diff megabyte arrays for minutes.
        let same = parallel == serial
        #expect(same, "\(parallel.count) bytes against \(serial.count); they differ from byte \(zip(parallel, serial).prefix { $0 == $1 }.count)")
    }

    @Test("Python's zipfile and unzip -t read every entry back from an archive compressed on four threads")
    func realReaders() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("p.zip")
        _ = try Self.write(to: url, threads: 4)
        let extracted = folder.file("x")
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                bad = z.testzip()
                if bad is not None: sys.exit("CRC error in " + bad)
                print(len(z.infolist()), sum(1 for i in z.infolist() if i.compress_type == zipfile.ZIP_DEFLATED))
                z.extractall(sys.argv[2])
            """
        let python = try #require(which("python3"), "python3 is not installed")
        let result = try run(python, ["-c", script, url.path, extracted.path])
        #expect(result.status == 0, "\(result.output)")
        let deflated = Self.entries.filter { $0.data != nil && $0.compression == .deflated }.count
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(Self.entries.count) \(deflated)")
        for entry in Self.entries {
            guard let data = entry.data else { continue }
            let same = try Data(contentsOf: extracted.appendingPathComponent(entry.name)) == data
            #expect(same, "\(entry.name) reads back differently")
        }
        let unzip = try #require(which("unzip"), "unzip is not installed")
        let tested = try run(unzip, ["-tq", url.path])
        #expect(tested.status == 0, "\(tested.output)")
    }

    @Test("a bag written on one thread and on several is byte-identical; ours and bagit.py validate it")
    func bagOnSeveralThreads() throws {
        let folder = try TemporaryFolder()
        var payload: [String: Data] = [:]
        for entry in Self.entries { if let data = entry.data { payload["filer/" + entry.name] = data } }
        let bag = try Bag(name: "parallel", payload: payload, info: Sample.info)
        try BagWriter.write(bag, to: folder.file("1.zip"), modified: Sample.when, compressionThreads: 1)
        try BagWriter.write(bag, to: folder.file("5.zip"), modified: Sample.when, compressionThreads: 5)
        let same = try bytes(of: folder.file("1.zip")) == bytes(of: folder.file("5.zip"))
        #expect(same, "the bags written on 1 and on 5 threads differ")
        #expect(BagVerifier.verify(zipAt: folder.file("5.zip")) == [])

        let python = try #require(which("python3"), "python3 is not installed")
        let unzipped = folder.file("udpakket")
        let extract = "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"
        let extracted = try run(python, ["-c", extract, folder.file("5.zip").path, unzipped.path])
        try #require(extracted.status == 0, "\(extracted.output)")
        let bagit = try #require(which("bagit.py"), "bagit.py (the reference BagIt validator) is not installed: pip install bagit")
        let validated = try run(bagit, ["--validate", unzipped.appendingPathComponent("parallel").path])
        #expect(validated.status == 0 && validated.output.contains("is valid"), "\(validated.output)")
    }

    @Test("progress rises from 0 to 1 through compressing and writing")
    func progress() throws {
        let folder = try TemporaryFolder()
        var seen: [Double] = []
        _ = try Self.write(to: folder.file("p.zip"), threads: 3) { seen.append($0) }
        #expect(seen == seen.sorted())
        #expect(seen.first == 0 && seen.last == 1)
        #expect(seen.contains { $0 > 0 && $0 < ZipWriter.compressionShare }, "no progress while compressing: \(seen)")
    }

    @Test("a progress that throws while entries are compressed stops the work; the target is untouched")
    func cancelWhileCompressing() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let target = folder.file("x.zip")
        try Data("old".utf8).write(to: target)
        var last = 0.0
        #expect(throws: Stop.self) {
            try Self.write(to: target, threads: 2) { fraction in
                last = fraction
                if fraction > 0 { throw Stop() }
            }
        }
        #expect(last < ZipWriter.compressionShare)
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try folder.contents() == ["x.zip"])
    }

    @Test("chunks are consecutive runs covering every entry once; only a single large entry exceeds the target")
    func chunkPlan() {
        var random = SeededRandom(seed: 1)
        for threads in [1, 2, 3, 8] {
            for count in [0, 1, 2, 17, 500] {
                let sizes = (0..<count).map { _ in Int(random.next() % 300_000) }
                let chunks = ParallelDeflate.chunks(of: sizes, threads: threads)
                #expect(chunks.flatMap { Array($0) } == Array(0..<count), "\(threads) threads, \(count) entries")
                let target = max(ParallelDeflate.minimumChunkBytes, sizes.reduce(0, +) / (threads * 4))
                for chunk in chunks {
                    #expect(!chunk.isEmpty)
                    #expect(chunk.count == 1 || sizes[chunk].reduce(0, +) <= target)
                }
            }
        }
    }

    @Test("fewer than one compression thread means one")
    func threadCount() throws {
        let folder = try TemporaryFolder()
        #expect(try ZipWriter(creating: folder.file("a.zip"), compressionThreads: 0).compressionThreads == 1)
        #expect(ZipWriter.defaultCompressionThreads >= 1)
    }
}
