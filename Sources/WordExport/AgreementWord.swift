import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WordDocument

/// One agreement as a Word document: the title (style Title), the facts as a table, each section
/// as a `Heading1` with its paragraphs, lists and sub-headings (`Heading2`) (the milestones as a
/// table after "Proces og tidsplan"), the decision history
/// and the follow-ups as tables with a header row, and the links as a list of hyperlinks. The
/// same facts, lines and order as the text and HTML renderings (`AgreementFacts`,
/// `Decision.chronological`, `SectionBlock`).
public enum AgreementWord {
    /// Who the documents are from, written as their author.
    public static let creator = StatusReport.defaultSubtitle

    /// The document of `agreement`, dated `date` (its properties and zip entries).
    public static func document(_ agreement: Agreement, date: CivilDate) -> WordDocument {
        var blocks: [WordBlock] = [.paragraph(WordParagraph(.title, text: agreement.title))]
        blocks.append(.table(WordTable(header: ["Oplysning", "Værdi"],
                                       textRows: AgreementFacts(agreement).pairs.map { [$0.label, $0.value] },
                                       widths: [1, 3], caption: "Oplysninger om aftalen")))
        let milestonesAfter = MilestoneSection.index(in: agreement)
        let milestones = WordTable(header: MilestoneSection.columns, textRows: MilestoneSection.rows(agreement), widths: [1, 3],
                                   caption: MilestoneSection.caption)
        for (index, section) in agreement.sections.enumerated() {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: section.heading)))
            blocks += WordBlocks.section(section.text, headingLevel: 2)
            if index == milestonesAfter { blocks.append(.table(milestones)) }
        }
        if !agreement.milestones.isEmpty, milestonesAfter == nil {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: MilestoneSection.ownHeading)))
            blocks.append(.table(milestones))
        }
        if !agreement.decisions.isEmpty {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: "Beslutninger")))
            blocks.append(.table(WordBlocks.decisionTable(agreement.decisions, caption: "Beslutninger om aftalen, ældste først")))
        }
        if !agreement.followUps.isEmpty {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: "Opfølgning")))
            let rows = FollowUp.chronological(agreement.followUps).map { followUp in
                [followUp.dueText, followUp.what + AgreementFacts.completionText(followUp.done)]
            }
            blocks.append(.table(WordTable(header: ["Tid", "Hvad"], textRows: rows, widths: [1, 3],
                                           caption: "Planlagt opfølgning, første først")))
        }
        if !agreement.links.isEmpty {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: "Links")))
            blocks.append(.list(WordList(.bullet, items: agreement.links.map { link in
                [.hyperlink(url: link.url, runs: [WordRun(link.title)])]
            })))
        }
        let properties = WordProperties(
            title: agreement.title, subject: "\(agreement.kind.label) – \(agreement.area.label)", creator: creator,
            keywords: [agreement.kind.label, agreement.area.label, agreement.status.label].joined(separator: "; "),
            created: WordBlocks.wordDate(date))
        return WordDocument(properties: properties, blocks: blocks, header: agreement.title,
                            footer: "\(agreement.kind.label) · \(agreement.id)")
    }

    /// The day an agreement's own data is from, for `aftale render`, which has no plan: its latest
    /// dated fact (a status change, a taken decision, the entry into force), by its first day.
    /// Nil when the file dates nothing.
    public static func dataDate(of agreement: Agreement) -> CivilDate? {
        let days = agreement.statusHistory.compactMap { $0.date?.start }
            + agreement.decisions.filter { !$0.planned }.compactMap { $0.date?.start }
            + [agreement.entryIntoForce].compactMap { $0 }
        return days.max()
    }
}

/// Pieces shared by the agreement and the status report documents.
enum WordBlocks {
    /// A section's text (see `SectionBlock`): paragraphs, bullet lists, and its headings at
    /// `headingLevel` (a bold paragraph past level 3, which the package has no style for).
    static func section(_ text: String, headingLevel: Int) -> [WordBlock] {
        SectionBlock.parse(text).map { block in
            switch block {
            case .paragraph(let text):
                return .paragraph(WordParagraph(text: text))
            case .bulletList(let items):
                return .list(WordList(.bullet, items: items.map { [.run(WordRun($0))] }))
            case .numberedList(let items):
                return .list(WordList(.numbered, items: items.map { [.run(WordRun($0))] }))
            case .heading(let text):
                return headingLevel <= 3 ? .paragraph(WordParagraph(.heading(headingLevel), text: text))
                    : .paragraph(WordParagraph(.normal, [.run(WordRun(text, bold: true))], keepWithNext: true))
            }
        }
    }

    /// The decision history, oldest first: Dato, Organ, Udfald, Bemærkning (the HTML table's columns).
    static func decisionTable(_ decisions: [Decision], caption: String) -> WordTable {
        let rows = Decision.chronological(decisions).map { decision in
            [decision.dateText, decision.bodyLabel, decision.outcomeText, decision.note ?? ""]
        }
        return WordTable(header: ["Dato", "Organ", "Udfald", "Bemærkning"], textRows: rows, widths: [1.3, 1.6, 1.2, 2.4],
                         caption: caption)
    }

    /// A civil day as a document date (midnight UTC); a day outside Word's years 1980...9999 is
    /// moved to the nearest one of them.
    static func wordDate(_ date: CivilDate) -> WordDate {
        if date.year < 1980 { return WordDate(year: 1980, month: 1, day: 1)! }
        if date.year > 9999 { return WordDate(year: 9999, month: 12, day: 31)! }
        return WordDate(year: date.year, month: date.month, day: date.day)!
    }
}
