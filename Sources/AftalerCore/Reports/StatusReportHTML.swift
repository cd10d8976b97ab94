/// The status report as one standalone, accessible HTML page (`lang="da"`, one `h1`, headings
/// h1–h5 in order, a linked table of contents in a `nav`, facts as definition lists, decision
/// histories as tables with column headers, the stylesheet of `HTMLPage`).
extension StatusReport {
    /// The report as an HTML page.
    public func html() -> String {
        var body = [
            "<header>", HTMLText.element("h1", title),
            HTMLText.element("p", subtitle, ["class": "subtitle"]),
            HTMLText.element("p", dateLine, ["class": "subtitle"]), "</header>", "<main>",
        ]
        body += introductionHTML() + contentsHTML()
        for group in groups {
            let id = "omraade-\(group.number)"
            body.append("<section aria-labelledby=\"\(id)\">")
            body.append(HTMLText.element("h2", Self.heading(group), ["class": "area", "id": id]))
            for entry in group.entries { body += entryHTML(entry) }
            body.append("</section>")
        }
        body.append("</main>")
        return HTMLPage.document(title: "\(title) – \(dateLine)", body: body.joined(separator: "\n"))
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
            : AgreementHTML.decisionTable(entry.decisions, caption: "Beslutninger om \(entry.agreement.title)"))
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
