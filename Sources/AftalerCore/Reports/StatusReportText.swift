/// The status report as plain UTF-8 text and as Markdown.
///
/// Text: the title underlined with `=`, parts and groups with `-`, agreements with `~`; facts as
/// aligned `Label: value` lines; sections as `Hvad: …` paragraphs like seed 001. Markdown: the
/// same with `#`, `##`, `###` headings, bold labels and lists. Both put the overview table
/// (`Overview`) under its own heading between the introduction and the contents.
extension StatusReport {
    /// The report as plain text.
    public func text() -> String {
        var out = underlined(title, "=") + ["", subtitle, dateLine, ""]
        out += underlined("Indledning", "-") + [""]
        for paragraph in introduction { out += [paragraph, ""] }
        if !groups.isEmpty { out += [Self.areaListLead] + areaSummaries.map { "- \($0)" } + [""] }
        if !groups.isEmpty { out += underlined(Overview.heading, "-") + [""] + overview.textTable() + [""] }
        out += underlined("Indhold", "-") + [""]
        if groups.isEmpty { out.append("Ingen aftaler.") }
        for group in groups {
            out.append(Self.heading(group))
            out += group.entries.map { "   " + Self.heading($0) }
        }
        for group in groups {
            out += [""] + underlined(Self.heading(group), "-")
            for entry in group.entries {
                out += [""] + underlined(Self.heading(entry), "~") + [""]
                let width = entry.facts.map(\.label.count).max() ?? 0
                out += entry.facts.map { $0.label + ":" + String(repeating: " ", count: width - $0.label.count + 1) + $0.value }
                for section in Self.sections {
                    guard let text = entry.text(of: section) else { continue }
                    out += ["", "\(section): \(text)"]
                }
                out += entry.decisions.isEmpty ? ["", "\(Self.decisionsLabel): \(Self.noDecisions)"]
                    : ["", "\(Self.decisionsLabel):"] + entry.decisions.map { "- " + AgreementFacts.decisionLine($0) }
                out += ["", "\(Self.nextFollowUpLabel): \(Self.nextFollowUpLine(entry))"]
                if !entry.overdue.isEmpty {
                    out += ["", "\(Self.overdueLabel):"] + entry.overdue.map { "- " + Self.overdueLine($0) }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as Markdown.
    public func markdown() -> String {
        var out = ["# \(title)", "", subtitle, "", dateLine, "", "## Indledning", ""]
        for paragraph in introduction { out += [paragraph, ""] }
        if !groups.isEmpty { out += [Self.areaListLead, ""] + areaSummaries.map { "- \($0)" } + [""] }
        if !groups.isEmpty { out += ["## \(Overview.heading)", ""] + overview.markdownTable() + [""] }
        out += ["## Indhold", ""]
        if groups.isEmpty { out.append("Ingen aftaler.") }
        for group in groups {
            out.append(Self.heading(group))
            out += group.entries.map { "   - " + Self.heading($0) }
        }
        for group in groups {
            out += ["", "## \(Self.heading(group))"]
            for entry in group.entries {
                out += ["", "### \(Self.heading(entry))", ""]
                out += entry.facts.map { "- **\($0.label):** \($0.value)" }
                for section in Self.sections {
                    guard let text = entry.text(of: section) else { continue }
                    out += ["", Self.labelled(section, text)]
                }
                out += entry.decisions.isEmpty ? ["", "**\(Self.decisionsLabel):** \(Self.noDecisions)"]
                    : ["", "**\(Self.decisionsLabel):**", ""] + entry.decisions.map { "- " + AgreementFacts.decisionLine($0) }
                out += ["", "**\(Self.nextFollowUpLabel):** \(Self.nextFollowUpLine(entry))"]
                if !entry.overdue.isEmpty {
                    out += ["", "**\(Self.overdueLabel):**", ""] + entry.overdue.map { "- " + Self.overdueLine($0) }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func underlined(_ heading: String, _ character: Character) -> [String] {
        [heading, String(repeating: character, count: heading.count)]
    }

    /// `**Label:** text`, or the label on a line of its own when the text starts with a block
    /// (a list or a heading) that must stand at the start of a line.
    private static func labelled(_ label: String, _ text: String) -> String {
        let first = text.prefix { $0 != "\n" }
        let startsBlock = ["- ", "* ", "• ", "#", "> "].contains { first.hasPrefix($0) }
            || first.first?.isNumber == true && first.drop { $0.isNumber }.hasPrefix(". ")
        return startsBlock ? "**\(label):**\n\n\(text)" : "**\(label):** \(text)"
    }
}

extension StatusReport.Overview {
    /// The overview as aligned plain-text lines: area labels left-aligned, counts right-aligned
    /// under their status (the last column is a count, so no line ends in spaces), a rule under
    /// the header and above the total row.
    func textTable() -> [String] {
        let header = [Self.rowHeader] + statuses.map(\.label) + [Self.totalLabel]
        let body = rows.map { [$0.label] + $0.counts.map(String.init) + [String($0.total)] }
        let footer = [Self.totalLabel] + totals.map(String.init) + [String(total)]
        let widths = header.indices.map { column in ([header, footer] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        return [line(header), rule] + body.map(line) + [rule, line(footer)]
    }

    /// The overview as a Markdown table: counts right-aligned, the total row in bold.
    func markdownTable() -> [String] {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.map { $0 == "|" ? "\\|" : String($0) }.joined() }.joined(separator: " | ") + " |"
        }
        let header = [Self.rowHeader] + statuses.map(\.label) + [Self.totalLabel]
        let alignment = ":--" + String(repeating: " | --:", count: header.count - 1)
        return [line(header), "| \(alignment) |"]
            + rows.map { line([$0.label] + $0.counts.map(String.init) + [String($0.total)]) }
            + [line(([Self.totalLabel] + totals.map(String.init) + [String(total)]).map { "**\($0)**" })]
    }
}
