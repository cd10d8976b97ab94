import BagIt
import Foundation
import TestSupport
import Testing
import ZipArchive

/// What BagWriter puts in the zip, progress and atomicity.
@Suite("BagWriter")
struct BagWriterTests {
    /// The bag's files read back through ZipReader, by entry name.
    func contents(of url: URL) throws -> [String: String] {
        let reader = try ZipReader(contentsOf: url)
        var result: [String: String] = [:]
        for entry in reader.entries where !entry.isDirectory {
            result[entry.name] = String(decoding: try reader.data(of: entry), as: UTF8.self)
        }
        return result
    }

    @Test("tag files follow RFC 8493: declaration, ordered bag-info with Payload-Oxum and Bag-Size, sorted manifest")
    func tagFiles() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("bag.zip")
        try BagWriter.write(try Sample.bag(), to: url, modified: Sample.when)
        let files = try contents(of: url)
        let root = Sample.name + "/"
        #expect(files[root + "bagit.txt"] == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        #expect(files[root + "bag-info.txt"] == """
            Source-Organization: Region Nordjylland
            External-Identifier: sundhedsaftale-2025
            Bagging-Date: 2025-03-01
            Payload-Oxum: \(Sample.payloadOxum)
            Bag-Size: 143 bytes

            """)
        let manifest = try #require(files[root + "manifest-sha256.txt"]).split(separator: "\n")
        #expect(manifest.map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) } == [
            " data/notater/møde.txt", " data/readme.txt", " data/tom.txt", " data/Ærø.csv", " data/æøå/blåbærgrød.txt",
        ])
        #expect(manifest[2].hasPrefix("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  "))
        let tags = try #require(files[root + "tagmanifest-sha256.txt"]).split(separator: "\n")
        #expect(tags.map { $0.dropFirst(66) } == ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"])
    }

    @Test("%, CR and LF in payload paths are percent-encoded in the manifest, and the bag verifies")
    func percentEncoding() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("bag.zip")
        let bag = try Bag(name: "b", payload: ["100% færdig.txt": Data("a".utf8), "linje\nskift\r.txt": Data("b".utf8)])
        try BagWriter.write(bag, to: url, modified: Sample.when)
        let manifest = try #require(try contents(of: url)["b/manifest-sha256.txt"])
        #expect(manifest.contains("  data/100%25 færdig.txt\n"))
        #expect(manifest.contains("  data/linje%0Askift%0D.txt\n"))
        let out = folder.url.appendingPathComponent("out")
        #expect(BagVerifier.verify(zipAt: url, extractTo: out) == [])
        #expect(try Data(contentsOf: out.appendingPathComponent("b/data/linje\nskift\r.txt")) == Data("b".utf8))
    }

    @Test("a payload that is itself a zip archive (XLSX, DOCX) is stored, not deflated again; the rest is deflated")
    func zipPayloadsAreStored() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("bag.zip")
        let inner = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0x41, count: 4096)
        let bag = try Bag(name: "b", payload: ["rapport.docx": inner, "tekst.txt": Data(repeating: 0x41, count: 4096)])
        try BagWriter.write(bag, to: url, modified: Sample.when)
        let script = "import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.compress_type)"
        let listing = try ProcessRunner.python(script, [url.path], module: "zipfile")
        let methods = String(decoding: listing, as: UTF8.self)
        #expect(methods.contains("b/data/rapport.docx 0\n"), "\(methods)")
        #expect(methods.contains("b/data/tekst.txt 8\n"), "\(methods)")
        #expect(BagVerifier.verify(zipAt: url) == [])
    }

    @Test("Bag-Size is human-readable in decimal units")
    func bagSize() throws {
        let folder = try TemporaryFolder()
        for (bytes, expected) in [(0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1 KB"), (1550, "1.6 KB"),
                                  (999_960, "1 MB"), (42_600_000, "42.6 MB")] {
            let bag = try Bag(name: "b", payload: ["f": Data(count: bytes)])
            try BagWriter.write(bag, to: folder.file("b.zip"), modified: Sample.when, compression: .deflated)
            #expect(try contents(of: folder.file("b.zip"))["b/bag-info.txt"]?.contains("Bag-Size: \(expected)\n") == true,
                    "\(bytes) bytes")
        }
    }

    @Test("progress counts payload files while hashing and while writing")
    func progress() throws {
        let folder = try TemporaryFolder()
        var seen: [BagProgress] = []
        try BagWriter.write(try Sample.bag(), to: folder.file("b.zip"), modified: Sample.when) { seen.append($0) }
        let hashing = seen.filter { $0.phase == .hashing }.map(\.filesDone)
        #expect(hashing == [0, 1, 2, 3, 4, 5])
        let writing = seen.filter { $0.phase == .writing }.map(\.filesDone)
        #expect(writing == writing.sorted())
        #expect(writing.last == 5)
        #expect(seen.allSatisfy { $0.totalFiles == 5 })
    }

    @Test("a write that fails while hashing or while writing leaves the old file and no partial file", arguments: [
        BagProgress.Phase.hashing, .writing,
    ])
    func atomic(phase: BagProgress.Phase) throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let target = folder.file("bag.zip")
        try Data("previous".utf8).write(to: target)
        #expect(throws: Stop.self) {
            try BagWriter.write(try Sample.bag(), to: target, modified: Sample.when) { progress in
                if progress.phase == phase, progress.filesDone >= 2 { throw Stop() }
            }
        }
        #expect(try Data(contentsOf: target) == Data("previous".utf8))
        #expect(try folder.contents() == ["bag.zip"])
        try FileManager.default.removeItem(at: target)
        #expect(throws: Stop.self) {
            try BagWriter.write(try Sample.bag(), to: target, modified: Sample.when) { _ in throw Stop() }
        }
        #expect(try folder.contents() == [])
    }

    @Test("writing into a missing folder fails clearly and creates nothing")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: BagWriteError.self) {
            try BagWriter.write(try Sample.bag(), to: folder.url.appendingPathComponent("no/bag.zip"), modified: Sample.when)
        }
        #expect(error?.kind == .folderMissing)
        #expect(try folder.contents() == [])
    }
}
