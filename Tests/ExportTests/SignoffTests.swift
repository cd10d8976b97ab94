import AftalerCore
import Foundation
import TestSupport
import Testing
import WorkplanExport

/// The sign-off matrix (`aftale report signoff`): an agreement approved by 17 of the 19
/// municipalities, the region and PLO, with Lemvig and Samsø still waiting, shown as text, HTML and
/// XLSX (read back by openpyxl), and warned about by the validator; the shipped agreements with the
/// seeds' facts on the days they were true.
@Suite struct SignoffTests {
    static let asOf = CivilDate(iso: "2024-02-01")!
    static let waiting = ["lemvig-kommune", "samsoe-kommune"]

    /// The 19 municipality ids of the shipped vocabulary, in its order.
    static let municipalities: [String] = {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        return portfolio.templates.vocabulary.partyGroups["kommunerne"]!.map(\.id)
    }()

    /// One agreement: sent 2 October 2023, region and PLO approved, 17 municipalities approved on
    /// days in November, Lemvig and Samsø not yet.
    static let fixture: (portfolio: Portfolio, folder: URL) = {
        let text = SignoffFixture.text(municipalities: municipalities, waiting: Set(waiting))
        let folder = Repository.makeFolder()
        try! Data(text.utf8).write(to: folder.appending(path: "proeve.md"))
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [folder]).load()
        return (portfolio, folder)
    }()

    static var report: SignoffReport {
        ExportPlan(portfolio: fixture.portfolio, asOf: AsOfDay(date: asOf, origin: .given)).signoffReport()
    }

    @Test func columnsAreTheMunicipalitiesInDanishOrderThenRegionAndPLO() throws {
        let labels = Self.report.parties.map(\.label)
        #expect(labels.count == 21)
        let towns = Array(labels.prefix(19))
        #expect(towns == towns.sortedDanish())
        #expect(towns.first == "Favrskov Kommune" && towns.last == "Aarhus Kommune")
        #expect(labels.suffix(2) == ["Region Midtjylland", "PLO-Midtjylland"])
    }

    @Test func validatorWarnsNamingTheTwoWaiting() throws {
        let warnings = Self.fixture.portfolio.diagnostics.filter { $0.code == .signoffIncomplete }
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1 && warning.severity == .warning)
        #expect(warning.message.contains("2 of 21 parties have not approved"))
        #expect(warning.message.contains("Lemvig Kommune (venter siden 2. oktober 2023)"))
        #expect(warning.message.contains("Samsø Kommune (venter siden 2. oktober 2023)"))
        #expect(!Self.fixture.portfolio.diagnostics.contains { $0.severity == .error })
    }

    @Test func textNamesTheMissingTwo() {
        let text = Self.report.text()
        #expect(text.contains("godkendt 19, venter 2, afvist 0, ikke sendt 0, ikke registreret 0"))
        #expect(text.contains("Venter (2): Lemvig, Samsø: venter siden 2. oktober 2023"))
        #expect(text.contains("Ældste ventende: Lemvig Kommune, Samarbejdsaftale om prøve, venter siden 2. oktober 2023"))
    }

    @Test func htmlShowsTheMissingTwoInTheirColumns() throws {
        let html = Self.report.html()
        #expect(html.contains("<html lang=\"da\">"))
        #expect(html.contains("<th scope=\"col\" title=\"Lemvig Kommune\">Lemvig</th>"))
        #expect(html.components(separatedBy: "<td class=\"s-venter\">venter siden 2. oktober 2023</td>").count == 3)
        #expect(html.components(separatedBy: "<td class=\"s-godkendt\">godkendt ").count == 20)
        #expect(html.contains("<td class=\"count\">19 af 21</td>"))
    }

    /// A day before the sending: nobody was waiting yet, and nobody is said to have approved.
    @Test func aDayBeforeTheSendingShowsNotSent() {
        let plan = ExportPlan(portfolio: Self.fixture.portfolio, asOf: AsOfDay(date: CivilDate(iso: "2023-10-01")!, origin: .given))
        let row = plan.signoffReport().rows[0]
        #expect(row.count(.notSent) == 21)
    }

    @Test func openpyxlReadsTheMatrix() throws {
        let url = Self.fixture.folder.appending(path: "godkendelser.xlsx")
        try SignoffWorkbook(report: Self.report).write(to: url)
        let script = """
            import json, sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.active
            def show(v):
                return v.date().isoformat() if isinstance(v, datetime.datetime) else v
            rows = [[show(c.value) for c in row] for row in ws.iter_rows()]
            print(json.dumps({"rows": rows, "freeze": ws.freeze_panes, "paper": ws.page_setup.paperSize,
                              "orientation": ws.page_setup.orientation, "pageHeader": ws.oddHeader.center.text,
                              "types": [c.data_type for c in ws[3]], "formats": [c.number_format for c in ws[3]]}))
            """
        let output = try ProcessRunner.python(script, [url.path], module: "openpyxl")
        let json = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let rows = try #require(json["rows"] as? [[Any]])
        let header = rows[1].compactMap { $0 as? String }
        #expect(Array(header[2..<23]) == Self.report.parties.map(SignoffReport.shortName))
        #expect(Array(header[2..<21]).first == "Favrskov" && header[20] == "Aarhus")
        #expect(json["freeze"] as? String == "B3")
        #expect(json["paper"] as? String == "8" || json["paper"] as? Int == 8)
        #expect(json["orientation"] as? String == "landscape")
        // The title stands in row 1 only, not also in the page header.
        #expect((rows[0].first as? String)?.hasPrefix(SignoffReport.title) == true)
        #expect(json["pageHeader"] is NSNull || json["pageHeader"] == nil)
        let row = rows[2]
        #expect(row[0] as? String == "Samarbejdsaftale om prøve")
        let lemvig = Self.municipalities.firstIndex(of: "lemvig-kommune")!
        #expect(row[2 + lemvig] as? String == "venter siden 2. oktober 2023")
        #expect(row[2] as? String == "2023-11-01")  // Favrskov, a real date
        #expect(row[21] as? String == "2023-10-25")  // the region
        let types = try #require(json["types"] as? [String])
        #expect(types[2] == "d" && types[2 + lemvig] == "s")
        // Counts: approved 19, waiting 2, rejected 0, not sent 0, not recorded 0; oldest wait.
        #expect(row[23..<28].map { ($0 as? NSNumber)?.intValue } == [19, 2, 0, 0, 0])
        #expect(row[28] as? String == "2. oktober 2023")
        // Column counts: "I alt: godkendt" has 1 under each approving party, 0 under Lemvig.
        let totals = try #require(rows.first { ($0.first as? String) == "I alt: godkendt" })
        #expect((totals[2] as? NSNumber)?.intValue == 1 && (totals[2 + lemvig] as? NSNumber)?.intValue == 0)
    }

    /// Where a shipped file records a party's approval both as a decision (`beslutninger`, the
    /// history every rendered document shows) and under `partsgodkendelse` (what the matrix, the
    /// validator and `due` read), the two say the same: the same organ, date and outcome. Mistrivsel
    /// (regionsrådet, byrådene, PLO) and kræftrehabilitering (regionsrådet, byrådene) do so.
    @Test func shippedDecisionsAndSignoffAgree() throws {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        var pairs: [String] = []
        for agreement in portfolio.agreements {
            guard let signoff = agreement.signoff else { continue }
            for entry in signoff.entries {
                guard let body = entry.body else { continue }
                for decision in agreement.decisions where decision.body?.id == body.id {
                    #expect(decision.date == entry.date, "\(agreement.id): \(body.id)")
                    #expect(decision.outcome?.rawValue == entry.outcome?.rawValue, "\(agreement.id): \(body.id)")
                    pairs.append("\(agreement.id):\(body.id)")
                }
            }
        }
        #expect(pairs.sorted() == [
            "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel:byrådene",
            "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel:plo-midtjylland",
            "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel:regionsrådet",
            "samarbejdsaftale-om-kraeftrehabilitering:byrådene",
            "samarbejdsaftale-om-kraeftrehabilitering:regionsrådet",
        ])
    }

    /// The shipped agreements carry the seeds' facts, each from the day it was true.
    @Test func shippedAgreementsOnTheDaysTheSeedsGive() throws {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let vocabulary = portfolio.templates.vocabulary
        func states(_ id: String, _ day: String) throws -> [SignoffState.Kind] {
            let agreement = try #require(portfolio.agreements.first { $0.id == id })
            return agreement.signoffStates(on: CivilDate(iso: day)!, vocabulary: vocabulary).map(\.state.kind)
        }
        let overvaegt = "samarbejdsaftale-om-boern-og-unge-der-lever-med-overvaegt-og-deres-familier"
        // SSU 29/9-23, sent in September/October 2023, no answer recorded: never "approved", never "waiting".
        // Its status has no history, so the file cannot tell that nothing was sent before 29/9-23.
        #expect(try states(overvaegt, "2023-09-28") == Array(repeating: .notRecorded, count: 21))
        #expect(try states(overvaegt, "2025-02-03") == Array(repeating: .notRecorded, count: 21))
        let mistrivsel = "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel"
        #expect(try states(mistrivsel, "2023-05-01") == Array(repeating: .notRecorded, count: 21))
        // Seed 003's minute (dated 13 June 2023, of the 7 June meeting) says "nu godkendt af alle parter".
        #expect(try states(mistrivsel, "2023-06-12") == Array(repeating: .notRecorded, count: 21))
        #expect(try states(mistrivsel, "2023-06-13") == Array(repeating: .approved, count: 21))
        let kraeft = try states("samarbejdsaftale-om-kraeftrehabilitering", "2020-01-01")
        #expect(kraeft == Array(repeating: .approved, count: 20) + [.notRecorded])
        // Approved with 'godkendelse: ikke registreret' and no sign-off record: never "ikke sendt".
        #expect(try states("samarbejdsaftale-om-rygestop", "2025-02-03") == Array(repeating: .notRecorded, count: 21))
        #expect(!portfolio.diagnostics.contains { $0.code == .signoffIncomplete })
    }
}
