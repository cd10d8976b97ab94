import BagIt
import Foundation
import Testing

/// One rule of the verifier per test, each on a small bag made for it (TestBags), asserting the exact problems.
@Suite("BagVerifier: rules")
struct VerifierRuleTests {
    let manifest = "manifest-sha256.txt"
    let a = Data("a\n".utf8)

    func verify(_ entries: [(name: String, data: Data)]) throws -> [BagProblem] {
        let folder = try TemporaryFolder("rules")
        try TestBags.zip(entries, to: folder.file("bag.zip"))
        return BagVerifier.verify(zipAt: folder.file("bag.zip"))
    }

    @Test("the small test bag itself is valid and clean")
    func clean() throws {
        #expect(try verify(TestBags.bag()) == [])
    }

    // MARK: fetch.txt

    @Test("a fetch.txt that lists a file is refused, even a safe one whose file is present")
    func fetchListsAFile() throws {
        let problems = try verify(TestBags.bag { $0["fetch.txt"] = Data("https://example.org/a.txt 2 data/a.txt\n".utf8) })
        #expect(problems == [.filesToFetch(count: 1)])
        #expect(!BagVerifier.isValid(problems))
        #expect(problems[0].message.contains("must contain every file"))
    }

    @Test("an empty fetch.txt is no problem")
    func emptyFetch() throws {
        #expect(try verify(TestBags.bag { $0["fetch.txt"] = Data() }) == [])
    }

