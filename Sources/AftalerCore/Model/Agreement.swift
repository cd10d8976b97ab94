/// One agreement or initiative, as loaded from `Agreements/ID.md` and checked against the templates.
public struct Agreement: Sendable, Identifiable {
    public let id: String
    public var kind: DocumentKind
    public var title: String
    public var area: Area
    public var parties: [Party]
    public var status: Status
    public var entryIntoForce: CivilDate?
    public var evaluation: Period?
    public var followUps: [FollowUp]
    public var decisions: [Decision]
    public var links: [Link]
    /// Sections in file order, with blocks expanded.
    public var sections: [Section]
    /// Workplan entries keyed by workplan id (declared by a layout).
    public var workplanEntries: [String: [WorkplanEntry]]
    /// Budget lines keyed by budget id: amounts in 1.000 kr. per year.
    public var budgets: [String: [Int: Int]]
    public var handover: Recipient?
    /// The file the agreement was read from, byte for byte.
    public let source: SourceText

    /// The section with the given heading, if present.
    public func section(_ heading: String) -> Section? {
        sections.first { $0.heading == heading }
    }

    /// The first decision that approved the agreement.
    public var firstApproval: Decision? {
        decisions.filter { $0.outcome.isApproval }.min { $0.date < $1.date }
    }

    /// Follow-up obligations not yet past, plus the evaluation, as dated obligations.
    public var obligations: [Obligation] {
        var result = followUps.map { Obligation(agreementID: id, what: $0.what, due: $0.due, kind: .followUp) }
        if let evaluation {
            result.append(Obligation(agreementID: id, what: "Evaluering", due: evaluation, kind: .evaluation))
        }
        return result
    }
}

/// A `## ` section of an agreement.
public struct Section: Sendable, Hashable {
    public var heading: String
    /// The text with every block use expanded.
    public var text: String
    /// Where the heading is.
    public var location: Diagnostic.Location
}

/// One entry of the decision history: who decided what, when.
public struct Decision: Sendable, Hashable {
    public var body: Body
    public var date: Period
    public var outcome: DecisionOutcome
    public var note: String?
}

/// A follow-up obligation: something the agreement says must be looked at again, and when.
public struct FollowUp: Sendable, Hashable {
    public var due: Period
    public var what: String
}

/// A dated obligation of an agreement (a follow-up or its evaluation), for indexes and calendars.
public struct Obligation: Sendable, Hashable {
    /// What kind of obligation it is.
    public enum Kind: String, Sendable, Hashable { case followUp = "opfølgning", evaluation = "evaluering" }
    public var agreementID: String
    public var what: String
    public var due: Period
    public var kind: Kind
}

/// A link to a public document about the agreement.
public struct Link: Sendable, Hashable {
    public var title: String
    public var url: String
}

/// One row of an agreement in one workplan (seed 000) or decision overview (seed 002).
public struct WorkplanEntry: Sendable, Hashable {
    /// Order within its group; entries without one come after those with one.
    public var number: Int?
    public var goal: String?
    public var initiative: String
    public var status: String?
    public var orders: String?
    public var category: DecisionCategory?
    public var time: Period?
    public var proposal: String?
}
