import Foundation
import Testing
@testable import AftalerCore

/// The bad-input corpus is also the fuzzer's seed corpus: every case (up to 64 KiB) is a file in
/// `Tests/RobustnessTests/FuzzCorpus/seeds/`, with the test blocks it may use appended in the
/// fuzz input format (`%%% NAME.md` lines, see `Sources/AftalerFuzz/FuzzCase.swift`). This test
/// keeps the two in step; run it with `AFTALER_UPDATE_FUZZ_SEEDS=1` to rewrite the files.
@Suite struct FuzzSeedTests {
    static let folder = TestWorkspace.repository.appending(path: "Tests/RobustnessTests/FuzzCorpus/seeds")
    static let maximumSeedSize = 64 * 1024

    /// The seed file name and bytes of every case small enough to be a seed.
    static var seeds: [String: Data] {
        var seeds: [String: Data] = [:]
        for input in BadInputCorpus.cases {
            let text = String(decoding: input.bytes, as: UTF8.self)
            // Only the family of hostile blocks a case uses, so the seeds stay small and fast.
            let families = ["kaede-", "vifte-", "ukendt-vifte-", "dobbelt-"].filter { text.contains("{{> \($0)") }
            let blocks = TestWorkspace.blocks.merging(TestWorkspace.hostileBlocks.filter { name, _ in
                families.contains { name.hasPrefix($0) }
            }) { own, _ in own }
            var bytes = input.bytes
            for name in blocks.keys.sorted() {
                if !bytes.isEmpty, bytes.last != 0x0A { bytes.append(0x0A) }
                bytes += Data("%%% \(name).md\n\(blocks[name]!)\n".utf8)
            }
            if bytes.count <= maximumSeedSize { seeds["bad-\(AgreementID.slug(from: input.name)).md"] = bytes }
        }
        return seeds
    }

    @Test func seedsMatchTheBadInputCorpus() throws {
        let expected = Self.seeds
        if ProcessInfo.processInfo.environment["AFTALER_UPDATE_FUZZ_SEEDS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            for (name, bytes) in expected { try bytes.write(to: Self.folder.appending(path: name)) }
        }
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasPrefix("bad-") }
        #expect(Set(present) == Set(expected.keys), "run with AFTALER_UPDATE_FUZZ_SEEDS=1 to rewrite the seeds")
        #expect(expected.count >= 70)
        for (name, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            let file = Self.folder.appending(path: name)
            #expect((try? Data(contentsOf: file)) == bytes, "\(name) differs; run with AFTALER_UPDATE_FUZZ_SEEDS=1")
        }
    }
}
