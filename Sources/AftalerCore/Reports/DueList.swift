/// One dated obligation of an agreement as seen from a given day: a follow-up, the evaluation, or
/// a deadline in a workplan (the `tid` of a workplan entry), with whether it is overdue, due now
/// or coming up.
public struct DueItem: Sendable, Hashable {
    /// Where the obligation is written in the agreement.
    public enum Source: String, Sendable, Hashable, CaseIterable, Codable {
        /// An entry of `opfølgning`.
        case followUp = "opfølgning"
        /// The `evaluering` field.
        case evaluation = "evaluering"
        /// The `tid` of a workplan entry under `arbejdsplaner`.
        case workplan = "arbejdsplan"
    }

    /// How the obligation stands on the day the list is made.
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        /// Its period ended before the day.
        case overdue = "forfalden"
        /// The day lies within its period: it counts as due from the period's first day.
        case due = "aktuel"
        /// Its period starts after the day, within the window.
        case upcoming = "kommende"
    }

    public let agreementID: String
    public let agreementTitle: String
    public let source: Source
    /// The workplan id for `.workplan`, else nil.
    public let workplan: String?
    /// What is due, in Danish, as written in the agreement.
    public let what: String
    public let period: Period
    public let state: State

    /// The first day the obligation is overdue (the day after its period), when it is overdue.
    public var overdueSince: CivilDate? {
        state == .overdue ? period.end.adding(days: 1) : nil
    }

    /// The day that matters for the state: when it became overdue, the last day it is due, or the
    /// first day it is due.
    public var sortDate: CivilDate {
        switch state {
        case .overdue: period.end.adding(days: 1)
        case .due: period.end
        case .upcoming: period.start
        }
    }
}

/// Every follow-up, evaluation and workplan deadline of a set of agreements that is overdue or
/// due within a window from a given day, sorted by date (see `order`).
///
/// Period expressions are resolved to their date ranges: "primo 2025" (January–April) is due from
/// 1 January 2025 and overdue from 1 May 2025. The sources record no completion, so an
/// obligation stays on the list until its agreement is updated: the follow-up removed or
/// rewritten, the status set to `evalueret` (which settles the evaluation), or to `afsluttet` or
/// `udgået` (which settles everything).
public struct DueList: Sendable {
    /// The window used when none is given: about a quarter, one round of meetings ahead.
    public static let defaultWindow = 90

    /// The day the list is made as of.
    public let asOf: CivilDate
    /// Obligations starting at most this many days after `asOf` are included.
    public let window: Int
    /// Overdue, due and upcoming obligations, in the order of `order`.
    public let items: [DueItem]

    /// The list for `agreements` as of `asOf`, with upcoming obligations up to `window` days ahead.
    public init(agreements: [Agreement], asOf: CivilDate, window: Int = DueList.defaultWindow) {
        self.asOf = asOf
        self.window = window
        let horizon = asOf.adding(days: max(window, 0))
        items = agreements.flatMap { Self.items(of: $0, asOf: asOf) }
            .filter { $0.period.start <= horizon }
            .sorted(by: Self.order)
    }

    /// Every open obligation of `agreement`, with its state as of `asOf`, in the order of `order`. Agreements
    /// that are `afsluttet` or `udgået` have none; an `evalueret` agreement's evaluation is done.
    public static func items(of agreement: Agreement, asOf: CivilDate) -> [DueItem] {
        guard agreement.status.isActive else { return [] }
        var found: [(source: DueItem.Source, workplan: String?, what: String, period: Period)] = []
        for followUp in agreement.followUps {
            found.append((.followUp, nil, followUp.what, followUp.due))
        }
        if let evaluation = agreement.evaluation, agreement.status != .evaluated {
            found.append((.evaluation, nil, "Evaluering", evaluation))
        }
        for workplan in agreement.workplanEntries.keys.sorted() {
            for entry in agreement.workplanEntries[workplan] ?? [] {
                guard let time = entry.time else { continue }
                let what = entry.proposal ?? entry.status ?? entry.initiative
                found.append((.workplan, workplan, what, time))
            }
        }
        return found.map { item in
            let state: DueItem.State = item.period.end < asOf ? .overdue : item.period.start <= asOf ? .due : .upcoming
            return DueItem(agreementID: agreement.id, agreementTitle: agreement.title, source: item.source,
                           workplan: item.workplan, what: item.what, period: item.period, state: state)
        }.sorted(by: order)
    }

    /// The order of the list: overdue items first, by the day they became overdue; then items due
    /// now, by their last day; then upcoming items, by their first day. Ties go by period, agreement
    /// id, source and text, so the order is total.
    static func order(_ a: DueItem, _ b: DueItem) -> Bool {
        let states = DueItem.State.allCases, sources = DueItem.Source.allCases
        if a.state != b.state { return states.firstIndex(of: a.state)! < states.firstIndex(of: b.state)! }
        if a.sortDate != b.sortDate { return a.sortDate < b.sortDate }
        if a.period != b.period { return a.period < b.period }
        if a.agreementID != b.agreementID { return a.agreementID < b.agreementID }
        if a.source != b.source { return sources.firstIndex(of: a.source)! < sources.firstIndex(of: b.source)! }
        return a.what < b.what
    }

    /// How many items are in each state.
    public func count(_ state: DueItem.State) -> Int { items.filter { $0.state == state }.count }
}
