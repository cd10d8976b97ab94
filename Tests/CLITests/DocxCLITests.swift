import Foundation
import TestSupport
import Testing

/// `--format docx` and `aftale diff` run as a user would: a binary file only with --output, the
/// same bytes twice, and versions read from a real git history.
@Suite struct DocxCLITests {
    typealias CLI = CLITests
    static let id = "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel"

    @Test func docxNeedsOutputAndIsTheSameTwice() throws {
        let folder = try CLI.workspace(["\(Self.id).md": try CLI.shipped(Self.id)])
        let refused = try CLI.aftale(["render", Self.id, "--format", "docx"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stdout.isEmpty && refused.stderr.contains("give --output"))
        for target in ["Exports/a.docx", "Exports/b.docx"] {
            let run = try CLI.aftale(["render", Self.id, "--format", "docx", "--output", target], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == target + "\n")
        }
        let a = try Data(contentsOf: folder.appending(path: "Exports/a.docx"))
        #expect(a.prefix(2) == Data("PK".utf8))
        #expect(a == (try Data(contentsOf: folder.appending(path: "Exports/b.docx"))))
        let report = try CLI.aftale(["report", "status", "--format", "docx", "--as-of", "2025-02-03",
                                     "--output", "Exports/rapport.docx"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Exports").path).sorted()
                == ["a.docx", "b.docx", "rapport.docx"], "no temporary file is left behind")
    }

    @Test func docxBytesDoNotDependOnTimeZoneOrLocale() throws {
        let folder = try CLI.workspace(["\(Self.id).md": try CLI.shipped(Self.id)])
        var outputs: [Data] = []
        for (zone, locale) in [("Pacific/Kiritimati", "da_DK.UTF-8"), ("America/Los_Angeles", "C.UTF-8"), ("UTC", "C")] {
            let target = "Exports/\(zone.replacingOccurrences(of: "/", with: "-")).docx"
            for arguments in [["render", Self.id, "--format", "docx", "--as-of", "2025-02-03", "--output", target],
                              ["report", "status", "--format", "docx", "--as-of", "2025-02-03", "--output", target + ".rapport.docx"]] {
                let run = try CLI.aftale(arguments, in: folder, environment: ["TZ": zone, "LC_ALL": locale])
                #expect(run.status == 0, "\(zone): \(run.stderr)")
            }
            outputs.append(try Data(contentsOf: folder.appending(path: target)))
            outputs.append(try Data(contentsOf: folder.appending(path: target + ".rapport.docx")))
        }
        #expect(outputs[0] == outputs[2] && outputs[0] == outputs[4], "the agreement's DOCX changed with TZ or locale")
        #expect(outputs[1] == outputs[3] && outputs[1] == outputs[5], "the report's DOCX changed with TZ or locale")
        // The variation took effect: the zones are 14 hours apart on the same instant.
        let offsets = try ["Pacific/Kiritimati", "America/Los_Angeles"].map { zone in
            try ProcessRunner.run("date", ["+%z"], environment: ["TZ": zone]).stdout
        }
        #expect(offsets[0] != offsets[1], "tzdata is missing: the time zones did not vary")
    }

    @Test func diffReadsVersionsFromGitHistory() throws {
        let original = try CLI.shipped(Self.id)
        let older = original.replacingOccurrences(of: "status: under implementering", with: "status: godkendt")
            .replacingOccurrences(of: "2023 er implementeringsår", with: "2023 er overgangsår")
        let folder = try CLI.workspace(["\(Self.id).md": older])
        let file = folder.appending(path: "Agreements/\(Self.id).md")
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(filePath: "/usr/bin/env")
            process.arguments = ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
            process.environment = ["GIT_COMMITTER_DATE": "2023-02-07T10:00:00+01:00", "GIT_AUTHOR_DATE": "2023-02-07T10:00:00+01:00",
                                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try git(["add", "Agreements"])
        try git(["commit", "-q", "-m", "first"])
        try Data(original.utf8).write(to: file)

        let text = try CLI.aftale(["diff", Self.id], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Fra ") && text.stdout.contains("(7. februar 2023) til den nuværende fil"))
        #expect(text.stdout.contains("- Status: godkendt → under implementering"))
        #expect(text.stdout.contains("2023 er [-overgangsår.-]{+implementeringsår.+}"))

        try git(["commit", "-q", "-a", "-m", "second"])
        let html = try CLI.aftale(["diff", Self.id, "--from", "HEAD~1", "--to", "HEAD", "--format", "html"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<del>overgangsår.</del><ins>implementeringsår.</ins>"))
        let docx = try CLI.aftale(["diff", Self.id, "--from", "HEAD~1", "--format", "docx", "--output", "Exports/r.docx"], in: folder)
        #expect(docx.status == 0, "\(docx.stderr)")
        let none = try CLI.aftale(["diff", Self.id, "--from", "HEAD"], in: folder)
        #expect(none.stdout.contains("Ingen ændringer."))
        let bad = try CLI.aftale(["diff", Self.id, "--from", "no-such-rev"], in: folder)
        #expect(bad.status == 1 && bad.stderr.contains("git"))
    }

    @Test func diffOfABlockShowsTheChangeInEveryAgreementThatUsesIt() throws {
        let folder = try CLI.workspace(["samarbejdsaftale-om-rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        let block = folder.appending(path: "Templates/blocks/parter-regional-samarbejdsaftale.md")
        let current = try String(contentsOf: block, encoding: .utf8)
        try ProcessRunner.run("git", ["-C", folder.path, "init", "-q"]).check()
        try ProcessRunner.run("git", ["-C", folder.path, "add", "."]).check()
        try ProcessRunner.run("git", ["-C", folder.path, "-c", "user.name=Test", "-c", "user.email=t@example.org",
                                      "commit", "-q", "-m", "first"]).check()
        try Data(current.replacingOccurrences(of: "de 19 midtjyske kommuner", with: "kommunerne i regionen").utf8)
            .write(to: block)
        let run = try CLI.aftale(["diff", "--block", "parter-regional-samarbejdsaftale"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("used by 1 agreement(s)"))
        #expect(run.stdout.contains("[-de 19 midtjyske kommuner-]{+kommunerne i regionen+}")
                || run.stdout.contains("[-de 19 midtjyske-]"), "\(run.stdout)")
        let both = try CLI.aftale(["diff", "samarbejdsaftale-om-rygestop", "--block", "x"], in: folder)
        #expect(both.status == 64)
    }

}
