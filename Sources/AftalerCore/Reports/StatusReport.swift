/// The status report of a portfolio, modelled on the secretariat's final status report
/// ("Slutstatus Sundhedsaftalen 2019-2023", seed 001): a title, an introduction, a table of
/// contents, then the agreements grouped by indsatsområde, each with Hvad, Betydning for
/// borgerne and Status, its decision history and its next follow-up.
///
/// The model holds the content once; `text`, `markdown` and `html` render it, so the three
/// formats always say the same. Numbers are given to groups (1, 2, …) and agreements (1.1,
/// 1.2, …) in the order shown: groups in vocabulary order, agreements in Danish title order.
public struct StatusReport: Sendable {
    /// The title used when none is given.
    public static let defaultTitle = "Status på samarbejdsaftaler og initiativer"
    /// Who the report is from, shown under the title as in seed 001.
    public static let defaultSubtitle = "Region Midtjylland, de 19 midtjyske kommuner og PLO-Midtjylland"
    /// The three sections each agreement is reported with.
    public static let sections = DocumentKind.commonSections

    /// One agreement in the report.
    public struct Entry: Sendable {
        /// "1.2": the group's number, a dot, the place in the group.
        public let number: String
        public let agreement: Agreement
        /// The facts shown with it: type, aftalestatus, and when present ikrafttrædelse and overdragelse.
        public let facts: [(label: String, value: String)]
        /// The first obligation not yet over on the report's day, if any (a milestone on hold is not one).
        public let nextFollowUp: DueItem?
        /// Obligations whose period ended before the report's day.
        public let overdue: [DueItem]

        /// The text of one of `StatusReport.sections`, or nil when the agreement lacks it.
        public func text(of section: String) -> String? { agreement.section(section)?.text }
        /// The decisions, oldest first.
        public var decisions: [Decision] { Decision.chronological(agreement.decisions) }
    }

    /// One indsatsområde and its agreements.
    public struct Group: Sendable {
        public let number: Int
        public let area: Area
        /// The group's heading: the area's label, or the report's own name for it (seed 001 calls
        /// the last group "Øvrige aftaler").
        public let label: String
        public let entries: [Entry]
    }

    public let title: String
    public let subtitle: String
    /// The day the report is as of: it decides which follow-up is next and which are overdue.
    public let asOf: CivilDate
    public let groups: [Group]

    /// The report of `agreements` (in the order given within each area) as of `asOf`; `areaLabels`
    /// renames areas by id.
    public init(agreements: [Agreement], asOf: CivilDate, title: String = StatusReport.defaultTitle,
                subtitle: String = StatusReport.defaultSubtitle, areaLabels: [String: String] = [:]) {
        self.title = title
        self.subtitle = subtitle
        self.asOf = asOf
        let byArea = Dictionary(grouping: agreements, by: \.area)
        let areas = byArea.keys.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        groups = areas.enumerated().map { index, area in
            let entries = byArea[area]!.enumerated().map { place, agreement in
                let items = DueList.items(of: agreement, asOf: asOf)
                return Entry(number: "\(index + 1).\(place + 1)", agreement: agreement, facts: Self.facts(agreement),
                             nextFollowUp: DueList.next(in: items),
                             overdue: items.filter { $0.state == .overdue })
            }
            return Group(number: index + 1, area: area, label: areaLabels[area.id] ?? area.label, entries: entries)
        }
    }

    /// All entries in report order.
    public var entries: [Entry] { groups.flatMap(\.entries) }

    /// The date line under the subtitle: "Status pr. 3. februar 2025".
    public var dateLine: String { "Status pr. \(DanishFormat.date(asOf))" }

    /// The introduction's paragraphs, before the list of areas.
    public var introduction: [String] {
        let count = entries.count
        return [
            "Rapporten giver et overblik over de samarbejdsaftaler og initiativer, som kommunerne, regionen og "
                + "almen praksis har igangsat i fællesskab. Den omfatter \(count) \(count == 1 ? "aftale" : "aftaler") "
                + "og er opgjort pr. \(DanishFormat.date(asOf)).",
            "For hver aftale beskrives, hvad den går ud på, hvad den betyder for borgerne, og hvor langt den er. "
                + "Derefter følger de beslutninger, der er truffet om aftalen, og den næste planlagte opfølgning. "
                + "Opfølgninger, hvis tid er overskredet, er nævnt som forfaldne.",
        ]
    }

