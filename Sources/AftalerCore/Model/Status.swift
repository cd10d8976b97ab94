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

    /// The label with soft hyphens (U+00AD) where a Danish word may be divided, for the narrow
    /// columns of a table (the status report's overview in Word, whose columns are fixed): a word
    /// too long for its column is divided there, with a hyphen, and never between two arbitrary
    /// letters ("God-kendt", not "Godke ndt"). The breaks follow the Danish rule of
    /// Retskrivningsordbogen: a compound at its parts first (ud-gået, af-sluttet, god-kendt), then
    /// before the consonant that starts a syllable (pau-se-ret); a single letter is never left on
    /// a line of its own. Without the soft hyphens it is ``label`` (`StatusTests`).
    public var hyphenatedLabel: String {
        switch self {
        case .notStarted: "Ikke igang\u{AD}sat"
        case .drafting: "Under ud\u{AD}ar\u{AD}bej\u{AD}delse"
        case .inConsultation: "I hø\u{AD}ring"
        case .approved: "God\u{AD}kendt"
        case .implementing: "Under im\u{AD}ple\u{AD}men\u{AD}te\u{AD}ring"
        case .implemented: "Im\u{AD}ple\u{AD}men\u{AD}te\u{AD}ret"
        case .evaluated: "Eva\u{AD}lu\u{AD}eret"
        case .paused: "Pau\u{AD}se\u{AD}ret"
        case .concluded: "Af\u{AD}slut\u{AD}tet"
        case .discontinued: "Ud\u{AD}gå\u{AD}et"
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
