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

    public init(id: String, label: String, order: Int) {
        self.id = id
        self.label = label
        self.order = order
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

/// The terms of one category, in file order, with lookup by id.
public struct TermList<Category: TermCategory>: Sendable {
    public let terms: [Term<Category>]
    private let byID: [String: Term<Category>]

    public init(_ pairs: [(id: String, label: String)]) {
        terms = pairs.enumerated().map { Term(id: $1.id, label: $1.label, order: $0) }
        byID = Dictionary(terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> Term<Category>? { byID[id] }
    public var ids: [String] { terms.map(\.id) }
}
