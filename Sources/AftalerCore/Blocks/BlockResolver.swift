#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Expands block uses in agreement text, checking every use against the block's declaration.
///
/// Every problem is reported at the use site, with a note for each place the block was included
/// from, and expansion goes on after a problem so that one run shows all of them. Depth and output
/// size are bounded, so a hostile set of blocks cannot make expansion run away.
public struct BlockResolver: Sendable {
    /// Blocks may include blocks this deep, no deeper.
    public static let maximumDepth = 32
    /// One section may expand to at most this many characters.
    public static let maximumExpandedLength = 1 << 20
    /// One section may expand at most this many block uses, so blocks that use each other many
    /// times over cannot run away even when they produce no text.
    public static let maximumExpansions = 10_000

    public let blocks: [String: Block]

    public init(blocks: [String: Block]) {
        self.blocks = blocks
    }

    /// One step of an include chain: which block was included, and from where.
    private struct Inclusion {
        let block: String
        let location: Diagnostic.Location
    }

    private struct Expansion {
        var output = ""
        var diagnostics: [Diagnostic] = []
        var exhausted = false
        var expansions = 0
        /// The last block use in the section's own text: blame for output that grows too large there.
        var lastOwnUse: Diagnostic.Location?
        /// Problems already reported: a block used a thousand times over reports each problem once.
        var reported: Set<Reported> = []
    }

    private struct Reported: Hashable {
        let code: Diagnostic.Code
        let location: Diagnostic.Location
        let message: String
    }

    /// Expands `template`, reporting problems into `diagnostics`.
    func expand(_ template: TemplateText, diagnostics: inout [Diagnostic]) -> String {
        var expansion = Expansion()
        expand(template.segments, parameters: Values(), chain: [], into: &expansion)
        diagnostics += expansion.diagnostics
        return expansion.output
    }

    private func expand(_ segments: [TemplateText.Segment], parameters: Values, chain: [Inclusion],
                        into expansion: inout Expansion) {
        for segment in segments {
            if expansion.exhausted { return }
            switch segment {
            case .text(let text):
                append(text, chain: chain, into: &expansion)
            case .parameter(let name, _):
                append(parameters[name] ?? "", chain: chain, into: &expansion)
            case .use(let use):
                if chain.isEmpty { expansion.lastOwnUse = use.location }
                expandUse(use, enclosing: parameters, chain: chain, into: &expansion)
            }
        }
    }

    private func expandUse(_ use: BlockUse, enclosing: Values, chain: [Inclusion],
                           into expansion: inout Expansion) {
        func report(_ code: Diagnostic.Code, _ message: String, at location: Diagnostic.Location,
                    hint: @autoclosure () -> String? = nil) {
            guard expansion.reported.insert(Reported(code: code, location: location, message: message)).inserted
            else { return }
            expansion.diagnostics.append(Diagnostic(code, message, at: location, hint: hint(), notes: includeNotes(chain)))
        }
        // Every use counts, also one that fails: a fan-out over a broken block must stop as soon.
        expansion.expansions += 1
        guard expansion.expansions <= Self.maximumExpansions else {
            report(.blockExpansionTooLarge, "blocks are used more than \(Self.maximumExpansions) times in one section",
                   at: use.location, hint: "a block is probably used many times over through other blocks")
            expansion.exhausted = true
            return
        }
        guard let block = blocks[use.name] else {
            report(.unknownBlock, "unknown block '\(use.name)'", at: use.nameLocation,
                   hint: Suggestion.hint(for: use.name, in: blocks.keys) ?? "blocks live in Templates/blocks/NAME.md")
            return
        }
        if let first = chain.firstIndex(where: { $0.block == use.name }) {
            let cycle = (chain[first...].map(\.block) + [use.name]).joined(separator: " → ")
            report(.blockCycle, "block '\(use.name)' includes itself: \(cycle)", at: use.location,
                   hint: "remove one of the uses in the chain")
            return
        }
        guard chain.count < Self.maximumDepth else {
            if let cycle = staticCycle(from: use.name, chain: chain.map(\.block)) {
                report(.blockCycle, "block '\(cycle.names[0])' includes itself through \(cycle.names.count - 1) blocks: "
                       + Self.describe(cycle.names), at: cycle.location, hint: "remove one of the uses in the chain")
            } else {
                report(.blockTooDeep, "blocks are nested more than \(Self.maximumDepth) levels deep", at: use.location,
                       hint: "include the innermost blocks' text directly instead")
            }
            expansion.exhausted = true
            return
        }
        var values = Values()
        var complete = true
        let declared = block.parameterNames
        // Parameters a misspelt argument stands for: its unknown-parameter diagnostic says so, and
        // the parameter is not reported missing as well (one mistake, one diagnostic).
        var misspelt: Set<String> = []
        for argument in use.arguments {
            if values[argument.name] != nil {
                report(.duplicateParameter, "parameter '\(argument.name)' is given twice", at: argument.location)
            } else if !declared.contains(argument.name) {
                let meant = Suggestion.closest(to: argument.name, in: declared)
                    .flatMap { name in use.arguments.contains { $0.name == name } ? nil : name }
                if let meant { misspelt.insert(meant) }
                report(.unknownParameter, "block '\(block.name)' has no parameter '\(argument.name)'", at: argument.location,
                       hint: Suggestion.hint(for: argument.name, in: declared) ?? parameterList(block))
            }
            guard let value = substitute(argument.value, enclosing) else {
                report(.blockExpansionTooLarge, "the value of parameter '\(argument.name)' grows to more than "
                       + "\(Self.maximumExpandedLength) characters", at: argument.location,
                       hint: "a parameter is probably repeated many times over through other blocks")
                expansion.exhausted = true
                return
            }
            values.set(argument.name, value)
        }
        for parameter in block.parameters where values[parameter.name] == nil {
            complete = false
            if misspelt.contains(parameter.name) { continue }
            report(.missingParameter, "block '\(block.name)' needs parameter '\(parameter.name)' (\(parameter.description))",
                   at: use.location, hint: "add \(parameter.name)=\"...\"")
        }
        guard complete else { return }
        expand(block.template.segments, parameters: values,
               chain: chain + [Inclusion(block: block.name, location: use.location)], into: &expansion)
    }

