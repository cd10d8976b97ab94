/// One dated obligation of an agreement as seen from a given day: a follow-up, a milestone of its
/// timetable, the evaluation, a deadline in a workplan (the `tid` of a workplan entry), a planned
/// decision, or parties that have not answered a request for approval, with whether it is overdue,
/// due now, coming up or on hold.
public struct DueItem: Sendable, Hashable {
    /// Where the obligation is written in the agreement.
    public enum Source: String, Sendable, Hashable, CaseIterable, Codable {
        /// An entry of `opfølgning`.
        case followUp = "opfølgning"
        /// An entry of `milepæle`, the timetable of the work (a kommissorium's "Proces og tidsplan"):
        /// on hold while the agreement is `pauseret` (`State.onHold`).
        case milestone = "milepæl"
        /// The `evaluering` field.
        case evaluation = "evaluering"
        /// The `tid` of a workplan entry under `arbejdsplaner`.
        case workplan = "arbejdsplan"
        /// A planned decision (`planlagt: true`) under `beslutninger`: overdue once its date has
        /// passed and the file still does not record it as taken.
        case decision = "beslutning"
        /// Parties of `partsgodkendelse` the file records as sent the agreement and not yet
        /// answered: due `DueList.signoffDays` days after the day it was certainly sent.
        case signoff = "godkendelse"
    }

    /// How the obligation stands on the day the list is made.
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        /// Its period ended before the day.
        case overdue = "forfalden"
        /// The day lies within its period: it counts as due from the period's first day.
        case due = "aktuel"
        /// Its period starts after the day, within the window.
        case upcoming = "kommende"
        /// A milestone of an agreement that was `pauseret` on the day: the timetable of work that is
        /// not going on. It is neither overdue nor done; it is listed after the open obligations.
        /// Only milestones are held: a paused item's follow-ups, workplan deadlines and planned
        /// decisions are real deadlines (seed 002: "SSG skal træffe beslutning om, hvorvidt
        /// prøvehandlingen skal genoptages") and keep their states.
        case onHold = "i bero"
        /// The file records that it was done on or before the day (listed only when asked for).
        case done = "udført"
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
    /// When it was done and what came of it, when the file records it (whatever the state).
    public let completion: Completion?

    /// The first day the obligation is overdue (the day after its period), when it is overdue.
    public var overdueSince: CivilDate? {
        state == .overdue ? period.end.adding(days: 1) : nil
    }

    /// The day that matters for the state: when it became overdue, the last day it is due (or was
    /// planned, on hold), or the first day it is due.
    public var sortDate: CivilDate {
        switch state {
        case .overdue: period.end.adding(days: 1)
        case .due, .onHold: period.end
        case .upcoming: period.start
        case .done: completion?.date.start ?? period.start
        }
    }
}

/// Every follow-up, milestone, evaluation, workplan deadline, planned decision and unanswered
/// request for approval of a set of agreements that is overdue or due within a window from a given
/// day, sorted by date (see `order`).
///
/// Period expressions are resolved to their date ranges: "primo 2025" (January–April) is due from
/// 1 January 2025 and overdue from 1 May 2025. An obligation is settled when the file records it
/// done (`udført`, on or before the day), when the agreement was `evalueret` on the day (which
/// settles the evaluation), or `afsluttet` or `udgået` (which settles everything). The status that
/// counts is the one that held on the day (see `Agreement.status(on:)`).
///
/// Milestones (`milepæle`) of an agreement that was `pauseret` on the day are on hold
/// (`DueItem.State.onHold`, "sat i bero"): listed after the open obligations, never as overdue, since
/// nobody is doing the work their timetable plans. The agreement's other obligations keep their
/// states, and a milestone recorded as done is done whatever the status.
///
/// Requests for approval: the parties the file records as sent the agreement (`sendt`) with no
/// answer by the day (`SignoffState.waiting`) make one item per day sent, "Venter på godkendelse
/// fra Lemvig Kommune, Samsø Kommune", due on the single day `signoffDays` after the last day of the
/// sending and overdue after it. A party whose answer the file does not record (`ikke registreret`)
/// is never counted as waiting. Such an item is never done: it is gone once every party answered.
///
/// This is the one obligation model: `due`, the status report and the handover bundle's index all
/// read it.
public struct DueList: Sendable {
    /// The window used when none is given: about a quarter, one round of meetings ahead.
    public static let defaultWindow = 90
    /// How long a party may take to answer a request for approval when nothing else is given: two
    /// months, about one round of byråd and regionsråd meetings.
    public static let defaultSignoffDays = 60

