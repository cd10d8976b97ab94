import AftalerCore
import DraftingDesk
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WordExport

extension Aftale {
    /// `aftale diff ID`: what changed between two versions of an agreement, as text, HTML or a
    /// Word redline with tracked changes.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare two versions of an agreement: facts field by field, sections word by word.",
            discussion: """
                The versions come from the file's git history (git is run as a subprocess): --from REV and \
                --to REV name commits; without --to the current file is compared; without --from, the \
                latest committed version that differs from it. --from-file OLD.md compares an older copy \
                instead. Both versions are read with the current templates, blocks expanded, so a changed \
                block shows as a change. The docx format is a redline whose changes are Word tracked \
                changes by "Aftaler", dated by the new version's commit (the current file: --as-of, else \
                its latest dated fact). --block NAME instead shows what a change of that block (at --from, \
                else its latest committed version that differs) changes in every agreement that uses it.
                """)

        /// Output formats of `diff`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, docx }

        @Argument(help: "The agreement id (its file name without .md).", completion: Completions.ids)
        var id: String?

        @Option(help: "Compare every agreement using this block, with the block's older version against the current one.")
        var block: String?

        @Option(help: "The older version: a git revision of the file (default: the latest one that differs).")
        var from: String?

        @Option(help: "The newer version: a git revision (default: the current file).")
        var to: String?

        @Option(name: .customLong("from-file"), help: "Compare this older copy of the file with the current one.")
        var fromFile: String?

        @Option(help: "Output format: text, html or docx (docx needs --output).")
        var format: Format = .text

        @OptionGroup var output: OutputOption
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if (id == nil) == (block == nil) {
                throw ValidationError("give an agreement id, or --block NAME")
            }
            if block != nil, fromFile != nil || to != nil || format != .text {
                throw ValidationError("--block compares with --from only, as text")
            }
            if fromFile != nil, from != nil || to != nil {
                throw ValidationError("--from-file compares with the current file: leave out --from and --to")
            }
        }

        func run() throws {
            let portfolio = try workspace.source.loadForReading()
            if let block { return try output.emit(try blockChanges(block, portfolio: portfolio)) }
            guard let id else { return }
            let file = URL(filePath: workspace.source.paths[0]).appending(path: "\(id).md").absoluteURL
            guard FileManager.default.fileExists(atPath: file.path) else {
                let hint = Suggestion.hint(for: id, in: portfolio.agreements.map(\.id)) ?? "run 'aftale list' to see the ids"
                throw ValidationError("no agreement with id '\(id)' (\(hint))")
            }
            let (old, new) = try versions(id: id, file: file, templates: portfolio.templates)
            let comparison = AgreementComparison(old: old, new: new)
            switch format {
            case .text: try output.emit(comparison.text())
            case .html: try output.emit(comparison.html())
            case .docx:
                let given = asOf.asOf.flatMap { CivilDate(iso: $0) }
                let date = try given ?? new.date ?? AgreementWord.dataDate(of: new.agreement) ?? asOf.resolve().date
                try output.emit(RedlineWord.document(comparison, date: date))
            }
        }

        private func versions(id: String, file: URL, templates: TemplateLibrary) throws
            -> (AgreementComparison.Version, AgreementComparison.Version)
        {
            let history = GitHistory(file: file)
            do {
                let current = try Data(contentsOf: file)
                let new = try to.map { try history.version(at: $0) }
                let newVersion = try read(id, new?.bytes ?? current, label: new?.label ?? "den nuværende fil",
                                          date: new?.date, templates: templates)
                if let fromFile {
                    let bytes = try Data(contentsOf: URL(filePath: fromFile))
                    return (try read(id, bytes, label: fromFile, date: nil, templates: templates), newVersion)
                }
                let old = try from.map { try history.version(at: $0) }
                    ?? history.previousVersion(differingFrom: new?.bytes ?? current, before: to)
                guard let old else {
                    throw GitHistory.Failure(description: "the git history of \(id).md has no other version; "
                                             + "give --from REV or --from-file OLD.md")
                }
                return (try read(id, old.bytes, label: old.label, date: old.date, templates: templates), newVersion)
            } catch let failure as GitHistory.Failure {
                Console.error("aftale: \(failure)")
                throw ExitCode(1)
            }
        }

        /// One version read like a file of the folder, with the current templates; one that cannot
        /// be read is an error naming the version.
        func read(_ id: String, _ bytes: Data, label: String, date: CivilDate?, templates: TemplateLibrary) throws
            -> AgreementComparison.Version
        {
            let (version, diagnostics) = AgreementComparison.Version.read(id: id, bytes: bytes, label: label, date: date,
                                                                          templates: templates)
            guard let version else {
                DiagnosticPrinter.printText(diagnostics)
                Console.error("aftale: \(label) of \(id).md could not be read")
                throw ExitCode(1)
            }
            return version
        }
    }
}
