import AftalerCore
import ArgumentParser

extension Aftale {
    /// `aftale blocks [NAME]`: the blocks and the agreements that use them.
    struct Blocks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blocks",
            abstract: "List blocks with their parameters and the agreements that use them.",
            discussion: """
                Without NAME: every block in Templates/blocks. With NAME: that block and every agreement that \
                would change if it changed, whether it uses the block directly or through other blocks, with \
                the file position of the use.
                """)

        /// Output formats of `blocks`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "A block name (its file name in Templates/blocks without .md).", completion: Completions.blocks)
        var name: String?

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @OptionGroup var output: OutputOption
        @OptionGroup var strict: StrictOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let portfolio = try workspace.source.loadForReading()
            let index = BlockUsageIndex(agreements: portfolio.agreements, templates: portfolio.templates)
            if let name, index.block(name) == nil {
                let names = index.blocks.map(\.name)
                let hint = Suggestion.hint(for: name, in: names) ?? "run 'aftale blocks' to see the blocks"
                throw ValidationError("no block named '\(name)' (\(hint))")
            }
            switch format {
            case .text: try output.emit(index.text(only: name))
            case .json: try output.emit(index.json(only: name))
            }
            try strict.finish(portfolio)
        }
    }
}
