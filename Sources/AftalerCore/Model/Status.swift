/// The lifecycle of an agreement, in order. Written in agreements as the Danish words.
public enum Status: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case notStarted = "ikke igangsat"
    case drafting = "under udarbejdelse"
    case inConsultation = "i høring"
    case approved = "godkendt"
    case implementing = "under implementering"
    case implemented = "implementeret"
    case evaluated = "evalueret"
    case paused = "pauseret"
    case concluded = "afsluttet"
    case discontinued = "udgået"

    /// The Danish label with a capital first letter, for documents and spreadsheets. Written out
    /// rather than made from `rawValue` at each call: a literal is never allocated, and a status
    /// column asks once per row (`StatusTests` holds the two together).
    public var label: String {
        switch self {
        case .notStarted: "Ikke igangsat"
        case .drafting: "Under udarbejdelse"
        case .inConsultation: "I høring"
        case .approved: "Godkendt"
        case .implementing: "Under implementering"
        case .implemented: "Implementeret"
        case .evaluated: "Evalueret"
        case .paused: "Pauseret"
        case .concluded: "Afsluttet"
        case .discontinued: "Udgået"
        }
    }

    /// Statuses that say the agreement has been approved, so a decision must show it.
    public var requiresApproval: Bool {
        switch self {
        case .approved, .implementing, .implemented, .evaluated: true
        default: false
        }
    }

    /// Agreements in force or on their way: these are handed over at the reform.
    public var isActive: Bool {
        switch self {
        case .concluded, .discontinued: false
        default: true
        }
    }

    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a body decided. Written in agreements as the Danish words.
public enum DecisionOutcome: String, CaseIterable, Sendable, Hashable, Codable {
    case approved = "godkendt"
    case rejected = "afvist"
    case decided = "besluttet"
    case recommended = "anbefalet"
    case discussed = "drøftet"
    case noted = "taget til efterretning"
    case postponed = "udsat"
    /// Put before the body (an evaluation presented, a matter on the agenda); the sources record
    /// no decision on it, so none is invented.
    case presented = "forelagt"

    /// True for outcomes that count as an approval of the agreement.
    public var isApproval: Bool { self == .approved || self == .decided }
}
