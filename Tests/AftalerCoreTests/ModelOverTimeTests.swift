import Foundation
import Testing
@testable import AftalerCore

/// The secretariat's work over time: dated statuses, obligations that get done, and the day every
/// output is "pr." (`AsOfDay`, `ExportPlan`).
@Suite struct ModelOverTimeTests {
    /// An initiative approved by the SSU on 1 June 2023 with an SSG workplan entry; `status` is
    /// written after `status:`, `extra` appended to the front matter (the rule catalog's base file).
    static func file(_ id: String, status: String, extra: String = "") -> (String, Data) {
        let frontMatter = ["titel: Initiativ \(id)", "status:\(status)", "beslutninger:", "  - organ: ssu",
                           "    dato: 2023-06-01", "    udfald: godkendt", "arbejdsplaner:", "  ssg-2023:",
                           "    indsats: Indsats \(id)", "    status: Status i arbejdsplanen", extra]
        return ("\(id).md", Data(RuleExample.agreementText(frontMatter: frontMatter, body: nil).utf8))
    }

    static let history = """

          - status: under udarbejdelse
          - dato: 2023-06-01
            status: godkendt
          - dato: 2. kvartal 2024
            status: under implementering
        """

    static func load(_ files: [(String, Data)]) -> Portfolio {
        TestWorkspace.load(Dictionary(uniqueKeysWithValues: files)).portfolio
    }

    static func day(_ iso: String) -> AsOfDay { AsOfDay(date: CivilDate(iso: iso)!, origin: .given) }

    @Test func aStatusHistoryGivesTheStatusThatHeldOnEachDay() throws {
        let portfolio = Self.load([Self.file("historik", status: Self.history)])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        let agreement = try #require(portfolio.agreements.first)
        #expect(agreement.status == .implementing)
        #expect(agreement.status(on: CivilDate(iso: "2023-05-31")!) == .drafting)
        #expect(agreement.status(on: CivilDate(iso: "2023-06-01")!) == .approved)
        #expect(agreement.status(on: CivilDate(iso: "2024-03-31")!) == .approved)
        #expect(agreement.status(on: CivilDate(iso: "2024-04-01")!) == .implementing, "a quarter counts from its first day")
    }

    @Test func theWorkplanShowsTheStatusOfItsDay() throws {
        let portfolio = Self.load([Self.file("historik", status: Self.history)])
        let layout = try #require(portfolio.templates.layouts["arbejdsplan"])
        let column = try #require(layout.columns.firstIndex { $0.field == .agreementStatus })
        for (day, label) in [("2023-12-01", "Godkendt"), ("2024-11-01", "Under implementering")] {
            let table = ExportPlan(portfolio: portfolio, asOf: Self.day(day)).table(layout)
            let row = try #require(table.groups.first?.rows.first)
            #expect(row.cells[column] == .text(label), "pr. \(day)")
            #expect(table.headings[column] == "Aftalestatus pr. \(DanishFormat.date(CivilDate(iso: day)!))")
            #expect(table.headings.contains("Status pr. okt. 2023"), "the status texts are dated by the workplan")
        }
    }

    @Test func anAgreementWhoseHistoryStartsLaterIsNotInAnOutputOfAnEarlierDay() throws {
        let later = "\n  - dato: 2024-02-01\n    status: godkendt"
        let portfolio = Self.load([Self.file("senere", status: later), Self.file("altid", status: " godkendt")])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        #expect(ExportPlan(portfolio: portfolio, asOf: Self.day("2024-01-31")).agreements.map(\.id) == ["altid"])
        #expect(ExportPlan(portfolio: portfolio, asOf: Self.day("2024-02-01")).agreements.count == 2)
        let byStatus = AgreementFilter(statuses: [.approved])
        #expect(ExportPlan(portfolio: portfolio, filter: byStatus, asOf: Self.day("2024-02-01")).agreements.count == 2)
    }

    @Test func aHistoryOutOfOrderOrWithALaterUndatedEntryIsAnError() {
        let backwards = "\n  - dato: 2024-01-01\n    status: godkendt\n  - dato: 2023-01-01\n    status: under implementering"
        let undated = "\n  - dato: 2023-01-01\n    status: godkendt\n  - status: under implementering"
        for status in [backwards, undated] {
            let portfolio = Self.load([Self.file("rod", status: status)])
            #expect(portfolio.diagnostics.map(\.code) == [.statusOrder], "\(portfolio.diagnostics)")
        }
    }

