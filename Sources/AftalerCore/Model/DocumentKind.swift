/// A kind of document (samarbejdsaftale, kommissorium, ...) and what it must contain, from
/// `Templates/kinds.yaml`.
public struct DocumentKind: Sendable, Hashable {
    /// Sections every kind has, first in every document.
    public static let commonSections = ["Hvad", "Betydning for borgerne", "Status"]
    /// Front-matter fields every kind has.
    public static let commonFields = ["type", "titel", "indsatsområde", "status"]

    public let id: String
    public let label: String
    /// All required `## ` sections, common ones first.
    public let requiredSections: [String]
    /// All required front-matter keys, common ones first.
    public let requiredFields: [String]
}

/// The controlled vocabulary of `Templates/vocabulary.yaml`.
public struct Vocabulary: Sendable {
    public var areas: TermList<AreaCategory>
    public var parties: TermList<PartyCategory>
    public var bodies: TermList<BodyCategory>
    public var decisionCategories: TermList<DecisionCategoryCategory>
    public var recipients: TermList<RecipientCategory>
    /// Optional in vocabulary.yaml: the sundhedsaftaler items may belong to.
    public var healthAgreements: TermList<HealthAgreementCategory>
    /// `partsgrupper`: parties that stand for several (`kommunerne` for the 19 municipalities),
    /// each with its members in the vocabulary's order.
    public var partyGroups: [String: [Party]] = [:]
    /// `godkendere`: whose approval puts an agreement in force, groups expanded, in the order the
    /// sign-off report shows them (the 19 municipalities, the region, PLO-Midtjylland).
    public var approvers: [Party] = []

    /// `parties` with every group replaced by its members, each party once, in the order given.
    public func expanding(_ parties: [Party]) -> [Party] {
        var seen = Set<String>(), result: [Party] = []
        for party in parties {
            for member in partyGroups[party.id] ?? [party] where seen.insert(member.id).inserted {
                result.append(member)
            }
        }
        return result
    }
}
