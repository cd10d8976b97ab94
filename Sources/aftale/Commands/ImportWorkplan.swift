import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkbookImport

extension Aftale.Import {
    /// `aftale import workplan X.xlsx [--layout NAME] [--apply]`.
    struct Workplan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workplan",
            abstract: "Show (and with --apply write) the status texts, bestillinger, forslag and aftalestatus "
                + "changed in an exported workplan.",
            discussion: "Rows are matched by the hidden key column the export writes, so sorted and filtered sheets "
                + "work. Without --apply nothing is written. With --apply only the changed values are rewritten, each "
                + "file atomically, the rest byte for byte; any error (an unknown status, a row whose agreement is "
                + "gone, an edited title) means no file is written. Exit 0 when the import is clean, 1 on errors.")

        @Argument(help: "The XLSX file, as exported by 'aftale export workplan' and edited in Excel or LibreOffice.")
        var file: String

        @Option(help: "The layout it was exported with (default: the one whose sheet the workbook has).")
        var layout: String?

        @Flag(help: "Write the changes into the agreement files.")
        var apply = false

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let portfolio = try workspace.source.loadForExport(skipInvalid: false)
            var chosen: Layout?
            if let layout {
                guard let found = portfolio.templates.layouts[layout] else {
                    let names = portfolio.templates.layouts.keys.sorted()
                    throw ValidationError("unknown layout '\(layout)' ("
                                          + (Suggestion.hint(for: layout, in: names) ?? "one of: \(names.joined(separator: ", "))") + ")")
                }
                chosen = found
            }
            let url = URL(filePath: file)
            let read = WorkplanWorkbook.read(url, name: url.lastPathComponent, layout: chosen,
                                             layouts: portfolio.templates.layouts)
            let sheet: ImportedSheet, used: Layout
            switch read {
            case .success(let found): (sheet, used) = found
            case .failure(let failure): try fail(failure.diagnostics)
            }
            let found = WorkplanImport(sheet: sheet, layout: used, portfolio: portfolio)
            guard !found.diagnostics.containsErrors else { try fail(found.diagnostics) }
            let edited = found.editedFiles(in: portfolio)
            guard edited.diagnostics.isEmpty else { try fail(found.diagnostics + edited.diagnostics) }
            DiagnosticPrinter.printText(found.diagnostics)
            Console.output(found.diffText)
            let count = found.changes.reduce(0) { $0 + $1.changes.count }
            guard apply else {
                Console.error("\(found.matchedRows) row(s) matched; \(count) change(s) in \(found.changes.count) agreement(s)"
                              + (count > 0 ? "; nothing written (add --apply to write them)" : ""))
                return
            }
            do {
                try AgreementWriter.write(edited.files)
            } catch let failure as ImportFailure {
                try fail(failure.diagnostics)
            } catch {
                Console.error("aftale: could not write the agreements: \(error)")
                throw ExitCode(1)
            }
            Console.error("\(found.matchedRows) row(s) matched; \(count) change(s) written to \(edited.files.count) file(s)")
        }

        private func fail(_ diagnostics: [Diagnostic]) throws -> Never {
            DiagnosticPrinter.printText(diagnostics.sorted())
            Console.error("aftale: \(diagnostics.errorCount) error(s) in \(file); no file was changed")
            throw ExitCode(1)
        }
    }
}
