@testable import AftalerCore
import Foundation
import Testing
import TestSupport

/// `StatusReportImport` on seed 001's text and on small reports: titles, areas, sections and the
/// facts stated plainly, nothing more.
@Suite struct StatusReportImportTests {
    static let templates: TemplateLibrary = {
        var diagnostics: [Diagnostic] = []
        return TemplateLibrary.load(from: Repository.templates, diagnostics: &diagnostics)
    }()

    static func read(_ text: String, areaMap: [String: String] = [:]) -> StatusReportImport {
        StatusReportImport(text: text, templates: templates, areaMap: areaMap)
    }

    @Test func seed001GivesItsTwentySevenItemsInOrderUnderTheirAreas() throws {
        let text = try String(contentsOf: Repository.root.appending(path: Seed001.path), encoding: .utf8)
        let found = Self.read(text)
        let expected = Seed001.areas.flatMap { area in area.titles.map { (area.id, area.area, $0) } }
        try #require(found.items.count == 27, "\(found.items.map(\.title))")
        for (item, (id, heading, start)) in zip(found.items, expected) {
            #expect(item.title.hasPrefix(start), "expected '\(start)…', found '\(item.title)'")
            #expect(item.area == id && item.heading == heading, "\(item.title): \(item.heading)")
        }
        #expect(found.duplicateIDs.isEmpty)
        #expect(found.healthAgreement == "2019-2023")
        #expect(found.items[1].title == "Hensigtserklæring om øget fokus på rygestop i almen praksis")
        #expect(found.items[1].kind == "hensigtserklæring" && found.items[4].kind == "samarbejdsaftale")
        #expect(found.items[6].kind == "initiativ")
        // "godkendt af Sundhedskoordinationsudvalget i oktober 2019 og efterfølgende af Regionsrådet ...":
        // the first decision is taken, the rest is reported.
        let rehabilitation = found.items[18]
        #expect(rehabilitation.decision?.body == "sundhedskoordinationsudvalget")
        #expect(rehabilitation.decision?.date == "oktober 2019")
        #expect(rehabilitation.status == .approved)
        #expect(rehabilitation.unplaced.contains { $0.contains("Regionsrådet") })
        // "trådt i kraft den 1. april 2022".
        #expect(found.items[3].inForce == "1. april 2022")
        // No fact is made of "er implementeret" alone: the draft stays under udarbejdelse.
        #expect(found.items[0].status == .drafting && found.items[0].decision == nil)
        // Web addresses under no paragraph are reported, not dropped silently.
        #expect(found.items.contains { $0.unplaced.contains { $0.contains("https://www.sundhedsaftalen.rm.dk/") } })
        #expect(!found.items.contains { $0.text.contains("Kort status på samarbejdsaftaler") })
    }

    static let small = """
    Kort status på samarbejdsaftaler og igangsatte initiativer – Fælles investering i forebyggelse

    Samarbejdsaftale om opfølgende
    hjemmebesøg

    Hvad: Aftalen handler om udskriv-
    ningsterapeuter og sundhedsfremme-
    og forebyggelsestilbud.

    Betydning for borgerne: Færre
    genindlæggelser.

    Status: Aftalen blev godkendt i SSU 29/9-23 og trådte i kraft 1. marts 2020.

    Kort status på samarbejdsaftaler og igangsatte initiativer – Noget helt andet

    Fælles indsats
    Hvad: Punkter:
    • Første punkt
    • Andet punkt, der går
    over to linjer

    Status: Arbejdet er i gang.
    """

    @Test func factsAreTakenOnlyWhereStatedAndLinesAreRejoined() {
        let found = Self.read(Self.small)
        #expect(found.items.map(\.title) == ["Samarbejdsaftale om opfølgende hjemmebesøg", "Fælles indsats"])
        let first = found.items[0]
        #expect(first.decision == .init(body: "ssu", date: "29/9-23", note: "godkendt i SSU 29/9-23"))
        #expect(first.inForce == "1. marts 2020")
        #expect(first.status == .approved)
        #expect(first.sections[0].text == "Aftalen handler om udskrivningsterapeuter og sundhedsfremme- og forebyggelsestilbud.")
        #expect(first.sections[1].text == "Færre genindlæggelser.")
        #expect(first.toFill.count == 1 && first.toFill[0].hasPrefix("parter"))
        let second = found.items[1]
        #expect(second.area == nil && second.kind == "initiativ" && second.status == .drafting)
        #expect(second.text.contains("indsatsområde: \"«udfyld: indsatsområde for 'Noget helt andet'"))
        #expect(second.sections[0].text == "Punkter:\n\n- Første punkt\n- Andet punkt, der går over to linjer")
        #expect(second.sections[1].text.hasPrefix("«udfyld: "))
        #expect(second.toFill.count == 2)
        let mapped = Self.read(Self.small, areaMap: ["noget helt andet": "øvrige"])
        #expect(mapped.items[1].area == "øvrige" && mapped.items[1].toFill.count == 1)
    }

    @Test func hedgedApprovalsAndEntriesIntoForceAreReportedNotTaken() {
        let text = """
        Kort status på samarbejdsaftaler og igangsatte initiativer - Den nære psykiatri

        Rammeaftale om noget
        Hvad: Noget.
        Betydning for borgerne: Noget.
        Status: Aftalen forventes godkendt i SSU 2/5-25 med forventet ikrafttrædelse pr. 1. maj 2025.
        """
        let item = Self.read(text).items[0]
        #expect(item.decision == nil && item.inForce == nil && item.status == .drafting)
        #expect(item.unplaced.count == 2, "\(item.unplaced)")
        #expect(item.kind == "rammeaftale" && item.area == "psykiatri")
    }

    @Test func numberedPointsAfterAColonAreAList() {
        let lines = ["De ti initiativer er følgende:", "MENTAL SUNDHED:", "1. En plan", "2. En overgang", "", "VOKSNE:",
                     "5. Én borger", "6. Sundhedsvisitationer i", "alle klynger", "", "Hvor 1. kvartal 2023 står midt i"]
        #expect(ReportText.markdown(lines) == "De ti initiativer er følgende:\n\nMENTAL SUNDHED:\n\n1. En plan\n2. En overgang"
                + "\n\nVOKSNE:\n\n5. Én borger\n6. Sundhedsvisitationer i alle klynger Hvor 1. kvartal 2023 står midt i")
    }
}
