/// One agreement or initiative, as loaded from `Agreements/ID.md` and checked against the templates.
///
/// A value like any struct, with its stored fields (`Fields`) behind one shared reference, copied
/// on the first change to a shared value. The fields are 744 bytes, and the portfolio, an export plan's
/// agreements as they stood on a day and the handed-over ones are arrays of mostly the same
/// agreements, which now hold 8 bytes each instead of a copy of every field (the 10k bundle's
/// heap peak fell by 28 MB). Sorting and filtering move 8 bytes per agreement too.
public struct Agreement: Sendable, Identifiable {
    public var id: String { box.fields.id }
    public var kind: DocumentKind { get { box.fields.kind } _modify { yield &uniqueBox().fields.kind } }
    public var title: String { get { box.fields.title } _modify { yield &uniqueBox().fields.title } }
    public var area: Area { get { box.fields.area } _modify { yield &uniqueBox().fields.area } }
    public var parties: [Party] { get { box.fields.parties } _modify { yield &uniqueBox().fields.parties } }
    /// The sundhedsaftaler the item belongs to (empty: the file does not say).
    public var healthAgreements: [HealthAgreement] {
        get { box.fields.healthAgreements } _modify { yield &uniqueBox().fields.healthAgreements }
    }
    /// The status over time, oldest first; the last entry is the current status. A file with a
    /// one-line `status:` has one entry without a date.
    public var statusHistory: [StatusChange] {
        get { box.fields.statusHistory } _modify { yield &uniqueBox().fields.statusHistory }
    }
    public var entryIntoForce: CivilDate? {
        get { box.fields.entryIntoForce } _modify { yield &uniqueBox().fields.entryIntoForce }
    }
    public var evaluation: Period? { get { box.fields.evaluation } _modify { yield &uniqueBox().fields.evaluation } }
    /// When the evaluation was done and what came of it, if the file records it.
    public var evaluationDone: Completion? {
        get { box.fields.evaluationDone } _modify { yield &uniqueBox().fields.evaluationDone }
    }
    public var followUps: [FollowUp] { get { box.fields.followUps } _modify { yield &uniqueBox().fields.followUps } }
    public var decisions: [Decision] { get { box.fields.decisions } _modify { yield &uniqueBox().fields.decisions } }
    public var links: [Link] { get { box.fields.links } _modify { yield &uniqueBox().fields.links } }
    /// Sections in file order, with blocks expanded.
    public var sections: [Section] { get { box.fields.sections } _modify { yield &uniqueBox().fields.sections } }
    /// Workplan entries keyed by workplan id (declared by a layout).
    public var workplanEntries: [String: [WorkplanEntry]] {
        get { box.fields.workplanEntries } _modify { yield &uniqueBox().fields.workplanEntries }
    }
    /// Budget lines keyed by budget id: amounts in 1.000 kr. per year.
    public var budgets: [String: [Int: Int]] {
        get { box.fields.budgets } _modify { yield &uniqueBox().fields.budgets }
    }
    public var handover: Recipient? { get { box.fields.handover } _modify { yield &uniqueBox().fields.handover } }
    /// `godkendelse: ikke registreret`: the agreement was approved, but the sources do not record
    /// by whom or when, so no decision is written rather than an invented one.
    public var approvalNotRecorded: Bool {
        get { box.fields.approvalNotRecorded } _modify { yield &uniqueBox().fields.approvalNotRecorded }
    }
    /// `partsgodkendelse`: the sign-off across the parties, when the file records it.
    public var signoff: Signoff? { get { box.fields.signoff } _modify { yield &uniqueBox().fields.signoff } }
    /// The file the agreement was read from, byte for byte.
    public var source: SourceText { box.fields.source }
    /// How the agreement relates to others (`relationer`): it replaces, is part of or follows up on them.
    public var relations: [Relation] { get { box.fields.relations } _modify { yield &uniqueBox().fields.relations } }
    /// The body or klynge responsible for the work (`ansvarlig`: a working group reports to it).
    public var responsible: Body? { get { box.fields.responsible } _modify { yield &uniqueBox().fields.responsible } }
    /// A working group's composition by role, never by name (`sammensætning`).
    public var members: [Member] { get { box.fields.members } _modify { yield &uniqueBox().fields.members } }
    /// The milestones of the work's own timetable (`milepæle`: a kommissorium's "Proces og
    /// tidsplan"), in the order the source lists them. Each has the shape of a follow-up: when,
    /// what, and when it was reached with what result, if the file records that.
    public var milestones: [Milestone] {
        get { box.fields.milestones } _modify { yield &uniqueBox().fields.milestones }
    }
    /// Where each field stands in the file, for the rules in `Validation/`.
    public var locations: FieldLocations {
        get { box.fields.locations } _modify { yield &uniqueBox().fields.locations }
    }