    /// The day the list is made as of.
    public let asOf: CivilDate
    /// Obligations starting at most this many days after `asOf` are included; nil: all of them.
    public let window: Int?
    /// A party sent the agreement for approval is due to answer this many days after it was sent.
    public let signoffDays: Int
    /// Overdue, due and upcoming obligations (and done ones when asked for), in the order of `order`.
    public let items: [DueItem]

    /// The list for `agreements` as of `asOf`, with upcoming obligations up to `window` days ahead
    /// (all when nil), and the ones done by `asOf` when `includeDone`; parties waiting to approve are
    /// due `signoffDays` days after they were sent the agreement.
    public init(agreements: [Agreement], asOf: CivilDate, window: Int? = DueList.defaultWindow, includeDone: Bool = false,
                signoffDays: Int = DueList.defaultSignoffDays) {
        self.asOf = asOf
        self.window = window
        self.signoffDays = signoffDays
        // The horizon stops at the last day a date can have: 9999-12-31 plus a window is no crash.
        let horizon = window.map { CivilDate(dayNumber: asOf.dayNumber + max($0, 0)) ?? .latest } ?? .latest
        items = agreements.flatMap { Self.items(of: $0, asOf: asOf, includeDone: includeDone, signoffDays: signoffDays) }
            .filter { $0.state == .done || $0.period.start <= horizon }
            .sorted(by: Self.order)
    }

    /// Every open obligation of `agreement` (and the done ones when `includeDone`), with its state
    /// as of `asOf`, in the order of `order`. An agreement that was `afsluttet` or `udgået` on the
    /// day has none; one that was `evalueret` has its evaluation done. Parties waiting to approve are
    /// due `signoffDays` days after they were sent the agreement.
    public static func items(of agreement: Agreement, asOf: CivilDate, includeDone: Bool = false,
                             signoffDays: Int = DueList.defaultSignoffDays) -> [DueItem] {
        guard let status = agreement.status(on: asOf), status.isActive else { return [] }
        var found: [(source: DueItem.Source, workplan: String?, what: String, period: Period, done: Completion?)] = []
        for followUp in agreement.followUps {
            guard let due = followUp.due else { continue }  // no time: it cannot fall due
            found.append((.followUp, nil, followUp.what, due, followUp.done))
        }
        for milestone in agreement.milestones {
            guard let due = milestone.due else { continue }
            found.append((.milestone, nil, milestone.what, due, milestone.done))
        }
        if let evaluation = agreement.evaluation, status != .evaluated || agreement.evaluationDone != nil {
            found.append((.evaluation, nil, "Evaluering", evaluation, agreement.evaluationDone))
        }
        for decision in agreement.decisions where decision.planned {
            guard let date = decision.date else { continue }
            let what = "Forventes behandlet i \(decision.bodyLabel)" + (decision.note.map { ": \($0)" } ?? "")
            found.append((.decision, nil, what, date, nil))
        }
        for (since, parties) in waitingForApproval(agreement, asOf: asOf) {
            let day = CivilDate(dayNumber: since.end.dayNumber + max(signoffDays, 0)) ?? .latest
            let what = "Venter på godkendelse fra " + parties.map(\.label).joined(separator: ", ")
            found.append((.signoff, nil, what, Period(day: day), nil))
        }
        for workplan in agreement.workplanEntries.keys.sorted() {
            for entry in agreement.workplanEntries[workplan] ?? [] {
                guard let time = entry.time else { continue }
                let what = entry.proposal ?? entry.status ?? entry.initiative
                found.append((.workplan, workplan, what, time, nil))
            }
        }
        return found.compactMap { item in
            let state: DueItem.State
            if item.done?.isDone(by: asOf) == true {
                guard includeDone else { return nil }
                state = .done
            } else if item.source == .milestone, status == .paused {
                state = .onHold
            } else {
                state = item.period.end < asOf ? .overdue : item.period.start <= asOf ? .due : .upcoming
            }
            return DueItem(agreementID: agreement.id, agreementTitle: agreement.title, source: item.source,
                           workplan: item.workplan, what: item.what, period: item.period, state: state,
                           completion: item.done)
        }.sorted(by: order)
    }

