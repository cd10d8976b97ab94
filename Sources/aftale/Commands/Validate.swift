import AftalerCore
import ArgumentParser

/// `aftale validate`: checks agreements and templates and reports every problem at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check agreements against the templates and report every problem.",
        discussion: "Exits 0 when there are no errors and 1 when there are; warnings do not fail.")

    /// Output formats of `validate`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var source: SourceOptions

    @Option(help: "Output format: text (diagnostics on stderr) or json (a report on stdout).")
    var format: Format = .text

    func run() throws {
        let portfolio = source.load()
        switch format {
        case .json:
            Console.output(try DiagnosticPrinter.json(portfolio))
        case .text:
            DiagnosticPrinter.printText(portfolio.diagnostics)
            let errors = portfolio.diagnostics.errorCount
            Console.error("\(portfolio.agreements.count) agreement(s) checked: \(errors) error(s), "
                          + "\(portfolio.diagnostics.count - errors) warning(s).")
        }
        if !portfolio.isValid { throw ExitCode(1) }
    }
}
