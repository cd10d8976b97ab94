import BagIt
import Foundation
import Testing

/// The Library of Congress BagIt conformance suite (Fixtures/Conformance, moved to BagIt 1.0 and
/// zipped here): the verdict of our verifier and the kinds of problem, case by case.
@Suite("BagIt conformance suite")
struct ConformanceTests {
    /// What `aftale verify` makes of a bag.
    enum Verdict: String, Sendable {
        /// No problem at all: exit 0.
        case valid
        /// Warnings only: exit 0, and 1 with --strict.
        case warning
        /// At least one error: exit 1.
        case invalid
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let path: String
        let verdict: Verdict
        /// The kinds of problem reported (each at least once, and no other kind).
        let kinds: Set<String>
        var testDescription: String { path }

        init(_ path: String, _ verdict: Verdict, _ kinds: Set<String> = []) {
            self.path = path
            self.verdict = verdict
            self.kinds = kinds
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Conformance")

    static let cases: [Case] = [
        // The suite's valid bags. Three of them deviate from a SHOULD of RFC 8493 and are valid with a
        // warning: tag files not in UTF-8 (§2.1.1), Bagging-Date repeated (§2.2.2), labels padded before
        // the colon (§2.2.2 asks for `label: value`).
        Case("v0.97/valid/ISO-8859-1-encoded-tag-files", .warning, ["nonUTF8TagFileEncoding"]),
        Case("v0.97/valid/UTF-16-encoded-tag-files", .warning, ["nonUTF8TagFileEncoding"]),
        Case("v0.97/valid/bag-in-a-bag", .valid),
        Case("v0.97/valid/bag-with-encoded-names", .valid),
        Case("v0.97/valid/bag-with-escapable-characters", .valid),
        Case("v0.97/valid/bag-with-leading-dot-slash-in-manifest", .valid),
        Case("v0.97/valid/bag-with-space", .valid),
        Case("v0.97/valid/basic-bag", .valid),
        Case("v0.97/valid/duplicate-metadata-entries", .warning, ["repeatedField"]),
        // Our policy: a handover package holds every file, so a fetch.txt with entries is an error.
        Case("v0.97/valid/holey-bag", .invalid, ["filesToFetch"]),
        Case("v0.97/valid/minimal-bag", .valid),
        Case("v0.97/valid/uncommon-metadata-separators", .warning, ["paddedLabel"]),

        // Where a tag manifest disagrees with the suite's own bagit.txt (written for another one), we
        // report that too: bagit.py stops at the first error.
        Case("v0.97/invalid/baginfo-missing-encoding", .invalid, ["malformedTagFile", "checksumMismatch"]),
        Case("v0.97/invalid/bom-in-bagit.txt", .invalid, ["malformedTagFile"]),
        Case("v0.97/invalid/corrupt-data-file", .invalid, ["checksumMismatch", "payloadOxumMismatch"]),
        Case("v0.97/invalid/corrupt-tag-file", .invalid, ["checksumMismatch"]),
        Case("v0.97/invalid/extra-file-in-bag", .invalid, ["fileNotInManifest", "payloadOxumMismatch"]),
        Case("v0.97/invalid/invalid-version-number", .invalid, ["unsupportedVersion", "checksumMismatch"]),
        Case("v0.97/invalid/missing-baginfo", .invalid, ["missingFile"]),
        Case("v0.97/invalid/missing-bagit.txt", .invalid, ["missingBagDeclaration", "missingFile"]),
        Case("v0.97/invalid/out-of-scope-file-paths-using-dot-notation", .invalid, ["unsafePath"]),
        Case("v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/invalid/same-filename-listed-twice-with-different-hashes", .invalid, ["repeatedManifestEntry"]),

        // Paths a zip verifier refuses on every system.
        Case("v0.97/linux-only/out-of-scope-file-paths-using-absolute-path", .invalid, ["unsafePath"]),
        Case("v0.97/linux-only/out-of-scope-file-paths-using-absolute-path-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/linux-only/out-of-scope-file-paths-using-shortcut", .invalid, ["unsafePath"]),
        Case("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username", .invalid, ["unsafePath"]),
        Case("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-absolute-path", .invalid, ["unsafePath"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-absolute-path-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-shortcut", .invalid, ["unsafePath"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-shortcut-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-unc", .invalid, ["unsafePath"]),
        Case("v0.97/windows-only/out-of-scope-file-paths-using-unc-for-fetch", .invalid, ["unsafePath", "filesToFetch"]),

        // The suite's warnings (for v0.97).
        // Written on a case-insensitive file system: the manifest lists data/HELLO.txt, which a zip
        // (exact names) does not hold, as bagit.py also finds on Linux.
        Case("v0.97/warning/duplicate-file-with-different-case", .invalid, ["missingFile"]),
        Case("v0.97/warning/made-with-md5sum-tools", .warning, ["binaryModeMarker"]),
        // `./data/hello.txt` is a relative path all the same: read as data/hello.txt, silently.
        Case("v0.97/warning/relative-path", .valid),
        // BagIt 1.0 lists a file once (the suite's v1.0 cases): a second listing in another Unicode
        // normalization is a repeat; the NFD spelling names no entry of the zip.
        Case("v0.97/warning/same-filename-listed-twice-with-different-normalization", .invalid,
             ["repeatedManifestEntry", "missingFile"]),
        Case("v0.97/warning/same-filename-listed-twice-with-the-same-hash", .invalid, ["repeatedManifestEntry"]),
        Case("v0.97/warning/special-system-files", .warning, ["systemFile"]),

        Case("v1.0/valid/basicBag", .valid),
        Case("v1.0/invalid/bagit-with-invalid-whitespace", .invalid, ["malformedTagFile"]),
        Case("v1.0/invalid/notAllManifestsListAllFiles", .invalid, ["fileNotInManifest"]),
        Case("v1.0/invalid/same-filename-listed-twice-with-different-hashes", .invalid, ["repeatedManifestEntry", "checksumMismatch"]),
        Case("v1.0/invalid/same-filename-listed-twice-with-the-same-hash", .invalid, ["repeatedManifestEntry", "checksumMismatch"]),
    ]

    @Test("every case of the suite is here", arguments: [0])
    func complete(_: Int) throws {
        var found: [String] = []
        for version in ["v0.97", "v1.0"] {
            let folder = Self.fixtures.appendingPathComponent(version)
            for category in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(category).path) {
                    found.append("\(version)/\(category)/\(name)")
                }
            }
        }
        #expect(found.sorted() == Self.cases.map(\.path).sorted())
    }

