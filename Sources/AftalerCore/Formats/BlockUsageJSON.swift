extension BlockUsageIndex {
    /// `aftale blocks --format json`, for every block or only `name`: each block's declaration,
    /// the blocks that include it (`indgår_i`) and the agreements that use it, directly or through
    /// the blocks in `gennem`, with the place of the use (`sted`).
    public func json(only name: String? = nil) -> String {
        let shown = name.map { name in blocks.filter { $0.name == name } } ?? blocks
        let entries: [JSONValue] = shown.map { block in
            .object([
                ("aftaler", .array(uses(of: block.name).map { use in
                    .object([("aftale", .string(use.agreementID)), ("direkte", .bool(use.isDirect)),
                             ("gennem", .array(use.through.map(JSONValue.string))),
                             ("sted", .string(use.location.description)), ("titel", .string(use.agreementTitle))])
                })),
                ("beskrivelse", .string(block.description)),
                ("fil", .string(block.path)),
                ("indgår_i", .array(blocks(including: block.name).map(JSONValue.string))),
                ("navn", .string(block.name)),
                ("parametre", .array(block.parameters.map { parameter in
                    .object([("beskrivelse", .string(parameter.description)), ("navn", .string(parameter.name))])
                })),
            ])
        }
        return JSONText.document(.object([("blokke", .array(entries))]))
    }
}
