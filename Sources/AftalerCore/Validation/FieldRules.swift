/// The front matter's fields: the ones a kind needs, known keys, values of the right shape, no
/// placeholder left, no party twice.
enum FieldRules: RuleFamily {
    static let name = "fields"

    /// The one value of `godkendelse`: approved, but the sources record neither body nor date.
    static let approvalNotRecordedValue = "ikke registreret"

    /// A `missing-field` for each field `kind` needs (the common fields when the kind is unknown)
    /// that `present` says is not there.
    static func missingRequiredFields(of kind: DocumentKind?, present: (String) -> Bool,
                                      at location: Diagnostic.Location) -> [Diagnostic] {
        (kind?.requiredFields ?? DocumentKind.commonFields).filter { !present($0) }.map { field in
            Diagnostic(.missingField, "missing required field '\(field)'", at: location,
                       hint: kind.map { "a \($0.id) needs: \($0.requiredFields.joined(separator: ", "))" })
        }
    }

    /// Why `text` cannot be the value of `godkendelse`, or nil.
    static func approvalValueProblem(_ text: String, at location: Diagnostic.Location) -> Diagnostic? {
        guard text.lowercased() != approvalNotRecordedValue else { return nil }
        return Diagnostic(.wrongType, "'godkendelse' can only be '\(approvalNotRecordedValue)', not '\(text)'", at: location,
                          hint: "approvals are decisions under 'beslutninger'; write 'godkendelse: "
                              + "\(approvalNotRecordedValue)' only when the sources do not record them")
    }

    /// A party listed a second time.
    static func duplicateParty(_ id: String, at location: Diagnostic.Location) -> Diagnostic {
        Diagnostic(.duplicateParty, "party '\(id)' is listed twice", at: location)
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .missingField, summary: "a field the document kind needs is missing",
            details: "Every agreement needs type, titel, indsatsområde and status; Templates/kinds.yaml adds fields "
                + "per kind (parter for a samarbejdsaftale, evaluering for a prøvehandling). A decision needs udfald "
                + "unless it is planned; a resultat needs udført.",
            example: .agreement(frontMatter: ["-titel"])),
        RuleExplanation(
            .unknownField, summary: "a key the format does not know",
            details: "Keys are Danish and fixed (docs/format.md); a misspelt key would be ignored silently, so it is "
                + "an error with the nearest known key as a hint.",
            example: .agreement(frontMatter: ["statsu: godkendt"])),
        RuleExplanation(
            .emptyValue, summary: "a field is present but empty",
            details: "Write the value or leave the key out; '~' and 'null' count as empty.",
            example: .agreement(frontMatter: ["titel: \"\""])),
        RuleExplanation(
            .placeholder, summary: "a «udfyld: …» placeholder is still in the file",
            details: "'aftale new' writes placeholders for everything a kind needs. In a draft (status under "
                + "udarbejdelse or ikke igangsat) they are warnings and the draft is left out of outputs until filled "
                + "in; in any other file they are errors.",
            example: .agreement(frontMatter: ["status: godkendt", "godkendelse: ikke registreret",
                                              "titel: \"«udfyld: titel»\""])),
        RuleExplanation(
            .wrongType, summary: "a value of the wrong shape (a list where one value belongs, or the reverse)",
            details: "Each key takes one shape (docs/format.md): titel one value, parter a list, beslutninger a list "
                + "of mappings, godkendelse only 'ikke registreret', planlagt true or false.",
            example: .agreement(frontMatter: ["titel: [a, b]"])),
        RuleExplanation(
            .duplicateParty, summary: "a party is listed twice under parter",
            details: "Each party once; the sign-off and the reports count parties.",
            example: .agreement(frontMatter: ["parter: [kommunerne, kommunerne]"])),
    ]
}
