import AftalerCore
import ArgumentParser

extension Aftale {
    /// `aftale validate`: checks agreements and templates and reports every problem at once.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check agreements against the templates and report every problem.",
            discussion: "Exits 0 when there are no errors and 1 when there are; warnings do not fail. A draft "
                + "(status under udarbejdelse or ikke igangsat) whose only problems are unfilled placeholders is "
                + "incomplete, not broken: its placeholders are warnings.")

        /// Output formats of `validate`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var source: SourceOptions

        @Option(help: ArgumentHelp("Explain a diagnostic code (e.g. status-needs-decision) and exit; 'all' lists every code.",
                                   valueName: "code"))
        var explain: String?

        @Option(help: "Output format: text (diagnostics on stderr) or json (a report on stdout).")
        var format: Format = .text

        func run() throws {
            if let explain {
                try Self.explain(explain)
                return
            }
            // Validation keeps no agreement once checked, so a folder of 100,000 costs little memory.
            let report = source.source.check()
            switch format {
            case .json:
                Console.output(report.json())
            case .text:
                DiagnosticPrinter.printText(report.diagnostics)
                let errors = report.diagnostics.errorCount
                Console.error("\(report.summary); \(errors) error(s), \(report.diagnostics.count - errors) warning(s).")
            }
            if !report.isValid { throw ExitCode(1) }
        }

        /// Prints the explanation of `code` (or the table of all codes), or fails with the nearest code.
        static func explain(_ code: String) throws {
            if code == "all" {
                Console.output(RuleCatalog.markdownTable)
                return
            }
            guard let known = Diagnostic.Code(rawValue: code) else {
                let names = Diagnostic.Code.allCases.map(\.rawValue)
                throw ValidationError("unknown diagnostic code '\(code)' ("
                                      + (Suggestion.hint(for: code, in: names) ?? "'--explain all' lists them") + ")")
            }
            Console.output(RuleCatalog.text(for: known))
        }
    }
}
