/// Which agreements use which blocks, directly or through other blocks: the agreements that
/// would change if a block changed.
///
/// The uses are found with the same scanner the resolver expands with (`TemplateText`), run over
/// each agreement's section lines as read from its source, so every use has its exact position.
/// Through-uses follow the blocks' own uses breadth first, so each (agreement, block) pair is
/// reported once, with the shortest chain of blocks that leads to it.
public struct BlockUsageIndex: Sendable {
    /// How one agreement reaches one block.
    public struct Use: Sendable, Hashable {
        public let agreementID: String
        public let agreementTitle: String
        /// Where the agreement uses the first block of `chain`.
        public let location: Diagnostic.Location
        /// The blocks from the one the agreement uses to the block in question; one element for a
        /// direct use.
        public let chain: [String]

        /// True when the agreement itself uses the block.
        public var isDirect: Bool { chain.count == 1 }
        /// The blocks in between, for a use through other blocks.
        public var through: [String] { Array(chain.dropLast()) }
    }

    /// Every block in the templates, by name.
    public let blocks: [Block]
    private let uses: [String: [Use]]
    private let includers: [String: [String]]

    /// The index of `agreements` over the blocks in `templates`.
    public init(agreements: [Agreement], templates: TemplateLibrary) {
        blocks = templates.blocks.values.sorted { $0.name < $1.name }
        var includers: [String: Set<String>] = [:]
        for block in blocks {
            for name in Self.usedNames(block.template) { includers[name, default: []].insert(block.name) }
        }
        self.includers = includers.mapValues { $0.sorted() }
        var uses: [String: [Use]] = [:]
        for agreement in agreements {
            for use in Self.reach(from: Self.directUses(of: agreement), blocks: templates.blocks, agreement: agreement) {
                uses[use.chain.last!, default: []].append(use)
            }
        }
        self.uses = uses
    }

    /// The block called `name`, if there is one.
    public func block(_ name: String) -> Block? { blocks.first { $0.name == name } }

    /// The agreements that use `name`, directly or through other blocks, in the order of the
    /// agreements given (Danish title order for a portfolio).
    public func uses(of name: String) -> [Use] { uses[name] ?? [] }

    /// The blocks that include `name` directly, by name.
    public func blocks(including name: String) -> [String] { includers[name] ?? [] }

    /// Block uses written in an agreement's section lines, in file order. Heading lines and the
    /// front matter are not expanded, so they are not read.
    static func directUses(of agreement: Agreement) -> [BlockUse] {
        var ignored: [Diagnostic] = []
        let document = FrontMatterDocument.parse(agreement.source, diagnostics: &ignored)
        var found: [BlockUse] = []
        for line in document.body where !AgreementParser.isHeading(line.text) && line.text.containsBytes(of: "{{") {
            let start = Diagnostic.Location(file: agreement.source.path, line: line.line, column: 1)
            found += usedUses(TemplateText.scan(String(line.text), start: start, allowsParameters: false,
                                                diagnostics: &ignored))
        }
        return found
    }

    /// Every block reachable from `direct`, breadth first, with the shortest chain to it.
    private static func reach(from direct: [BlockUse], blocks: [String: Block], agreement: Agreement) -> [Use] {
        var queue = direct.map { Use(agreementID: agreement.id, agreementTitle: agreement.title,
                                     location: $0.location, chain: [$0.name]) }
        var seen: Set<String> = []
        var result: [Use] = []
        var index = 0
        while index < queue.count {
            let use = queue[index]
            index += 1
            let name = use.chain.last!
            guard seen.insert(name).inserted else { continue }
            result.append(use)
            for next in blocks[name].map({ usedNames($0.template) }) ?? [] where !seen.contains(next) {
                queue.append(Use(agreementID: use.agreementID, agreementTitle: use.agreementTitle,
                                 location: use.location, chain: use.chain + [next]))
            }
        }
        return result
    }

    private static func usedUses(_ template: TemplateText) -> [BlockUse] {
        template.segments.compactMap { if case .use(let use) = $0 { use } else { nil } }
    }

    private static func usedNames(_ template: TemplateText) -> [String] {
        usedUses(template).map(\.name)
    }
}