    @Test func doneObligationsLeaveTheCalendarAndKeepTheirResults() throws {
        let extra = """
            evaluering:
              tid: 1. kvartal 2024
              udført: 15. marts 2024
              resultat: Evaluering forelagt SSG 15/3-24
            opfølgning:
              - tid: 2023
                hvad: Godkendelse i kommunerne
                udført: 1. kvartal 2023
              - tid: 2024
                hvad: Opfølgning på data
                udført: 2025-01-10
                resultat: Andel 57 %
              - tid: 2024
                hvad: Ikke gjort
            """
        let portfolio = Self.load([Self.file("gjort", status: " under implementering", extra: extra)])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        let list = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: "2024-11-01")!)
        #expect(list.items.map(\.what).sorted() == ["Ikke gjort", "Opfølgning på data"], "done by 1 November 2024: two of four")
        let later = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: "2025-02-01")!, includeDone: true)
        #expect(later.items.filter { $0.state == .done }.map(\.what).sorted()
                == ["Evaluering", "Godkendelse i kommunerne", "Opfølgning på data"])
        #expect(later.items.first { $0.what == "Opfølgning på data" }?.completion?.result == "Andel 57 %")
        #expect(later.items.filter { $0.state != .done }.map(\.what) == ["Ikke gjort"])
        #expect(later.headline.hasSuffix(", 3 udført"), "\(later.headline)")
        let text = AgreementRenderer.text(portfolio.agreements[0])
        #expect(text.contains("1. kvartal 2024 (udført 15. marts 2024: Evaluering forelagt SSG 15/3-24)"))
    }

    @Test func plannedDecisionsAreDueAndUnknownFactsAreSaidNotGuessed() throws {
        let text = RuleExample.agreementText(frontMatter: [
            "titel: Initiativ med ukendte fakta", "status: implementeret", "beslutninger:",
            "  - organ: ukendt", "    dato: ultimo 2019", "    udfald: godkendt",
            "  - organ: ssg", "    dato: ukendt", "    udfald: drøftet", "    note: Mødedato ikke i kilderne",
            "  - organ: ssg", "    dato: 2. maj 2025", "    planlagt: true", "    note: Opsamlingen behandles",
        ], body: nil)
        let portfolio = Self.load([("ukendt.md", Data(text.utf8))])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        let agreement = try #require(portfolio.agreements.first)
        #expect(agreement.firstApproval?.body == nil && agreement.firstApproval?.date?.text == "ultimo 2019")
        let lines = Decision.chronological(agreement.decisions).map(AgreementFacts.decisionLine)
        #expect(lines == ["ultimo 2019: Organ ikke oplyst – godkendt",
                          "2. maj 2025: Sundhedsstyregruppen (SSG) – forventes behandlet. Opsamlingen behandles",
                          "Dato ikke oplyst: Sundhedsstyregruppen (SSG) – drøftet. Mødedato ikke i kilderne"])
        let before = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: "2025-04-01")!)
        #expect(before.items.map(\.what) == ["Forventes behandlet i Sundhedsstyregruppen (SSG): Opsamlingen behandles"])
        #expect(before.items.first?.state == .upcoming && before.items.first?.source == .decision)
        let after = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: "2025-05-03")!)
        #expect(after.items.first?.state == .overdue, "a planned decision not recorded as taken is overdue")
    }

    @Test func approvalMayBeRecordedAsUnknownButNeverGuessed() throws {
        func portfolio(_ extra: String) -> Portfolio {
            let text = String(decoding: Self.file("g", status: " godkendt").1, as: UTF8.self)
                .replacingOccurrences(of: "beslutninger:\n  - organ: ssu\n    dato: 2023-06-01\n    udfald: godkendt\n", with: extra)
            return Self.load([("g.md", Data(text.utf8))])
        }
        #expect(portfolio("").diagnostics.map(\.code) == [.statusNeedsDecision])
        let planned = "beslutninger:\n  - organ: ssu\n    dato: 2030-01-01\n    planlagt: true\n    udfald: godkendt\n"
        #expect(portfolio(planned).diagnostics.map(\.code) == [.statusNeedsDecision], "a planned approval is no approval")
        let outside = portfolio("godkendelse: ikke registreret\n")
        #expect(outside.isValid, "\(outside.diagnostics)")
        #expect(AgreementRenderer.text(outside.agreements[0]).contains("Godkendelse:   Godkendt; organ og dato er ikke registreret"))
        #expect(Set(portfolio("godkendelse: ja\n").diagnostics.map(\.code)) == [.wrongType, .statusNeedsDecision])
        #expect(portfolio("beslutninger:\n  - organ: ssu\n    dato: 2023-06-01\n").diagnostics.map(\.code)
                == [.missingField], "a taken decision needs udfald")
    }

    @Test func theShippedDecisionsAdmitNoGuess() throws {
        let shipped = Workspace(templatesFolder: TestWorkspace.repository.appending(path: "Templates"),
                                agreementPaths: [TestWorkspace.repository.appending(path: "Agreements")]).load()
        try #require(shipped.isValid, "\(shipped.diagnostics.prefix(3))")
        let admissions = shipped.agreements.flatMap { agreement in
            agreement.decisions.compactMap(\.note).filter { $0.lowercased().contains("ikke angivet") }.map { "\(agreement.id): \($0)" }
        }
        #expect(admissions.isEmpty, "a note that admits a guessed body or date: \(admissions)")
        #expect(shipped.agreements.filter(\.approvalNotRecorded).count >= 4, "the files say where no approval is recorded")
        #expect(shipped.agreements.flatMap(\.decisions).contains { $0.body == nil })
        #expect(shipped.agreements.flatMap(\.decisions).contains { $0.date == nil })
    }

    @Test func relationsNameAgreementsOfTheRunAndShowTheirTitles() throws {
        let later = "\nrelationer:\n  - type: følger op på\n    aftale: foerste"
        let portfolio = Self.load([Self.file("foerste", status: " godkendt"), Self.file("anden", status: " godkendt", extra: later)])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        let anden = try #require(portfolio.agreement("anden"))
        #expect(anden.relations == [Relation(kind: .followsUp, target: "foerste", targetTitle: "Initiativ foerste")])
        #expect(AgreementRenderer.text(anden).contains("Følger op på:  Initiativ foerste"))
        let broken = Self.load([Self.file("anden", status: " godkendt", extra: later.replacingOccurrences(of: "foerste", with: "forste"))])
        #expect(broken.diagnostics.map(\.code) == [.unknownRelation])
        #expect(broken.agreements.isEmpty && broken.tally.count(.invalid) == 1, "a file with a broken relation is left out")
        let kind = Self.load([Self.file("x", status: " godkendt", extra: "relationer:\n  - type: ligner\n    aftale: x")])
        #expect(kind.diagnostics.map(\.code) == [.unknownRelation])
    }

    @Test func aResultWithoutADoneDateIsAnError() {
        let extra = "opfølgning:\n  - tid: 2024\n    hvad: Noget\n    resultat: Godt"
        let portfolio = Self.load([Self.file("uden-dato", status: " godkendt", extra: extra)])
        #expect(portfolio.diagnostics.map(\.code) == [.missingField])
        #expect(portfolio.diagnostics.first?.message.contains("'resultat' needs 'udført'") == true)
    }

    @Test func theCalendarNearTheLastRepresentableDayDoesNotCrash() throws {
        let extra = "opfølgning:\n  - tid: 31. december 9999\n    hvad: Sidste dag"
        let portfolio = Self.load([Self.file("slut", status: " godkendt", extra: extra)])
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        let list = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: "9999-12-30")!, window: 36_500)
        #expect(list.items.map(\.what) == ["Sidste dag"])
        #expect(list.items.first?.state == .upcoming)
    }

    @Test func theDanishDayFollowsCETAndCEST() {
        func day(_ utc: String) -> String? {
            let formatter = ISO8601DateFormatter()
            return AsOfDay.danishDay(atUnixSeconds: Int(formatter.date(from: utc)!.timeIntervalSince1970))?.iso
        }
        #expect(day("2025-01-15T22:59:59Z") == "2025-01-15")
        #expect(day("2025-01-15T23:00:00Z") == "2025-01-16", "CET is UTC+1")
        #expect(day("2025-06-15T21:59:59Z") == "2025-06-15")
        #expect(day("2025-06-15T22:00:00Z") == "2025-06-16", "CEST is UTC+2")
        // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
        #expect(day("2025-03-30T00:59:59Z") == "2025-03-30")
        #expect(day("2025-03-29T22:30:00Z") == "2025-03-29", "still CET the night before")
        #expect(day("2025-10-25T22:30:00Z") == "2025-10-26", "still CEST until the last Sunday of October")
        #expect(day("2025-10-26T22:30:00Z") == "2025-10-26", "CET again after it")
        #expect(day("1969-12-31T23:30:00Z") == "1970-01-01", "before 1970 as well")
    }

    @Test func theDayComesFromTheOptionThenSourceDateEpochThenTheClock() throws {
        let given = try AsOfDay.resolve(given: CivilDate(iso: "2024-11-01"), environment: ["SOURCE_DATE_EPOCH": "0"], now: 0)
        #expect(given == Self.day("2024-11-01"))
        let pinned = try AsOfDay.resolve(given: nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"], now: 0)
        #expect(pinned == AsOfDay(date: CivilDate(iso: "2023-11-14")!, origin: .sourceDateEpoch))
        let clock = try AsOfDay.resolve(given: nil, environment: [:], now: 1_700_000_000)
        #expect(clock == AsOfDay(date: CivilDate(iso: "2023-11-14")!, origin: .today))
        for bad in ["-1", "1e9", " 17", "99999999999999999999", "253402300800"] {
            #expect(throws: AsOfDayError.invalidSourceDateEpoch(bad)) {
                try AsOfDay.resolve(given: nil, environment: ["SOURCE_DATE_EPOCH": bad], now: 0)
            }
        }
    }
}
