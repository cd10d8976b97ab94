import AftalerCore
import Foundation
import TestSupport
@testable import HandoverBundle
import Testing

/// `aftaler.json` is written by hand (``JSONText``) for speed; these tests hold it to the bytes
/// Foundation's `JSONEncoder` wrote from the Encodable model it replaced (kept here as the reference).
@Suite struct BundleMetadataTests {
    /// The former model of `aftaler.json`, encoded by `JSONEncoder` as `BundleMetadata` used to.
    enum Reference {
        struct Document: Encodable { let pakke: String; let dato: String; let aftaler: [Entry] }
        struct Term: Encodable { let id: String; let navn: String }
        struct Span: Encodable { let tekst: String; let fra: String; let til: String }
        /// Unknown facts are written as null, so they are encoded explicitly.
        struct DecisionEntry: Encodable {
            let organ: Term?, dato: Span?, udfald: String?, note: String?, planlagt: Bool
            enum CodingKeys: CodingKey { case organ, dato, udfald, note, planlagt }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(organ, forKey: .organ)
                try container.encode(dato, forKey: .dato)
                try container.encode(udfald, forKey: .udfald)
                try container.encodeIfPresent(note, forKey: .note)
                try container.encode(planlagt, forKey: .planlagt)
            }
        }
        /// An unknown time is written as null.
        struct FollowUpEntry: Encodable {
            let tid: Span?, hvad: String, udført: Span?, resultat: String?
            enum CodingKeys: CodingKey { case tid, hvad, udført, resultat }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(tid, forKey: .tid)
                try container.encode(hvad, forKey: .hvad)
                try container.encodeIfPresent(udført, forKey: .udført)
                try container.encodeIfPresent(resultat, forKey: .resultat)
            }
        }
        struct EvaluationEntry: Encodable { let tid: Span; let udført: Span?; let resultat: String? }
        struct StatusEntry: Encodable { let dato: Span?; let status: String }
        struct RelationEntry: Encodable { let aftale: String; let type: String }
        struct MemberEntry: Encodable { let antal: Int; let rolle: String }
        struct LinkEntry: Encodable { let titel: String; let url: String }
        struct Files: Encodable { let tekst: String; let kilde: String }
        struct Entry: Encodable {
            let id: String, type: String, titel: String, indsatsområde: Term, parter: [Term], status: String
            let godkendelse: String?
            let relationer: [RelationEntry]
            let ansvarlig: Term?
            let sammensætning: [MemberEntry]
            let sundhedsaftaler: [String]
            let statushistorik: [StatusEntry]
            let ikrafttrædelse: String?, evaluering: EvaluationEntry?, beslutninger: [DecisionEntry], opfølgning: [FollowUpEntry]
            let milepæle: [FollowUpEntry]
            let links: [LinkEntry], overdragelse: Term?, budget: [String: [String: Int]], filer: Files
        }

        static func span(_ period: Period) -> Span { Span(tekst: period.text, fra: period.start.iso, til: period.end.iso) }

        static func json(_ agreements: [Agreement], date: CivilDate, name: String) throws -> Data {
            let entries = agreements.sorted { $0.id < $1.id }.map { agreement in
                Entry(id: agreement.id, type: agreement.kind.id, titel: agreement.title,
                      indsatsområde: Term(id: agreement.area.id, navn: agreement.area.label),
                      parter: agreement.parties.map { Term(id: $0.id, navn: $0.label) },
                      status: agreement.status.rawValue,
                      godkendelse: agreement.approvalNotRecorded ? "ikke registreret" : nil,
                      relationer: agreement.relations.map { RelationEntry(aftale: $0.target, type: $0.kind.rawValue) },
                      ansvarlig: agreement.responsible.map { Term(id: $0.id, navn: $0.label) },
                      sammensætning: agreement.members.map { MemberEntry(antal: $0.count, rolle: $0.role) },
                      sundhedsaftaler: agreement.healthAgreements.map(\.id),
                      statushistorik: agreement.statusHistory.map { StatusEntry(dato: $0.date.map(span), status: $0.status.rawValue) },
                      ikrafttrædelse: agreement.entryIntoForce?.iso,
                      evaluering: agreement.evaluation.map {
                          EvaluationEntry(tid: span($0), udført: agreement.evaluationDone.map { span($0.date) },
                                          resultat: agreement.evaluationDone?.result)
                      },
                      beslutninger: agreement.decisions.map {
                          DecisionEntry(organ: $0.body.map { Term(id: $0.id, navn: $0.label) }, dato: $0.date.map(span),
                                        udfald: $0.outcome?.rawValue, note: $0.note, planlagt: $0.planned)
                      },
                      opfølgning: agreement.followUps.map {
                          FollowUpEntry(tid: $0.due.map(span), hvad: $0.what, udført: $0.done.map { span($0.date) },
                                        resultat: $0.done?.result)
                      },
                      milepæle: agreement.milestones.map {
                          FollowUpEntry(tid: $0.due.map(span), hvad: $0.what, udført: $0.done.map { span($0.date) },
                                        resultat: $0.done?.result)
                      },
                      links: agreement.links.map { LinkEntry(titel: $0.title, url: $0.url) },
                      overdragelse: agreement.handover.map { Term(id: $0.id, navn: $0.label) },
                      budget: agreement.budgets.mapValues { years in
                          Dictionary(uniqueKeysWithValues: years.map { (String($0.key), $0.value) })
                      },
                      filer: Files(tekst: "aftaler/\(agreement.id).txt", kilde: "kilder/\(agreement.id).md"))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(Document(pakke: name, dato: date.iso, aftaler: entries)) + Data("\n".utf8)
        }
    }

    static let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
    static let date = CivilDate(iso: "2025-02-03")!

    /// Describes where two texts first differ.
    static func firstDifference(_ ours: Data, _ reference: Data) -> String {
        let same = zip(ours, reference).prefix { $0 == $1 }.count
        return "first difference at byte \(same): ours …\(String(decoding: ours.dropFirst(max(0, same - 80)).prefix(160), as: UTF8.self))…"
    }

    @Test func theShippedAgreementsGiveTheBytesJSONEncoderGave() throws {
        let agreements = Self.portfolio.agreements
        try #require(agreements.count > 10)
        let ours = try BundleMetadata.json(agreements, date: Self.date, name: "aftaler-overdragelse-2025-02-03").reduce(Data(), +)
        let reference = try Reference.json(agreements, date: Self.date, name: "aftaler-overdragelse-2025-02-03")
        let same = ours == reference  // a Bool: Swift Testing would diff the texts at length
        #expect(same, "\(Self.firstDifference(ours, reference))")
    }

    @Test func escapesEmptyListsOptionalFieldsAndKeyOrderMatchJSONEncoder() throws {
        var tricky = try #require(Self.portfolio.agreements.first {
            !$0.decisions.isEmpty && !$0.followUps.isEmpty && !$0.links.isEmpty
        })
        tricky.title = "Citat \"x\" \\ a/b\ttab\nny linje\r\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F} æøå 😀 e\u{301}"
        tricky.decisions[0].note = "note med \"citat\" og \u{0}"
        tricky.decisions.append(Decision(body: nil, date: nil, outcome: nil, note: nil, planned: true))
        tricky.approvalNotRecorded = true
        tricky.responsible = Body(id: "ssg", label: "Sundhedsstyregruppen (SSG)", order: 1)
        tricky.members = [Member(count: 5, role: "kliniske repræsentanter (én fra hver \"klynge\")")]
        tricky.relations = [Relation(kind: .followsUp, target: "en-anden"), Relation(kind: .partOf, target: "æ-aftale")]
        tricky.followUps[0].what = "Opfølgning/evaluering\t(\u{1B}[0m)"
        tricky.followUps[0].done = Completion(date: try Period.parse("marts 2024"), result: "rate \"57 %\"")
        tricky.milestones = [FollowUp(due: try Period.parse("Maj-august 2023"), what: "Milepæl: \"udkast\"", done: nil),
                             FollowUp(due: nil, what: "", done: Completion(date: try Period.parse("uge 4 2024"), result: nil))]
        tricky.evaluation = try Period.parse("2025")
        tricky.evaluationDone = Completion(date: try Period.parse("15. september 2025"), result: nil)
        tricky.statusHistory = [StatusChange(date: nil, status: .drafting),
                                StatusChange(date: try Period.parse("1. september 2023"), status: .implementing)]
        tricky.links[0].title = ""
        tricky.links[0].url = "https://eksempel.dk/a/b?c=d&e=\"f\""
        tricky.budgets = ["b-9": [2024: 5, 2023: -3], "b-10": [2030: 0], "Æ": [:], "a": [1999: 1]]
        var bare = try #require(Self.portfolio.agreements.first { $0.id != tricky.id })
        bare.parties = []
        bare.decisions = []
        bare.followUps = []
        bare.links = []
        bare.budgets = [:]
        bare.handover = nil
        bare.entryIntoForce = nil
        bare.evaluation = nil
        for agreements in [[tricky, bare], [bare], []] {
            let name = "pakke \"navn\"/æ"
            let ours = try BundleMetadata.json(agreements, date: Self.date, name: name).reduce(Data(), +)
            let reference = try Reference.json(agreements, date: Self.date, name: name)
            let same = ours == reference
            #expect(same, "\(agreements.count) agreements: \(Self.firstDifference(ours, reference))")
        }
    }

    @Test func membersGivenOutOfOrderAreSortedByTheirUTF8Bytes() {
        var text = JSONText()
        text.write(.object([("b", .int(1)), ("æ", .int(2)), ("B", .int(3)), ("a", .array([]))]), level: 0)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "{\n  \"B\" : 3,\n  \"a\" : [\n\n  ],\n  \"b\" : 1,\n  \"æ\" : 2\n}")
    }
}
