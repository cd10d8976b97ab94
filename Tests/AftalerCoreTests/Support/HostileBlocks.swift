import Foundation

extension TestWorkspace {
    /// Blocks for the hostile cases (`BadInputCases+Hostile.swift`), written into the test
    /// templates folder beside `blocks`:
    ///
    /// - `kaede-01` … `kaede-50`: each uses the next, and the last uses the first again: a cycle
    ///   of 50, longer than the nesting limit of 32.
    /// - `vifte-01` … `vifte-20`: each uses the next twice, the last is empty: a million uses that
    ///   produce no text at all.
    /// - `ukendt-vifte-01` … `ukendt-vifte-12`: the same fan-out, ending in 8,192 uses of a block
    ///   that does not exist (a fuzzer finding: each use used to cost a "did you mean" search).
    /// - `dobbelt-01` … `dobbelt-30`: each passes its parameter on twice over, so the value doubles
    ///   at every level (2^30 times the original at the end).
    static let hostileBlocks: [String: String] = {
        var blocks: [String: String] = [:]
        func name(_ prefix: String, _ number: Int) -> String { prefix + (number < 10 ? "-0" : "-") + "\(number)" }
        for number in 1...50 {
            let next = number == 50 ? "Slut.\n{{> kaede-01}}" : "{{> \(name("kaede", number + 1))}}"
            blocks[name("kaede", number)] = "---\nbeskrivelse: Led \(number) i en kæde\n---\n\(next)"
        }
        for number in 1...20 {
            let next = number == 20 ? "" : "{{> \(name("vifte", number + 1))}}{{> \(name("vifte", number + 1))}}"
            blocks[name("vifte", number)] = "---\nbeskrivelse: Vifte \(number)\n---\n\(next)"
        }
        for number in 1...12 {
            let next = number == 12 ? "{{> findes-ikke}}{{> findes-ikke}}"
                : "{{> \(name("ukendt-vifte", number + 1))}}{{> \(name("ukendt-vifte", number + 1))}}"
            blocks[name("ukendt-vifte", number)] = "---\nbeskrivelse: Vifte over en ukendt blok \(number)\n---\n\(next)"
        }
        for number in 1...30 {
            let next = number == 30 ? "{{tekst}}" : "{{> \(name("dobbelt", number + 1)) tekst=\"{{tekst}}{{tekst}}\"}}"
            blocks[name("dobbelt", number)] = "---\nbeskrivelse: Fordobling \(number)\nparametre:\n  tekst: Tekst\n---\n\(next)"
        }
        return blocks
    }()
}
