import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// The timetable of a kommissorium (`milepæle`): seed 004's eleven milestones as written, dated by
/// the one period parser, seen by `aftale due` (on hold while the agreement is pauseret), shown in
/// every rendering and checked by the milestone rules.
@Suite struct MilestoneTests {
    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    static func kommissorium() throws -> Agreement {
        try #require(shipped.agreement(Seed004.agreementID), "\(Seed004.agreementID) is missing")
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    // MARK: Seed 004

    @Test func theKommissoriumHoldsSeed004sElevenMilestonesInItsOrder() throws {
        let milestones = try Self.kommissorium().milestones
        #expect(milestones.count == 11)
        #expect(milestones.map { $0.due?.text ?? "" } == Seed004.milestones.map(\.time))
        #expect(milestones.map(\.what) == Seed004.milestones.map(\.text))
    }

    /// The hand-kept list against the seed's own text: each row's time followed by its text, in
    /// the seed's order, once the seed's line and page breaks are read as spaces.
    @Test func theHandKeptListIsTheSeedsTable() throws {
        let seed = try String(contentsOf: Repository.root.appending(path: Seed004.path), encoding: .utf8)
        let words = seed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let heading = try #require(words.range(of: "Proces og tidsplan, herunder godkendelsesproces"))
        var rest = words[heading.upperBound...]
        for row in Seed004.milestones {
            let found = try #require(rest.range(of: "\(row.time) \(row.text)"), "not in the seed, or not in its order: \(row.time)")
            rest = rest[found.upperBound...]
        }
    }

    /// "Ultimo januar", "Februar" and "Maj-august" stay the periods they are; no day is guessed.
    @Test func timesAreTheSeedsPeriodsNotGuessedDays() throws {
        let times = try Self.kommissorium().milestones.map { try #require($0.due) }
        let expected: [(String, String, Period.Precision)] = [
            ("2023-01-21", "2023-01-31", .partOfMonth), ("2023-02-07", "2023-02-07", .day), ("2023-02-01", "2023-02-28", .month),
            ("2023-03-01", "2023-03-31", .month), ("2023-04-21", "2023-04-21", .day), ("2023-05-08", "2023-05-08", .day),
            ("2023-05-01", "2023-08-31", .months), ("2023-09-15", "2023-09-15", .day), ("2023-09-29", "2023-09-29", .day),
            ("2023-11-13", "2023-11-13", .day), ("2023-12-01", "2023-12-01", .day),
        ]
        #expect(times.map { [$0.start.iso, $0.end.iso] } == expected.map { [$0.0, $0.1] })
        #expect(times.map(\.precision) == expected.map(\.2))
    }

    @Test func onlyTheMilestoneTheSeedsRecordAsDoneIsDone() throws {
        // Seed 000, status pr. okt. 2023: "SSU godkendte 7/2 igangsætning af at handleplan på akutområdet fornyes, samt
        // at der indledes med et dataspor og et efterfølgende udviklingsspor". No other milestone is recorded as reached.
        let done = try Self.kommissorium().milestones.filter { $0.done != nil }
        #expect(done.map { $0.due?.text } == ["7. februar 2023"])
        #expect(done.first?.done?.date.start == Self.day("2023-02-07") && done.first?.done?.date.isDay == true)
        #expect(done.first?.done?.result == "SSU godkendte 7/2 igangsætning af at handleplan på akutområdet fornyes, samt at "
                + "der indledes med et dataspor og et efterfølgende udviklingsspor")
    }

    // MARK: aftale due

    @Test func aPausedAgreementsMilestonesAreOnHoldNotOverdue() throws {
        let asOf = Self.day("2024-11-01")
        let list = DueList(agreements: Self.shipped.agreements, asOf: asOf)
        let milestones = list.items.filter { $0.source == .milestone }
        #expect(milestones.count == 10, "the done one of 7 February 2023 is left out")
        #expect(milestones.allSatisfy { $0.state == .onHold && $0.agreementID == Seed004.agreementID && $0.overdueSince == nil })
        #expect(milestones.map(\.period.text) == Seed004.milestones.map(\.time).filter { $0 != "7. februar 2023" },
                "in the timetable's order")
        #expect(list.count(.onHold) == 10)
        let first = try #require(list.items.firstIndex { $0.state == .onHold })
        #expect(list.items[..<first].allSatisfy { [.overdue, .due, .upcoming].contains($0.state) })
        #expect(list.items[first...].allSatisfy { $0.state == .onHold })
        #expect(list.headline.hasSuffix(", 10 sat i bero (pauseret)"), "\(list.headline)")
        // With --done, the reached milestone is listed as done, with its result.
        let withDone = DueList(agreements: Self.shipped.agreements, asOf: asOf, includeDone: true)
        let done = withDone.items.filter { $0.source == .milestone && $0.state == .done }
        #expect(done.map(\.period.text) == ["7. februar 2023"])
        #expect(done.first?.completion?.result?.hasPrefix("SSU godkendte 7/2") == true)
        // The status report names no milestone on hold as the next follow-up or as overdue.
        let entry = try #require(StatusReport(agreements: [try Self.kommissorium()], asOf: asOf).entries.first)
        #expect(entry.nextFollowUp == nil && entry.overdue.isEmpty)
    }