    private var box: Box

    /// An agreement of `fields` (the parser makes them; see `AgreementParser`).
    init(_ fields: Fields) { box = Box(fields) }

    /// The box, first copied if another value holds it too.
    private mutating func uniqueBox() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    /// What an agreement stores; the properties above say what each field means.
    struct Fields: Sendable {
        let id: String
        var kind: DocumentKind
        var title: String
        var area: Area
        var parties: [Party]
        var healthAgreements: [HealthAgreement]
        var statusHistory: [StatusChange]
        var entryIntoForce: CivilDate?
        var evaluation: Period?
        var evaluationDone: Completion?
        var followUps: [FollowUp]
        var decisions: [Decision]
        var links: [Link]
        var sections: [Section]
        var workplanEntries: [String: [WorkplanEntry]]
        var budgets: [String: [Int: Int]]
        var handover: Recipient?
        var approvalNotRecorded: Bool
        var signoff: Signoff? = nil
        let source: SourceText
        var relations: [Relation] = []
        var responsible: Body? = nil
        var members: [Member] = []
        var milestones: [Milestone] = []
        var locations: FieldLocations
    }

    /// The one reference the values share. Only `uniqueBox()` hands it out for a change, and only
    /// when no other value holds it, so no value ever sees another's change; that is why it may be
    /// `@unchecked Sendable` (its fields are `Sendable`).
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The current status: the latest entry of the history.
    public var status: Status { statusHistory.last!.status }

    /// The status that held on `date`: the latest change dated on or before it (a change dated by a
    /// period counts from the period's first day), or the undated first status when no dated
    /// change had happened yet. Nil when the history starts after `date` (the agreement did not
    /// exist yet, as far as the file knows).
    public func status(on date: CivilDate) -> Status? {
        statusHistory.last { ($0.date?.start ?? date) <= date }?.status
    }

    /// The agreement as it stood on `date`: its status history cut after that day, so that
    /// `status` is the status then. Nil when the history starts after `date`.
    public func asOf(_ date: CivilDate) -> Agreement? {
        let known = statusHistory.filter { ($0.date?.start ?? date) <= date }  // the rule of status(on:)
        guard !known.isEmpty else { return nil }
        if known.count == statusHistory.count { return self }
        var copy = self
        copy.statusHistory = known
        return copy
    }

    /// The section with the given heading, if present.
    public func section(_ heading: String) -> Section? {
        sections.first { $0.heading == heading }
    }

    /// The earliest taken decision that approved the agreement (one without a date comes last).
    public var firstApproval: Decision? {
        Decision.chronological(decisions.filter(\.isApproval)).first
    }
}

/// A place in a working group: how many, in which role ("1 kontorchef fra Sundhedsplanlægning
/// (regional formand)"). Roles, not names: the files hold no personal data.
public struct Member: Sendable, Hashable {
    public var count: Int
    public var role: String

    public init(count: Int, role: String) {
        self.count = count
        self.role = role
    }

    /// "1 kontorchef fra Sundhedsplanlægning (regional formand)".
    public var line: String { "\(count) \(role)" }
}

/// A relation to another agreement, by its id, as the sources state it.
public struct Relation: Sendable, Hashable {
    /// How the agreement relates to the other.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case replaces = "erstatter"
        case partOf = "del af"
        case followsUp = "følger op på"

        /// The label with a capital first letter, for documents: written out, as ``Status/label`` is,
        /// so that nothing is allocated for each fact line (`RelationKindTests` holds them to the words).
        public var label: String {
            switch self {
            case .replaces: "Erstatter"
            case .partOf: "Del af"
            case .followsUp: "Følger op på"
            }
        }
    }

    public var kind: Kind
    /// The other agreement's id (its file name); checked across the files when they are loaded.
    public var target: String
    /// The other agreement's title, filled in when the portfolio is loaded.
    public var targetTitle: String?

    public init(kind: Kind, target: String, targetTitle: String? = nil) {
        self.kind = kind
        self.target = target
        self.targetTitle = targetTitle
    }
}

/// One entry of an agreement's status history: from when (`dato`, a date or a period, unknown
/// when nil) the agreement had the status.
public struct StatusChange: Sendable, Hashable {
    public var date: Period?
    public var status: Status

