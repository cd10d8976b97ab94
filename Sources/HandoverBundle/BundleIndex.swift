import AftalerCore
import BagIt

/// The human-readable index of a handover package (`oversigt.txt`) and its table of obligations.
enum BundleIndex {
    static func text(name: String, date: CivilDate, agreements: [Agreement], files: [BagPayloadFile],
                     obligations: [Obligation]) -> String {
        var lines = [
            "Overdragelsespakke: \(name)",
            "Dato: \(DanishFormat.date(date))",
            "Afsender: \(HandoverBundle.organization)",
            "",
            "Pakken er en BagIt-pakke (RFC 8493). Kontrollér den med 'aftale verify' eller 'bagit.py --validate'.",
            "",
            "Indhold",
            "-------",
            "aftaler/ID.txt     hver aftale som ren tekst",
            "kilder/ID.md       hver aftales kildefil",
            "aftaler.json       metadata, beslutninger, opfølgning og modtager for hver aftale",
            "regneark/          arbejdsplan, overblik og budget som XLSX",
            "statusrapport.html statusrapporten som tilgængelig HTML-side",
            "opfølgning.tsv     alle opfølgningsforpligtelser som tabel",
            "",
            "Aftaler (\(agreements.count))",
            "-------",
        ]
        let byArea = Dictionary(grouping: agreements, by: \.area)
        for area in byArea.keys.sorted(by: { $0.order < $1.order }) {
            lines += ["", area.label]
            for agreement in byArea[area]! {
                let handover = agreement.handover.map { ", overdrages til \($0.label)" } ?? ""
                lines.append("- \(agreement.title) [\(agreement.id)]: \(agreement.status.rawValue)\(handover)")
            }
        }
        lines += ["", "Opfølgningsforpligtelser (\(obligations.count))", "-------"]
        let titles = Dictionary(agreements.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for obligation in obligations {
            let overdue = obligation.due.end < date ? " (forfalden)" : ""
            lines.append("- \(DanishFormat.period(obligation.due))\(overdue): \(obligation.what) "
                         + "– \(titles[obligation.agreementID] ?? obligation.agreementID) [\(obligation.agreementID)]")
        }
        lines += ["", "Filer (\(files.count + 1))", "-------"]
        lines += (files.map(\.path) + ["oversigt.txt"]).sorted().map { "data/\($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tab-separated: id, from, to, kind, what, overdue (ja/nej) relative to the bundle date.
    static func obligationTable(_ obligations: [Obligation], asOf date: CivilDate) -> String {
        var lines = ["aftale\tfra\ttil\ttype\thvad\tforfalden"]
        for obligation in obligations {
            // Foundation's replacing is slow; most texts have neither character.
            let what = obligation.what.utf8.contains { $0 == 0x09 || $0 == 0x0A }
                ? obligation.what.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                : obligation.what
            lines.append([obligation.agreementID, obligation.due.start.iso, obligation.due.end.iso,
                          obligation.kind.rawValue, what, obligation.due.end < date ? "ja" : "nej"]
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
