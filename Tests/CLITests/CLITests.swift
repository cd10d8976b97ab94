import Foundation
import TestSupport
import Testing

/// The `aftale` binary run as a user would: exit codes, stdout versus stderr, and files written or not.
@Suite struct CLITests {
    static let root = Repository.root

    /// The built `aftale`, beside the test bundle.
    static let binary = BuiltProgram.aftale

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `aftale` with `arguments` in `folder`. The child gets this process's environment
    /// without SOURCE_DATE_EPOCH, plus `environment`.
    static func aftale(_ arguments: [String], in folder: URL = root, environment: [String: String] = [:]) throws -> Run {
        var changes: [String: String?] = ["SOURCE_DATE_EPOCH": nil]
        for (key, value) in environment { changes[key] = value }
        let outcome = try ProcessRunner.run(binary.path, arguments, in: folder, environment: changes)
        return Run(status: outcome.status, stdout: outcome.stdout, stderr: outcome.errors)
    }

    /// A workspace folder with the repository's Templates and the given agreement files.
    static func workspace(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftale-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "Agreements"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appending(path: "Exports"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appending(path: "Templates"), to: folder.appending(path: "Templates"))
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appending(path: "Agreements/\(name)"))
        }
        return folder
    }

    static func shipped(_ id: String) throws -> String { try Repository.shippedAgreement(id) }

    @Test func validateShippedAgreementsExitsZero() throws {
        let run = try Self.aftale(["validate", "Agreements"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("0 error(s)"))
    }

    @Test func validateReportsLocatedErrorsAndExitsOne() throws {
        let good = try Self.shipped("samarbejdsaftale-om-rygestop")
        let bad = good.replacingOccurrences(of: "status: implementeret", with: "status: implementert")
        let folder = try Self.workspace(["rygestop.md": bad])
        let run = try Self.aftale(["validate"], in: folder)
        #expect(run.status == 1)
        let line = bad.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("status:") }! + 1
        #expect(run.stderr.contains("Agreements/rygestop.md:\(line):9: error[unknown-status]"))
        #expect(run.stderr.contains("did you mean 'implementeret'?"))
    }

    @Test func validateJSONIsMachineReadable() throws {
        let folder = try Self.workspace(["rygestop.md": "---\ntype: samarbejdsaftale\n---\n"])
        let run = try Self.aftale(["validate", "--format", "json"], in: folder)
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "missing-field" && $0["line"] as? Int == 2 })
        #expect((report["errors"] as? Int ?? 0) >= 1)
    }

    @Test func usageErrorsUseArgumentParsersExitCode() throws {
        #expect(try Self.aftale(["validate", "--no-such-option"]).status == 64)
        let unknownStatus = try Self.aftale(["list", "--status", "implementert"])
        #expect(unknownStatus.status == 64)
        #expect(unknownStatus.stderr.contains("did you mean 'implementeret'?"))
        #expect(try Self.aftale(["render", "findes-ikke"]).status == 64)
    }

    @Test func listFiltersAndSortsTheDanishWay() throws {
        let run = try Self.aftale(["list", "--area", "forebyggelse", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(!items.isEmpty && items.allSatisfy { $0["indsatsområde"] == "forebyggelse" })
        let all = try Self.aftale(["list"])
        let titles = all.stdout.split(separator: "\n").dropFirst(2)
        #expect(titles.count == 64)
        #expect(titles.last?.contains("Webløsning 'De Nære Behandlingstilbud'") == true)
    }

    @Test func listUsesDanishOrderForÆØÅAndAa() throws {
        let base = try Self.shipped("samarbejdsaftale-om-rygestop")
        let title = "titel: Samarbejdsaftale om rygestop"
        var files: [String: String] = [:]
        for (id, name) in [("a", "Aarhus-aftalen"), ("b", "Østjysk aftale"), ("c", "Æblemost-aftalen"),
                           ("d", "Zoneterapi-aftalen"), ("e", "Bornholm-aftalen")] {
            files["\(id).md"] = base.replacingOccurrences(of: title, with: "titel: \(name)")
        }
        let run = try Self.aftale(["list", "--format", "json"], in: try Self.workspace(files))
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(items.map { $0["titel"] ?? "" } == ["Bornholm-aftalen", "Zoneterapi-aftalen", "Æblemost-aftalen",
                                                    "Østjysk aftale", "Aarhus-aftalen"])
    }

    @Test func renderPrintsTextAndMarkdown() throws {
        let text = try Self.aftale(["render", "samarbejdsaftale-om-rygestop"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Samarbejdsaftale om rygestop\n====="))
        #expect(!text.stdout.contains("{{"))
        let markdown = try Self.aftale(["render", "samarbejdsaftale-om-rygestop", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Samarbejdsaftale om rygestop\n"))
    }

    @Test func newWritesAPlaceholderFileAndNeverOverwrites() throws {
        let folder = try Self.workspace(["rygestop.md": try Self.shipped("samarbejdsaftale-om-rygestop")])
        let created = try Self.aftale(["new", "--kind", "kommissorium", "--title", "Arbejdsgruppe om sår"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "Agreements/arbejdsgruppe-om-saar.md\n")
        let file = folder.appending(path: "Agreements/arbejdsgruppe-om-saar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("## Proces og tidsplan"))
        // A draft with placeholders is incomplete, not broken: warnings, and the rest still works.
        let validation = try Self.aftale(["validate"], in: folder)
        #expect(validation.status == 0, "\(validation.stderr)")
        #expect(validation.stderr.contains("warning[placeholder]") && !validation.stderr.contains("error["))
        #expect(validation.stderr.contains("2 file(s) read: 1 valid, 1 incomplete draft, 0 with errors"))
        let list = try Self.aftale(["list"], in: folder)
        #expect(list.status == 0 && list.stdout.contains("rygestop"))
        #expect(list.stderr.contains("left out Agreements/arbejdsgruppe-om-saar.md: an incomplete draft"))
        let preview = try Self.aftale(["render", "arbejdsgruppe-om-saar"], in: folder)
        #expect(preview.status == 0 && preview.stdout.hasPrefix("Arbejdsgruppe om sår\n"), "\(preview.stderr)")
        #expect(preview.stderr.contains("a preview of an incomplete draft"))
        try Data("egen tekst".utf8).write(to: file)
        let again = try Self.aftale(["new", "--kind", "kommissorium", "--title", "Arbejdsgruppe om sår"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "egen tekst")
    }

    @Test func exportRefusesInvalidAgreementsAndWritesNothing() throws {
        let folder = try Self.workspace(["rygestop.md": "---\ntype: samarbejdsaftale\n---\n"])
        for arguments in [["export", "workplan", "--layout", "arbejdsplan"], ["export", "bundle"]] {
            let run = try Self.aftale(arguments, in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("nothing was written"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Exports").path).isEmpty)
    }

    /// One repeated key in vocabulary.yaml used to give 394 errors and "0 agreement(s) checked".
    @Test func oneMistakeInTheTemplatesIsOneErrorAndNoAgreementIsChecked() throws {
        let folder = try Self.workspace(["rygestop.md": try Self.shipped("samarbejdsaftale-om-rygestop")])
        let vocabulary = folder.appending(path: "Templates/vocabulary.yaml")
        var lines = try String(contentsOf: vocabulary, encoding: .utf8).components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("  forebyggelse:") })
        lines.insert(lines[first], at: first + 1)
        try Data(lines.joined(separator: "\n").utf8).write(to: vocabulary)
        let run = try Self.aftale(["validate"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "Templates/vocabulary.yaml:\(first + 2):3: error[yaml-duplicate-key]: key 'forebyggelse' "
                + "appears more than once (keep one of them)\nthe templates have 1 error(s), so no agreement was "
                + "checked; fix the templates and run again; 1 error(s), 0 warning(s).\n")
        let list = try Self.aftale(["list"], in: folder)
        #expect(list.status == 1 && list.stdout.isEmpty)
        #expect(list.stderr.components(separatedBy: "error[").count == 2, "\(list.stderr)")
    }

    @Test func exportIntoMissingFolderIsAClearError() throws {
        let folder = try Self.workspace(["rygestop.md": try Self.shipped("samarbejdsaftale-om-rygestop")])
        let run = try Self.aftale(["export", "workplan", "--layout", "arbejdsplan", "--output", "mangler/plan.xlsx"],
                                  in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "mangler").path))
    }
}

/// Outputs are byte-identical whatever the time zone, locale and umask of the process writing them.
/// Each variation is checked to have taken effect in the child: without tzdata both zones would be
/// UTC, and without the da_DK.UTF-8 locale the C locale, and the test would pass for nothing.
@Suite struct DeterminismTests {
    /// The two settings compared: a zone west of UTC with umask 022, one 14 hours east with 077.
    static let settings = [(zone: "America/Los_Angeles", umask: "022"), (zone: "Pacific/Kiritimati", umask: "077")]

    /// Runs `script` through the shell with `$0` the built `aftale`, the zone, the Danish locale and
    /// the umask, in the repository; its exit status, stdout and stderr.
    func shell(zone: String, umask mask: String, _ script: String) throws -> CLITests.Run {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "aftale-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appending(path: "out"), err = scratch.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(filePath: "/bin/sh")
        process.arguments = ["-c", "umask \(mask) && \(script)", CLITests.binary.path]
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = zone
        environment["LC_ALL"] = "da_DK.UTF-8"
        process.environment = environment
        process.currentDirectoryURL = CLITests.root
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus,
                            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func exportIn(zone: String, umask mask: String, _ arguments: String) throws -> Int32 {
        try shell(zone: zone, umask: mask, "exec \"$0\" \(arguments)").status
    }

    /// The children really run in two different zones, in Danish and under two umasks: tzdata and
    /// da_DK.UTF-8 are installed by `scripts/setup --with-test-tools`, and missing either fails here.
    @Test func theVariationsTakeEffectInTheChild() throws {
        let seen = try Self.settings.map { setting in
            try shell(zone: setting.zone, umask: setting.umask,
                      "date -d 2025-01-15T12:00Z +%z; locale -k LC_NUMERIC | grep '^decimal_point='; umask")
        }
        for run in seen {
            #expect(run.status == 0 && run.stderr.isEmpty,
                    "the child could not set its locale (run scripts/setup --with-test-tools): \(run.stderr)")
        }
        #expect(seen.map { $0.stdout.split(separator: "\n") } == [["-0800", "decimal_point=\",\"", "0022"],
                                                                  ["+1400", "decimal_point=\",\"", "0077"]],
                "tzdata or da_DK.UTF-8 is missing (run scripts/setup --with-test-tools): \(seen.map(\.stdout))")
    }

    @Test(arguments: [("workplan --layout budget", "budget.xlsx"), ("workplan --layout arbejdsplan", "plan.xlsx"),
                      ("bundle --as-of 2025-02-03", "pakke.zip")])
    func exportIsTheSameAnywhere(_ command: String, _ file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftale-det-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = folder.appending(path: "a-\(file)"), second = folder.appending(path: "b-\(file)")
        let (west, east) = (Self.settings[0], Self.settings[1])
        #expect(try exportIn(zone: west.zone, umask: west.umask, "export \(command) --output \(first.path)") == 0)
        #expect(try exportIn(zone: east.zone, umask: east.umask, "export \(command) --output \(second.path)") == 0)
        let bytes = try Data(contentsOf: first)
        #expect(!bytes.isEmpty)
        #expect(bytes == (try Data(contentsOf: second)))
    }
}

/// `aftale verify` on a real bundle of the shipped agreements, intact and damaged.
@Suite struct VerifyCLITests {
    /// Rewrites `zip` into `damaged` with `change` applied by Python's zipfile (CRCs stay correct,
    /// so only the bag's own manifests can notice).
    static let damageScript = #"""
    import sys, zipfile
    source, target, mode, member = sys.argv[1:5]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(member):
                if mode == "remove":
                    continue
                data = bytes([data[0] ^ 0x01]) + data[1:]
            zout.writestr(info, data)
        if mode == "add":
            top = zin.infolist()[0].filename.split("/")[0]
            zout.writestr(top + "/data/" + member, b"ekstra")
    """#

    @Test(arguments: [("flip", "data/aftaler/samarbejdsaftale-om-rygestop.txt", "checksum"),
                      ("remove", "data/oversigt.txt", "is not in the bag"),
                      ("add", "ekstra.txt", "not listed in manifest")])
    func verifyNamesTheDamage(_ mode: String, _ member: String, _ words: String) throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftale-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appending(path: "pakke.zip"), bad = folder.appending(path: "skadet.zip")
        let export = try CLITests.aftale(["export", "bundle", "--output", good.path])
        #expect(export.status == 0, "\(export.stderr)")
        let intact = try CLITests.aftale(["verify", good.path])
        #expect(intact.status == 0 && intact.stderr.contains("valid"), "\(intact.stderr)")
        let script = folder.appending(path: "damage.py")
        try Data(Self.damageScript.utf8).write(to: script)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", script.path, good.path, bad.path, mode, member]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let damaged = try CLITests.aftale(["verify", bad.path])
        #expect(damaged.status == 1)
        let name = member.split(separator: "/").last.map(String.init) ?? member
        #expect(damaged.stderr.contains(name) && damaged.stderr.lowercased().contains(words), "\(damaged.stderr)")
    }

    /// Writes a small bag `b/` with Python's zipfile: clean, with a repeated Bagging-Date (a warning), or
    /// with a fetch.txt that lists a file (an error).
    static let smallBagScript = #"""
    import hashlib, sys, zipfile
    target, mode = sys.argv[1:3]
    data = b"a\n"
    info = b"Payload-Oxum: 2.1\n" + (b"Bagging-Date: 2025-01-01\nBagging-Date: 2025-01-02\n" if mode == "warning" else b"")
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("b/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        z.writestr("b/bag-info.txt", info)
        z.writestr("b/manifest-sha256.txt", hashlib.sha256(data).hexdigest().encode() + b"  data/a.txt\n")
        if mode == "fetch":
            z.writestr("b/fetch.txt", b"https://example.org/a.txt 2 data/a.txt\n")
        z.writestr("b/data/a.txt", data)
    """#

    func smallBag(_ mode: String, in folder: URL) throws -> String {
        let script = folder.appending(path: "bag.py"), zip = folder.appending(path: "\(mode).zip")
        try Data(Self.smallBagScript.utf8).write(to: script)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", script.path, zip.path, mode]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return zip.path
    }

    @Test func warningsPassUnlessStrictAndFetchListsFail() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftale-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let clean = try smallBag("clean", in: folder)
        let strictClean = try CLITests.aftale(["verify", "--strict", clean])
        #expect(strictClean.status == 0 && !strictClean.stderr.contains("warning"), "\(strictClean.stderr)")

        let warned = try smallBag("warning", in: folder)
        let lenient = try CLITests.aftale(["verify", warned])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("warning: bag-info.txt has more than one Bagging-Date"), "\(lenient.stderr)")
        #expect(lenient.stderr.contains("valid BagIt 1.0 package") && lenient.stderr.contains("1 warning(s)"), "\(lenient.stderr)")
        let strict = try CLITests.aftale(["verify", "--strict", warned])
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("--strict does not accept"), "\(strict.stderr)")

        let fetching = try smallBag("fetch", in: folder)
        let refused = try CLITests.aftale(["verify", fetching])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("error: fetch.txt lists 1 file(s) to be downloaded from elsewhere"), "\(refused.stderr)")
    }
}
