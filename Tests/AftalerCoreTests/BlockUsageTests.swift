import Foundation
import Testing
@testable import AftalerCore

/// Which agreements use which blocks, directly and through other blocks (TestWorkspace's blocks:
/// `parter-og-hilsen` includes `hilsen`).
@Suite struct BlockUsageTests {
    static func agreement(_ id: String, hvad: String, status: String = "Noget.") -> (String, Data) {
        let text = """
            ---
            type: initiativ
            titel: Aftale \(id)
            indsatsområde: ældre
            status: under udarbejdelse
            ---
            ## Hvad

            \(hvad)

            ## Betydning for borgerne

            Noget.

            ## Status

            \(status)
            """
        return ("\(id).md", Data((text + "\n").utf8))
    }

    static let portfolio: Portfolio = {
        let files = Dictionary(uniqueKeysWithValues: [
            agreement("direkte", hvad: "Først. {{> hilsen navn=\"alle\"}}"),
            agreement("gennem", hvad: "Tekst.\n\nMere tekst {{> parter-og-hilsen emne=\"sår\"}}"),
            agreement("begge", hvad: "{{> parter-og-hilsen emne=\"x\"}}", status: "{{> hilsen navn=\"y\"}} og {{> hilsen navn=\"z\"}}"),
            agreement("ingen", hvad: "Ingen blokke her, kun {tuborg}."),
        ])
        return TestWorkspace.load(files).portfolio
    }()

    static let index = BlockUsageIndex(agreements: portfolio.agreements, templates: portfolio.templates)

    @Test func fixturesAreValidApartFromTheTestBlocks() {
        let agreementProblems = Self.portfolio.diagnostics.filter { !$0.location.file.contains("blocks/") }
        #expect(agreementProblems.isEmpty, "\(agreementProblems)")
        #expect(Self.portfolio.agreements.count == 4)
    }

    @Test func directAndThroughUsesAreFound() throws {
        let uses = Self.index.uses(of: "hilsen")
        #expect(uses.map(\.agreementID) == ["begge", "direkte", "gennem"], "Danish title order of the agreements")
        let direct = try #require(uses.first { $0.agreementID == "direkte" })
        #expect(direct.isDirect && direct.chain == ["hilsen"])
        #expect(direct.location.line == 9 && direct.location.column == 8)
        let through = try #require(uses.first { $0.agreementID == "gennem" })
        #expect(!through.isDirect && through.through == ["parter-og-hilsen"])
        #expect(through.location.line == 11 && through.location.column == 12)
        // Reached both ways: the direct use wins (shortest chain), and it is listed once.
        let both = try #require(uses.first { $0.agreementID == "begge" })
        #expect(both.isDirect)
        #expect(Self.index.uses(of: "parter-og-hilsen").map(\.agreementID) == ["begge", "gennem"])
        #expect(Self.index.blocks(including: "hilsen") == ["parter-og-hilsen"])
    }

    @Test func unusedBlocksAndCyclesAreHandled() {
        #expect(Self.index.uses(of: "udeklareret").isEmpty)
        #expect(Self.index.uses(of: "ring-a").isEmpty)
        #expect(Set(Self.index.blocks(including: "ring-a")) == ["ring-b"])
        #expect(Set(Self.index.blocks(including: "ring-b")) == ["ring-a"])
        #expect(Self.index.blocks.map(\.name) == Self.index.blocks.map(\.name).sorted())
    }

    @Test func textAndJSONNameTheAgreementsThatWouldChange() throws {
        let one = Self.index.text(only: "hilsen")
        #expect(one.contains("Hvis blokken ændres, ændres 3 aftaler:"))
        #expect(one.contains("gennem – Aftale gennem (gennem parter-og-hilsen, "))
        #expect(one.contains("Parametre:\n  navn: Hvem der hilses på"))
        let all = Self.index.text()
        #expect(all.contains("ring-a\n  Første led i en ring"))
        #expect(all.contains("Bruges ikke af nogen aftale."))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.index.json(only: "hilsen").utf8)) as? [String: Any])
        let block = try #require((json["blokke"] as? [[String: Any]])?.first)
        #expect(block["indgår_i"] as? [String] == ["parter-og-hilsen"])
        #expect((block["aftaler"] as? [[String: Any]])?.count == 3)
    }

    @Test func shippedBlocksReachTheirAgreements() {
        let shipped = Workspace(templatesFolder: TestWorkspace.repository.appending(path: "Templates"),
                                agreementPaths: [TestWorkspace.repository.appending(path: "Agreements")]).load()
        let index = BlockUsageIndex(agreements: shipped.agreements, templates: shipped.templates)
        let rygestop = index.uses(of: "parter-regional-samarbejdsaftale").first { $0.agreementID == "samarbejdsaftale-om-rygestop" }
        #expect(rygestop?.isDirect == true)
        let overvaegt = "samarbejdsaftale-om-boern-og-unge-der-lever-med-overvaegt-og-deres-familier"
        let handover = index.uses(of: "overdragelse-ved-reformen").first { $0.agreementID == overvaegt }
        #expect(handover?.through == ["opfoelgning-og-overdragelse"])
        #expect(index.blocks(including: "overdragelse-ved-reformen") == ["opfoelgning-og-overdragelse"])
    }
}
