import SheetNames

/// Rules for one workplan entry (`arbejdsplaner.ID` in an agreement): its texts must fit the cells
/// of the sheets they are exported to.
enum WorkplanEntryRules: RuleFamily {
    static let name = "workplan entries"

    /// The keys of an entry whose text becomes a cell of its own.
    static let cellTextKeys = ["målsætning", "indsats", "status", "bestillinger", "forslag"]

    /// Reports every text of `fields` (an entry's values by key) longer than an Excel cell holds
    /// (`SheetLimits.cellTextLength`), at the value, with `cell-too-long`.
    static func check(_ fields: YAMLFields, _ reader: inout YAMLReader) {
        for key in cellTextKeys {
            guard let node = fields[key], case .scalar(let text, _) = node.content,
                  let length = SheetLimits.cellTextExcess(YAMLReader.trimmed(text)) else { continue }
            reader.report(.cellTooLong, "'\(key)' is \(length) characters long, more than an Excel cell holds "
                              + "(\(SheetLimits.cellTextLength))",
                          at: node, hint: "shorten it, or move the details into a section and refer to it")
        }
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .cellTooLong, summary: "a workplan entry's text is longer than an Excel cell holds (32,767)",
            details: "Each text of an entry becomes one spreadsheet cell; Excel counts UTF-16 code units, so an emoji "
                + "counts two. Shorten it, or move the details into a section.",
            example: .agreement(frontMatter: ["arbejdsplaner:", "  ssg-2023:",
                                              "    status: " + String(repeating: "x", count: 32_768)])),
    ]
}