    /// The next obligation among `items` (one agreement's, in the list's order): the first that is
    /// due on the day or upcoming. Overdue ones are named apart; milestones on hold are not next,
    /// their work is paused. The status report's "Næste opfølgning".
    public static func next(in items: [DueItem]) -> DueItem? {
        items.first { $0.state == .due || $0.state == .upcoming }
    }

    /// The one obligation a line about an agreement names (the drafting page's portfolio): its
    /// oldest overdue one, else ``next(in:)``; never a milestone on hold or one done.
    public static func headline(in items: [DueItem]) -> DueItem? {
        items.first { $0.state == .overdue } ?? next(in: items)
    }

    /// The parties of `agreement` waiting on `asOf` for an answer to a request for approval, grouped
    /// by the day they were sent it (earliest first), each group in the order of `parter` with
    /// `kommunerne` in the vocabulary's Danish order. Only `SignoffState.waiting` counts: a sending
    /// whose answers the file does not record is not a wait.
    static func waitingForApproval(_ agreement: Agreement, asOf: CivilDate) -> [(since: Period, parties: [Party])] {
        guard let signoff = agreement.signoff else { return [] }
        var groups: [(since: Period, parties: [Party])] = []
        for party in signoff.scope {
            guard case .waiting(let since) = agreement.signoffState(of: party, on: asOf, scope: signoff.scope) else { continue }
            if let index = groups.firstIndex(where: { $0.since == since }) {
                groups[index].parties.append(party)
            } else {
                groups.append((since, [party]))
            }
        }
        return groups.sorted { ($0.since.end, $0.since.start) < ($1.since.end, $1.since.start) }
    }

    /// The order of the list: overdue items first, by the day they became overdue; then items due
    /// now, by their last day; then upcoming items, by their first day; then milestones on hold, by
    /// their last day (as a timetable lists them: "8. maj 2023" before "maj-august 2023"); then done items, by the day they were done. Ties go by the period's days,
    /// agreement id, source and text (then as written), so the order is total.
    static func order(_ a: DueItem, _ b: DueItem) -> Bool {
        let states = DueItem.State.allCases, sources = DueItem.Source.allCases
        if a.state != b.state { return states.firstIndex(of: a.state)! < states.firstIndex(of: b.state)! }
        if a.sortDate != b.sortDate { return a.sortDate < b.sortDate }
        // By the days a period covers, not how it is written ("Primo 2025" is "primo 2025").
        if (a.period.start, a.period.end) != (b.period.start, b.period.end) {
            return (a.period.start, a.period.end) < (b.period.start, b.period.end)
        }
        if a.agreementID != b.agreementID { return a.agreementID < b.agreementID }
        if a.source != b.source { return sources.firstIndex(of: a.source)! < sources.firstIndex(of: b.source)! }
        if a.what != b.what { return a.what < b.what }
        return a.period.text < b.period.text
    }

    /// How many items are in each state.
    public func count(_ state: DueItem.State) -> Int { items.filter { $0.state == state }.count }
}