    private func append(_ text: String, chain: [Inclusion], into expansion: inout Expansion) {
        guard expansion.output.utf8.count + text.utf8.count <= Self.maximumExpandedLength else {
            let location = chain.first?.location ?? expansion.lastOwnUse ?? Diagnostic.Location(file: "?", line: 1, column: 1)
            expansion.diagnostics.append(Diagnostic(
                .blockExpansionTooLarge, "blocks expand to more than \(Self.maximumExpandedLength) characters",
                at: location, hint: "a block is probably used many times over through other blocks",
                notes: includeNotes(Array(chain.dropFirst()))))
            expansion.exhausted = true
            return
        }
        expansion.output += text
    }

    /// Replaces `{{name}}` in an argument value with the enclosing block's parameter values, in one
    /// pass from left to right (a replacement is never searched again, so the result does not
    /// depend on the order of the parameters). Nil when the result would be longer than
    /// `maximumExpandedLength` bytes.
    private func substitute(_ value: String, _ parameters: Values) -> String? {
        guard !parameters.isEmpty, value.containsBytes(of: "{{") else { return value }
        // The text between references is copied in pieces, not scalar by scalar.
        let scalars = value.unicodeScalars
        var result = ""
        var pieceStart = value.startIndex
        var index = value.startIndex
        while index < value.endIndex {
            let next = scalars.index(after: index)
            guard scalars[index] == "{", next < value.endIndex, scalars[next] == "{" else {
                index = next
                continue
            }
            var end = scalars.index(after: next)
            while end < value.endIndex, Block.isParameterNameScalar(scalars[end]) { end = scalars.index(after: end) }
            let close = end < value.endIndex ? scalars.index(after: end) : end
            if close < value.endIndex, scalars[end] == "}", scalars[close] == "}",
               let replacement = parameters[String(scalars[scalars.index(after: next)..<end])] {
                result += value[pieceStart..<index]
                result += replacement
                index = scalars.index(after: close)
                pieceStart = index
                if result.utf8.count > Self.maximumExpandedLength { return nil }
                continue
            }
            index = next
        }
        result += value[pieceStart..<value.endIndex]
        return result.utf8.count > Self.maximumExpandedLength ? nil : result
    }

    /// The values of a use's parameters by name: a use has a few, so a linear search beats
    /// hashing (no table made per use), with a dictionary's rules: a name given again replaces
    /// its value.
    private struct Values {
        private var pairs: [(name: String, value: String)] = []

        var isEmpty: Bool { pairs.isEmpty }

        subscript(name: String) -> String? {
            pairs.first { $0.name == name }?.value
        }

        mutating func set(_ name: String, _ value: String) {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                pairs[index].value = value
            } else {
                pairs.append((name, value))
            }
        }
    }

    private func includeNotes(_ chain: [Inclusion]) -> [Diagnostic.Note] {
        chain.reversed().map { Diagnostic.Note(location: $0.location, message: "block '\($0.block)' included from here") }
    }

    private func parameterList(_ block: Block) -> String {
        block.parameters.isEmpty ? "it takes no parameters"
            : "its parameters: " + block.parameters.map(\.name).joined(separator: ", ")
    }
}
