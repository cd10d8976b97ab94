import AftalerCore
import ArgumentParser

extension Aftale {
    /// `aftale list`: a table of agreements in Danish title order, optionally filtered.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List agreements: id, title, indsatsområde and status, in Danish title order.")

        /// Output formats of `list`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var source: SourceOptions
        @OptionGroup var filter: FilterOptions
        @OptionGroup var strict: StrictOption

        @Option(help: "Output format: text (a table) or json.")
        var format: Format = .text

        func run() throws {
            let portfolio = try source.source.loadForReading()
            let agreements = try filter.apply(to: portfolio)
            switch format {
            case .text:
                let rows = agreements.map { [$0.id, $0.title, $0.area.label, $0.status.label] }
                Console.output(TextTable.render(header: ["Id", "Titel", "Indsatsområde", "Status"], rows: rows))
            case .json:
                Console.output(AgreementListJSON.json(agreements))
            }
            try strict.finish(portfolio)
        }
    }
}
