import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a command reads agreements and templates from, and the one policy for files that are
/// left out (see `FileTally`): reading commands work on the valid agreements and name the files
/// they left out on stderr; exports, which make documents of record, refuse while a file has
/// errors unless `--skip-invalid` leaves it out explicitly. Errors that belong to no agreement file
/// (the templates, the folders) stop every command.
struct AgreementSource {
    let templates: String
    let paths: [String]

    var workspace: Workspace {
        Workspace(templatesFolder: URL(filePath: templates), agreementPaths: paths.map { URL(filePath: $0) })
    }

    /// Loads the portfolio; nothing is printed.
    func load() -> Portfolio { workspace.load() }

    /// Checks the agreements without keeping them in memory: all that `validate` needs.
    func check() -> CheckReport { workspace.check() }

    /// The portfolio for a reading command (list, render, due, blocks, reports).
    func loadForReading() throws -> Portfolio {
        let portfolio = load()
        try stopOnRunErrors(portfolio)
        Self.reportLeftOut(portfolio.tally, diagnostics: portfolio.diagnostics, showDiagnostics: false)
        return portfolio
    }

    /// The portfolio for an export: refuses (exit 1, nothing written) while a file has errors,
    /// unless `skipInvalid`; incomplete drafts are left out and named.
    func loadForExport(skipInvalid: Bool) throws -> Portfolio {
        let portfolio = load()
        try stopOnRunErrors(portfolio)
        let invalid = portfolio.tally.count(.invalid)
        if invalid > 0, !skipInvalid {
            DiagnosticPrinter.printText(portfolio.diagnostics.filter { $0.severity == .error })
            Console.error("aftale: \(invalid) agreement file(s) have errors; nothing was written. Fix them, or pass "
                          + "--skip-invalid to leave them out of this export.")
            throw ExitCode(1)
        }
        Self.reportLeftOut(portfolio.tally, diagnostics: portfolio.diagnostics, showDiagnostics: false)
        return portfolio
    }

    private func stopOnRunErrors(_ portfolio: Portfolio) throws {
        let errors = portfolio.runErrors
        guard !errors.isEmpty else { return }
        DiagnosticPrinter.printText(errors)
        Console.error("aftale: the templates or folders have \(errors.count) error(s); nothing was made. "
                      + "Run 'aftale validate' for the full list.")
        throw ExitCode(1)
    }

    /// One line per file left out, on stderr.
    static func reportLeftOut(_ tally: FileTally, diagnostics: [Diagnostic], showDiagnostics: Bool) {
        for file in tally.leftOut {
            switch file.state {
            case .incomplete:
                Console.error("aftale: left out \(file.path): an incomplete draft (\(file.problemCount) placeholder(s) "
                              + "to fill in)")
            case .invalid:
                Console.error("aftale: left out \(file.path): \(file.problemCount) error(s); "
                              + "run 'aftale validate \(file.path)'")
            }
        }
    }
}

/// `--strict` for reading commands: exit 1 when files were left out (after the output is made).
struct StrictOption: ParsableArguments {
    @Flag(help: "Exit 1 when agreement files were left out because of errors or unfilled placeholders.")
    var strict = false

    /// Exits 1 when `--strict` was given and `portfolio` left files out.
    func finish(_ portfolio: Portfolio) throws {
        if strict, !portfolio.tally.leftOut.isEmpty { throw ExitCode(1) }
    }
}
