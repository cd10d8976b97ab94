import AftalerCore
import ArgumentParser

extension Aftale {
    /// `aftale list`: a table of agreements in Danish title order, optionally filtered.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List agreements: id, title, indsatsområde and status, in Danish title order.")

        /// Output formats of `list`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, json }

        @OptionGroup var source: SourceOptions
        @OptionGroup var filter: FilterOptions
        @OptionGroup var strict: StrictOption

        @Option(help: "Output format: text (a table fitted to the terminal), tsv (tab-separated, never cut) or json.")
        var format: Format = .text

        @OptionGroup var output: OutputOption

        func run() throws {
            let portfolio = try source.source.loadForReading()
            let agreements = try filter.apply(to: portfolio)
            let header = ["Id", "Titel", "Indsatsområde", "Status"]
            let rows = agreements.map { [$0.id, $0.title, $0.area.label, $0.status.label] }
            switch format {
            case .text:
                let width = output.output == nil ? TerminalWidth.ofStandardOutput() : nil
                try output.emit(TextTable.render(header: header, rows: rows, width: width, shrinkable: [[2], [0, 1]]))
            case .tsv:
                try output.emit(TextTable.tsv(header: header, rows: rows))
            case .json:
                try output.emit(AgreementListJSON.json(agreements))
            }
            try strict.finish(portfolio)
        }
    }
}