    public init(date: Period?, status: Status) {
        self.date = date
        self.status = status
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

/// One entry of the decision history: who decided what, when, as far as the sources say.
///
/// A public record never guesses: `organ: ukendt` and `dato: ukendt` are written when the sources
/// do not give the body or the date, and the model keeps them unknown (nil). A planned decision
/// (`planlagt: true`, "forventes behandlet i SSG 2/5-25") has not been taken yet: it counts for no
/// rule and needs no `udfald`.
public struct Decision: Sendable, Hashable {
    /// Who decided; nil when the sources do not say.
    public var body: Body?
    /// When; nil when the sources do not say.
    public var date: Period?
    /// What was decided; nil only for a planned decision without an expected outcome.
    public var outcome: DecisionOutcome?
    public var note: String?
    /// A decision expected on `date`, not yet taken.
    public var planned: Bool

    public init(body: Body?, date: Period?, outcome: DecisionOutcome?, note: String? = nil, planned: Bool = false) {
        self.body = body
        self.date = date
        self.outcome = outcome
        self.note = note
        self.planned = planned
    }

    /// A taken decision that approved the agreement.
    public var isApproval: Bool { !planned && outcome?.isApproval == true }

    /// What is written for an unknown body.
    public static let unknownBody = "Organ ikke oplyst"
    /// What is written for an unknown date.
    public static let unknownDate = "Dato ikke oplyst"

    /// The body's label, or "Organ ikke oplyst".
    public var bodyLabel: String { body?.label ?? Self.unknownBody }
    /// The date in Danish, or "Dato ikke oplyst".
    public var dateText: String { date.map(DanishFormat.period) ?? Self.unknownDate }
    /// "godkendt", "forventes behandlet", "forventes behandlet (indstilling: godkendt)".
    public var outcomeText: String {
        guard planned else { return outcome?.rawValue ?? "" }
        return "forventes behandlet" + (outcome.map { " (indstilling: \($0.rawValue))" } ?? "")
    }

    /// `decisions` oldest first; those without a date last, in file order.
    public static func chronological(_ decisions: [Decision]) -> [Decision] {
        decisions.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): false
            case (_?, nil): true
            default: a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A follow-up obligation: something the agreement says must be looked at again, and when.
public struct FollowUp: Sendable, Hashable {
    /// When it is due; nil when the sources do not say (`tid: ukendt`): it then never falls due.
    public var due: Period?
    public var what: String
    /// When it was done and what came of it, if the file records it.
    public var done: Completion?

    public init(due: Period?, what: String, done: Completion? = nil) {
        self.due = due
        self.what = what
        self.done = done
    }

    /// What is written for an unknown time.
    public static let unknownTime = "Tid ikke oplyst"
    /// The time in Danish, or "Tid ikke oplyst".
    public var dueText: String { due.map(DanishFormat.period) ?? Self.unknownTime }

    /// `followUps` earliest first; those without a time last, in file order.
    public static func chronological(_ followUps: [FollowUp]) -> [FollowUp] {
        followUps.enumerated().sorted { a, b in
            switch (a.element.due, b.element.due) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): false
            case (_?, nil): true
            default: a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A milestone of an agreement's timetable (`milepæle`): read, dated, done and shown by the rules of
/// a follow-up (`tid`, `hvad`, `udført`, `resultat`; `tid: ukendt` where the sources give no time).
/// What differs is where it stands (the timetable, in the source's order, beside "Proces og
/// tidsplan") and that it is the work's own plan: while the agreement is `pauseret`, `aftale due`
/// shows it as on hold, not overdue (`DueItem.State.onHold`).
public typealias Milestone = FollowUp

/// That an obligation (a follow-up, a milestone or the evaluation) was done: when (`udført`) and what came of it
/// (`resultat`: a rate, a decision, "evaluering forelagt SSG 15/9-23").
public struct Completion: Sendable, Hashable {
    public var date: Period
    public var result: String?

    public init(date: Period, result: String?) {
        self.date = date
        self.result = result
    }

    /// Whether it was done by `day`: its period has begun (a month or a quarter counts from its first day).
    public func isDone(by day: CivilDate) -> Bool { date.start <= day }
}

/// A link to a public document about the agreement.
public struct Link: Sendable, Hashable {
    public var title: String
    public var url: String
}

/// One row of an agreement in one workplan (seed 000) or decision overview (seed 002).
public struct WorkplanEntry: Sendable, Hashable {
    /// The workplan's own group of the entry (`gruppe`, declared by the layout's `grupper`);
    /// nil: the agreement's indsatsområde id.
    public var group: String?
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
