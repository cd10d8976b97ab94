import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A status report in the shape of seed 001 (the text a PDF gives: area headings repeated on every
/// page, agreement titles sometimes broken over two lines, "Hvad:", "Betydning for borgerne:" and
/// "Status:" paragraphs with the PDF's line breaks and hyphenations) read into one draft agreement
/// per item.
///
/// The import is pure: it reads text and the templates and returns the drafts' texts and, per item,
/// what it could not place. It takes only what the text states plainly: a kind from the title's
/// first word, an area from the heading, an approval ("godkendt i SSU 29/9-23") as a decision and
/// `status: godkendt`, an entry into force ("trådte i kraft 1. marts 2020") as `ikrafttrædelse`.
/// Everything else is a «udfyld: …» placeholder, listed in the report.
public struct StatusReportImport: Sendable {
    /// One item of the report, read into a draft.
    public struct Item: Sendable, Hashable {
        /// The draft's id (its file name without `.md`), made from the title.
        public let id: String
        public let title: String
        /// The area heading the item stands under, as printed ("" before any heading).
        public let heading: String
        /// The area id, when the heading could be placed.
        public let area: String?
        /// The document kind.
        public let kind: String
        /// The draft's status: `godkendt` when the text records an approval, else `under udarbejdelse`.
        public let status: Status
        /// The approving decision the text states, if any.
        public let decision: Decision?
        /// The day the text says the agreement came (or comes) into force, as written.
        public let inForce: String?
        /// The three sections' Markdown texts, by heading.
        public let sections: [(heading: String, text: String)]
        /// The placeholders left for a person to fill in.
        public let toFill: [String]
        /// What the import read but could not place: lines and phrases of the source.
        public let unplaced: [String]
        /// The 1-based line of the source where the item's title starts.
        public let line: Int
        /// The draft agreement file's text.
        public let text: String

        public static func == (lhs: Item, rhs: Item) -> Bool { lhs.text == rhs.text && lhs.line == rhs.line }
        public func hash(into hasher: inout Hasher) { hasher.combine(text) }
    }

    /// An approving decision as the text states it.
    public struct Decision: Sendable, Hashable {
        /// The body's id, or `ukendt` when the text names none the vocabulary knows.
        public let body: String
        /// The date or period as written, or `ukendt`.
        public let date: String
        /// The source's words.
        public let note: String
    }

    /// The words of the page heading before the area: "Kort status på samarbejdsaftaler og
    /// igangsatte initiativer – <area>".
    public static let headingPrefix = "Kort status på samarbejdsaftaler og igangsatte initiativer"
    /// The labels that start the three paragraphs, with the section each fills.
    static let labels: [(label: String, section: String)] = [
        ("Hvad:", "Hvad"), ("Betydning for borgerne:", "Betydning for borgerne"), ("Status:", "Status"),
    ]

    /// The items, in the report's order.
    public let items: [Item]
    /// The sundhedsaftale the report's front page names ("Sundhedsaftalen 2019-2023"), when the vocabulary knows it.
    public let healthAgreement: String?
    /// Lines before the first area heading, which belong to no item (the report's introduction).
    public let skippedIntroductionLines: Int

    /// Reads `text`. `areaMap` maps a heading (as printed, any case) to an area id and is consulted
    /// before the vocabulary's labels and the report templates' group names.
    public init(text: String, templates: TemplateLibrary, areaMap: [String: String] = [:]) {
        let lines = text.replacingText("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimming(.whitespaces) }
        let headings = lines.map(Self.areaHeading)
        let firstHeading = headings.firstIndex { $0 != nil } ?? lines.count
        skippedIntroductionLines = lines[..<firstHeading].filter { !$0.isEmpty }.count
        healthAgreement = Self.healthAgreement(in: lines[..<firstHeading], vocabulary: templates.vocabulary)

        // An item starts at its title: the lines just above its "Hvad:".
        let whats = lines.indices.filter { lines[$0].hasPrefix("Hvad:") }
        var starts: [Int] = []
        for (number, what) in whats.enumerated() {
            let floor = number == 0 ? 0 : whats[number - 1] + 1
            starts.append(Self.titleStart(above: what, floor: floor, lines: lines, headings: headings))
        }
        let resolver = AreaResolver(templates: templates, areaMap: areaMap)
        var items: [Item] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : lines.count
            let heading = headings[..<start].last { $0 != nil }.flatMap { $0 } ?? ""
            let body = (start..<end).filter { headings[$0] == nil }.map { lines[$0] }
            items.append(Self.item(titleLines: Array(lines[start..<whats[number]]), body: Array(body.drop { !$0.hasPrefix("Hvad:") }),
                                   heading: heading, line: start + 1, templates: templates,
                                   area: resolver.area(for: heading), healthAgreement: healthAgreement))
        }
        self.items = items
    }

    /// The area of a page heading line, or nil when the line is not one.
    static func areaHeading(_ line: String) -> String? {
        guard line.lowercased().hasPrefix(headingPrefix.lowercased()) else { return nil }
        let rest = line.dropFirst(headingPrefix.count).trimming(.whitespaces)
        guard let dash = rest.first, "-–—".contains(dash) else { return nil }
        return rest.dropFirst().trimming(.whitespaces)
    }

    /// The first line of the title above the "Hvad:" at `what`: the short lines (at most three,
    /// single blank lines between them allowed) after the end of the previous paragraph, a heading or `floor`.
    static func titleStart(above what: Int, floor: Int, lines: [String], headings: [String?]) -> Int {
        var start = what
        var index = what - 1
        var collected = 0
        var blanks = 0
        while index >= floor, collected < 3 {
            let line = lines[index]
            if line.isEmpty {
                blanks += 1
                if collected > 0 && blanks > 1 { break }
                index -= 1
                continue
            }
            let ended = line.last.map { ".:;,!?".contains($0) } ?? false
            if headings[index] != nil || ended || line.hasPrefix("http") || labels.contains(where: { line.hasPrefix($0.label) }) {
                break
            }
            blanks = 0
            collected += 1
            start = index
            index -= 1
        }
        return start
    }

    /// "Sundhedsaftalen 2019-2023" on the front page, when its period is a sundhedsaftale of the vocabulary.
    static func healthAgreement(in lines: ArraySlice<String>, vocabulary: Vocabulary) -> String? {
        for line in lines where line.hasPrefix("Sundhedsaftalen ") {
            let period = line.dropFirst("Sundhedsaftalen ".count).trimming(.whitespaces)
            if let term = vocabulary.healthAgreements.resolve(period) { return term.id }
        }
        return nil
    }

    /// Reads one item: its title, its paragraphs and the facts they state.
    static func item(titleLines: [String], body: [String], heading: String, line: Int, templates: TemplateLibrary,
                     area: String?, healthAgreement: String?) -> Item {
        let title = ReportText.joinLines(titleLines.filter { !$0.isEmpty })
        let firstWord = title.split(separator: " ").first.map(String.init) ?? ""
        let kind = templates.kinds.values.first {
            $0.id != "sundhedsaftale" && ($0.id == firstWord.lowercased() || $0.label.lowercased() == firstWord.lowercased())
        } ?? templates.kinds["initiativ"]
        var unplaced: [String] = []
        var toFill: [String] = []

        // Split the body at the three labels; lines of a web address belong to no paragraph.
        var paragraphs: [String: [String]] = [:]
        var current: String?
        for text in body {
            if text.hasPrefix("http://") || text.hasPrefix("https://") {
                unplaced.append("web address (no link title in the text): \(text)")
                continue
            }
            if let label = labels.first(where: { text.hasPrefix($0.label) }), paragraphs[label.section] == nil {
                current = label.section
                paragraphs[label.section] = [text.dropFirst(label.label.count).trimming(.whitespaces)]
            } else if let current {
                paragraphs[current, default: []].append(text)
            }
        }
        let statusText = ReportText.joinLines((paragraphs["Status"] ?? []).filter { !$0.isEmpty })
        let facts = ReportFacts(status: statusText, vocabulary: templates.vocabulary)
        unplaced += facts.unplaced

        var sections: [(heading: String, text: String)] = []
        for section in kind?.requiredSections ?? DocumentKind.commonSections {
            let markdown = ReportText.markdown(paragraphs[section] ?? [])
            if markdown.isEmpty {
                toFill.append("section '\(section)': the report has no text for it")
                sections.append((section, Placeholder.text(section.lowercased())))
            } else {
                sections.append((section, markdown))
            }
        }

        var front = ["---", "type: \(kind?.id ?? "initiativ")", "titel: \(quoted(title))"]
        if let area {
            front.append("indsatsområde: \(quoted(area))")
        } else {
            let ids = templates.vocabulary.areas.ids.joined(separator: ", ")
            front.append("indsatsområde: \(quoted(Placeholder.text("indsatsområde for '\(heading)', one of \(ids)")))")
            toFill.append("indsatsområde: the heading '\(heading)' is no area (give --area-map \"\(heading)=ID\")")
        }
        let status: Status = facts.decision == nil ? .drafting : .approved
        front.append("status: \(status.rawValue)")
        for field in kind?.requiredFields ?? [] where !DocumentKind.commonFields.contains(field) {
            switch field {
            case "parter":
                front.append("parter: [\(quoted(Placeholder.text("parter, ids such as region-midtjylland, kommunerne, plo-midtjylland")))]")
                toFill.append("parter: the report does not list the parties as ids")
            default:
                front.append("\(field): \(quoted(Placeholder.text(field)))")
                toFill.append("\(field): the report does not state it")
            }
        }
        if let inForce = facts.inForce { front.append("ikrafttrædelse: \(quoted(inForce))") }
        if let decision = facts.decision {
            front += ["beslutninger:", "  - organ: \(quoted(decision.body))", "    dato: \(quoted(decision.date))",
                      "    udfald: godkendt", "    note: \(quoted(decision.note))"]
        }
        if let healthAgreement { front.append("sundhedsaftaler: [\(quoted(healthAgreement))]") }
        front.append("---")
        let bodyText = sections.map { "## \($0.heading)\n\n\($0.text)" }.joined(separator: "\n\n")
        return Item(id: AgreementID.slug(from: title), title: title, heading: heading, area: area, kind: kind?.id ?? "initiativ",
                    status: status, decision: facts.decision, inForce: facts.inForce, sections: sections, toFill: toFill,
                    unplaced: unplaced, line: line, text: front.joined(separator: "\n") + "\n\n" + bodyText + "\n")
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingText("\\", with: "\\\\").replacingText("\"", with: "\\\"") + "\""
    }

    /// The report of what the import could not place, per item: the fills and the unplaced source text.
    public var reportText: String {
        var lines = ["Import af statusrapport: \(items.count) udkast"]
        if skippedIntroductionLines > 0 {
            lines.append("Indledning før første overskrift: \(skippedIntroductionLines) linje(r) ikke importeret")
        }
        for (number, item) in items.enumerated() {
            lines += ["", "\(number + 1). \(item.id).md (linje \(item.line)): \(item.title)"]
            var taken = ["type \(item.kind)", "status \(item.status.rawValue)"]
            if let area = item.area { taken.append("indsatsområde \(area)") }
            if let decision = item.decision { taken.append("beslutning \(decision.body) \(decision.date) godkendt") }
            if let inForce = item.inForce { taken.append("ikrafttrædelse \(inForce)") }
            lines.append("   læst: " + taken.joined(separator: ", "))
            lines += item.toFill.map { "   udfyld: \($0)" }
            lines += item.unplaced.map { "   ikke placeret: \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Ids that two items share (each file would overwrite the other).
    public var duplicateIDs: [String] {
        Dictionary(grouping: items, by: \.id).filter { $0.value.count > 1 }.keys.sorted()
    }
}

/// Which area a heading names: `--area-map` first, then the vocabulary, then the group names of the report templates.
struct AreaResolver {
    let templates: TemplateLibrary
    let areaMap: [String: String]

    func area(for heading: String) -> String? {
        let folded = NameFolding.folded(heading)
        guard !folded.isEmpty else { return nil }
        if let mapped = areaMap.first(where: { NameFolding.folded($0.key) == folded }) { return mapped.value }
        if let term = templates.vocabulary.areas.resolve(heading) { return term.id }
        let named = Set(templates.reportSpecs.values.flatMap { spec in
            spec.groupLabels.filter { NameFolding.folded($0.value) == folded }.map(\.key)
        })
        return named.count == 1 ? named.first : nil
    }
}