    /// Where bagit.py (the reference validator, run on the unzipped folder) judges otherwise than we do, and why.
    static let bagitPyDiffers: [String: String] = [
        "v0.97/valid/holey-bag": "fetch.txt with entries is our handover policy, not the RFC's",
        "v0.97/windows-only/out-of-scope-file-paths-using-absolute-path-for-fetch":
            "bagit.py checks fetch paths only as paths of the system it runs on; a zip is read on any",
        "v0.97/windows-only/out-of-scope-file-paths-using-shortcut-for-fetch":
            "bagit.py checks fetch paths only as paths of the system it runs on; a zip is read on any",
        "v0.97/windows-only/out-of-scope-file-paths-using-unc-for-fetch":
            "bagit.py checks fetch paths only as paths of the system it runs on; a zip is read on any",
        "v1.0/invalid/bagit-with-invalid-whitespace": "bagit.py accepts `BagIt-Version : 1.0`; the suite and RFC 8493 §2.1.1 do not",
    ]

    @Test("bagit.py agrees on valid versus invalid, except where we say why not", arguments: cases)
    func oracle(_ test: Case) throws {
        guard let bagit = which("bagit.py") else {
            Issue.record("bagit.py (the reference BagIt validator) is not installed: pip install bagit")
            return
        }
        let result = try run(bagit, ["--validate", Self.fixtures.appendingPathComponent(test.path).path])
        let theyAccept = result.status == 0
        let weAccept = test.verdict != .invalid
        if Self.bagitPyDiffers[test.path] != nil {
            #expect(theyAccept != weAccept, "listed as a difference, but bagit.py agrees: \(result.output)")
        } else {
            #expect(theyAccept == weAccept, "\(result.output)")
        }
    }

    @Test("verdict and kinds of problem", arguments: cases)
    func verdict(_ test: Case) throws {
        let folder = try TemporaryFolder("conformance")
        let zip = folder.file("bag.zip")
        let name = String(test.path.split(separator: "/").last!)
        try TestBags.zip(folder: Self.fixtures.appendingPathComponent(test.path), as: name, to: zip)
        let problems = BagVerifier.verify(zipAt: zip)
        let verdict: Verdict = problems.isEmpty ? .valid : BagVerifier.isValid(problems) ? .warning : .invalid
        #expect(verdict == test.verdict, "\(problems.map(\.message))")
        #expect(Set(problems.map(TestBags.kind)) == test.kinds, "\(problems.map(\.message))")
    }
}
