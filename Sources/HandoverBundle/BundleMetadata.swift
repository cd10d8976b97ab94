import AftalerCore
import Foundation

/// `aftaler.json`: every agreement's metadata, decisions, follow-ups and handover recipient, with
/// the same Danish keys as the source files and periods resolved to ISO date ranges.
enum BundleMetadata {
    struct Document: Encodable {
        let pakke: String
        let dato: String
        let aftaler: [Entry]
    }

    struct Term: Encodable { let id: String; let navn: String }
    struct Span: Encodable { let tekst: String; let fra: String; let til: String }
    struct DecisionEntry: Encodable { let organ: Term; let dato: Span; let udfald: String; let note: String? }
    struct FollowUpEntry: Encodable { let tid: Span; let hvad: String }
    struct LinkEntry: Encodable { let titel: String; let url: String }
    struct Files: Encodable { let tekst: String; let kilde: String }

    struct Entry: Encodable {
        let id: String
        let type: String
        let titel: String
        let indsatsområde: Term
        let parter: [Term]
        let status: String
        let ikrafttrædelse: String?
        let evaluering: Span?
        let beslutninger: [DecisionEntry]
        let opfølgning: [FollowUpEntry]
        let links: [LinkEntry]
        let overdragelse: Term?
        let budget: [String: [String: Int]]
        let filer: Files
    }

    static func span(_ period: Period) -> Span { Span(tekst: period.text, fra: period.start.iso, til: period.end.iso) }

    static func json(_ agreements: [Agreement], date: CivilDate, name: String) throws -> Data {
        let entries = agreements.sorted { $0.id < $1.id }.map { agreement in
            Entry(
                id: agreement.id, type: agreement.kind.id, titel: agreement.title,
                indsatsområde: Term(id: agreement.area.id, navn: agreement.area.label),
                parter: agreement.parties.map { Term(id: $0.id, navn: $0.label) },
                status: agreement.status.rawValue,
                ikrafttrædelse: agreement.entryIntoForce?.iso,
                evaluering: agreement.evaluation.map(span),
                beslutninger: agreement.decisions.map {
                    DecisionEntry(organ: Term(id: $0.body.id, navn: $0.body.label), dato: span($0.date),
                                  udfald: $0.outcome.rawValue, note: $0.note)
                },
                opfølgning: agreement.followUps.map { FollowUpEntry(tid: span($0.due), hvad: $0.what) },
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
