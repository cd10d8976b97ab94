import Foundation
import Testing
@testable import AftalerCore

/// `aftale due`: period expressions resolved against a fixed day, the window, what is left out,
/// the order, and the shipped agreements.
@Suite struct DueListTests {
    static let asOf = CivilDate(iso: "2025-02-03")!

    /// Each follow-up's `hvad` is its own `tid`, so items can be found by their expression.
    static let expressions = [
        "2025-02-02", "2025-02-03", "7. februar 2025", "2025-04-04", "2025-04-05",
        "ultimo 2024", "primo 2025", "medio 2025",
        "medio februar 2025", "ultimo marts 2025", "primo april 2025",
        "4. kvartal 2024", "2. kvartal 2025", "3. kvartal 2025", "2./3. kvartal 2024",
        "2. halvår 2024", "1. halvår 2025", "uge 6 2025", "2025",
    ]

    static func agreement(id: String, status: String, extra: String) -> (String, Data) {
        let text = """
            ---
            type: initiativ
            titel: Initiativ \(id)
            indsatsområde: ældre
            status: \(status)
            beslutninger:
              - organ: ssg
                dato: 2023-01-18
                udfald: besluttet
            \(extra)
            ---
            ## Hvad

            Noget.

            ## Betydning for borgerne

            Noget.

            ## Status

            Noget.
            """
        return ("\(id).md", Data((text + "\n").utf8))
    }

    static let portfolio: Portfolio = {
        let followUps = "opfølgning:\n" + expressions.map { "  - tid: \"\($0)\"\n    hvad: \"\($0)\"" }.joined(separator: "\n")
        let files = Dictionary(uniqueKeysWithValues: [
            agreement(id: "kalender", status: "under implementering", extra: followUps),
            agreement(id: "evalueres", status: "implementeret", extra: "evaluering: ultimo 2024"),
            agreement(id: "evalueret", status: "evalueret", extra: "evaluering: ultimo 2024"),
            agreement(id: "afsluttet", status: "afsluttet",
                      extra: "evaluering: primo 2025\nopfølgning:\n  - tid: primo 2025\n    hvad: Glemt"),
            agreement(id: "arbejdsplan", status: "godkendt", extra: """
                arbejdsplaner:
                  overblik-2025:
                    kategori: administrativ-ssg
                    tid: 1. kvartal 2025
                    forslag: Til beslutning i SSG
                """),
        ])
        let (portfolio, _) = TestWorkspace.load(files)
        return portfolio
    }()

    static let list = DueList(agreements: portfolio.agreements, asOf: asOf, window: 60)

    func item(_ what: String) -> DueItem? { Self.list.items.first { $0.what == what } }

    @Test func fixturesAreValid() {
        #expect(Self.portfolio.diagnostics.isEmpty, "\(Self.portfolio.diagnostics)")
        #expect(Self.portfolio.agreements.count == 5)
    }

    /// (expression, state, the date the state is counted from or to) for --as-of 2025-02-03 --within 60.
    @Test(arguments: [
        ("2025-02-02", DueItem.State.overdue, "2025-02-03"),      // the day before: overdue from as-of
        ("2025-02-03", .due, "2025-02-03"),                      // the day itself: due
        ("7. februar 2025", .upcoming, "2025-02-07"),
        ("2025-04-04", .upcoming, "2025-04-04"),                 // as-of + 60 days: the last day in the window
        ("ultimo 2024", .overdue, "2025-01-01"),                 // September–December 2024
        ("primo 2025", .due, "2025-04-30"),                      // January–April: due from its start
        ("medio februar 2025", .upcoming, "2025-02-11"),         // days 11–20
        ("ultimo marts 2025", .upcoming, "2025-03-21"),          // days 21–31
        ("primo april 2025", .upcoming, "2025-04-01"),           // days 1–10
        ("4. kvartal 2024", .overdue, "2025-01-01"),
        ("2. kvartal 2025", .upcoming, "2025-04-01"),
        ("2./3. kvartal 2024", .overdue, "2024-10-01"),          // April–September 2024
        ("2. halvår 2024", .overdue, "2025-01-01"),
        ("1. halvår 2025", .due, "2025-06-30"),
        ("uge 6 2025", .due, "2025-02-09"),                      // Monday 3 to Sunday 9 February
        ("2025", .due, "2025-12-31"),
    ])
    func periodKindsResolveAgainstTheDay(_ what: String, _ state: DueItem.State, _ date: String) throws {
        let found = try #require(item(what), "\(what) is missing")
        #expect(found.state == state)
        #expect(found.sortDate == CivilDate(iso: date)!)
        #expect(found.source == .followUp && found.agreementID == "kalender")
        #expect((found.overdueSince != nil) == (state == .overdue))
    }

    @Test func obligationsBeyondTheWindowAreLeftOut() {
        for what in ["2025-04-05", "medio 2025", "3. kvartal 2025"] {
            #expect(item(what) == nil, "\(what)")
        }
        let wider = DueList(agreements: Self.portfolio.agreements, asOf: Self.asOf, window: 120)
        #expect(wider.items.contains { $0.what == "medio 2025" && $0.state == .upcoming })
        #expect(!wider.items.contains { $0.what == "3. kvartal 2025" })
        let none = DueList(agreements: Self.portfolio.agreements, asOf: Self.asOf, window: 0)
        #expect(!none.items.contains { $0.state == .upcoming })
    }

