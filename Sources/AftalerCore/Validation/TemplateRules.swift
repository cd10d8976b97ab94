/// The templates themselves: vocabulary.yaml, kinds.yaml and the layouts. Detected by
/// `TemplateLibrary` and `LayoutLoader`; an error here stops every command.
enum TemplateRules: RuleFamily {
    static let name = "templates"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .invalidTemplate, summary: "a template file that does not have the shape it must",
            details: "vocabulary.yaml, kinds.yaml, the blocks and the layouts each have a fixed shape "
                + "(docs/format.md); the message says what is wrong. A layout needs exactly one of 'arbejdsplan' "
                + "and 'budget'.",
            example: .template(path: "layouts/tom.yaml", text: "titel: Tom\nark: Tom\nkolonner:\n  - overskrift: A\n    felt: titel\n")),
        RuleExplanation(
            .unknownColumnField, summary: "a layout column's felt is not a field a workplan can show",
            details: "felt is one of: målsætning, indsats, titel, status, bestillinger, tid, forslag, kategori, "
                + "indsatsområde, aftalestatus, parter, id, ikrafttrædelse, overdragelse.",
            example: .template(path: "layouts/forkert.yaml",
                               text: "titel: T\nark: T\nbudget: midtklyngen-2023\nkolonner:\n  - overskrift: A\n    felt: pris\n")),
        RuleExplanation(
            .tooManyColumns, summary: "a layout with more columns than Excel allows (16,384)",
            details: "Checked when the layout is read, so the mistake is found by validate, at 'kolonner', not by "
                + "a failed export.",
            example: .template(path: "layouts/bred.yaml",
                               text: "titel: T\nark: T\nbudget: midtklyngen-2023\nkolonner:\n"
                                   + String(repeating: "  - overskrift: A\n    felt: titel\n", count: 16_385))),
        RuleExplanation(
            .invalidSheetName, summary: "a layout's ark is not a name Excel accepts",
            details: "At most 31 characters, none of [ ] : * ? / \\, not starting or ending with an apostrophe, "
                + "not 'History'.",
            example: .template(path: "layouts/ark.yaml",
                               text: "titel: T\nark: \"Plan 2023/24\"\nbudget: midtklyngen-2023\nkolonner:\n  - overskrift: A\n    felt: titel\n")),
    ]
}
