import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanExport

extension Aftale.Export {
    /// `aftale export workplan`: one layout from Templates/layouts as an XLSX file.
    struct Workplan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workplan",
            abstract: "Write a workplan, decision overview or budget as an XLSX file.",
            discussion: "Refuses to write while an agreement file has errors (--skip-invalid leaves them out). The file is written atomically "
                + "and is byte-identical for the same agreements and options.")

        @Option(help: "The layout: a file name in Templates/layouts without .yaml (arbejdsplan, overblik, budget).",
                completion: Completions.layouts)
        var layout: String

        @OptionGroup var export: ExportOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let portfolio = try workspace.source.loadForExport(skipInvalid: export.skipInvalid)
            guard let chosen = portfolio.templates.layouts[layout] else {
                let names = portfolio.templates.layouts.keys.sorted()
                let hint = Suggestion.hint(for: layout, in: names) ?? "one of: \(names.joined(separator: ", "))"
                throw ValidationError("unknown layout '\(layout)' (\(hint))")
            }
            let plan = try export.plan.plan(for: portfolio)
            let table = plan.table(chosen)
            let target = export.target(default: "\(chosen.name).xlsx")
            Console.error("Writing \(table.rowCount) row(s) of '\(chosen.name)' to \(target.relativePath) …")
            do {
                try WorkplanExporter().export([table], to: target, created: plan.created)
            } catch {
                Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
                throw ExitCode(1)
            }
            Console.output(target.relativePath + "\n")
        }
    }
}
