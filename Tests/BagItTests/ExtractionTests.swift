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
}
