import Foundation

extension DueList {
    /// The Danish headline of the list: the day, and how many items are in each state.
    ///
    /// "Opfølgning pr. 3. februar 2025: 2 forfaldne, 1 aktuel, 1 kommende inden for 90 dage".
    public var headline: String {
        let overdue = count(.overdue), due = count(.due), upcoming = count(.upcoming), done = count(.done)
        let horizon = window.map { " inden for \($0) \($0 == 1 ? "dag" : "dage")" } ?? ""
        return "Opfølgning pr. \(DanishFormat.date(asOf)): \(overdue) \(overdue == 1 ? "forfalden" : "forfaldne"), "
            + "\(due) \(due == 1 ? "aktuel" : "aktuelle"), \(upcoming) kommende\(horizon)"
            + (done > 0 ? ", \(done) udført" : "")
    }

    /// The column headings of the table of items.
    public static let columns = ["Tilstand", "Tid", "Type", "Aftale", "Hvad"]

    /// One row per item for a text table: state with its date, the period in Danish, the kind,
    /// the agreement id and what is due.
    public var rows: [[String]] {
        items.map { item in
            let state: String
            switch item.state {
            case .overdue: state = "forfalden siden \(DanishFormat.date(item.overdueSince ?? item.period.end))"
            case .due: state = "aktuel til \(DanishFormat.date(item.period.end))"
            case .upcoming: state = "kommende fra \(DanishFormat.date(item.period.start))"
            case .done: state = "udført \(DanishFormat.period(item.completion?.date ?? item.period))"
            }
            let kind = item.workplan.map { "\(item.source.rawValue) \($0)" } ?? item.source.rawValue
            let result = item.completion?.result.map { " – resultat: \($0)" } ?? ""
            return [state, DanishFormat.period(item.period), kind, item.agreementID, Self.oneLine(item.what + result)]
        }
    }

    /// The list as JSON for scripts: Danish keys like `aftaler.json`, dates as ISO strings.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = JSONDocument(
            pr: asOf.iso, vindue: window,
            antal: JSONCounts(forfaldne: count(.overdue), aktuelle: count(.due), kommende: count(.upcoming), udførte: count(.done)),
            punkter: items.map { item in
                JSONItem(aftale: item.agreementID, titel: item.agreementTitle, type: item.source.rawValue,
                         arbejdsplan: item.workplan, hvad: item.what,
                         tid: JSONSpan(item.period),
                         tilstand: item.state.rawValue, forfaldenSiden: item.overdueSince?.iso,
                         udført: item.completion.map { JSONSpan($0.date) }, resultat: item.completion?.result)
            })
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// Text on one line: line breaks and tabs become spaces.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// The JSON document of `aftale due --format json`.
    struct JSONDocument: Encodable {
        let pr: String
        let vindue: Int?
        let antal: JSONCounts
        let punkter: [JSONItem]
    }

    /// How many items are in each state.
    struct JSONCounts: Encodable {
        let forfaldne: Int
        let aktuelle: Int
        let kommende: Int
        let udførte: Int
    }

    /// A period: as written, in canonical Danish, and as an inclusive ISO date range.
    struct JSONSpan: Encodable {
        let tekst: String
        let dansk: String
        let fra: String
        let til: String

        init(tekst: String, dansk: String, fra: String, til: String) {
            (self.tekst, self.dansk, self.fra, self.til) = (tekst, dansk, fra, til)
        }

        init(_ period: Period) {
            self.init(tekst: period.text, dansk: DanishFormat.period(period), fra: period.start.iso, til: period.end.iso)
        }
    }

    /// One item. `forfaldenSiden` is the first overdue day, or null.
    struct JSONItem: Encodable {
        let aftale: String
        let titel: String
        let type: String
        let arbejdsplan: String?
        let hvad: String
        let tid: JSONSpan
        let tilstand: String
        let forfaldenSiden: String?
        let udført: JSONSpan?
        let resultat: String?

        enum CodingKeys: String, CodingKey {
            case aftale, titel, type, arbejdsplan, hvad, tid, tilstand, udført, resultat
            case forfaldenSiden = "forfalden_siden"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(aftale, forKey: .aftale)
            try container.encode(titel, forKey: .titel)
            try container.encode(type, forKey: .type)
            try container.encode(arbejdsplan, forKey: .arbejdsplan)
            try container.encode(hvad, forKey: .hvad)
            try container.encode(tid, forKey: .tid)
            try container.encode(tilstand, forKey: .tilstand)
            try container.encode(forfaldenSiden, forKey: .forfaldenSiden)
            try container.encode(udført, forKey: .udført)
            try container.encode(resultat, forKey: .resultat)
        }
    }
}
