import AftalerCore
import ArgumentParser
import Foundation
import WorkplanExport

/// `aftale export`: the workplan spreadsheets and the handover bundle.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write workplans (XLSX) and handover bundles (BagIt zip).",
        subcommands: [ExportWorkplan.self, ExportBundle.self])
}

/// `aftale export workplan`: one layout from Templates/layouts as an XLSX file.
struct ExportWorkplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workplan",
        abstract: "Write a workplan, decision overview or budget as an XLSX file.",
        discussion: "Refuses to write when the agreements have validation errors. The file is written atomically "
            + "and is byte-identical for the same agreements and options.")

    @Option(help: "The layout: a file name in Templates/layouts without .yaml (arbejdsplan, overblik, budget).")
    var layout: String

    @OptionGroup var export: ExportOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let portfolio = try workspace.loadValid()
        guard let chosen = portfolio.templates.layouts[layout] else {
            let names = portfolio.templates.layouts.keys.sorted()
            let hint = Suggestion.hint(for: layout, in: names) ?? "one of: \(names.joined(separator: ", "))"
            throw ValidationError("unknown layout '\(layout)' (\(hint))")
        }
        let date = export.date()
        let selected = try export.filter.apply(to: portfolio)
        let table = WorkplanTable(layout: chosen, agreements: selected, asOf: date)
        let created = date ?? chosen.statusDate ?? portfolio.latestDecisionDate(in: selected)
            ?? CivilDate(iso: "2000-01-01")!
        let target = export.target(default: "\(chosen.name).xlsx")
        Console.error("Writing \(table.rowCount) row(s) of '\(chosen.name)' to \(target.relativePath) …")
        do {
            try WorkplanExporter().export([table], to: target, created: created)
        } catch {
            Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
            throw ExitCode(1)
        }
        Console.output(target.relativePath + "\n")
    }
}
