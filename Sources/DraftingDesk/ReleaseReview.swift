import AftalerCore

/// What saving an edit does beyond its own file, shown before a status change to `godkendt` or
/// later is saved: the workplan cells that change on the day, and the follow-ups that enter or
/// leave the calendar. The decision that justifies the new status is asked for by the page; this
/// says what the change will do.
public struct ReleaseReview: Sendable {
    /// A workplan cell that reads differently after the change.
    public struct CellChange: Sendable, Hashable {
        /// The layout's title ("Arbejdsplan for Sundhedsstyregruppen 2023").
        public let workplan: String
        /// The column heading.
        public let column: String
        public let old: String
        public let new: String
    }

    /// The status before and after, on the day.
    public let oldStatus: Status?
    public let newStatus: Status?
    public let cellChanges: [CellChange]
    /// Calendar lines ("1. kvartal 2025: Første opfølgning ...") that the change adds and removes.
    public let addedToCalendar: [String]
    public let removedFromCalendar: [String]

    /// True when the new status says the agreement is approved and the old one did not: then the
    /// page asks for the decision.
    public var needsDecision: Bool {
        guard let newStatus, newStatus.requiresApproval else { return false }
        return !(oldStatus?.requiresApproval ?? false)
    }

    /// The review of replacing `old` by `new` (either may be missing: a new file, or one that cannot
    /// be read), on `date`, with the workplans of `templates`.
    public init(old: Agreement?, new: Agreement?, on date: CivilDate, templates: TemplateLibrary) {
        oldStatus = old?.status(on: date)
        newStatus = new?.status(on: date)
        var changes: [CellChange] = []
        for layout in templates.layouts.values.sorted(by: { $0.name < $1.name }) {
            let before = Self.cells(of: old, layout: layout, date: date)
            let after = Self.cells(of: new, layout: layout, date: date)
            for (column, heading) in after.headings.enumerated() {
                let oldText = before.cells.indices.contains(column) ? before.cells[column] : ""
                let newText = after.cells.indices.contains(column) ? after.cells[column] : ""
                if oldText != newText {
                    changes.append(CellChange(workplan: after.title, column: heading, old: oldText, new: newText))
                }
            }
        }
        cellChanges = changes
        let beforeItems = Self.calendar(old, date)
        let afterItems = Self.calendar(new, date)
        addedToCalendar = afterItems.filter { !beforeItems.contains($0) }
        removedFromCalendar = beforeItems.filter { !afterItems.contains($0) }
    }

    private static func cells(of agreement: Agreement?, layout: Layout, date: CivilDate)
        -> (title: String, headings: [String], cells: [String])
    {
        let table = WorkplanTable(layout: layout, agreements: agreement.map { [$0] } ?? [], headingDate: date, asOf: date)
        let row = table.groups.flatMap(\.rows).first
        let texts = row?.cells.map { cell -> String in
            switch cell {
            case .text(let text): text
            case .number(let number), .rowTotal(let number), .columnTotal(let number): String(number)
            case .empty: ""
            }
        } ?? []
        return (table.title, table.headings, texts)
    }

    private static func calendar(_ agreement: Agreement?, _ date: CivilDate) -> [String] {
        guard let agreement else { return [] }
        return DueList.items(of: agreement, asOf: date).map { DanishFormat.period($0.period) + ": " + $0.what }
    }
}
