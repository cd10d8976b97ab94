import Foundation
@testable import AftalerCore

extension BadInputCorpus {
    /// Hostile inputs: each must give its exact diagnostic quickly and in little memory, never a
    /// crash, a hang or a runaway allocation. The blocks they use are `TestWorkspace.hostileBlocks`.
    static let hostile: [BadInput] = yamlBombs + blockBombs + floods

    static let yamlBombs: [BadInput] = [
        // The composer stops at the 13th level as the events arrive: "type: " is 6 columns, the
        // value is level 1, so the 13th '[' stands in column 7 + 12.
        text("YAML nested 5,000 levels deep", "---\ntype: " + String(repeating: "[", count: 5_000)
             + String(repeating: "]", count: 5_000) + "\n---\n", .yamlTooDeep, 2, 19),
        text("YAML lists nested 3,000 levels deep on one line", "---\nparter:\n  " + String(repeating: "- ", count: 3_000)
             + "x\n---\n", .yamlTooDeep, 3, 3 + 2 * 12),
        text("billion laughs", "---\n" + billionLaughs + "---\n## Hvad\n", .yamlAnchor, 2, 4),
        change("alias without an anchor", [3: ["titel: *t"]], .yamlAnchor, 3, 8),
        // libyaml allows keys of at most 1,024 characters.
        change("YAML key of 5,000 characters", [3: [String(repeating: "k", count: 5_000) + ": x"]], .yamlSyntax, 3, 5_001),
    ]

    static let blockBombs: [BadInput] = [
        change("block chain of 50 that includes itself", [16: ["{{> kaede-01}}"]], .blockCycle, 5, 1,
               inFile: "kaede-50.md"),
        change("blocks that fan out to a million uses", [16: ["{{> vifte-01}}"]], .blockExpansionTooLarge, 4, 15,
               inFile: "vifte-19.md"),
        // Found by the fuzzer: 8,192 uses of an unknown block took 16 seconds.
        change("fan-out over a block that does not exist", [16: ["{{> ukendt-vifte-01}}"]], .unknownBlock, 4, 5,
               inFile: "ukendt-vifte-12.md"),
        change("parameter that doubles through 30 blocks", [16: ["{{> dobbelt-01 tekst=\"abcdefghijklmnop\"}}"]],
               .blockExpansionTooLarge, 6, 16, inFile: "dobbelt-17.md"),
        // Found by the fuzz harness's invariant: this used to be reported at "?:1:1".
        change("text after blocks that fill the limit",
               [16: ["{{> dobbelt-15 tekst=\"abcdefghijklmnopabcdefghijklmnop\"}} og mere tekst"]],
               .blockExpansionTooLarge, 16, 1),
        change("20,000 block uses run together on one line", [16: [String(repeating: "{{> hilsen navn=\"", count: 20_000)]],
               .malformedBlockUse, 16, 35),
        change("block use left open on a line of 300,000 characters",
               [16: ["{{> hilsen navn=\"" + String(repeating: "x", count: 300_000)]], .malformedBlockUse, 16, 12),
        change("half a million '{{'", [16: [String(repeating: "{{", count: 250_000)]], .malformedBlockUse, 16, 1),
    ]

    static let floods: [BadInput] = [
        change("NUL byte in the text", [16: ["Hospitalerne\u{0}henviser."]], .controlCharacter, 16, 13),
        change("100,000 lines with a tab", [16: Array(repeating: "\tx", count: 100_000)], .tabCharacter, 16, 1),
        change("50,000 unknown fields", [12: (1...50_000).map { "felt\($0): x" } + ["---"]], .unknownField, 12, 1),
        change("the same section 50,000 times", [17: Array(repeating: "## Hvad", count: 50_000)], .duplicateSection, 17, 1),
    ]

    /// Nine anchors, each a list of nine aliases of the one before: 9^9 "lol"s if expanded.
    static var billionLaughs: String {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
