import AftalerCore
import ArgumentParser
import Foundation

/// Where agreements and templates are read from; shared by every command that reads them.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The templates folder (vocabulary, kinds, blocks, layouts).")
    var templates: String = "Templates"

    @Argument(help: "Agreement files or folders.")
    var paths: [String] = ["Agreements"]

    /// Loads the portfolio; nothing is printed.
    func load() -> Portfolio {
        Workspace(templatesFolder: URL(filePath: templates),
                  agreementPaths: paths.map { URL(filePath: $0) }).load()
    }

    /// Checks the agreements without keeping them in memory: all that `validate` needs.
    func check() -> CheckReport {
        Workspace(templatesFolder: URL(filePath: templates),
                  agreementPaths: paths.map { URL(filePath: $0) }).check()
    }

    /// Loads the portfolio and stops with exit code 1 after printing the diagnostics if it has errors.
    func loadValid() throws -> Portfolio {
        let portfolio = load()
        guard portfolio.isValid else {
            DiagnosticPrinter.printText(portfolio.diagnostics)
            Console.error("aftale: the agreements have \(portfolio.diagnostics.errorCount) error(s); nothing was written. "
                          + "Run 'aftale validate' for the full list.")
            throw ExitCode(1)
        }
        return portfolio
    }
}

/// Writing to the standard streams. Only requested output goes to stdout; everything else to stderr.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
