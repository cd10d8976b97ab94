/// The metadata of an agreement as Danish label/value pairs, shared by every renderer so that
/// text, Markdown and HTML always show the same facts in the same order.
public struct AgreementFacts: Sendable {
    public let pairs: [(label: String, value: String)]

    public init(_ agreement: Agreement) {
        var pairs: [(String, String)] = [
            ("Type", agreement.kind.label),
            ("Indsatsområde", agreement.area.label),
        ]
        if !agreement.parties.isEmpty {
            pairs.append(("Parter", agreement.parties.map(\.label).joined(separator: ", ")))
        }
        pairs.append(("Status", Self.statusLine(agreement)))
        if let responsible = agreement.responsible { pairs.append(("Ansvarlig", responsible.label)) }
        for relation in agreement.relations {
            pairs.append((relation.kind.label, relation.targetTitle ?? relation.target))
        }
        if let date = agreement.entryIntoForce { pairs.append(("Ikrafttrædelse", DanishFormat.date(date))) }
        if let evaluation = agreement.evaluation {
            pairs.append(("Evaluering", DanishFormat.period(evaluation) + Self.completionText(agreement.evaluationDone)))
        }
        if let handover = agreement.handover { pairs.append(("Overdrages til", handover.label)) }
        if agreement.approvalNotRecorded { pairs.append(("Godkendelse", "Godkendt; organ og dato er ikke registreret")) }
        pairs.append((Self.idLabel, agreement.id))
        self.pairs = pairs
    }

    /// The label of the agreement's id, its file's slug ("samarbejdsaftale-om-…").
    public static let idLabel = "Id"

    /// The facts a reader outside the secretariat is shown: all but the id. The text and Markdown
    /// renderings are the secretariat's own and keep the id, so an agreement can be found by it;
    /// the HTML page, which is published, shows `readerPairs` and keeps the id in a `data-id`
    /// attribute instead.
    public var readerPairs: [(label: String, value: String)] { pairs.filter { $0.label != Self.idLabel } }

    /// One line per decision: "29. september 2023: Sundhedssamarbejdsudvalget (SSU) – godkendt. Note";
    /// unknown facts are said ("Dato ikke oplyst: Organ ikke oplyst – godkendt"), planned decisions
    /// too ("2. maj 2025: Sundhedsstyregruppen (SSG) – forventes behandlet").
    public static func decisionLine(_ decision: Decision) -> String {
        var line = "\(decision.dateText): \(decision.bodyLabel) – \(decision.outcomeText)"
        if let note = decision.note { line += ". \(note)" }
        return line
    }

    /// One line per follow-up: "2026: Administrativ opfølgning ...", and when it was done and
    /// what came of it: "(udført marts 2026: …)".
    public static func followUpLine(_ followUp: FollowUp) -> String {
        "\(followUp.dueText): \(followUp.what)" + completionText(followUp.done)
    }

    /// " (udført 15. september 2023: resultat)", or "" when not recorded as done.
    public static func completionText(_ completion: Completion?) -> String {
        guard let completion else { return "" }
        return " (udført \(DanishFormat.period(completion.date))" + (completion.result.map { ": \($0)" } ?? "") + ")"
    }

    /// The status, with the day or period it has held since when the history dates it:
    /// "Under implementering (siden 1. september 2023)".
    public static func statusLine(_ agreement: Agreement) -> String {
        let current = agreement.statusHistory.last!
        return current.status.label + (current.date.map { " (siden \(DanishFormat.period($0)))" } ?? "")
    }
}

/// Where the milestones are shown: beside the section that holds the timetable in prose.
public enum MilestoneSection {
    /// The heading of the section the milestones belong to ("Proces og tidsplan" of a kommissorium).
    public static let heading = "Proces og tidsplan"
    /// The heading of the milestones when the agreement has no such section.
    public static let ownHeading = "Milepæle"
    /// The caption of the milestone table in HTML and Word.
    public static let caption = "Milepæle i tidsplanen, i kommissoriets rækkefølge"
    /// The column headings of the milestone table.
    public static let columns = ["Tid", "Milepæl"]

