import BagIt
import Foundation
import Testing
import ZipArchive

/// Each damaged copy of the sample bag (made by Python's zipfile, see DamageScript) is
/// verified, and the verifier must name the specific problem.
@Suite("BagVerifier: damaged bags")
struct BagVerifierTests {
    let root = Sample.name + "/"

    func verify(_ name: String) throws -> [BagProblem] {
        BagVerifier.verify(zipAt: try ExternalFixture.get().zip(name))
    }

    @Test("one flipped byte in a payload file (zip CRC correct) is a manifest checksum mismatch")
    func flippedByte() throws {
        let problems = try verify("flipped.zip")
        #expect(problems.count == 1, "\(problems)")
        guard case let .checksumMismatch(path, manifest, expected, actual)? = problems.first else {
            Issue.record("expected a checksum mismatch, got \(problems)")
            return
        }
        #expect(path == "data/notater/møde.txt")
        #expect(manifest == "manifest-sha256.txt")
        #expect(expected != actual)
        #expect(problems[0].message.contains("data/notater/møde.txt"))
    }

    @Test("a removed payload file is reported as missing (and the Payload-Oxum no longer fits)")
    func removedFile() throws {
        let problems = try verify("removed.zip")
        #expect(problems.contains(.missingFile(path: "data/Ærø.csv", manifest: "manifest-sha256.txt")), "\(problems)")
        #expect(problems.contains { if case .payloadOxumMismatch = $0 { true } else { false } })
        #expect(problems.count == 2)
    }

    @Test("an added payload file is reported as not in the manifest")
    func addedFile() throws {
        let problems = try verify("added.zip")
        #expect(problems.contains(.fileNotInManifest(path: "data/ekstra.txt", manifest: "manifest-sha256.txt")), "\(problems)")
        #expect(problems.count == 2)
    }

    @Test("a truncated zip cannot be opened, with a clear reason")
    func truncated() throws {
        let problems = try verify("truncated.zip")
        #expect(problems.count == 1)
        guard case let .unreadableArchive(reason)? = problems.first else {
            Issue.record("expected unreadableArchive, got \(problems)")
            return
        }
        #expect(reason.contains("truncated"), "\(reason)")
        #expect(reason.contains("libzip: Not a zip archive"), "\(reason)")
    }

    @Test("unsafe entries are refused, and nothing else is wrong with the bag", arguments: [
        ("dotdot.zip", "../x", UnsafeEntryReason.path(.parentReference)),
        ("absolute.zip", "/etc/x", .path(.absolute)),
        ("backslash.zip", "\(Sample.name)/data\\..\\..\\evil.txt", .path(.backslash)),
        ("drive.zip", "C:/x", .path(.driveLetter)),
        ("symlink.zip", "\(Sample.name)/data/link", .symbolicLink),
    ])
    func unsafeEntry(zip: String, entry: String, reason: UnsafeEntryReason) throws {
        #expect(try verify(zip) == [.unsafeEntry(name: entry, reason: reason)])
    }

    @Test("a wrong Payload-Oxum (tag manifest updated to match) is reported")
    func wrongOxum() throws {
        #expect(try verify("oxum.zip") == [.payloadOxumMismatch(declared: "1.1", actual: Sample.payloadOxum)])
    }

    @Test("a modified tag file is caught by the tag manifest")
    func modifiedTagFile() throws {
        let problems = try verify("tagmodified.zip")
        #expect(problems.count == 1, "\(problems)")
        guard case let .checksumMismatch(path, manifest, _, _)? = problems.first else {
            Issue.record("expected a checksum mismatch, got \(problems)")
            return
        }
        #expect(path == "bag-info.txt")
        #expect(manifest == "tagmanifest-sha256.txt")
    }

    @Test("an entry whose stored CRC does not match its bytes is reported by name with libzip's message")
    func badCRC() throws {
        let problems = try verify("badcrc.zip")
        #expect(problems.count == 1, "\(problems)")
        guard case let .corruptEntry(name, reason)? = problems.first else {
            Issue.record("expected corruptEntry, got \(problems)")
            return
        }
        #expect(name == root + "data/readme.txt")
        #expect(reason.contains("CRC"), "\(reason)")
    }

    @Test("a second top-level folder is reported")
    func twoTopFolders() throws {
        #expect(try verify("twotop.zip") == [.notExactlyOneTopFolder(found: ["andet/", root])])
    }

    @Test("a wrong BagIt version is reported")
    func wrongVersion() throws {
        #expect(try verify("wrongversion.zip") == [.unsupportedVersion(found: "0.97")])
    }

    @Test("a missing bagit.txt is reported")
    func missingDeclaration() throws {
        #expect(try verify("nodeclaration.zip") == [.missingBagDeclaration])
    }

    @Test("several kinds of damage in one zip are all reported")
    func everyProblem() throws {
        let problems = try verify("escape.zip")
        #expect(problems.contains(.unsafeEntry(name: "../escape.txt", reason: .path(.parentReference))))
        #expect(problems.contains(.unsafeEntry(name: root + "data/link", reason: .symbolicLink)))
        #expect(problems.contains(.unsafeEntry(name: "C:/drive.txt", reason: .path(.driveLetter))))
        #expect(problems.contains(.fileNotInManifest(path: "data/link/pwned.txt", manifest: "manifest-sha256.txt")))
        #expect(problems.contains { if case .payloadOxumMismatch = $0 { true } else { false } })
        #expect(problems.count == 7, "\(problems.map(\.message).joined(separator: "\n"))")
    }

    @Test("a file that is not a zip, and a missing file, are unreadable archives")
    func notAZip() throws {
        let folder = try TemporaryFolder()
        try Data("BagIt-Version: 1.0\n".utf8).write(to: folder.file("bag.zip"))
        guard case let .unreadableArchive(reason)? = BagVerifier.verify(zipAt: folder.file("bag.zip")).first else {
            Issue.record("expected unreadableArchive")
            return
        }
        #expect(reason.contains("not a zip"))
        #expect(BagVerifier.verify(zipAt: folder.file("none.zip")).count == 1)
    }
}
