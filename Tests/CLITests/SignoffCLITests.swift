import Foundation
import TestSupport
import Testing

/// `aftale report signoff` and the sign-off waits of `aftale due`, run as a user would: an agreement
/// sent to the parties on 2 October 2023, approved by the region, PLO and 17 of the 19
/// municipalities, with Lemvig and Samsø still waiting. Text, HTML and XLSX with --output, exit
/// codes, usage errors, and the HTML matrix read by html5lib for what a screen reader needs.
@Suite struct SignoffCLITests {
    typealias CLI = CLITests

    /// The 19 municipality ids of the shipped vocabulary (`partsgrupper: kommunerne`), in its order.
    static func municipalities() throws -> [String] {
        let vocabulary = try String(contentsOf: CLI.root.appending(path: "Templates/vocabulary.yaml"), encoding: .utf8)
        let line = try #require(vocabulary.split(separator: "\n").first { $0.hasPrefix("  kommunerne: [") })
        return line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A workspace with the one agreement, approved everywhere but in Lemvig and Samsø.
    static func workspace() throws -> URL {
        let towns = try municipalities()
        #expect(towns.count == 19)
        let text = SignoffFixture.text(municipalities: towns)
        return try CLI.workspace(["proeve.md": text])
    }

    @Test func textNamesTheTwoWaiting() throws {
        let folder = try Self.workspace()
        let run = try CLI.aftale(["report", "signoff", "--as-of", "2024-02-01"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Godkendelse i parterne\nStatus pr. 1. februar 2024\n"))
        #expect(run.stdout.contains("godkendt 19, venter 2, afvist 0, ikke sendt 0, ikke registreret 0"))
        #expect(run.stdout.contains("Venter (2): Lemvig, Samsø: venter siden 2. oktober 2023"))
        // The validator's warning goes to stderr, not into the report.
        #expect(!run.stdout.contains("signoff-incomplete"))
        let file = try CLI.aftale(["report", "signoff", "--as-of", "2024-02-01", "--output", "Exports/godkendelse.txt"], in: folder)
        #expect(file.status == 0, "\(file.stderr)")
        #expect(try String(contentsOf: folder.appending(path: "Exports/godkendelse.txt"), encoding: .utf8) == run.stdout)
    }

    @Test func xlsxIsWrittenWithOutputAndRefusedWithout() throws {
        let folder = try Self.workspace()
        let run = try CLI.aftale(["report", "signoff", "--as-of", "2024-02-01", "--format", "xlsx",
                                  "--output", "Exports/godkendelse.xlsx"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Exports/godkendelse.xlsx\n")
        let bytes = try Data(contentsOf: folder.appending(path: "Exports/godkendelse.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip file")

        let missing = try CLI.aftale(["report", "signoff", "--format", "xlsx"], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("give --output FILE.xlsx"))
        #expect(missing.stdout.isEmpty)
        let unknown = try CLI.aftale(["report", "signoff", "--format", "pdf"], in: folder)
        #expect(unknown.status == 64)
        let nowhere = try CLI.aftale(["report", "signoff", "--format", "xlsx", "--output", "mangler/g.xlsx"], in: folder)
        #expect(nowhere.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "mangler").path))
    }

    /// html5lib (the WHATWG parser) reads the page: no parse errors, `lang="da"`, one table with a
    /// caption, every header cell of the thead `scope="col"`, every th of the body and foot
    /// `scope="row"`, and every data cell's state in words, never colour alone.
    @Test func htmlMatrixIsAccessible() throws {
        let folder = try Self.workspace()
        let run = try CLI.aftale(["report", "signoff", "--as-of", "2024-02-01", "--format", "html",
                                  "--output", "Exports/godkendelse.html"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let script = #"""
            import sys, json, html5lib
            def norm(s): return " ".join(s.split())
            def text(e): return norm(" ".join(e.itertext()))
            parser = html5lib.HTMLParser(namespaceHTMLElements=False)
            root = parser.parse(open(sys.argv[1], encoding="utf-8").read())
            tables = list(root.iter("table"))
            t = tables[0]
            caption = t.find("caption")
            heads = [[text(th), th.get("scope") or ""] for h in t.iter("thead") for th in h.iter("th")]
            rowheads = [[text(th), th.get("scope") or ""] for part in ("tbody", "tfoot") for p in t.iter(part)
                        for th in p.iter("th")]
            rows = [[[c.tag, text(c), c.get("class") or ""] for c in tr] for tb in t.iter("tbody") for tr in tb.iter("tr")]
            print(json.dumps({"errors": [str(e) for e in parser.errors], "lang": root.get("lang"),
                              "tables": len(tables), "caption": text(caption) if caption is not None else None,
                              "heads": heads, "rowheads": rowheads, "rows": rows}))
            """#
        let output = try ProcessRunner.python(script, [folder.appending(path: "Exports/godkendelse.html").path], module: "html5lib")
        let page = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect((page["errors"] as? [Any])?.isEmpty == true, "\(page["errors"] ?? "")")
        #expect(page["lang"] as? String == "da")
        #expect(page["tables"] as? Int == 1)
        #expect(page["caption"] as? String == "Godkendelse af hver aftale i hver part, status pr. 1. februar 2024")
        let heads = try #require(page["heads"] as? [[String]])
        #expect(heads.count == 1 + 21 + 2)
        #expect(heads.allSatisfy { $0[1] == "col" }, "\(heads)")
        #expect(heads[1][0] == "Favrskov" && heads[19][0] == "Aarhus" && heads[21][0] == "PLO-Midtjylland")
        let rowHeads = try #require(page["rowheads"] as? [[String]])
        #expect(rowHeads.map { $0[1] } == ["row", "row"], "the agreement and the counts row")
        #expect(rowHeads.first?[0] == "Samarbejdsaftale om prøve (under implementering)")
        let rows = try #require(page["rows"] as? [[[String]]])
        let row = try #require(rows.first)
        #expect(rows.count == 1 && row.count == 1 + 21 + 2)
        #expect(row[0][0] == "th")
        let words = ["godkendt ", "venter siden ", "afvist ", "ikke sendt", "ikke registreret", "ikke part"]
        for cell in row.dropFirst().prefix(21) {
            #expect(cell[0] == "td" && words.contains { cell[1].hasPrefix($0) }, "\(cell)")
        }
        let lemvig = try #require(heads.firstIndex { $0[0] == "Lemvig" })
        #expect(row[lemvig][1] == "venter siden 2. oktober 2023" && row[lemvig][2] == "s-venter")
        #expect(row.filter { $0[1].hasPrefix("venter siden") }.count == 2)
        #expect(row[22][1] == "19 af 21")
    }

    /// `due --signoff-days`: the two waiting, overdue after 60 days by default, upcoming with a
    /// longer period, and a number out of range a usage error.
    @Test func dueListsTheWaitingParties() throws {
        let folder = try Self.workspace()
        let run = try CLI.aftale(["due", "--as-of", "2024-02-01", "--format", "tsv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("Venter på godkendelse") })
        #expect(line.contains("forfalden siden 2. december 2023\t"))
        #expect(line.contains("\tVenter på godkendelse fra Lemvig Kommune, Samsø Kommune – sendt 2. oktober 2023, svarfrist 60 dage"))
        let longer = try CLI.aftale(["due", "--as-of", "2024-02-01", "--signoff-days", "150", "--format", "json"], in: folder)
        #expect(longer.status == 0, "\(longer.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(longer.stdout.utf8)) as? [String: Any])
        #expect(json["godkendelsesfrist"] as? Int == 150)
        let items = try #require(json["punkter"] as? [[String: Any]])
        let item = try #require(items.first { $0["type"] as? String == "godkendelse" })
        #expect(item["tilstand"] as? String == "kommende")
        #expect((item["tid"] as? [String: Any])?["fra"] as? String == "2024-02-29")
        for bad in ["-1", "3651"] {
            let refused = try CLI.aftale(["due", "--signoff-days=\(bad)"], in: folder)
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("--signoff-days must be a number of days from 0 to 3650"))
        }
    }
}
