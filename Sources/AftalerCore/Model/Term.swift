/// A category of the controlled vocabulary in `Templates/vocabulary.yaml`.
public protocol TermCategory: Sendable {
    /// The top-level key of the category in `vocabulary.yaml`.
    static var vocabularyKey: String { get }
    /// The diagnostic code used when an agreement names an id that is not in the category.
    static var unknownCode: Diagnostic.Code { get }
    /// What a term of this category is called in diagnostics ("area", "party", ...).
    static var noun: String { get }
}

/// One entry of the controlled vocabulary: the id written in agreements and the Danish label shown
/// in documents. The category is part of the type, so an area can never be passed as a party.
public struct Term<Category: TermCategory>: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let label: String
    /// Position in the vocabulary file; groups and lists follow this order.
    public let order: Int
    /// Other names people write for the term (`alias: [PLO, PLO-M]`), accepted where the id is.
    public let aliases: [String]

    public init(id: String, label: String, order: Int, aliases: [String] = []) {
        self.id = id
        self.label = label
        self.order = order
        self.aliases = aliases
    }

    public var description: String { label }
}

/// Indsatsområder: the areas a workplan is grouped by.
public enum AreaCategory: TermCategory {
    public static let vocabularyKey = "indsatsområder"
    public static let unknownCode = Diagnostic.Code.unknownArea
    public static let noun = "indsatsområde"
}
/// Parter: the organisations that are party to an agreement.
public enum PartyCategory: TermCategory {
    public static let vocabularyKey = "parter"
    public static let unknownCode = Diagnostic.Code.unknownParty
    public static let noun = "party"
}
/// Organer: the bodies that take decisions.
public enum BodyCategory: TermCategory {
    public static let vocabularyKey = "organer"
    public static let unknownCode = Diagnostic.Code.unknownBody
    public static let noun = "body"
}
/// Beslutningskategorier: the three groups of the decision overview (seed 002).
public enum DecisionCategoryCategory: TermCategory {
    public static let vocabularyKey = "beslutningskategorier"
    public static let unknownCode = Diagnostic.Code.unknownCategory
    public static let noun = "decision category"
}
/// Modtagere: who takes an agreement over after the health reform.
public enum RecipientCategory: TermCategory {
    public static let vocabularyKey = "modtagere"
    public static let unknownCode = Diagnostic.Code.unknownRecipient
    public static let noun = "handover recipient"
}

/// Sundhedsaftaler: the health-agreement periods an item belongs to (2019-2023, 2024-2027).
public enum HealthAgreementCategory: TermCategory {
    public static let vocabularyKey = "sundhedsaftaler"
    public static let unknownCode = Diagnostic.Code.unknownHealthAgreement
    public static let noun = "sundhedsaftale"
}

public typealias Area = Term<AreaCategory>
public typealias HealthAgreement = Term<HealthAgreementCategory>
public typealias Party = Term<PartyCategory>
public typealias Body = Term<BodyCategory>
public typealias DecisionCategory = Term<DecisionCategoryCategory>
public typealias Recipient = Term<RecipientCategory>

/// The terms of one category, in file order, with lookup by id, and by label or alias for what
/// people write (`Borgere med kronisk sygdom`, `PLO`).
public struct TermList<Category: TermCategory>: Sendable {
    public let terms: [Term<Category>]
    private let byID: [String: Term<Category>]
    /// Labels and aliases, case-folded, to their terms; a name two terms share leads to neither.
    private let byName: [String: Term<Category>?]

    public init(_ pairs: [(id: String, label: String)]) {
        self.init(pairs.map { ($0.id, $0.label, []) })
    }

    /// Terms with aliases, in file order.
    public init(_ entries: [(id: String, label: String, aliases: [String])]) {
        terms = entries.enumerated().map { Term(id: $1.id, label: $1.label, order: $0, aliases: $1.aliases) }
        byID = Dictionary(terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String: Term<Category>?] = [:]
        for term in terms {
            for name in Set(([term.label] + term.aliases).map(Self.folded)) {
                if let existing = names[name], existing?.id != term.id { names[name] = .some(nil) } else { names[name] = term }
            }
        }
        byName = names
    }

    public subscript(id: String) -> Term<Category>? { byID[id] }
    public var ids: [String] { terms.map(\.id) }

    /// The term `written` names: its id, or (ignoring case, also of æ, ø and å, and runs of spaces)
    /// its label or one of its aliases.
    public func resolve(_ written: String) -> Term<Category>? {
        if let term = byID[written] { return term }
        let name = Self.folded(written)
        if let term = byID[name] { return term }
        return byName[name] ?? nil
    }

    /// Lowercased, trimmed, inner white space as single spaces (``NameFolding``).
    static func folded(_ text: String) -> String {
        NameFolding.folded(text)
    }
}
