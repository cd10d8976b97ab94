import Foundation
import TestSupport
import Testing

/// A secretariat user's first day (issue 13): labels where people write them, the scaffold of
/// `aftale new`, terminal widths and command-line manners, through the built binary.
@Suite struct FirstDayCLITests {
    typealias CLI = CLITests

    /// The scaffold lists the allowed values in its placeholders, and every optional example
    /// paragraph (except the ones marked "instead of") is valid once uncommented and filled in.
    @Test func newListsAllowedValuesAndItsOptionalExamplesValidate() throws {
        let folder = try CLI.workspace([:])
        let created = try CLI.aftale(["new", "--kind", "samarbejdsaftale", "--title", "Aftale om sår"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let file = folder.appending(path: "Agreements/aftale-om-saar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("«udfyld: indsatsområde, one of forebyggelse, ældre, psykiatri"))
        #expect(text.contains("region-midtjylland, kommunerne, plo-midtjylland"))
        for field in ["ikrafttrædelse", "opfølgning", "beslutninger", "planlagt: true", "udført", "resultat",
                      "sundhedsaftaler", "gruppe", "godkendelse: ikke registreret", "  - dato: 1. september 2024"] {
            #expect(text.contains("# ") && text.contains(field), "no example of \(field)")
        }
        // Fill in the placeholders, uncomment the examples that go together.
        var lines: [String] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("indsatsområde:") { lines.append("indsatsområde: Borgere med kronisk sygdom"); continue }
            if line.hasPrefix("parter:") { lines.append("parter: [region-midtjylland, kommunerne, PLO]"); continue }
            if line.hasPrefix("status:") { lines.append("status: godkendt"); continue }
            if line == "#" { skipping = false; continue }
            if line.hasPrefix("# instead of") || line.hasPrefix("# Optional") || line.hasPrefix("# Dates") {
                skipping = true; continue
            }
            if line.hasPrefix("# ") { if !skipping { lines.append(String(line.dropFirst(2))) }; continue }
            lines.append(line.replacingOccurrences(of: "«udfyld: ", with: "Tekst om ").replacingOccurrences(of: "»", with: "."))
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let validation = try CLI.aftale(["validate"], in: folder)
        #expect(validation.status == 0, "\(validation.stderr)\n\(lines.joined(separator: "\n"))")
        #expect(validation.stderr.contains("1 file(s) read: 1 valid"), "\(validation.stderr)")
        let json = try CLI.aftale(["list", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"kronisk-sygdom\""), "\(json.stdout)")
    }

    /// A label or a declared alias is read as the id; a near miss of a label hints the id.
    @Test func labelsAndAliasesAreReadAsIds() throws {
        let base = try CLI.shipped("samarbejdsaftale-om-rygestop")
        let labelled = base.replacingOccurrences(of: "plo-midtjylland", with: "PLO-M")
            .replacingOccurrences(of: "indsatsområde: forebyggelse", with: "indsatsområde: fælles investering i forebyggelse")
        let folder = try CLI.workspace(["samarbejdsaftale-om-rygestop.md": labelled])
        #expect(labelled != base)
        let validation = try CLI.aftale(["validate"], in: folder)
        #expect(validation.status == 0, "\(validation.stderr)")
        let list = try CLI.aftale(["list", "--area", "Fælles investering i forebyggelse", "--format", "json"], in: folder)
        #expect(list.status == 0 && list.stdout.contains("samarbejdsaftale-om-rygestop"), "\(list.stderr)")
        let near = base.replacingOccurrences(of: "indsatsområde: forebyggelse",
                                             with: "indsatsområde: Borgere med kroniske sygdomme")
        let wrong = try CLI.workspace(["samarbejdsaftale-om-rygestop.md": near])
        let refused = try CLI.aftale(["validate"], in: wrong)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("did you mean 'kronisk-sygdom' (Borgere med kronisk sygdom)?"), "\(refused.stderr)")
    }

    /// Runs `aftale` on a pseudo-terminal (util-linux `script`), as a user at a terminal would.
    static func onTerminal(_ arguments: String, columns: Int) throws -> [String] {
        let command = "env COLUMNS=\(columns) SOURCE_DATE_EPOCH=1738540800 \(CLI.binary.path) \(arguments)"
        let run = try ProcessRunner.run("/usr/bin/script", ["-qec", command, "/dev/null"], in: CLI.root, environment: [:])
        #expect(run.status == 0, "\(run.stdout)\(run.errors)")
        return run.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("aftale: ") }
    }

    /// On a terminal, list and due fit COLUMNS, cutting titles with "…"; piped, nothing is cut;
    /// due shows titles, not ids.
    @Test func terminalOutputFitsTheTerminalAndPipedOutputIsWhole() throws {
        let list = try Self.onTerminal("list", columns: 100)
        #expect(list.count > 60)
        #expect(list.allSatisfy { $0.count <= 100 }, "\(list.filter { $0.count > 100 })")
        #expect(list.contains { $0.contains("…") })
        let piped = try CLI.aftale(["list"])
        #expect(piped.stdout.split(separator: "\n").contains { $0.count > 100 } && !piped.stdout.contains("…"))
        let tsv = try CLI.aftale(["list", "--format", "tsv"])
        #expect(tsv.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "\t").count == 4 })
        let due = try Self.onTerminal("due --as-of 2025-02-03", columns: 120)
        #expect(due.allSatisfy { $0.count <= 120 }, "\(due.filter { $0.count > 120 })")
        let dueWhole = try CLI.aftale(["due", "--as-of", "2025-02-03"])
        #expect(dueWhole.stdout.contains("Samarbejdsaftale om"), "due shows titles")
        let dueTSV = try CLI.aftale(["due", "--as-of", "2025-02-03", "--format", "tsv"])
        #expect(dueTSV.stdout.hasPrefix("Id\tTilstand\tTid\tType\tAftale\tHvad\n"))
    }

    @Test func listWritesToOutput() throws {
        let folder = try CLI.workspace(["samarbejdsaftale-om-rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        let run = try CLI.aftale(["list", "--output", "liste.txt"], in: folder)
        #expect(run.status == 0 && run.stdout == "liste.txt\n", "\(run.stderr)")
        let written = try String(contentsOf: folder.appending(path: "liste.txt"), encoding: .utf8)
        #expect(written.contains("samarbejdsaftale-om-rygestop") && written.hasPrefix("Id"))
    }

    /// From a folder inside the workspace, aftale finds Agreements/ upwards; --workspace names it.
    @Test func runsFromAnyFolderInsideTheWorkspace() throws {
        let folder = try CLI.workspace(["samarbejdsaftale-om-rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        let inside = folder.appending(path: "Exports/noget")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let list = try CLI.aftale(["list", "--format", "tsv"], in: inside)
        #expect(list.status == 0 && list.stdout.contains("samarbejdsaftale-om-rygestop"), "\(list.stderr)")
        let render = try CLI.aftale(["render", "samarbejdsaftale-om-rygestop"], in: inside)
        #expect(render.status == 0 && render.stdout.hasPrefix("Samarbejdsaftale om rygestop"), "\(render.stderr)")
        let elsewhere = FileManager.default.temporaryDirectory
        let named = try CLI.aftale(["validate", "--workspace", folder.path], in: elsewhere)
        #expect(named.status == 0 && named.stderr.contains("1 file(s) read: 1 valid"), "\(named.stderr)")
        // `new` follows the same rule: from a subfolder the draft lands in the workspace's Agreements/.
        let draft = try CLI.aftale(["new", "--kind", "initiativ", "--title", "Nyt initiativ"], in: inside)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "Agreements/nyt-initiativ.md").path))
    }

    /// Completions offer the workspace's ids, layouts and the statuses.
    @Test func completionsOfferIdsLayoutsAndStatuses() throws {
        let script = try CLI.aftale(["--generate-completion-script", "bash"])
        #expect(script.status == 0 && script.stdout.contains("---completion"), "\(script.stderr)")
        let ids = try CLI.aftale(["---completion", "render", "--", "positional@0", "1", "0"])
        #expect(ids.stdout.contains("samarbejdsaftale-om-rygestop"), "\(ids.stdout)\(ids.stderr)")
        let layouts = try CLI.aftale(["---completion", "export", "workplan", "--", "--layout", "1", "0"])
        #expect(layouts.stdout.contains("arbejdsplan") && layouts.stdout.contains("budget"), "\(layouts.stdout)\(layouts.stderr)")
        #expect(script.stdout.contains("under implementering") || script.stdout.contains("under\\ implementering"))
    }
}
