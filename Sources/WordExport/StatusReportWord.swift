import AftalerCore
import WordDocument

/// The status report as a Word document, with the content of `StatusReport` (the same model the
/// text, Markdown and HTML say): title, subtitle and date line, Indledning, Overblik (the overview
/// table), a written Indhold
/// (a TOC field would stay stale until Word updates it), then each indsatsområde as `Heading1`,
/// each agreement as `Heading2` with its facts, its sections and the decision history, next
/// follow-up and overdue obligations under `Heading3`.
public enum StatusReportWord {
    /// The document of `report`, dated by the report's day.
    public static func document(_ report: StatusReport) -> WordDocument {
        var blocks: [WordBlock] = [
            .paragraph(WordParagraph(.title, text: report.title)),
            .paragraph(WordParagraph(.subtitle, text: report.subtitle)),
            .paragraph(WordParagraph(.subtitle, text: report.dateLine)),
            heading(1, "Indledning"),
        ]
        blocks += report.introduction.map { .paragraph(WordParagraph(text: $0)) }
        if !report.groups.isEmpty {
            blocks.append(.paragraph(WordParagraph(text: StatusReport.areaListLead)))
            blocks.append(.list(WordList(.bullet, items: report.areaSummaries.map { [.run(WordRun($0))] })))
        }
        blocks += overview(report)
        blocks += contents(report)
        let properties = WordProperties(
            title: report.title, subject: report.dateLine, creator: AgreementWord.creator,
            keywords: "statusrapport; samarbejdsaftaler", description: report.subtitle,
            created: WordBlocks.wordDate(report.asOf))
        return WordDocument(properties: properties, blocks: blocks, laterBlocks: groups(report), header: report.subtitle,
                            footer: "\(report.title) – \(report.dateLine)")
    }

    /// Each group's heading, then each of its agreements, one part each, made as the document is
    /// written: at 10,000 agreements the whole body as values was about 40 MB (massif, 2026-12-03).
    private static func groups(_ report: StatusReport) -> WordBlockParts {
        // (group, nil) is the group's heading, (group, entry) one of its agreements.
        var parts: [(group: Int, entry: Int?)] = []
        for (group, content) in report.groups.enumerated() {
            parts.append((group, nil))
            parts += content.entries.indices.map { (group, $0) }
        }
        return WordBlockParts(count: parts.count) { [parts] index in
            let (group, entry) = parts[index], content = report.groups[group]
            guard let entry else { return [heading(1, StatusReport.heading(content))] }
            return self.entry(content.entries[entry])
        }
    }

    /// "Overblik": the overview table (`StatusReport.Overview`) with a header row of statuses and
    /// a total row and column; nothing when the report has no agreements.
    ///
    /// Word's table is fixed to the page's 17 cm, so a status column is 1.6 cm wide with seven
    /// statuses and 1.3 cm with all ten, and a status word does not fit on one line: the header
    /// gives each word its Danish divisions (`Status.hyphenatedLabel`), where Word and LibreOffice
    /// divide it with a hyphen instead of between any two letters ("Godke|ndt"). Its longest
    /// syllables in bold ("Under", "igang-") need about 1 cm at 11 pt, which a column has with up to
    /// ``overviewStatusesAtFullSize`` statuses; with more, the table is set in 9 pt. The total
    /// column holds four digits (8,377 agreements); the area names wrap in the widest column.
    private static func overview(_ report: StatusReport) -> [WordBlock] {
        guard !report.groups.isEmpty else { return [] }
        typealias Overview = StatusReport.Overview
        let overview = report.overview
        let header = [Overview.rowHeader] + overview.statuses.map(\.hyphenatedLabel) + [Overview.totalLabel]
        let rows = overview.rows.map { [$0.label] + $0.counts.map(String.init) + [String($0.total)] }
            + [[Overview.totalLabel] + overview.totals.map(String.init) + [String(overview.total)]]
        let widths = [2.6] + Array(repeating: 1.0, count: overview.statuses.count) + [0.9]
        let textSize = overview.statuses.count > overviewStatusesAtFullSize ? 9 : nil
        return [heading(1, Overview.heading),
                .table(WordTable(header: header, textRows: rows, widths: widths, caption: Overview.caption,
                                 textSize: textSize))]
    }

    /// The most statuses the overview has room for in the document's 11 pt (see `overview`).
    static let overviewStatusesAtFullSize = 8

    /// "Indhold": each group's heading, then its agreements as a list.
    private static func contents(_ report: StatusReport) -> [WordBlock] {
        var blocks = [heading(1, "Indhold")]
        if report.groups.isEmpty { return blocks + [.paragraph(WordParagraph(text: "Ingen aftaler."))] }
        for group in report.groups {
            blocks.append(.paragraph(WordParagraph(.normal, [.run(WordRun(StatusReport.heading(group), bold: true))],
                                                   keepWithNext: true)))
            blocks.append(.list(WordList(.bullet, items: group.entries.map { [.run(WordRun(StatusReport.heading($0)))] })))
        }
        return blocks
    }

    private static func entry(_ entry: StatusReport.Entry) -> [WordBlock] {
        var blocks = [heading(2, StatusReport.heading(entry))]
        blocks += entry.facts.map { fact in
            .paragraph(WordParagraph(.normal, [.run(WordRun(fact.label + ": ", bold: true)), .run(WordRun(fact.value))]))
        }
        for section in StatusReport.sections {
            guard let text = entry.text(of: section) else { continue }
            blocks.append(heading(3, section))
            blocks += WordBlocks.section(text, headingLevel: 4)
        }
        blocks.append(heading(3, StatusReport.decisionsLabel))
        blocks.append(entry.decisions.isEmpty ? .paragraph(WordParagraph(text: StatusReport.noDecisions))
            : .table(WordBlocks.decisionTable(entry.decisions, caption: "Beslutninger om \(entry.agreement.title)")))
        blocks.append(heading(3, StatusReport.nextFollowUpLabel))
        blocks.append(.paragraph(WordParagraph(text: StatusReport.nextFollowUpLine(entry))))
        if !entry.overdue.isEmpty {
            blocks.append(heading(3, StatusReport.overdueLabel))
            blocks.append(.list(WordList(.bullet, items: entry.overdue.map { [.run(WordRun(StatusReport.overdueLine($0)))] })))
        }
        return blocks
    }

    private static func heading(_ level: Int, _ text: String) -> WordBlock {
        .paragraph(WordParagraph(.heading(level), text: text))
    }
}
