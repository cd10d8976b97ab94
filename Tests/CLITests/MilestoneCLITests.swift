import Foundation
import TestSupport
import Testing

/// A kommissorium's timetable (`milepæle`) through the built binary: `aftale due` in every format,
/// a located error for a bad milestone, and the example `aftale new` writes for a kommissorium.
@Suite struct MilestoneCLITests {
    typealias CLI = CLITests

    /// As of 1 November 2024 the akut kommissorium is pauseret: its ten open milestones are on hold,
    /// never overdue; the one reached on 7 February 2023 is left out, and listed with --done.
    @Test func dueShowsThePausedKommissoriumsMilestonesOnHold() throws {
        let text = try CLI.aftale(["due", "--as-of", "2024-11-01"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(", 10 sat i bero (pauseret)") == true, "\(lines.first ?? "")")
        let milestones = lines.filter { $0.contains(" milepæl ") }
        #expect(milestones.count == 10)
        #expect(milestones.allSatisfy { $0.hasPrefix("sat i bero (pauseret) ") })
        #expect(!lines.contains { $0.hasPrefix("forfalden") && $0.contains("Kommissorium, tværsektoriel arbejdsgruppe") })

        let tsv = try CLI.aftale(["due", "--as-of", "2024-11-01", "--format", "tsv"])
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let ours = rows.filter { $0.first == Seed004.agreementID }
        #expect(ours.map { $0[2] } == Seed004.milestones.map(\.time).filter { $0 != "7. februar 2023" }.map(Self.danish))
        #expect(ours.allSatisfy { $0[1] == "sat i bero (pauseret)" && $0[3] == "milepæl" })
        #expect(ours.map { $0[5] } == Seed004.milestones.filter { $0.time != "7. februar 2023" }.map(\.text))

        let done = try CLI.aftale(["due", "--as-of", "2024-11-01", "--format", "tsv", "--done"])
        let reached = done.stdout.split(separator: "\n").filter { $0.hasPrefix(Seed004.agreementID + "\tudført") }
        #expect(reached.count == 1)
        #expect(reached.first?.contains("\t7. februar 2023\tmilepæl\t") == true)
        #expect(reached.first?.contains("(til godkendelse). – resultat: SSU godkendte 7/2 igangsætning") == true, "\(reached)")

        let json = try CLI.aftale(["due", "--as-of", "2024-11-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["antal"] as? [String: Int])?["i_bero"] == 10)
        let points = try #require(object["punkter"] as? [[String: Any]])
        let held = points.filter { $0["type"] as? String == "milepæl" }
        #expect(held.count == 10 && held.allSatisfy { $0["tilstand"] as? String == "i bero" && $0["forfalden_siden"] is NSNull })
    }

    /// "Ultimo januar 2023" is shown "ultimo januar 2023" in the Tid column, like every period.
    static func danish(_ time: String) -> String { time.prefix(1).lowercased() + time.dropFirst().replacingOccurrences(of: "-", with: "–") }

    @Test func aBadMilestoneIsALocatedError() throws {
        let good = try CLI.shipped(Seed004.agreementID)
        let bad = good.replacingOccurrences(of: "  - tid: Marts 2023", with: "  - tid: Martz 2023")
            .replacingOccurrences(of: "  - tid: 13. november 2023", with: "  - tid: 13. november 2022")
        #expect(bad != good)
        let folder = try CLI.workspace(["kommissorium.md": bad])
        let run = try CLI.aftale(["validate"], in: folder)
        #expect(run.status == 1)
        let lines = bad.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ text: String) -> Int { lines.firstIndex { $0 == text }! + 1 }
        #expect(run.stderr.contains("Agreements/kommissorium.md:\(line("  - tid: Martz 2023")):10: error[invalid-period]"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'marts'?"), "\(run.stderr)")
        #expect(run.stderr.contains("Agreements/kommissorium.md:\(line("  - tid: 13. november 2022")):5: warning[milestone-order]: "
                                    + "the milestone of 13. november 2022 lies before the one above it (29. september 2023)"),
                "\(run.stderr)")
    }

    /// `aftale new --kind kommissorium` offers the timetable; uncommented and filled in, it validates
    /// and its milestones fall due.
    @Test func newKommissoriumOffersATimetableThatValidates() throws {
        let folder = try CLI.workspace([:])
        let created = try CLI.aftale(["new", "--kind", "kommissorium", "--title", "Kommissorium for en arbejdsgruppe"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let file = folder.appending(path: "Agreements/kommissorium-for-en-arbejdsgruppe.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("# milepæle:"))
        var lines: [String] = []
        var inTimetable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# milepæle:") { inTimetable = true }
            if line == "#" { inTimetable = false }
            if line.hasPrefix("# ") || line == "#" { if inTimetable { lines.append(String(line.dropFirst(2))) }; continue }
            if line.hasPrefix("indsatsområde:") { lines.append("indsatsområde: ældre"); continue }
            if line.hasPrefix("parter:") { lines.append("parter: [region-midtjylland, kommunerne]"); continue }
            lines.append(line.replacingOccurrences(of: "«udfyld: ", with: "Tekst om ").replacingOccurrences(of: "»", with: "."))
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let validation = try CLI.aftale(["validate"], in: folder)
        #expect(validation.status == 0, "\(validation.stderr)\n\(lines.joined(separator: "\n"))")
        let due = try CLI.aftale(["due", "--as-of", "2025-01-25", "--format", "tsv"], in: folder)
        #expect(due.stdout.contains("aktuel til 31. januar 2025\tultimo januar 2025\tmilepæl\t"), "\(due.stdout)")
    }
}
