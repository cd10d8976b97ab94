import AftalerCore
import ArgumentParser
import WordExport

extension Aftale {
    /// `aftale render ID`: one agreement with its blocks expanded, as text, Markdown or HTML, on stdout.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Render one agreement with blocks expanded, Danish labels and dates.",
            discussion: """
                A draft with unfilled placeholders, or a file with errors, is rendered as far as it could be \
                read, for a preview, with its diagnostics on stderr; then the exit code is 1 (a draft's is 0).
                """)

        @Argument(help: "The agreement id (its file name without .md).", completion: Completions.ids)
        var id: String

        /// The formats of `RenderFormat`, and `docx` (a Word document, which AftalerCore does not know).
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, docx }

        @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")) (docx needs --output).")
        var format: Format = .text

        @OptionGroup var output: OutputOption
        /// Dates a docx of an agreement whose file dates nothing.
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let source = workspace.source
            let portfolio = source.load()
            if let agreement = portfolio.agreement(id) {
                try emit(agreement)
                return
            }
            let path = portfolio.tally.leftOut.first { $0.path.hasSuffix("/\(id).md") || $0.path == "\(id).md" }
            guard let path else {
                let ids = portfolio.agreements.map(\.id) + portfolio.leftOutAgreements.map(\.id)
                let hint = Suggestion.hint(for: id, in: ids) ?? "run 'aftale list' to see the ids"
                throw ValidationError("no agreement with id '\(id)' (\(hint))")
            }
            DiagnosticPrinter.printText(portfolio.diagnostics.filter { $0.location.file == path.path })
            guard let draft = portfolio.leftOutAgreements.first(where: { $0.id == id }) else {
                Console.error("aftale: \(path.path) could not be read far enough to render it")
                throw ExitCode(1)
            }
            let what = path.state == .incomplete ? "an incomplete draft" : "a file with \(path.problemCount) error(s)"
            Console.error("aftale: a preview of \(what); it is left out of reports and exports until it is complete")
            try emit(draft)
            if path.state == .invalid { throw ExitCode(1) }
        }

        /// A Word document is dated by `--as-of`, else by the agreement's own latest dated fact; a
        /// file that dates nothing takes the `AsOfDay` rule (SOURCE_DATE_EPOCH, else today, said on stderr).
        private func emit(_ agreement: Agreement) throws {
            guard let textFormat = RenderFormat(rawValue: format.rawValue) else {
                let given = asOf.asOf.flatMap { CivilDate(iso: $0) }
                let date = try given ?? AgreementWord.dataDate(of: agreement) ?? asOf.resolve().date
                return try output.emit(AgreementWord.document(agreement, date: date))
            }
            try output.emit(AgreementRenderer.render(agreement, as: textFormat))
        }
    }
}
