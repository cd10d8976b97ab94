import Foundation
import TestSupport
import Testing

/// `aftale render --format html`, `aftale report status`, `aftale due` and `aftale blocks` run as a
/// user would: exit codes, stdout versus stderr, files written atomically or not at all.
@Suite struct ReportCLITests {
    typealias CLI = CLITests

    static func workspace() throws -> URL {
        try CLI.workspace(["samarbejdsaftale-om-rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop"),
                           "proevehandling-for-udlevering-af-ortoser-til-boern-og-unge-med-cerebral-parese.md":
                               try CLI.shipped("proevehandling-for-udlevering-af-ortoser-til-boern-og-unge-med-cerebral-parese")])
    }

    @Test(arguments: [["report", "--help"], ["report", "status", "--help"], ["due", "--help"], ["blocks", "--help"],
                      ["render", "--help"]])
    func everyCommandHasHelp(_ arguments: [String]) throws {
        let run = try CLI.aftale(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE:"))
    }

    @Test func renderWritesAStandaloneHTMLPage() throws {
        let run = try CLI.aftale(["render", "samarbejdsaftale-om-rygestop", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">\n"))
        #expect(run.stdout.contains("<h1>Samarbejdsaftale om rygestop</h1>"))
        #expect(run.stderr.isEmpty)
    }

    @Test func reportGoesToStdoutOrAtomicallyToAFile() throws {
        let folder = try Self.workspace()
        let text = try CLI.aftale(["report", "status", "--as-of", "2025-02-03"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.isEmpty)
        #expect(text.stdout.hasPrefix("Status på samarbejdsaftaler og initiativer\n=====") )
        #expect(text.stdout.contains("   1.1 Samarbejdsaftale om rygestop\n"))
        #expect(text.stdout.contains("Næste opfølgning: primo 2025: Opsamling på prøvehandlingen"))
        let markdown = try CLI.aftale(["report", "status", "--format", "markdown", "--as-of", "2025-02-03",
                                       "--title", "Slutstatus 2019-2023"], in: folder)
        #expect(markdown.stdout.hasPrefix("# Slutstatus 2019-2023\n"))
        let html = try CLI.aftale(["report", "status", "--format", "html", "--as-of", "2025-02-03",
                                   "--output", "Exports/rapport.html"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout == "Exports/rapport.html\n")
        let written = try String(contentsOf: folder.appending(path: "Exports/rapport.html"), encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("Status pr. 3. februar 2025"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Exports").path) == ["rapport.html"],
                "no temporary file is left behind")
    }

    @Test func asOfDefaultsToSourceDateEpochThenTodayInDenmarkAndSaysSo() throws {
        let folder = try CLI.workspace(["rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        // 1738537200 is 2025-02-02 23:00 UTC, already 3 February in Denmark; the convention reads it as UTC.
        let pinned = try CLI.aftale(["report", "status", "--area", "forebyggelse"], in: folder,
                                    environment: ["SOURCE_DATE_EPOCH": "1738537200"])
        #expect(pinned.status == 0, "\(pinned.stderr)")
        #expect(pinned.stdout.contains("Status pr. 2. februar 2025"))
        #expect(pinned.stderr.contains("as of 2025-02-02, the day of SOURCE_DATE_EPOCH"))
        let bad = try CLI.aftale(["due"], in: folder, environment: ["SOURCE_DATE_EPOCH": "i går"])
        #expect(bad.status == 64 && bad.stderr.contains("SOURCE_DATE_EPOCH must be a whole number"), "\(bad.stderr)")
        // Today in Denmark, by the system's own tz database as the oracle (tzdata is installed by .ci/run).
        let date = Process()
        date.executableURL = URL(filePath: "/bin/date")
        date.arguments = ["+%F"]
        date.environment = ["TZ": "Europe/Copenhagen"]
        let pipe = Pipe()
        date.standardOutput = pipe
        try date.run()
        date.waitUntilExit()
        let today = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Copenhagen"),
                     "tzdata is missing: the oracle for today in Denmark would silently be UTC")
        let due = try CLI.aftale(["due", "--format", "json"], in: folder)
        #expect(try Self.json(due.stdout)["pr"] as? String == today)
        #expect(due.stderr.contains("as of today, \(today) in Denmark"))
    }

    @Test func usageErrorsExit64AndInvalidAgreementsExit1() throws {
        for arguments in [["report", "status", "--as-of", "2025-13-01"], ["report", "status", "--format", "pdf"],
                          ["report", "status", "--area", "forebygelse"], ["due", "--within=-1"],
                          ["due", "--as-of", "3. februar 2025"], ["blocks", "findes-ikke"]] {
            let run = try CLI.aftale(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try CLI.aftale(["report", "status", "--area", "forebygelse"]).stderr.contains("did you mean 'forebyggelse'?"))
        // A broken file does not hold the others hostage: reading commands leave it out and say so
        // (--strict: exit 1); exports refuse unless --skip-invalid.
        let folder = try CLI.workspace(["rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop"),
                                        "brudt.md": "---\ntype: samarbejdsaftale\n---\n"])
        for arguments in [["report", "status", "--as-of", "2025-02-03"], ["due", "--as-of", "2025-02-03"], ["blocks"],
                          ["list"], ["render", "rygestop"]] {
            let run = try CLI.aftale(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(arguments)")
            if arguments[0] != "render" {  // render shows one agreement: the others' files do not concern it
                #expect(run.stderr.contains("left out Agreements/brudt.md:"), "\(arguments)")
                let strict = try CLI.aftale(arguments + ["--strict"], in: folder)
                #expect(strict.status == 1 && strict.stdout == run.stdout, "\(arguments) --strict")
            }
        }
        #expect(try CLI.aftale(["report", "status", "--as-of", "2025-02-03"], in: folder).stdout
            .contains("Samarbejdsaftale om rygestop"))
        for arguments in [["export", "workplan", "--layout", "arbejdsplan", "--as-of", "2025-02-03"],
                          ["export", "bundle", "--as-of", "2025-02-03"]] {
            let run = try CLI.aftale(arguments, in: folder)
            #expect(run.status == 1 && run.stderr.contains("nothing was written") && run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr.contains("--skip-invalid"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Exports").path).isEmpty)
        let skipping = try CLI.aftale(["export", "bundle", "--as-of", "2025-02-03", "--skip-invalid"], in: folder)
        #expect(skipping.status == 0 && skipping.stderr.contains("left out Agreements/brudt.md:"), "\(skipping.stderr)")
        let missing = try CLI.aftale(["report", "status", "--output", "mangler/r.txt"], in: try Self.workspace())
        #expect(missing.status == 1 && missing.stderr.contains("does not exist"))
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func dueListsTheShippedObligationsAsTextAndJSON() throws {
        let run = try CLI.aftale(["due", "--as-of", "2025-02-03", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let items = try #require(try Self.json(run.stdout)["punkter"] as? [[String: Any]])
        let mistrivsel = try #require(items.first { $0["aftale"] as? String == "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel" })
        #expect(mistrivsel["forfalden_siden"] as? String == "2024-10-01")
        #expect(mistrivsel["hvad"] as? String == "Første administrative opfølgning til Sundhedsstyregruppen")
        #expect(items.contains { $0["aftale"] as? String == "igangsaetning-af-proevehandlinger-for-borgere-med-kronisk-sygdom"
                && $0["tilstand"] as? String == "aktuel" && ($0["tid"] as? [String: String])?["fra"] == "2025-02-03" })
        let text = try CLI.aftale(["due", "--as-of", "2025-02-03", "--within", "30"])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Opfølgning pr. 3. februar 2025: ") == true)
        #expect(lines.contains { $0.hasPrefix("forfalden siden 1. oktober 2024 ") && $0.contains(" 2.–3. kvartal 2024 ")
                && $0.contains("Samarbejdsaftale om børn og unge i psykisk mistrivsel") })
        #expect(!text.stdout.contains("kommende fra 2. maj 2025"), "2 May 2025 is more than 30 days ahead")
        let psykiatri = try CLI.aftale(["due", "--as-of", "2025-02-03", "--area", "psykiatri", "--format", "json"])
        let areaItems = try #require(try Self.json(psykiatri.stdout)["punkter"] as? [[String: Any]])
        #expect(!areaItems.isEmpty && areaItems.count < items.count)
    }

    @Test func blocksNameTheAgreementsThatWouldChange() throws {
        let all = try CLI.aftale(["blocks"])
        #expect(all.status == 0, "\(all.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appending(path: "Templates/blocks").path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        for name in names { #expect(all.stdout.contains("\n\(name)\n") || all.stdout.hasPrefix("\(name)\n"), "\(name)") }
        let one = try CLI.aftale(["blocks", "overdragelse-ved-reformen"])
        #expect(one.stdout.hasPrefix("overdragelse-ved-reformen: "))
        #expect(one.stdout.contains("samarbejdsaftale-om-boern-og-unge-der-lever-med-overvaegt-og-deres-familier – "))
        #expect(one.stdout.contains("(gennem opfoelgning-og-overdragelse, Agreements/"))
        let json = try Self.json(try CLI.aftale(["blocks", "parter-regional-samarbejdsaftale", "--format", "json"]).stdout)
        let uses = try #require((json["blokke"] as? [[String: Any]])?.first?["aftaler"] as? [[String: Any]])
        #expect(uses.contains { $0["aftale"] as? String == "samarbejdsaftale-om-rygestop" && $0["direkte"] as? Bool == true })
    }

    @Test func bundleCarriesTheStatusReport() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftale-rapport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let zip = folder.appending(path: "pakke.zip")
        let export = try CLI.aftale(["export", "bundle", "--as-of", "2025-02-03", "--output", zip.path])
        #expect(export.status == 0, "\(export.stderr)")
        let verify = try CLI.aftale(["verify", zip.path, "--extract", folder.appending(path: "ud").path])
        #expect(verify.status == 0, "\(verify.stderr)")
        let data = folder.appending(path: "ud/aftaler-overdragelse-2025-02-03/data")
        let report = try String(contentsOf: data.appending(path: "statusrapport.html"), encoding: .utf8)
        #expect(report.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        #expect(report.contains("Status pr. 3. februar 2025"))
        #expect(report.contains("id=\"aftale-samarbejdsaftale-om-rygestop\""))
        #expect(!report.contains("id=\"aftale-alliancen-om-den-naere-psykiatri\""), "afsluttet agreements stay out")
        let index = try String(contentsOf: data.appending(path: "oversigt.txt"), encoding: .utf8)
        #expect(index.contains("statusrapport.html statusrapporten") && index.contains("data/statusrapport.html"))
    }

    @Test func validateExplainsACodeAndRefusesAnUnknownOne() throws {
        let run = try CLI.aftale(["validate", "--explain", "status-order"])
        #expect(run.status == 0 && run.stdout.hasPrefix("status-order (error, approvals)\n"), "\(run.stderr)")
        let all = try CLI.aftale(["validate", "--explain", "all"])
        #expect(all.status == 0 && all.stdout.contains("| `status-order` | error | approvals |"))
        let unknown = try CLI.aftale(["validate", "--explain", "status-neds-decision"])
        #expect(unknown.status == 64 && unknown.stderr.contains("did you mean 'status-needs-decision'?"), "\(unknown.stderr)")
    }


    @Test func theFinalStatusReportOf2019To2023ReproducesSeed001() throws {
        // Seed 001's four area headings and 27 agreement titles, in its order (TestSupport's hand list).
        let seed = Seed001.areas
        let run = try CLI.aftale(["report", "status", "--aftale", "2019-2023", "--as-of", "2024-01-01", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# Slutstatus\n"))
        // Headings of the markdown report: "## N. Area" and "### N.M Title".
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let areas = lines.filter { $0.hasPrefix("## ") && $0.dropFirst(3).first?.isNumber == true }
            .map { String($0.drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst()) }
        #expect(areas == seed.map(\.area))
        let titles = lines.filter { $0.hasPrefix("### ") && $0.dropFirst(4).first?.isNumber == true }
            .map { String($0.dropFirst(4).drop { $0 != " " }.dropFirst()) }
        let expected = seed.flatMap(\.titles)
        #expect(titles.count == 27)
        for (title, start) in zip(titles, expected) {
            #expect(title.hasPrefix(start), "expected '\(start)…', found '\(title)'")
        }
        let unknown = try CLI.aftale(["report", "status", "--aftale", "2019-2024"])
        #expect(unknown.status == 64 && unknown.stderr.contains("did you mean '2019-2023'?"), "\(unknown.stderr)")
    }

}
