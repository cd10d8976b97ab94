import AftalerCore
import BagIt
import UnicodeText

/// The human-readable index of a handover package (`oversigt.txt`) and its table of obligations.
enum BundleIndex {
    /// `paths`: the payload's other files, below `data/`.
    static func text(name: String, date: CivilDate, agreements: [Agreement], paths: [String],
                     obligations: DueList) -> String {
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
            "aftaler/ID.docx    hver aftale som Word-dokument",
            "kilder/ID.md       hver aftales kildefil",
            "aftaler.json       metadata, beslutninger, opfølgning og modtager for hver aftale",
            "regneark/          arbejdsplan, overblik og budget som XLSX",
            "statusrapport.html statusrapporten som tilgængelig HTML-side",
            "statusrapport.docx statusrapporten som Word-dokument",
            "opfølgning.tsv     alle opfølgningsforpligtelser som tabel",
            "",
            "Aftaler (\(agreements.count))",
            "-------",
        ]
        let byArea = Dictionary(grouping: agreements, by: \.area)
        for area in byArea.keys.sorted(by: { $0.order < $1.order }) {
            lines += ["", area.label]
            for agreement in byArea[area]! {
                let handover = agreement.handover.map { "; overdragelse: \($0.label)" } ?? ""
                lines.append("- \(agreement.title) [\(agreement.id)]: \(agreement.status.rawValue)\(handover)")
            }
        }
        lines += ["", "Opfølgningsforpligtelser (\(obligations.items.count))", "-------"]
        for item in obligations.items {
            let overdue = item.state == .overdue ? " (forfalden)" : item.state == .onHold ? " (\(DueList.onHoldWords))" : ""
            lines.append("- \(DanishFormat.period(item.period))\(overdue): \(DueList.oneLine(item.what)) "
                         + "– \(item.agreementTitle) [\(item.agreementID)]")
        }
        lines += ["", "Filer (\(paths.count + 1))", "-------"]
        lines += (paths + ["oversigt.txt"]).sorted().map { "data/\($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tab-separated: id, from, to, kind (opfølgning, evaluering, arbejdsplan), what, overdue
    /// (ja/nej) on the bundle's day; the rows of the one obligation model, `DueList`.
    /// `opfølgning.tsv`: one obligation per line. `forfalden` (ja/nej) is kept for readers of the
    /// first packages; `tilstand` says how the obligation stands on the bundle's day (forfalden,
    /// aktuel, kommende, or "i bero" for a milestone of a paused agreement, which is not upcoming work).
    static func obligationTable(_ obligations: DueList) -> String {
        var lines = ["aftale\tfra\ttil\ttype\thvad\tforfalden\ttilstand"]
        for item in obligations.items {
            // Foundation's replacing is slow; most texts have neither character.
            let what = item.what.containsUTF8Byte { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? DueList.oneLine(item.what) : item.what
            lines.append([item.agreementID, item.period.start.iso, item.period.end.iso,
                          item.source.rawValue, what, item.state == .overdue ? "ja" : "nej", item.state.rawValue]
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