    @Test func aPausedItemsOtherDeadlinesStayReal() throws {
        // Seed 002: the paused prøvehandling has a decision due primo 2025 about whether to resume it.
        let paused = try #require(Self.shipped.agreement("styrkelse-af-samarbejdet-mellem-praehospitalet-og-de-kommunale-akutfunktioner"))
        #expect(paused.status == .paused)
        let items = DueList.items(of: paused, asOf: Self.day("2025-02-03"))
        #expect(items.contains { $0.source == .workplan && $0.state == .due })
        #expect(!items.contains { $0.state == .onHold })
    }

    /// An initiative with a timetable, as of 10 February 2025: a milestone done in January, one
    /// overdue since 4 February, two upcoming; paused, the open ones are on hold while its
    /// follow-up stays overdue.
    static func timetable(status: String) -> (String, Data) {
        let frontMatter = ["status: \(status)", "opfølgning:", "  - tid: januar 2025", "    hvad: Status til SSG",
                           "milepæle:", "  - tid: januar 2025", "    hvad: Medlemmer udpeges", "    udført: 20. januar 2025",
                           "    resultat: Alle parter har udpeget", "  - tid: 3. februar 2025", "    hvad: SSG godkender processen",
                           "  - tid: marts 2025", "    hvad: Arbejdsgruppen mødes", "  - tid: 2. kvartal 2025",
                           "    hvad: Anbefalinger til SSU"]
        return ("tidsplan.md", Data(RuleExample.agreementText(frontMatter: frontMatter, body: nil).utf8))
    }

    @Test func milestonesFallDueLikeFollowUpsAndAreHeldOnlyWhilePaused() throws {
        let asOf = Self.day("2025-02-10")
        func items(_ status: String) throws -> [DueItem] {
            let (portfolio, _) = TestWorkspace.load(Dictionary(uniqueKeysWithValues: [Self.timetable(status: status)]))
            #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
            return DueList(agreements: portfolio.agreements, asOf: asOf).items
        }
        let running = try items("ikke igangsat")
        #expect(running.map(\.what) == ["Status til SSG", "SSG godkender processen", "Arbejdsgruppen mødes", "Anbefalinger til SSU"])
        #expect(running.map(\.state) == [.overdue, .overdue, .upcoming, .upcoming])
        #expect(running[1].source == .milestone && running[1].overdueSince == Self.day("2025-02-04"))
        let paused = try items("pauseret")
        #expect(paused.map(\.what) == ["Status til SSG", "SSG godkender processen", "Arbejdsgruppen mødes", "Anbefalinger til SSU"])
        #expect(paused.map(\.state) == [.overdue, .onHold, .onHold, .onHold], "the follow-up is a real deadline")
    }

    @Test func rowsAndJSONSayOnHold() throws {
        let (portfolio, _) = TestWorkspace.load(Dictionary(uniqueKeysWithValues: [Self.timetable(status: "pauseret")]))
        let list = DueList(agreements: portfolio.agreements, asOf: Self.day("2025-02-10"))
        #expect(list.rows.last == ["sat i bero (pauseret)", "2. kvartal 2025", "milepæl", "Eksempel", "Anbefalinger til SSU"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(list.json().utf8)) as? [String: Any])
        #expect((json["antal"] as? [String: Int])?["i_bero"] == 3)
        let points = try #require(json["punkter"] as? [[String: Any]])
        #expect(points.last?["tilstand"] as? String == "i bero" && points.last?["type"] as? String == "milepæl")
        #expect(points.last?["forfalden_siden"] is NSNull)
    }

