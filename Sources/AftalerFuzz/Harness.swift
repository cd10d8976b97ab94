import AftalerCore
import Foundation

/// What one fuzz input goes through: the loader (decoding, front matter, YAML, fields, rules,
/// sections) and the block resolver (the input's own blocks and the repository's), then the
/// consumers of a loaded agreement (text and Markdown renderings, every workplan layout).
/// Then the invariants: nothing may crash, and every diagnostic must point into its file.
enum Harness {
    /// The repository's templates, read once: `$AFTALER_TEMPLATES`, or `Templates` in the current folder.
    static let templates: TemplateLibrary = {
        let folder = ProcessInfo.processInfo.environment["AFTALER_TEMPLATES"] ?? "Templates"
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: URL(filePath: folder), diagnostics: &diagnostics)
        guard !diagnostics.containsErrors, !library.kinds.isEmpty else {
            let problems = diagnostics.map(\.description).joined(separator: "\n")
            fatalError("AftalerFuzz: cannot use the templates in '\(folder)'; run from the repository root "
                       + "or set AFTALER_TEMPLATES.\n\(problems)")
        }
        return library
    }()

    /// Runs one input and returns its diagnostics. Crashes (on purpose, for libFuzzer) when an
    /// invariant does not hold.
    @discardableResult
    static func run(_ data: Data) -> [Diagnostic] {
        let input = FuzzCase(data)
        var templateDiagnostics: [Diagnostic] = []
        let library = templates.adding(blocks: input.blocks, diagnostics: &templateDiagnostics)
        let source = Portfolio.Source(name: "fuzz.md", bytes: input.agreement)
        let portfolio = Portfolio.load(sources: [source], templates: library, templateDiagnostics: templateDiagnostics)
        Invariants.check(portfolio, input: input)
        for agreement in portfolio.agreements {
            _ = AgreementRenderer.text(agreement)
            _ = AgreementRenderer.markdown(agreement)
            for layout in library.layouts.values {
                _ = WorkplanTable(layout: layout, agreements: [agreement], headingDate: nil, asOf: nil)
            }
        }
        return portfolio.diagnostics
    }
}
