import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// Facts of the shipped agreements that were wrong once, each held to the seed line it comes from.
@Suite struct SeedFactsTests {
    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    func agreement(_ id: String) throws -> Agreement { try #require(Self.shipped.agreement(id), "\(id) is missing") }

    @Test func vaccinationTargetsTheOldAndEveryChronicallyIll() throws {
        // Seed 001: "WHO anbefaler, at 75% af ældre borgere (65+ år) samt alle kronikere vaccineres".
        let hvad = try #require(try agreement("faelles-vaccinationskampagne").section("Hvad")?.text)
        #expect(hvad.contains("(65+ år) samt alle kronikere"))
    }

    @Test func workplanCellsHoldWhatSeed000Says() throws {
        // Seed 000: the høreområde row has no status text, only "Forventes at strække sig ind i 2024".
        let hoere = try #require(try agreement("samarbejdsaftale-om-varetagelse-af-service-og-justeringsopgaver-hoereomraadet")
            .workplanEntries["ssg-2023"]?.first)
        #expect(hoere.status == nil && hoere.orders == "Forventes at strække sig ind i 2024")
        // The third Indsatser bullet of the akut handleplan is the revision itself, not an order.
        let revision = try #require(try agreement("revidering-af-samarbejdsaftale-om-opfoelgende-hjemmebesoeg")
            .workplanEntries["ssg-2023"]?.first)
        #expect(revision.orders == nil && revision.initiative.hasSuffix("revision af samarbejdsaftale om opfølgende hjemmebesøg"))
    }

    @Test func unknownTimesAndOutcomesAreSaidNotGuessed() throws {
        // Seed 003 (Midtklyngen 7/6-23): the voksentemagruppe's recommendation has no date.
        let kommissorium = try agreement("kommissorium-for-midtklyngen")
        #expect(kommissorium.followUps.contains { $0.due == nil && $0.what.hasPrefix("Voksentemagruppen somatik") })
        #expect(AgreementRenderer.text(kommissorium).contains("Tid ikke oplyst: Voksentemagruppen somatik"))
        // Seed 000/001: the evaluation was put before SSG 21/4 and SSU 8/5; what they decided is not said.
        let handleplan = try agreement("faelles-forpligtende-forloeb-og-handleplan")
        #expect(handleplan.decisions.map(\.outcome) == [.presented, .presented])
    }

    @Test func theDataTrackIsNotSaidToBeFinished() throws {
        // Seed 002: "SSG og SSU er blevet præsenteret for to dele i datasporet ... yderligere analyser".
        for id in ["tvaersektoriel-handleplan-paa-akutomraadet", "kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet"] {
            let text = try agreement(id).sections.map(\.text).joined(separator: "\n")
            #expect(!text.contains("gennemført") && !text.contains("gennemførte datasporet"), "\(id)")
            #expect(text.contains("to dele af datasporet"), "\(id)")
        }
    }

    @Test func theAkutWorkingGroupReportsToSSGAndIsComposedByRole() throws {
        // Seed 004: "Arbejdsgruppen refererer til Sundhedsstyregruppen", and its six profiles (15 people).
        let group = try agreement("kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet")
        #expect(group.responsible?.id == "ssg")
        #expect(group.members.map(\.count) == [1, 1, 5, 5, 1, 2])
        #expect(group.members.first?.role == "kontorchef fra Sundhedsplanlægning (regional formand)")
        #expect(AgreementRenderer.text(group).contains("- 5 kliniske repræsentanter fra det regionale akutområde"))
    }

    @Test func theAkutfunktionerEvaluationIsDoneAndLeavesTheCalendar() throws {
        // Seed 001: "Samarbejdsaftalen blev evalueret i foråret 2021. Den viste, at ca. 70% af alle praksis ..."
        let akut = try agreement("samarbejdsaftale-om-kommunale-akutfunktioner")
        #expect(akut.evaluationDone?.date.text == "foråret 2021")
        #expect(akut.evaluationDone?.result?.hasPrefix("Ca. 70 % af alle praksis") == true)
        #expect(DueList.items(of: akut, asOf: CivilDate(iso: "2024-11-01")!).allSatisfy { $0.source != .evaluation })
    }

    @Test func gevinsthaandteringIsInForceFromTheFirstOfSeptember2023() throws {
        // Seed 001: "godkendt i november 2022 og træder i kraft den 1. september 2023".
        let gevinst = try agreement("samarbejdsaftale-om-gevinsthaandtering-ved-faelles-udbud-stomiomraadet")
        #expect(gevinst.status(on: CivilDate(iso: "2023-08-31")!) == .approved)
        #expect(gevinst.status(on: CivilDate(iso: "2023-09-01")!) == .implementing)
    }

    @Test func theHealthAgreement2024To2027IsInTheFilesWithItsHearing() throws {
        // Seed 003, item 8: "forslag til sundhedsaftale ... i høring. Høringsperioden løber frem til 25. august."
        let aftale = try agreement("sundhedsaftalen-2024-2027")
        #expect(aftale.followUps.contains { $0.due?.start == CivilDate(iso: "2023-08-25") })
        #expect(aftale.status(on: CivilDate(iso: "2023-06-07")!) == .inConsultation)
        #expect(aftale.healthAgreements.map(\.id) == ["2024-2027"])
    }
}