    @Test("every path of fetch.txt is checked, and an unsafe one is named", arguments: [
        ("../../../README.md", BagPathProblem.name(.parentReference)), ("/tmp/test.txt", .name(.absolute)),
        ("~/test.txt", .homeDirectory), ("~root/foo", .homeDirectory), (#"\\?\UNC\server\share\x"#, .name(.backslash)),
        ("C:/Windows/x.exe", .name(.driveLetter)), (#"%HomeDrive%\x.exe"#, .name(.backslash)), ("bag-info.txt", .outsidePayload),
        ("data/../../x", .name(.parentReference)),
    ])
    func unsafeFetchPath(_ path: String, _ reason: BagPathProblem) throws {
        let fetch = "https://example.org/x - data/a.txt\r\nhttps://example.org/y 10 \(path)\r\n"
        let problems = try verify(TestBags.bag { $0["fetch.txt"] = Data(fetch.utf8) })
        #expect(problems == [.unsafePath(file: "fetch.txt", line: 2, path: path, reason: reason), .filesToFetch(count: 2)])
    }

    @Test("a fetch.txt line without URL, length and path is malformed")
    func malformedFetch() throws {
        let problems = try verify(TestBags.bag { $0["fetch.txt"] = Data("https://example.org/x data/a.txt\n".utf8) })
        guard case let .malformedTagFile(file, line, _)? = problems.first, problems.count == 1 else {
            Issue.record("expected one malformedTagFile, got \(problems)")
            return
        }
        #expect(file == "fetch.txt" && line == 1)
    }

    // MARK: manifests

    @Test("a leading ./ in a manifest path is read as the same relative path, silently")
    func dotSlash() throws {
        let problems = try verify(TestBags.bag { $0["manifest-sha256.txt"] = Data("\(TestBags.sha256(Data("a\n".utf8)))  ./data/a.txt\n".utf8) })
        #expect(problems == [])
    }

    @Test("md5sum's binary marker is accepted, with a warning naming the line")
    func binaryMarker() throws {
        let problems = try verify(TestBags.bag { $0["manifest-sha256.txt"] = Data("\(TestBags.sha256(Data("a\n".utf8))) *data/a.txt\n".utf8) })
        #expect(problems == [.binaryModeMarker(manifest: manifest, line: 1)])
        #expect(BagVerifier.isValid(problems))
    }

    @Test("a sha224 manifest beside sha256 is verified: it passes when right and names the file when wrong")
    func sha224() throws {
        let digest = try #require(try sha224Hex(a))
        #expect(try verify(TestBags.bag { $0["manifest-sha224.txt"] = Data("\(digest)  data/a.txt\n".utf8) }) == [])
        let wrong = String(repeating: "0", count: 56)
        let problems = try verify(TestBags.bag { $0["manifest-sha224.txt"] = Data("\(wrong)  data/a.txt\n".utf8) })
        #expect(problems == [.checksumMismatch(path: "data/a.txt", manifest: "manifest-sha224.txt", expected: wrong, actual: digest)])
    }

    @Test("unsafe manifest paths are refused by kind", arguments: [
        ("~/foo", BagPathProblem.homeDirectory), ("/tmp/foo", .name(.absolute)), ("../../../README.md", .name(.parentReference)),
        (#"C:\Windows\System32\setx.exe"#, .name(.driveLetter)), (#"\\?\UNC\server\x"#, .name(.backslash)),
    ])
    func unsafeManifestPath(_ path: String, _ reason: BagPathProblem) throws {
        let problems = try verify(TestBags.bag {
            $0["manifest-sha256.txt"]! += Data("\(String(repeating: "0", count: 64))  \(path)\n".utf8)
        })
        #expect(problems == [.unsafePath(file: manifest, line: 2, path: path, reason: reason)])
    }

    @Test("a path listed twice is an error, also with the same checksum")
    func listedTwice() throws {
        let line = "\(TestBags.sha256(a))  data/a.txt\n"
        let problems = try verify(TestBags.bag { $0["manifest-sha256.txt"] = Data((line + line).utf8) })
        #expect(problems == [.repeatedManifestEntry(path: "data/a.txt", manifest: manifest, line: 2)])
    }

    // MARK: encodings

    @Test("ISO-8859-1 tag files are decoded as declared (a Danish name matches its UTF-8 zip entry), with a warning")
    func latin1() throws {
        let data = Data("blåbær\n".utf8)
        let line = Data("\(TestBags.sha256(data))  data/blåbær.txt\n".utf8)
        let entries = TestBags.bag(payload: ["data/blåbær.txt": data]) {
            $0["bagit.txt"] = Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n".utf8)
            $0["manifest-sha256.txt"] = String(decoding: line, as: UTF8.self).data(using: .isoLatin1)!
        }
        #expect(try verify(entries) == [.nonUTF8TagFileEncoding(declared: "ISO-8859-1")])
        // The same Latin-1 bytes declared as UTF-8 are not valid UTF-8.
        let mislabelled = TestBags.bag(payload: ["data/blåbær.txt": data]) {
            $0["manifest-sha256.txt"] = String(decoding: line, as: UTF8.self).data(using: .isoLatin1)!
        }
        let problems = try verify(mislabelled)
        #expect(problems.contains(.malformedTagFile(file: manifest, line: nil, reason: "it is not valid UTF-8")), "\(problems)")
    }

    @Test("UTF-16 tag files with a byte-order mark are decoded, with a warning")
    func utf16() throws {
        let entries = TestBags.bag {
            $0["bagit.txt"] = Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-16\n".utf8)
            for name in ["manifest-sha256.txt", "bag-info.txt"] {
                $0[name] = String(decoding: $0[name]!, as: UTF8.self).data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }
            }
        }
        #expect(try verify(entries) == [.nonUTF8TagFileEncoding(declared: "UTF-16")])
    }

    @Test("an encoding the verifier cannot decode is one clear error")
    func unsupportedEncoding() throws {
        let problems = try verify(TestBags.bag {
            $0["bagit.txt"] = Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: KOI8-R\n".utf8)
        })
        #expect(problems == [.unsupportedTagFileEncoding(declared: "KOI8-R")])
        #expect(problems[0].message.contains("cannot decode") && problems[0].message.contains("were not checked"))
    }

    // MARK: severities

    @Test("SHOULD-level deviations are warnings; the bag stays valid", arguments: [
        ("Bagging-Date: 2025-01-01\nBagging-Date: 2025-01-02\n", BagProblem.repeatedField(label: "Bagging-Date")),
        ("Contact-Name : Sekretariatet\n", .paddedLabel(file: "bag-info.txt", line: 1, label: "Contact-Name")),
    ])
    func infoWarnings(_ extra: String, _ expected: BagProblem) throws {
        let problems = try verify(TestBags.bag { $0["bag-info.txt"] = Data(extra.utf8) + $0["bag-info.txt"]! })
        #expect(problems == [expected])
        #expect(expected.severity == .warning && BagVerifier.isValid(problems))
    }

    @Test("system files in the payload are a warning each")
    func systemFiles() throws {
        let problems = try verify(TestBags.bag(payload: ["data/a.txt": a, "data/x/Thumbs.db": Data(), "data/.DS_Store": Data()]))
        #expect(problems == [.systemFile(path: "data/.DS_Store"), .systemFile(path: "data/x/Thumbs.db")])
        #expect(BagVerifier.isValid(problems))
    }

    @Test("a padded label in bagit.txt is an error: its two lines are fixed")
    func paddedDeclaration() throws {
        let problems = try verify(TestBags.bag {
            $0["bagit.txt"] = Data("BagIt-Version : 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)
        })
        #expect(problems.contains(.malformedTagFile(file: "bagit.txt", line: 1, reason: "the label ‘BagIt-Version ’ is padded with whitespace")),
                "\(problems)")
        #expect(!BagVerifier.isValid(problems))
    }

    // MARK: kinds no other test produces

    @Test("two zip entries with one name: duplicateEntry (libzip refuses the archive, so without the name)")
    func duplicateEntry() throws {
        let folder = try TemporaryFolder("dup")
        let zip = folder.file("bag.zip")
        try TestBags.zip(TestBags.bag(), to: zip)
        let python = try #require(which("python3"), "python3 is not on PATH")
        let script = "import sys, zipfile, warnings\nwarnings.simplefilter('ignore')\n"
            + "zipfile.ZipFile(sys.argv[1], 'a').writestr('b/data/a.txt', b'a\\n')"
        let result = try run(python, ["-c", script, zip.path])
        try #require(result.status == 0, "\(result.output)")
        let problems = BagVerifier.verify(zipAt: zip)
        #expect(problems == [.duplicateEntry(name: nil)])
        #expect(problems.first?.message.contains("more than one entry with the same name") == true)
    }

    @Test("a bag-info.txt line without a colon: malformedTagFile with file and line")
    func malformedTagFile() throws {
        let problems = try verify(TestBags.bag { $0["bag-info.txt"]! += Data("no colon here\n".utf8) })
        #expect(problems == [.malformedTagFile(file: "bag-info.txt", line: 2, reason: "the line has no ':'")])
    }

    @Test("no data/ folder: missingPayloadDirectory")
    func missingPayloadDirectory() throws {
        let entries = TestBags.bag(payload: [:]).filter { $0.name != "b/data/" }
        #expect(try verify(entries) == [.missingPayloadDirectory])
    }

    @Test("no payload manifest: missingPayloadManifest")
    func missingPayloadManifest() throws {
        #expect(try verify(TestBags.bag { $0["manifest-sha256.txt"] = nil }) == [.missingPayloadManifest])
    }

    @Test("a manifest in an unknown algorithm: unsupportedManifestAlgorithm, and it is not read")
    func unsupportedAlgorithm() throws {
        let problems = try verify(TestBags.bag { $0["manifest-crc32.txt"] = Data("00000000  data/a.txt\n".utf8) })
        #expect(problems == [.unsupportedManifestAlgorithm(file: "manifest-crc32.txt")])
    }

    @Test("every problem has the severity the RFC's words give it")
    func severities() {
        let warnings: [BagProblem] = [
            .nonUTF8TagFileEncoding(declared: "ISO-8859-1"), .paddedLabel(file: "bag-info.txt", line: 1, label: "L"),
            .repeatedField(label: "Bag-Size"), .binaryModeMarker(manifest: manifest, line: 1), .systemFile(path: "data/Thumbs.db"),
        ]
        let errors: [BagProblem] = [
            .filesToFetch(count: 1), .unsafePath(file: "fetch.txt", line: 1, path: "/x", reason: .name(.absolute)),
            .repeatedManifestEntry(path: "data/a", manifest: manifest, line: 2), .unsupportedTagFileEncoding(declared: "X"),
            .payloadExceedsOxum(path: "data/a", declaredBytes: 1), .missingFile(path: "data/a", manifest: manifest),
        ]
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(errors.allSatisfy { $0.severity == .error && $0.isError })
        #expect(BagVerifier.isValid(warnings) && !BagVerifier.isValid(warnings + [errors[0]]))
    }

    /// The SHA-224 of some bytes, from Python's hashlib: an oracle independent of our libcrypto binding.
    func sha224Hex(_ data: Data) throws -> String? {
        let python = try #require(which("python3"))
        let script = "import hashlib, sys; print(hashlib.sha224(bytes.fromhex(sys.argv[1])).hexdigest())"
        let result = try run(python, ["-c", script, data.map { String(format: "%02x", $0) }.joined()])
        return result.status == 0 ? result.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }
}
