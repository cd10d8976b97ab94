/// Rules for one workplan entry (`arbejdsplaner.ID` in an agreement): its texts must fit the cells
/// of the sheets they are exported to.
enum WorkplanEntryRules {
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
}