    /// The lead-in to the list of areas in the introduction.
    public static let areaListLead = "Aftalerne er grupperet efter indsatsområde:"

    /// "Fælles investering i forebyggelse (2 aftaler)": one line per group for the introduction.
    public var areaSummaries: [String] {
        groups.map { "\($0.label) (\($0.entries.count) \($0.entries.count == 1 ? "aftale" : "aftaler"))" }
    }

    /// The report at a glance: how many agreements each group has in each status.
    ///
    /// Rows are the groups in report order (labelled `Group.label`), columns the statuses that
    /// occur, in lifecycle order (`Status.allCases`), each cell a count; `totals` and `total`
    /// are the last row and column. Modelled once here; the text, Markdown, HTML and Word
    /// renderings only lay it out.
    public struct Overview: Sendable {
        /// One group's counts.
        public struct Row: Sendable {
            public let label: String
            /// One count per status of `Overview.statuses`, in that order.
            public let counts: [Int]
            public var total: Int { counts.reduce(0, +) }
        }

        /// The statuses that occur in the report, in lifecycle order.
        public let statuses: [Status]
        public let rows: [Row]

        /// The column totals, one per status.
        public var totals: [Int] { statuses.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } } }
        /// The number of agreements in the report.
        public var total: Int { rows.reduce(0) { $0 + $1.total } }

        /// The section's heading.
        public static let heading = "Overblik"
        /// The table's caption (in HTML and Word): what the cells count, not the heading again.
        public static let caption = "Antal aftaler fordelt på indsatsområde og aftalestatus"
        /// The header of the row labels' column.
        public static let rowHeader = "Indsatsområde"
        /// The label of the total row and column.
        public static let totalLabel = "I alt"

        init(groups: [Group]) {
            let occurring = Set(groups.flatMap { $0.entries.map(\.agreement.status) })
            let statuses = Status.allCases.filter(occurring.contains)
            self.statuses = statuses
            rows = groups.map { group in
                Row(label: group.label, counts: statuses.map { status in
                    group.entries.filter { $0.agreement.status == status }.count
                })
            }
        }
    }

    /// The overview table of the report; it has no rows when the report has no agreements.
    public var overview: Overview { Overview(groups: groups) }

    /// "1. Fælles investering i forebyggelse": a group's heading.
    public static func heading(_ group: Group) -> String { "\(group.number). \(group.label)" }

    /// "1.2 Samarbejdsaftale om rygestop": an agreement's heading.
    public static func heading(_ entry: Entry) -> String { "\(entry.number) \(entry.agreement.title)" }

    /// The line for the next follow-up: "primo 2025: Opsamling …", with "(aktuel)" when the day
    /// lies within its period, or "Ingen planlagt opfølgning."
    public static func nextFollowUpLine(_ entry: Entry) -> String {
        guard let item = entry.nextFollowUp else { return "Ingen planlagt opfølgning." }
        return "\(DanishFormat.period(item.period)): \(DueList.oneLine(item.what))"
            + (item.state == .due ? " (aktuel)" : "")
    }

    /// The line for an overdue obligation: "2.–3. kvartal 2024: … (forfalden siden 1. oktober 2024)".
    public static func overdueLine(_ item: DueItem) -> String {
        "\(DanishFormat.period(item.period)): \(DueList.oneLine(item.what)) "
            + "(forfalden siden \(DanishFormat.date(item.overdueSince ?? item.period.end)))"
    }

    /// The label of the decision history.
    public static let decisionsLabel = "Beslutninger"
    /// The caption of the decision table, which stands under the agreement's heading and the
    /// `decisionsLabel` heading: it says the order, not the agreement's title again.
    public static let decisionsCaption = "Beslutninger, ældste først"
    /// What is said for an agreement without decisions.
    public static let noDecisions = "Ingen registrerede beslutninger."
    /// The label of the next follow-up.
    public static let nextFollowUpLabel = "Næste opfølgning"
    /// The label of the list of overdue obligations.
    public static let overdueLabel = "Forfaldne opfølgninger"

    private static func facts(_ agreement: Agreement) -> [(label: String, value: String)] {
        var facts = [("Type", agreement.kind.label), ("Aftalestatus", agreement.status.label)]
        if let date = agreement.entryIntoForce { facts.append(("Ikrafttrædelse", DanishFormat.date(date))) }
        if let handover = agreement.handover { facts.append(("Overdrages til", handover.label)) }
        return facts
    }
}