    // MARK: Renderings

    @Test func renderingsShowTheTimetableAfterItsSection() throws {
        let kommissorium = try Self.kommissorium()
        let text = AgreementRenderer.text(kommissorium)
        let section = try #require(text.range(of: "Proces og tidsplan\n------------------\n"))
        let after = text[section.upperBound...]
        let list = try #require(after.range(of: "\n\n- ultimo januar 2023: Medlemmer til arbejdsgruppe"))
        #expect(!after[..<list.lowerBound].contains("\n\n"), "the list follows the section's text")
        #expect(text.contains("- 7. februar 2023: Sundhedssamarbejdsudvalget præsenteres for forslag til videre proces for "
                              + "fornyelse af handleplanen (til godkendelse). (udført 7. februar 2023: SSU godkendte 7/2"))
        #expect(text.contains("- maj–august 2023: Arbejdsgruppe arbejder på at konkretisere handleplan (udviklingsspor)."))
        let html = AgreementHTML.page(kommissorium)
        let heading = try #require(html.range(of: "<h2>Proces og tidsplan</h2>"))
        let caption = try #require(html.range(of: "<caption>\(MilestoneSection.caption)</caption>"))
        #expect(heading.upperBound < caption.lowerBound)
        #expect(!html[heading.upperBound..<caption.lowerBound].contains("<h2>"))
        #expect(html.contains("<td class=\"period\">13. november 2023</td>"))
        // Without a "Proces og tidsplan" section, the milestones have a heading of their own.
        let (portfolio, _) = TestWorkspace.load(Dictionary(uniqueKeysWithValues: [Self.timetable(status: "ikke igangsat")]))
        let initiative = try #require(portfolio.agreements.first)
        #expect(AgreementRenderer.markdown(initiative).contains("## Milepæle\n\n- januar 2025: Medlemmer udpeges (udført 20. januar 2025: "
                                                               + "Alle parter har udpeget)\n- 3. februar 2025: SSG godkender processen"))
        #expect(AgreementHTML.page(initiative).contains("<h2>Milepæle</h2>"))
    }

    @Test func aftalerJSONHasTheMilestones() throws {
        let entry = JSONText.document(AgreementJSON.entry(try Self.kommissorium()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(entry.utf8)) as? [String: Any])
        let milestones = try #require(object["milepæle"] as? [[String: Any]])
        #expect(milestones.count == 11)
        #expect((milestones[6]["tid"] as? [String: String]) == ["tekst": "Maj-august 2023", "fra": "2023-05-01", "til": "2023-08-31"])
        #expect((milestones[1]["udført"] as? [String: String])?["fra"] == "2023-02-07")
        #expect(milestones[0]["udført"] == nil && milestones[0]["resultat"] == nil)
    }

    // MARK: Validation

    @Test func aBadMilestoneIsReportedWhereItStands() throws {
        let frontMatter = ["milepæle:", "  - tid: marts 2023", "    hvad: Arbejdsgruppen mødes", "  - tid: uge 60 2023",
                           "    hvad: Data samles", "  - tid: januar 2022", "    hvad: SSU godkender processen",
                           "  - tid: april 2023", "    hvad: SSG godkender", "    resultat: Godkendt"]
        let text = RuleExample.agreementText(frontMatter: frontMatter, body: nil)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ content: String) -> Int { lines.firstIndex { $0 == content }! + 1 }
        let (portfolio, _) = TestWorkspace.load(["tidsplan.md": Data(text.utf8)])
        let found = portfolio.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue)[\($0.code.rawValue)]" }
        #expect(found == ["\(line("  - tid: uge 60 2023")):10: error[invalid-period]",
                          "\(line("  - tid: januar 2022")):5: warning[milestone-order]",
                          "\(line("    resultat: Godkendt")):15: error[missing-field]"], "\(portfolio.diagnostics)")
    }
}
