/// The status report as one standalone, accessible HTML page (`lang="da"`, one `h1`, headings
/// h1–h5 in order, an overview table, a linked table of contents in a `nav`, facts as
/// definition lists, decision histories as tables with column headers, the stylesheet of
/// `HTMLPage`).
///
/// Captions never repeat the heading they stand under: the decision table under an agreement's
/// heading is captioned "Beslutninger, ældste først", not with the agreement's title again.
extension StatusReport {
    /// The report as an HTML page.
    public func html() -> String {
        htmlPieces().joined()
    }

    /// The page in pieces of a few hundred lines: joined they are ``html()``.
    public func htmlPieces() -> [String] {
        var pieces: [String] = []
        htmlPieces { pieces.append($0) }
        return pieces
    }

    /// The page in pieces of a few hundred lines, each handed to `take` as soon as it is made:
    /// joined they are ``html()``. A report of thousands of agreements (18 MB of HTML at 10k) is
    /// then never held whole (the handover bundle hashes and deflates each piece as it comes).
    public func htmlPieces<E: Error>(_ take: (String) throws(E) -> Void) throws(E) {
        let (head, tail) = HTMLPage.frame(title: "\(title) – \(dateLine)")
        try take(head)
        var lines = [
            "<header>", HTMLText.element("h1", title),
            HTMLText.element("p", subtitle, ["class": "subtitle"]),
            HTMLText.element("p", dateLine, ["class": "subtitle"]), "</header>", "<main>",
        ]
        // Lines are joined by "\n"; a piece after the first of the body starts with the one before its first line.
        var firstOfBody = true
        func flush() throws(E) {
            try take((firstOfBody ? "" : "\n") + lines.joined(separator: "\n"))
            firstOfBody = false
            lines.removeAll(keepingCapacity: true)
        }
        lines += introductionHTML() + overviewHTML() + contentsHTML()
        for group in groups {
            let id = "omraade-\(group.number)"
            lines.append("<section aria-labelledby=\"\(id)\">")
            lines.append(HTMLText.element("h2", Self.heading(group), ["class": "area", "id": id]))
            for entry in group.entries {
                lines += entryHTML(entry)
                if lines.count >= 512 { try flush() }
            }
            lines.append("</section>")
        }
        lines.append("</main>")
        try flush()
        try take(tail)
    }

    /// The anchor of an agreement in the page: ids are slugs, so they are valid and unique.
    static func anchor(_ entry: Entry) -> String { "aftale-\(entry.agreement.id)" }

    private func introductionHTML() -> [String] {
        var lines = ["<section aria-labelledby=\"indledning\">", HTMLText.element("h2", "Indledning", ["id": "indledning"])]
        lines += introduction.map { HTMLText.element("p", $0) }
        if !groups.isEmpty {
            lines.append(HTMLText.element("p", Self.areaListLead))
            lines += ["<ul>"] + areaSummaries.map { HTMLText.element("li", $0) } + ["</ul>"]
        }
        return lines + ["</section>"]
    }

    /// The overview as a table: a header row of the statuses, each a coloured marker and its
    /// word (`th.status-*` in `HTMLStyle`, so colour is never the only cue; soft hyphens at its
    /// syllables), a row per group headed by its label (`<th scope="row">`), and the totals in a
    /// `tfoot`. Left out when the report has no agreements.
    private func overviewHTML() -> [String] {
        guard !groups.isEmpty else { return [] }
        let overview = overview
        var lines = ["<section aria-labelledby=\"overblik\">",
                     HTMLText.element("h2", Overview.heading, ["id": "overblik"]),
                     // Seven or more status columns are wider than the text column: the table scrolls
                     // sideways in its own focusable region instead of running off the page, under its
                     // caption and beside its row headers (`HTMLStyle`).
                     HTMLText.scrollingTableStart(caption: Overview.caption, ["class": "overview sticky-first"]),
                     "<thead>", "<tr>"]
        lines.append(HTMLText.element("th", Overview.rowHeader, ["scope": "col"]))
        // Each status word carries its Danish divisions as soft hyphens (as in the Word report), so
        // that the nine columns fit a desktop's text column, divided only where a Dane would.
        lines += overview.statuses.map {
            HTMLText.element("th", $0.hyphenatedLabel, ["scope": "col", "class": "count status \(HTMLStyle.statusClass($0))"])
        }
        lines += [HTMLText.element("th", Overview.totalLabel, ["scope": "col", "class": "count"]), "</tr>", "</thead>", "<tbody>"]
        lines += overview.rows.map { overviewRow($0.label, $0.counts + [$0.total]) }
        lines += ["</tbody>", "<tfoot>", overviewRow(Overview.totalLabel, overview.totals + [overview.total]), "</tfoot>"]
        return lines + ["</table>", "</div>", "</section>"]
    }

    private func overviewRow(_ label: String, _ counts: [Int]) -> String {
        "<tr>" + HTMLText.element("th", label, ["scope": "row"]) + counts.map {
            HTMLText.element("td", String($0), ["class": $0 == 0 ? "count zero" : "count"])
        }.joined() + "</tr>"
    }

    private func contentsHTML() -> [String] {
        var lines = ["<nav class=\"toc\" aria-labelledby=\"indhold\">", HTMLText.element("h2", "Indhold", ["id": "indhold"])]
        guard !groups.isEmpty else { return lines + [HTMLText.element("p", "Ingen aftaler."), "</nav>"] }
        lines.append("<ol>")
        for group in groups {
            lines.append("<li>" + link("#omraade-\(group.number)", Self.heading(group)))
            lines.append("<ol>")
            lines += group.entries.map { "<li>" + link("#" + Self.anchor($0), Self.heading($0)) + "</li>" }
            lines += ["</ol>", "</li>"]
        }
        return lines + ["</ol>", "</nav>"]
    }

    private func entryHTML(_ entry: Entry) -> [String] {
        let id = Self.anchor(entry)
        var lines = ["<article aria-labelledby=\"\(id)\">", HTMLText.element("h3", Self.heading(entry), ["id": id])]
        lines.append(AgreementHTML.factList(entry.facts))
        for section in Self.sections {
            guard let text = entry.text(of: section) else { continue }
            lines += [HTMLText.element("h4", section), HTMLText.blocks(text, headingLevel: 5)]
        }
        lines.append(HTMLText.element("h4", Self.decisionsLabel))
        lines.append(entry.decisions.isEmpty ? HTMLText.element("p", Self.noDecisions)
            : AgreementHTML.decisionTable(entry.decisions, caption: Self.decisionsCaption))
        lines += [HTMLText.element("h4", Self.nextFollowUpLabel), HTMLText.element("p", Self.nextFollowUpLine(entry))]
        if !entry.overdue.isEmpty {
            lines.append(HTMLText.element("h4", Self.overdueLabel))
            lines += ["<ul>"] + entry.overdue.map { HTMLText.element("li", Self.overdueLine($0)) } + ["</ul>"]
        }
        lines.append("</article>")
        return lines
    }

    private func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(HTMLText.escape(href))\">\(HTMLText.escape(text))</a>"
    }
}
