/// The sign-off matrix as one standalone, accessible HTML page: `lang="da"`, one `h1`, the matrix
/// as a data table with a caption, the parties as column headers and the agreements as row headers
/// (`scope`), every cell in words (colour is never the only cue), a counts row and column, and a
/// legend. The page is as wide as the matrix and prints on A3 landscape.
extension SignoffReport {
    /// The report as an HTML page.
    public func html() -> String {
        var body = ["<header>", HTMLText.element("h1", Self.title), HTMLText.element("p", dateLine, ["class": "subtitle"]),
                    "</header>", "<main>"]
        body.append(HTMLText.element("p", "\(rows.count) aftale(r) × \(parties.count) parter: " + countsLine(count)))
        if let oldest = oldestWaiting {
            body.append(HTMLText.element("p", "Ældste ventende: \(oldest.party.label), \(oldest.agreement.title), "
                                         + "venter siden \(DanishFormat.period(oldest.since))."))
        }
        body += legendHTML()
        body += rows.isEmpty ? [HTMLText.element("p", "Ingen aftaler med disse parter.")] : tableHTML()
        let notes = rows.compactMap { row in row.note.map { (row.agreement.title, $0) } }
        if !notes.isEmpty {
            body.append(HTMLText.element("h2", "Noter"))
            body.append("<dl class=\"notes\">")
            for (title, note) in notes { body += [HTMLText.element("dt", title), HTMLText.element("dd", note)] }
            body.append("</dl>")
        }
        body.append("</main>")
        return HTMLPage.document(title: "\(Self.title) – \(dateLine)", body: body.joined(separator: "\n"),
                                 css: Self.css)
    }

    private func legendHTML() -> [String] {
        var lines = [HTMLText.element("h2", "Forklaring"), "<ul class=\"legend\">"]
        for kind in SignoffState.Kind.allCases {
            lines.append("<li>" + HTMLText.element("span", kind.rawValue, ["class": "cell \(Self.cssClass(kind))"]) + "</li>")
        }
        return lines + ["</ul>"]
    }

    private func tableHTML() -> [String] {
        var lines = [HTMLText.element("h2", "Aftaler og parter"),
                     HTMLText.scrollingTableStart(caption: "Godkendelse af hver aftale i hver part, \(dateLine.lowercased())",
                                                  ["class": "matrix sticky-first"]),
                     "<thead>", "<tr>", HTMLText.element("th", "Aftale", ["scope": "col"])]
        lines += parties.map { HTMLText.element("th", Self.shortName($0), ["scope": "col", "title": $0.label]) }
        lines += [HTMLText.element("th", "Godkendt", ["scope": "col"]), HTMLText.element("th", "Venter siden", ["scope": "col"]),
                  "</tr>", "</thead>", "<tbody>"]
        for row in rows {
            lines.append("<tr>")
            lines.append(HTMLText.element("th", "\(row.agreement.title) (\(row.agreement.status.rawValue))", ["scope": "row"]))
            for state in row.cells {
                lines.append(HTMLText.element("td", Self.text(state), ["class": Self.cssClass(state.kind)]))
            }
            let inScope = row.cells.count - row.count(.notAParty)
            lines.append(HTMLText.element("td", "\(row.count(.approved)) af \(inScope)", ["class": "count"]))
            lines.append(HTMLText.element("td", row.oldestWaiting.map(DanishFormat.period) ?? "–", ["class": "count"]))
            lines.append("</tr>")
        }
        lines += ["</tbody>", "<tfoot>", "<tr>", HTMLText.element("th", "Godkendt", ["scope": "row"])]
        for column in parties.indices {
            let inScope = rows.count - count(column: column, .notAParty)
            lines.append(HTMLText.element("td", "\(count(column: column, .approved)) af \(inScope)", ["class": "count"]))
        }
        lines.append(HTMLText.element("td", "\(count(.approved))", ["class": "count"]))
        lines.append(HTMLText.element("td", oldestWaiting.map { DanishFormat.period($0.since) } ?? "–", ["class": "count"]))
        return lines + ["</tr>", "</tfoot>", "</table>", "</div>"]
    }

    /// The class of a cell of `kind`.
    static func cssClass(_ kind: SignoffState.Kind) -> String {
        switch kind {
        case .approved: "s-godkendt"
        case .waiting: "s-venter"
        case .rejected: "s-afvist"
        case .notSent: "s-ikke-sendt"
        case .notRecorded: "s-ikke-registreret"
        case .notAParty: "s-ikke-part"
        }
    }

    /// The page's own styles: a wide body, small cells, a fill per state (the text colour
    /// `--fg-text` has a contrast of at least 4.5:1 on each fill), A3 landscape in print, in type
    /// small enough for all 21 parties and the two count columns to fit the sheet's width.
    ///
    /// The matrix scrolls sideways under its caption with the agreements' titles kept in view,
    /// narrower on a phone so that a party's column fits beside them. The parties' names read
    /// upwards: each header is turned half a circle, so its borders are given turned too (top and
    /// left show as bottom and right). The notes put each agreement's title above its note: a
    /// title is too long for a column beside it.
    static let css = """
        body { max-width: none; }
        table.matrix { font-size: 0.8rem; width: auto; }
        .matrix th[scope="col"] { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
        .matrix thead th { border-width: 1px 0 0 1px; }
        .matrix thead th:first-child { border-width: 1px 1px 0 1px; }
        .matrix th[scope="row"] { min-width: 16rem; }
        @media (max-width: 40rem) { .matrix th[scope="row"] { min-width: 10rem; } }
        dl.notes dt { font-weight: 600; margin-top: 0.75rem; }
        dl.notes dd { margin: 0 0 0.5rem; }
        td.count { font-weight: 600; white-space: nowrap; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
        .legend .cell { display: inline-block; padding: 0.1rem 0.5rem; border: 1px solid var(--border); }
        .s-godkendt { background: #c6efce; color: var(--fg-text); }
        .s-venter { background: #ffeb9c; color: var(--fg-text); }
        .s-afvist { background: #ffc7ce; color: var(--fg-text); }
        .s-ikke-sendt { background: #ffffff; color: var(--fg-text); }
        .s-ikke-registreret { background: #e7e6e6; color: var(--fg-text); }
        .s-ikke-part { background: #ffffff; color: var(--fg-muted); }
        @page { size: A3 landscape; margin: 1.5cm; }
        @media print {
          table.matrix { font-size: 6.5pt; }
          .matrix th, .matrix td { padding: 0.15rem 0.25rem; }
          .matrix th[scope="row"] { min-width: 0; width: 10rem; }
        }

        """
}
