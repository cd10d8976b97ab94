/// One agreement as a standalone, accessible HTML page, and the pieces of it (facts, decision
/// table, follow-up table) that the status report reuses.
///
/// The page has one `h1` (the title), the facts as a definition list, each section as an `h2`
/// with its text (the milestones as a table after "Proces og tidsplan"), then the decision history and the follow-ups as tables with column headers
/// (`<th scope="col">`) and captions, and the links. Everything from the sources is escaped.
///
/// The agreement's id (its file's slug) is for the secretariat, not for readers: the page leaves
/// the "Id" fact out and carries the id as `data-id` on `<main>`, where tools can still find it.
public enum AgreementHTML {
    /// The whole page.
    public static func page(_ agreement: Agreement) -> String {
        HTMLPage.document(title: agreement.title, body: content(agreement, element: "main"))
    }

    /// The agreement as one element (`main` on its own page, `article` inside another page such as
    /// the drafting page's preview), its title at `h1`.
    public static func content(_ agreement: Agreement, element: String) -> String {
        var body: [String] = ["<\(element) data-id=\"\(HTMLText.escape(agreement.id))\">", HTMLText.element("h1", agreement.title)]
        body.append(factList(AgreementFacts(agreement).readerPairs))
        let milestonesAfter = MilestoneSection.index(in: agreement)
        for (index, section) in agreement.sections.enumerated() {
            body.append(HTMLText.element("h2", section.heading))
            body.append(HTMLText.blocks(section.text, headingLevel: 3))
            if index == milestonesAfter { body.append(milestoneTable(agreement)) }
        }
        if !agreement.milestones.isEmpty, milestonesAfter == nil {
            body.append(HTMLText.element("h2", MilestoneSection.ownHeading))
            body.append(milestoneTable(agreement))
        }
        if !agreement.decisions.isEmpty {
            body.append(HTMLText.element("h2", "Beslutninger"))
            body.append(decisionTable(agreement.decisions, caption: "Beslutninger om aftalen, ældste først"))
        }
        if !agreement.followUps.isEmpty {
            body.append(HTMLText.element("h2", "Opfølgning"))
            body.append(followUpTable(agreement.followUps, caption: "Planlagt opfølgning, første først"))
        }
        if !agreement.links.isEmpty {
            body.append(HTMLText.element("h2", "Links"))
            body.append(linkList(agreement.links))
        }
        body.append("</\(element)>")
        return body.joined(separator: "\n")
    }

    /// Label/value pairs as a definition list.
    public static func factList(_ pairs: [(label: String, value: String)]) -> String {
        var lines = ["<dl class=\"facts\">"]
        for pair in pairs {
            lines.append(HTMLText.element("dt", pair.label))
            lines.append(HTMLText.element("dd", pair.value))
        }
        lines.append("</dl>")
        return lines.joined(separator: "\n")
    }

    /// The decision history, oldest first: Dato, Organ, Udfald, Bemærkning.
    public static func decisionTable(_ decisions: [Decision], caption: String) -> String {
        let rows = Decision.chronological(decisions).map { decision in
            [decision.dateText, decision.bodyLabel, decision.outcomeText, decision.note ?? ""]
        }
        return table(caption: caption, headers: ["Dato", "Organ", "Udfald", "Bemærkning"], rows: rows, periodColumns: [0])
    }

    /// Follow-up obligations, earliest first: Tid, Hvad.
    public static func followUpTable(_ followUps: [FollowUp], caption: String) -> String {
        let rows = FollowUp.chronological(followUps).map { [$0.dueText, $0.what] }
        return table(caption: caption, headers: ["Tid", "Hvad"], rows: rows, periodColumns: [0])
    }

    /// The milestones in the timetable's order: Tid, Milepæl (with when it was done).
    public static func milestoneTable(_ agreement: Agreement) -> String {
        table(caption: MilestoneSection.caption, headers: MilestoneSection.columns, rows: MilestoneSection.rows(agreement),
              periodColumns: [0])
    }

    /// Links as a list; the addresses come from the sources and are escaped like all text.
    public static func linkList(_ links: [Link]) -> String {
        let items = links.map { link in
            "<li><a href=\"\(HTMLText.escape(link.url))\">\(HTMLText.escape(link.title))</a></li>"
        }
        return (["<ul>"] + items + ["</ul>"]).joined(separator: "\n")
    }

    /// A data table with a caption and one row of column headers. The cells of `periodColumns`
    /// hold a date or period ("2019–2021", "2.–3. kvartal 2024") and get the class `period`, which
    /// the page's stylesheet keeps on one line, so no period wraps mid-expression. On a phone such
    /// a table can be wider than the page (a date, "Sundhedssamarbejdsudvalget (SSU)"): it then
    /// scrolls sideways in its wrapper (`.table-wrap`), not the whole page. The wrapper is no
    /// landmark and no tab stop (a report has one such table per agreement); browsers let the
    /// keyboard scroll it when it scrolls.
    public static func table(caption: String, headers: [String], rows: [[String]], periodColumns: Set<Int> = []) -> String {
        var lines = ["<div class=\"table-wrap\">", "<table>", HTMLText.element("caption", caption), "<thead>", "<tr>"]
        lines += headers.map { HTMLText.element("th", $0, ["scope": "col"]) }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in rows {
            lines.append("<tr>" + row.enumerated().map { column, cell in
                HTMLText.element("td", cell, periodColumns.contains(column) ? ["class": "period"] : [:])
            }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines.joined(separator: "\n")
    }
}
