import BagIt
import Foundation
import Testing

/// `BagVerifier.verify(zipAt:extractTo:)` writes safe entries inside the folder and nowhere else.
@Suite("BagVerifier: extraction")
struct ExtractionTests {
    /// Every path below `url`, relative to it, with `/` after folders; symbolic links marked `@`.
    func tree(_ url: URL) throws -> [String] {
        let manager = FileManager.default
        var result: [String] = []
        for case let path as String in manager.enumerator(atPath: url.path)! {
            let attributes = try manager.attributesOfItem(atPath: url.appendingPathComponent(path).path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: result.append(path + "/")
            case .typeSymbolicLink?: result.append(path + "@")
            default: result.append(path)
            }
        }
        return result.sorted()
    }

    @Test("a valid bag is extracted completely into a folder that is created")
    func clean() throws {
        let fixture = try ExternalFixture.get()
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("nested/out")
        #expect(BagVerifier.verify(zipAt: fixture.bagZip, extractTo: out) == [])
        let data = out.appendingPathComponent(Sample.name).appendingPathComponent("data")
        for (path, bytes) in Sample.payload {
            #expect(try Data(contentsOf: data.appendingPathComponent(path)) == bytes, "\(path)")
        }
        #expect(try tree(out).contains("\(Sample.name)/bag-info.txt"))
        #expect(try folder.contents() == ["nested"])
    }

    @Test("hostile entries (.., absolute, symlink then a file through it, backslash, drive letter) write nothing outside")
    func hostile() throws {
        let fixture = try ExternalFixture.get()
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        let problems = BagVerifier.verify(zipAt: fixture.zip("escape.zip"), extractTo: out)
        #expect(problems.filter { if case .unsafeEntry = $0 { true } else { false } }.count == 5, "\(problems)")
        #expect(!problems.contains { if case .extractionFailed = $0 { true } else { false } }, "\(problems)")

        // Nothing beside the extraction folder, nothing in the folder the absolute entry and the link aimed at.
        #expect(try folder.contents() == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.sentinel.path).isEmpty)

        // Inside: the bag as its manifests list it; pwned.txt (behind the refused link, in no manifest) is not written.
        let files = try tree(out)
        let root = Sample.name + "/"
        #expect(files.contains(root + "data/notater/møde.txt"))
        #expect(!files.contains { $0.contains("link") || $0.contains("pwned") }, "\(files)")
        #expect(!files.contains { $0.hasSuffix("@") || $0.contains("\\") || $0.contains("windows") || $0.contains("drive") })
        #expect(files.allSatisfy { $0.hasPrefix(root) })
    }

    @Test("a symbolic link already inside the extraction folder is never followed")
    func existingLink() throws {
        let fixture = try ExternalFixture.get()
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent(Sample.name), withDestinationURL: elsewhere)
        let problems = BagVerifier.verify(zipAt: fixture.bagZip, extractTo: out)
        #expect(problems.contains { if case .extractionFailed = $0 { true } else { false } }, "\(problems)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("an entry with a bad CRC is reported and its partial file removed")
    func badCRC() throws {
        let fixture = try ExternalFixture.get()
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        let problems = BagVerifier.verify(zipAt: fixture.zip("badcrc.zip"), extractTo: out)
        #expect(problems.count == 1, "\(problems)")
        let files = try tree(out)
        #expect(!files.contains(Sample.name + "/data/readme.txt"))
        #expect(files.contains(Sample.name + "/data/tom.txt"))
    }

    @Test("an extraction folder that cannot be created is reported")
    func cannotCreate() throws {
        let fixture = try ExternalFixture.get()
        let folder = try TemporaryFolder()
        try Data("a file".utf8).write(to: folder.file("blocker"))
        let problems = BagVerifier.verify(zipAt: fixture.bagZip, extractTo: folder.file("blocker").appendingPathComponent("out"))
        #expect(problems.count == 1)
        #expect(problems.first.map { if case .extractionFailed = $0 { true } else { false } } == true)
    }

