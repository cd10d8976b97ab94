/// Relations between agreements (`relationer`): each names an agreement of the same run by its id.
/// Checked once every file is read, since the other agreement may come later.
enum RelationRules: RuleFamily {
    static let name = "relations"

    /// One relation as read, with where it stands.
    struct Reference: Sendable {
        let target: String
        let location: Diagnostic.Location
    }

    /// The relations of `agreement`, read from the file at `path`.
    static func references(of agreement: Agreement, path: String) -> [Reference] {
        agreement.relations.enumerated().map { index, relation in
            Reference(target: relation.target,
                      location: agreement.locations["relationer", index] ?? agreement.locations.fileStart)
        }
    }

    /// An `unknown-relation` for each reference to an id no file of the run has.
    static func check(_ references: [Reference], knownIDs: Set<String>) -> [Diagnostic] {
        check(references, isKnown: knownIDs.contains, sortedIDs: { knownIDs.sorted() })
    }

    /// The same check where `isKnown` tells the ids of the run and `sortedIDs` lists them all, in
    /// order, for the did-you-mean hint (asked only when a reference is unknown).
    static func check(_ references: [Reference], isKnown: (String) -> Bool, sortedIDs: () -> [String]) -> [Diagnostic] {
        var ids: [String]?
        return references.filter { !isKnown($0.target) }.map { reference in
            if ids == nil { ids = sortedIDs() }
            return Diagnostic(.unknownRelation, "no agreement has the id '\(reference.target)'", at: reference.location,
                              hint: Suggestion.hint(for: reference.target, in: ids!)
                                  ?? "a relation names another agreement by its file name without .md")
        }
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .unknownRelation, summary: "a relation of an unknown type, or to an agreement id no file has",
            details: "relationer lists {type, aftale}: type is 'erstatter', 'del af' or 'følger op på', aftale the other "
                + "agreement's id (its file name without .md), which must be among the files read in the same run.",
            example: .agreement(frontMatter: ["relationer:", "  - type: erstatter", "    aftale: findes-ikke"])),
    ]
}
