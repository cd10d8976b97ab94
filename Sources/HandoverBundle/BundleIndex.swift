import AftalerCore
import BagIt
import UnicodeText

/// The human-readable index of a handover package (`oversigt.txt`) and its table of obligations.
enum BundleIndex {
    /// `paths`: the payload's other files, below `data/`.
    static func text(name: String, date: CivilDate, agreements: [Agreement], paths: [String],
                     obligations: DueList) -> String {
        // One text, a line at a time: at 10k agreements an array of its 50,000 lines took 20 MB
        // (massif, 2026-12-03), the text 4.
        var text = ""
        text.reserveCapacity(paths.count * 40 + (agreements.count + obligations.items.count) * 100)
        func line(_ line: String = "") {
            text += line
            text += "\n"
        }
        for header in [
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
        ] { line(header) }
        let byArea = Dictionary(grouping: agreements, by: \.area)
        for area in byArea.keys.sorted(by: { $0.order < $1.order }) {
            line()
            line(area.label)
            for agreement in byArea[area]! {
                let handover = agreement.handover.map { "; overdragelse: \($0.label)" } ?? ""
                line("- \(agreement.title) [\(agreement.id)]: \(agreement.status.rawValue)\(handover)")
            }
        }
        line()
        line("Opfølgningsforpligtelser (\(obligations.items.count))")
        line("-------")
        for item in obligations.items {
            let overdue = item.state == .overdue ? " (forfalden)" : item.state == .onHold ? " (\(DueList.onHoldWords))" : ""
            line("- \(DanishFormat.period(item.period))\(overdue): \(DueList.oneLine(item.what)) "
                 + "– \(item.agreementTitle) [\(item.agreementID)]")
        }
        line()
        line("Filer (\(paths.count + 1))")
        line("-------")
        for path in (paths + ["oversigt.txt"]).sorted() {
            text += "data/"
            line(path)
        }
        return text
    }

    /// Tab-separated: id, from, to, kind (opfølgning, evaluering, arbejdsplan), what, overdue
    /// (ja/nej) on the bundle's day; the rows of the one obligation model, `DueList`.
    /// `opfølgning.tsv`: one obligation per line. `forfalden` (ja/nej) is kept for readers of the
    /// first packages; `tilstand` says how the obligation stands on the bundle's day (forfalden,
    /// aktuel, kommende, or "i bero" for a milestone of a paused agreement, which is not upcoming work).
    static func obligationTable(_ obligations: DueList) -> String {
        var text = "aftale\tfra\ttil\ttype\thvad\tforfalden\ttilstand\n"
        text.reserveCapacity(obligations.items.count * 120)
        for item in obligations.items {
            // Foundation's replacing is slow; most texts have neither character.
            let what = item.what.containsUTF8Byte { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? DueList.oneLine(item.what) : item.what
            text += [item.agreementID, item.period.start.iso, item.period.end.iso, item.source.rawValue, what,
                     item.state == .overdue ? "ja" : "nej", item.state.rawValue].joined(separator: "\t")
            text += "\n"
        }
        return text
    }
}
