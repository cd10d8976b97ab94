import Foundation

extension BlockUsageIndex {
    /// Every block with its description, parameters, the blocks that include it and the agreements
    /// that use it, as Danish text; or only the block called `name`, led by the sentence saying how
    /// many agreements would change if it changed.
    public func text(only name: String? = nil) -> String {
        let shown = name.map { name in blocks.filter { $0.name == name } } ?? blocks
        var out: [String] = []
        for block in shown {
            if !out.isEmpty { out.append("") }
            out += describe(block, single: name != nil)
        }
        if shown.isEmpty { out.append("Ingen blokke.") }
        return out.joined(separator: "\n") + "\n"
    }

    private func describe(_ block: Block, single: Bool) -> [String] {
        let indent = single ? "" : "  "
        var out = [single ? "\(block.name): \(block.description)" : block.name]
        if !single { out.append(indent + block.description) }
        out.append(indent + "Fil: \(block.path)")
        if block.parameters.isEmpty {
            out.append(indent + "Parametre: ingen")
        } else {
            out.append(indent + "Parametre:")
            out += block.parameters.map { "\(indent)  \($0.name): \($0.description)" }
        }
        let including = blocks(including: block.name)
        if !including.isEmpty { out.append(indent + "Indgår i blokkene: " + including.joined(separator: ", ")) }
        let uses = uses(of: block.name)
        let count = "\(uses.count) \(uses.count == 1 ? "aftale" : "aftaler")"
        if uses.isEmpty {
            out.append(indent + (single ? "Ingen aftaler bruger blokken, så ingen aftaler ændres, hvis den ændres."
                                        : "Bruges ikke af nogen aftale."))
        } else {
            out.append(indent + (single ? "Hvis blokken ændres, ændres \(count):" : "Bruges af \(count):"))
            out += uses.map { "\(indent)  \($0.agreementID) – \($0.agreementTitle) (\(Self.how($0)))" }
        }
        return out
    }

    /// "direkte, Agreements/x.md:17:5" or "gennem a → b, Agreements/x.md:17:5".
    static func how(_ use: Use) -> String {
        (use.isDirect ? "direkte" : "gennem " + use.through.joined(separator: " → ")) + ", \(use.location)"
    }

    /// The index as JSON for scripts (Danish keys), for every block or only `name`.
    public func json(only name: String? = nil) throws -> String {
        let shown = name.map { name in blocks.filter { $0.name == name } } ?? blocks
        let document = JSONDocument(blokke: shown.map { block in
            JSONBlock(navn: block.name, beskrivelse: block.description, fil: block.path,
                      parametre: block.parameters.map { JSONParameter(navn: $0.name, beskrivelse: $0.description) },
                      indgårI: blocks(including: block.name),
                      aftaler: uses(of: block.name).map { use in
                          JSONUse(aftale: use.agreementID, titel: use.agreementTitle, direkte: use.isDirect,
                                  gennem: use.through, sted: use.location.description)
                      })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// The JSON document of `aftale blocks --format json`.
    struct JSONDocument: Encodable { let blokke: [JSONBlock] }

    /// One block: its declaration, the blocks including it, the agreements using it.
    struct JSONBlock: Encodable {
        let navn: String
        let beskrivelse: String
        let fil: String
        let parametre: [JSONParameter]
        let indgårI: [String]
        let aftaler: [JSONUse]

        enum CodingKeys: String, CodingKey {
            case navn, beskrivelse, fil, parametre, aftaler
            case indgårI = "indgår_i"
        }
    }

    /// A declared parameter.
    struct JSONParameter: Encodable {
        let navn: String
        let beskrivelse: String
    }

    /// One agreement using the block: directly, or through the blocks in `gennem`.
    struct JSONUse: Encodable {
        let aftale: String
        let titel: String
        let direkte: Bool
        let gennem: [String]
        let sted: String
    }
}