    /// The bytes of every file below `url`.
    func bytesBelow(_ url: URL) throws -> Int {
        try tree(url).filter { !$0.hasSuffix("/") }.reduce(0) { total, path in
            total + (try FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(path).path)[.size] as? Int ?? 0)
        }
    }

    @Test("folders and files outside the bag folder are not extracted")
    func outsideBagNotExtracted() throws {
        let folder = try TemporaryFolder()
        let zip = folder.file("bag.zip"), out = folder.file("out")
        try TestBags.zip(TestBags.bag() + [("andet/", Data()), ("andet/fil.txt", Data("x".utf8))], to: zip)
        #expect(BagVerifier.verify(zipAt: zip, extractTo: out) == [.notExactlyOneTopFolder(found: ["andet/", "b/"])])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["b"])
    }

    @Test("entries no manifest lists are not extracted: 8 MiB of zeros in a few KB of zip are never written")
    func unlistedNotExtracted() throws {
        let folder = try TemporaryFolder()
        let zip = folder.file("bag.zip"), out = folder.file("out")
        let zeros = Data(count: 8 << 20)
        try TestBags.zip(TestBags.bag() + [("b/data/zeros.bin", zeros), ("b/zeros.bin", zeros)], to: zip)
        #expect(try bytes(of: zip).count < 100_000)
        let problems = BagVerifier.verify(zipAt: zip, extractTo: out)
        #expect(problems == [.fileNotInManifest(path: "data/zeros.bin", manifest: "manifest-sha256.txt"),
                             .payloadOxumMismatch(declared: "2.1", actual: "\((8 << 20) + 2).2")])
        #expect(try tree(out) == ["b/", "b/bag-info.txt", "b/bagit.txt", "b/data/", "b/data/a.txt", "b/manifest-sha256.txt"])
        #expect(try bytesBelow(out) < 1000)
    }

    @Test("a listed payload larger than Payload-Oxum declares: extraction stops there, and no payload is written after it")
    func payloadBeyondOxum() throws {
        let folder = try TemporaryFolder()
        let zip = folder.file("bag.zip"), out = folder.file("out")
        let payload = ["data/a.txt": Data("a\n".utf8), "data/big.bin": Data(count: 4 << 20), "data/c.txt": Data("c\n".utf8)]
        try TestBags.zip(TestBags.bag(payload: payload) { $0["bag-info.txt"] = Data("Payload-Oxum: 10.3\n".utf8) }, to: zip)
        let problems = BagVerifier.verify(zipAt: zip, extractTo: out)
        #expect(problems == [.payloadExceedsOxum(path: "data/big.bin", declaredBytes: 10),
                             .payloadOxumMismatch(declared: "10.3", actual: "\((4 << 20) + 4).3")])
        let files = try tree(out)
        #expect(files.contains("b/data/a.txt"))
        #expect(!files.contains("b/data/big.bin") && !files.contains("b/data/c.txt"), "\(files)")
        #expect(try bytesBelow(out) < 1000)
    }

    @Test("an entry that inflates past the size its central directory records is cut off there and removed")
    func entryBeyondRecordedSize() throws {
        let folder = try TemporaryFolder()
        let zip = folder.file("bag.zip"), out = folder.file("out")
        let real = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        try TestBags.zip(TestBags.bag(payload: ["data/a.txt": real]) { $0["bag-info.txt"] = Data("Payload-Oxum: 1000.1\n".utf8) }, to: zip)
        // Both headers of b/data/a.txt are made to record 1000 bytes; the deflated data still holds 1 MiB.
        let python = try #require(which("python3"), "python3 is not on PATH")
        let script = """
            import struct, sys, zipfile
            path = sys.argv[1]
            info = zipfile.ZipFile(path).getinfo("b/data/a.txt")
            raw = bytearray(open(path, "rb").read())
            assert raw[info.header_offset:info.header_offset + 4] == b"PK\\x03\\x04"
            struct.pack_into("<I", raw, info.header_offset + 22, 1000)
            name = b"b/data/a.txt"
            central = raw.index(b"PK\\x01\\x02")
            while raw[central + 46:central + 46 + len(name)] != name:
                central = raw.index(b"PK\\x01\\x02", central + 4)
            struct.pack_into("<I", raw, central + 24, 1000)
            open(path, "wb").write(raw)
            """
        let result = try run(python, ["-c", script, zip.path])
        try #require(result.status == 0, "\(result.output)")
        let problems = BagVerifier.verify(zipAt: zip, extractTo: out)
        #expect(problems.count == 1, "\(problems)")
        guard case let .corruptEntry(name, _)? = problems.first else {
            Issue.record("expected corruptEntry, got \(problems)")
            return
        }
        #expect(name == "b/data/a.txt")
        #expect(!(try tree(out)).contains("b/data/a.txt"))
        #expect(try bytesBelow(out) < 1000)
    }
}
