import AftalerCore
import DraftingDesk

/// The portfolio: every agreement with area, status and the obligation to mind (`DueList.headline`:
/// the oldest overdue, else the next, never a paused milestone), filtered by area, status
/// and sundhedsaftale (a plain GET form, so filters are links one can share); the files left out
/// (drafts, files with errors) with a way into the editor; and the follow-up calendar, overdue first.
struct PortfolioPage {
    let snapshot: DraftingDesk.Snapshot
    let filter: AgreementFilter
    let chosen: (area: String?, status: String?, healthAgreement: String?)
    let day: CivilDate
    let token: String

    func html() -> String {
        let portfolio = snapshot.portfolio
        let vocabulary = snapshot.templates.vocabulary
        let shown = filter.apply(portfolio.agreements)
        let calendar = DueList(agreements: shown, asOf: day)
        var main = "<h1>Aftaler pr. \(HTMLText.escape(DanishFormat.date(day)))</h1>\n"
        main += filterForm(vocabulary)
        main += "<p class=\"count\" role=\"status\">Viser \(shown.count) af \(portfolio.agreements.count) gyldige aftaler.</p>\n"
        let rows = shown.map { agreement -> [String] in
            let status = agreement.status(on: day) ?? agreement.status
            // However far ahead (the calendar below stops after 90 days), as the status report names it.
            let due = DueList.headline(in: DueList.items(of: agreement, asOf: day)).map { item in
                "\(DanishFormat.period(item.period)): \(DueList.oneLine(item.what))"
                    + (item.state == .overdue ? " (forfalden)" : item.state == .due ? " (aktuel)" : "")
            } ?? "–"
            return [
                "<a href=\"/aftaler/\(HTMLText.escape(agreement.id))\">\(HTMLText.escape(agreement.title))</a>",
                HTMLText.escape(agreement.area.label),
                "<span class=\"status \(HTMLStyle.statusClass(status))\">\(HTMLText.escape(status.label))</span>",
                HTMLText.escape(due),
                HTMLText.escape(agreement.healthAgreements.map(\.label).joined(separator: ", ")),
            ]
        }
        main += Table.html(caption: "Aftaler, i dansk alfabetisk orden", id: "aftaler",
                           headers: ["Titel", "Indsatsområde", "Status", "Næste opfølgning", "Sundhedsaftaler"], rows: rows)
        main += leftOut(portfolio)
        main += dueTable(calendar)
        return PageShell.page(title: "Aftaler", token: token, main: main, current: "/")
    }

    private func filterForm(_ vocabulary: Vocabulary) -> String {
        let areas = vocabulary.areas.terms.map { ($0.id, $0.label) }
        let statuses = Status.allCases.map { ($0.rawValue, $0.label) }
        let periods = vocabulary.healthAgreements.terms.map { ($0.id, $0.label) }
        return """
            <form class="filters" method="get" action="/" aria-label="Filtrér aftalerne">
            <label>Indsatsområde <select name="omraade">\(PageShell.options(areas, selected: chosen.area, empty: "Alle"))</select></label>
            <label>Status <select name="status">\(PageShell.options(statuses, selected: chosen.status, empty: "Alle"))</select></label>
            <label>Sundhedsaftale <select name="sundhedsaftale">\(PageShell.options(periods, selected: chosen.healthAgreement, empty: "Alle"))</select></label>
            <button type="submit">Vis</button>
            </form>

            """
    }

    private func leftOut(_ portfolio: Portfolio) -> String {
        guard !portfolio.tally.leftOut.isEmpty else { return "" }
        let rows = portfolio.tally.leftOut.map { file -> [String] in
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            let what = file.state == .incomplete ? "Kladde: \(file.problemCount) felt(er) mangler" : "\(file.problemCount) fejl"
            let link = AgreementID.problem(with: id) == nil
                ? "<a href=\"/aftaler/\(HTMLText.escape(id))/rediger\">\(HTMLText.escape(file.path))</a>" : HTMLText.escape(file.path)
            return [link, HTMLText.escape(what)]
        }
        return "<h2>Kladder og filer med fejl</h2>\n<p>De indgår ikke i rapporter og eksport, før de er færdige.</p>\n"
            + Table.html(caption: "Filer, der er udeladt", id: "udeladte", headers: ["Fil", "Hvorfor"], rows: rows)
    }

    private func dueTable(_ calendar: DueList) -> String {
        let rows = calendar.items.map { item -> [String] in
            [HTMLText.escape(item.state.rawValue.prefix(1).uppercased() + item.state.rawValue.dropFirst()),
             HTMLText.escape(DanishFormat.period(item.period)), HTMLText.escape(item.what),
             "<a href=\"/aftaler/\(HTMLText.escape(item.agreementID))\">\(HTMLText.escape(item.agreementTitle))</a>"]
        }
        return "<h2>Opfølgning pr. \(HTMLText.escape(DanishFormat.date(day)))</h2>\n"
            + "<p>Forfaldne først, derefter aktuelle og kommende i de næste \(DueList.defaultWindow) dage.</p>\n"
            + Table.html(caption: "Opfølgningskalender", id: "kalender", headers: ["Tilstand", "Tid", "Hvad", "Aftale"], rows: rows)
    }
}

/// A table with a caption and column headers; cells are HTML already escaped.
enum Table {
    static func html(caption: String, id: String, headers: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<p id=\"\(id)\">Ingen.</p>\n" }
        // A wide table scrolls in its own region, which the keyboard can reach (tabindex) and a
        // screen reader names (its caption).
        var html = HTMLText.scrollingTableStart(caption: caption, ["id": id]) + "\n<thead><tr>"
        html += headers.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
