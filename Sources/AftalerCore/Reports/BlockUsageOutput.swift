#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
}