    @Test func evaluationsWorkplansAndFinishedAgreements() throws {
        let evaluation = try #require(Self.list.items.first { $0.agreementID == "evalueres" })
        #expect(evaluation.source == .evaluation && evaluation.what == "Evaluering")
        #expect(evaluation.overdueSince == CivilDate(iso: "2025-01-01"))
        #expect(!Self.list.items.contains { $0.agreementID == "evalueret" }, "an evalueret agreement's evaluation is done")
        #expect(!Self.list.items.contains { $0.agreementID == "afsluttet" }, "nothing is due for a finished agreement")
        let workplan = try #require(Self.list.items.first { $0.agreementID == "arbejdsplan" })
        #expect(workplan.source == .workplan && workplan.workplan == "overblik-2025")
        #expect(workplan.what == "Til beslutning i SSG" && workplan.state == .due)
    }

    @Test func listIsSortedByStateThenDate() {
        let items = Self.list.items
        let states = items.map { DueItem.State.allCases.firstIndex(of: $0.state)! }
        #expect(states == states.sorted())
        for (a, b) in zip(items, items.dropFirst()) where a.state == b.state {
            #expect(a.sortDate <= b.sortDate, "\(a.what) before \(b.what)")
        }
        #expect(items.first?.what == "2./3. kvartal 2024")
        #expect(Self.list.count(.overdue) == 6 && Self.list.count(.due) == 6 && Self.list.count(.upcoming) == 6)
    }

    @Test func rowsAndJSONSayTheSame() throws {
        let row = try #require(Self.list.rows.first)
        #expect(row == ["forfalden siden 1. oktober 2024", "2.–3. kvartal 2024", "opfølgning", "Initiativ kalender",
                        "2./3. kvartal 2024"])
        #expect(Self.list.headline == "Opfølgning pr. 3. februar 2025: 6 forfaldne, 6 aktuelle, 6 kommende inden for 60 dage")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.list.json().utf8)) as? [String: Any])
        #expect(json["pr"] as? String == "2025-02-03")
        let items = try #require(json["punkter"] as? [[String: Any]])
        #expect(items.count == Self.list.items.count)
        #expect(items.first?["forfalden_siden"] as? String == "2024-10-01")
        #expect((items.first?["tid"] as? [String: String])?["fra"] == "2024-04-01")
        #expect(items.last?["forfalden_siden"] is NSNull)
    }

    // MARK: The shipped agreements

    static let shipped = Workspace(templatesFolder: TestWorkspace.repository.appending(path: "Templates"),
                                   agreementPaths: [TestWorkspace.repository.appending(path: "Agreements")]).load()

    @Test func shippedAgreementsAsOfTheBundleDate() throws {
        #expect(Self.shipped.isValid)
        let list = DueList(agreements: Self.shipped.agreements, asOf: Self.asOf)
        func find(_ id: String, _ what: String) -> DueItem? {
            list.items.first { $0.agreementID == id && $0.what.hasPrefix(what) }
        }
        // 2./3. kvartal 2024: overdue from 1 October 2024.
        let mistrivsel = try #require(find("samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel", "Første administrative"))
        #expect(mistrivsel.state == .overdue && mistrivsel.overdueSince == CivilDate(iso: "2024-10-01"))
        #expect(find("samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel", "Administrativ status") == nil, "2026 is far off")
        // A plain date on the day itself.
        let meeting = try #require(find("igangsaetning-af-proevehandlinger-for-borgere-med-kronisk-sygdom", "Sundhedsstyregruppen drøfter"))
        #expect(meeting.state == .due && meeting.period.isDay)
        // primo 2025 due now, 2025-05-02 within 90 days, the evaluation ultimo 2024 overdue.
        let ortoser = "proevehandling-for-udlevering-af-ortoser-til-boern-og-unge-med-cerebral-parese"
        #expect(find(ortoser, "Opsamling på prøvehandlingen")?.state == .due)
        #expect(find(ortoser, "Behandles i Sundhedsstyregruppen")?.state == .upcoming)
        #expect(find(ortoser, "Evaluering")?.overdueSince == CivilDate(iso: "2025-01-01"))
        #expect(list.items.contains { $0.agreementID == ortoser && $0.source == .workplan && $0.state == .due })
        // The evaluation of foråret 2021 is recorded as done (seed 001), so it is not listed; with
        // --done it is, with its result.
        #expect(find("samarbejdsaftale-om-kommunale-akutfunktioner", "Evaluering") == nil)
        let done = DueList(agreements: Self.shipped.agreements, asOf: Self.asOf, includeDone: true)
        #expect(done.items.contains { $0.agreementID == "samarbejdsaftale-om-kommunale-akutfunktioner" && $0.state == .done })
        // afsluttet: its evaluation april/maj 2023 is not listed.
        #expect(!list.items.contains { $0.agreementID == "faelles-forpligtende-forloeb-og-handleplan" })
        let inactive = Set(Self.shipped.agreements.filter { !$0.status.isActive }.map(\.id))
        #expect(!inactive.isEmpty && !list.items.contains { inactive.contains($0.agreementID) })
    }
}