    /// The index of the section the milestones of `agreement` are shown after; nil when it has none
    /// (they are then shown under `ownHeading` after the sections) or no milestones.
    public static func index(in agreement: Agreement) -> Int? {
        agreement.milestones.isEmpty ? nil : agreement.sections.firstIndex { $0.heading == heading }
    }

    /// One row per milestone, in the source's order: the time, and what with when it was done.
    public static func rows(_ agreement: Agreement) -> [[String]] {
        agreement.milestones.map { [$0.dueText, $0.what + AgreementFacts.completionText($0.done)] }
    }
}

/// The output formats `aftale render` knows.
public enum RenderFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
}

/// Renders agreements as plain text (for bundles and e-mail), Markdown, or a standalone HTML page.
public enum AgreementRenderer {
    public static func render(_ agreement: Agreement, as format: RenderFormat) -> String {
        switch format {
        case .text: text(agreement)
        case .markdown: markdown(agreement)
        case .html: AgreementHTML.page(agreement)
        }
    }

    /// Plain UTF-8 text: the title underlined, the facts, the sections (the milestones as a list after
    /// "Proces og tidsplan", or under their own heading after the sections), decisions, follow-ups and links.
    public static func text(_ agreement: Agreement) -> String {
        var out: [String] = [agreement.title, String(repeating: "=", count: agreement.title.count), ""]
        let facts = AgreementFacts(agreement).pairs
        let width = facts.map(\.label.count).max() ?? 0
        for fact in facts {
            out.append(fact.label + ":" + String(repeating: " ", count: width - fact.label.count + 1) + fact.value)
        }
        let milestonesAfter = MilestoneSection.index(in: agreement)
        for (index, section) in agreement.sections.enumerated() {
            out += ["", section.heading, String(repeating: "-", count: section.heading.count), section.text]
            if index == milestonesAfter { out += [""] + milestoneLines(agreement) }
        }
        appendLists(agreement, to: &out, heading: { title in [title, String(repeating: "-", count: title.count)] },
                    link: { "\($0.title): \($0.url)" })
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown: a level-1 title, the facts as a list, sections as level-2 headings.
    public static func markdown(_ agreement: Agreement) -> String {
        var out: [String] = ["# \(agreement.title)", ""]
        for fact in AgreementFacts(agreement).pairs {
            out.append("- **\(fact.label):** \(fact.value)")
        }
        let milestonesAfter = MilestoneSection.index(in: agreement)
        for (index, section) in agreement.sections.enumerated() {
            out += ["", "## \(section.heading)", "", section.text]
            if index == milestonesAfter { out += [""] + milestoneLines(agreement) }
        }
        appendLists(agreement, to: &out, heading: { ["## \($0)", ""] }, link: { "[\($0.title)](\($0.url))" })
        return out.joined(separator: "\n") + "\n"
    }

    /// The milestones as a list, in the timetable's order: "- 21. april 2023: Sundhedsstyregruppen: …".
    private static func milestoneLines(_ agreement: Agreement) -> [String] {
        MilestoneSection.rows(agreement).map { "- " + $0.joined(separator: ": ") }
    }

    private static func appendLists(_ agreement: Agreement, to out: inout [String],
                                    heading: (String) -> [String], link: (Link) -> String) {
        let bullet = "- "
        if !agreement.decisions.isEmpty {
            out += [""] + heading("Beslutninger")
            out += Decision.chronological(agreement.decisions).map { bullet + AgreementFacts.decisionLine($0) }
        }
        if !agreement.followUps.isEmpty {
            out += [""] + heading("Opfølgning")
            out += FollowUp.chronological(agreement.followUps).map { bullet + AgreementFacts.followUpLine($0) }
        }
        if !agreement.milestones.isEmpty, MilestoneSection.index(in: agreement) == nil {
            out += [""] + heading(MilestoneSection.ownHeading) + milestoneLines(agreement)
        }
        if !agreement.members.isEmpty {
            out += [""] + heading("Sammensætning")
            out += agreement.members.map { bullet + $0.line }
        }
        if !agreement.links.isEmpty {
            out += [""] + heading("Links")
            out += agreement.links.map { bullet + link($0) }
        }
    }
}
