import Foundation
import TestSupport
import Testing

/// `aftale import report` on seed 001's text: 27 drafts with the seed's titles and areas, which
/// validate but for the placeholders the import's own report lists; an existing file makes it refuse
/// with nothing written.
@Suite(.serialized) struct ImportReportCLITests {
    typealias CLI = CLITests

    static let seed = CLI.root.appending(path: Seed001.path).standardizedFileURL.path

    @Test func seed001GivesTwentySevenDraftsThatValidateButForTheListedFills() throws {
        let folder = Repository.makeFolder("aftale-import-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "udkast")
        let run = try CLI.aftale(["import", "report", Self.seed, "--output", output.path])
        try #require(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".md") }
        #expect(files.count == 27)
        #expect(run.stdout.hasPrefix("Import af statusrapport: 27 udkast\n"))

        // Titles and areas, in the report's order (the report numbers the items and names each file).
        let expected = Seed001.areas.flatMap { area in area.titles.map { (area.id, $0) } }
        let entries = run.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
        try #require(entries.count == 27)
        for (entry, (area, start)) in zip(entries, expected) {
            let name = String(entry.drop { $0 != " " }.dropFirst().prefix { $0 != " " })
            let text = try String(contentsOf: output.appending(path: name), encoding: .utf8)
            #expect(text.contains("\ntitel: \"\(start)"), "\(name)")
            #expect(text.contains("\nindsatsområde: \"\(area)\"\n"), "\(name)")
        }
        let rehabilitation = try String(contentsOf: output.appending(path: "samarbejdsaftale-om-kraeftrehabilitering.md"),
                                        encoding: .utf8)
        #expect(rehabilitation.contains("""
            status: godkendt
            parter: ["«udfyld: parter, ids such as region-midtjylland, kommunerne, plo-midtjylland»"]
            beslutninger:
              - organ: "sundhedskoordinationsudvalget"
                dato: "oktober 2019"
                udfald: godkendt
            """))

        // Every problem of the drafts is a placeholder the report tells a person to fill in.
        let check = try CLI.aftale(["validate", output.path])
        #expect(check.stderr.contains("27 file(s) read"), "\(check.stderr)")
        let problems = check.stderr.split(separator: "\n").filter { $0.contains("error[") || $0.contains("warning[") }
        #expect(!problems.isEmpty)
        for problem in problems {
            #expect(problem.contains("[placeholder]"), "\(problem)")
            let name = String(problem.split(separator: "/").last?.prefix { $0 != ":" } ?? "")
            let block = run.stdout.components(separatedBy: "\n\n").first { $0.contains(" \(name) ") } ?? ""
            #expect(block.contains("   udfyld: "), "\(name) has a placeholder the report does not list")
        }
    }

    @Test func anExistingFileMakesItRefuseWithNothingWritten() throws {
        let folder = Repository.makeFolder("aftale-import-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appending(path: "samarbejdsaftale-om-stomi.md")
        try Data("mine\n".utf8).write(to: existing)
        let run = try CLI.aftale(["import", "report", Self.seed, "--output", folder.path, "--report", folder.appending(path: "r.txt").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing written"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["samarbejdsaftale-om-stomi.md"])
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine\n")

        let unknown = try CLI.aftale(["import", "report", Self.seed, "--output", folder.path, "--area-map", "Øvrige aftaler=andet"])
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown indsatsområde 'andet'"), "\(unknown.stderr)")
    }
}
