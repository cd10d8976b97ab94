import AftalerCore
import ArgumentParser
import Foundation

/// `aftale report`: documents for people made from the agreements.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports for people: the status report of the portfolio.",
        subcommands: [ReportStatus.self])
}

/// `aftale report status`: the whole portfolio like the final status report (seed 001).
struct ReportStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Write the status report: introduction, contents, agreements grouped by indsatsområde.",
        discussion: """
            Each agreement is shown with Hvad, Betydning for borgerne and Status, its decision history and \
            its next follow-up (overdue ones are named). The HTML format is one standalone, accessible page \
            with no external resources. Refuses to run when the agreements have validation errors; the same \
            agreements and options give the same bytes.
            """)

    /// Output formats of the status report.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

    @Option(help: "Output format: text, markdown or html.")
    var format: Format = .text

    @Option(help: "The report's title.")
    var title: String = StatusReport.defaultTitle

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var filter: FilterOptions
    @OptionGroup var output: OutputOption
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let portfolio = try workspace.loadValid()
        let agreements = try filter.apply(to: portfolio)
        let report = StatusReport(agreements: agreements, asOf: try asOf.resolve(for: portfolio), title: title)
        switch format {
        case .text: try output.emit(report.text())
        case .markdown: try output.emit(report.markdown())
        case .html: try output.emit(report.html())
        }
    }
}

/// `--as-of`, shared by the reports: the day they are made as of, never the clock.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: "The day (YYYY-MM-DD) the output is as of; default: the latest decision date in the agreements.")
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'")
        }
    }

    /// The `--as-of` day, or the latest decision in the whole portfolio (said on stderr).
    func resolve(for portfolio: Portfolio) throws -> CivilDate {
        if let asOf, let date = CivilDate(iso: asOf) { return date }
        guard let latest = portfolio.latestDecisionDate() else {
            throw ValidationError("the agreements record no decisions to date the output from; pass --as-of YYYY-MM-DD")
        }
        Console.error("aftale: as of \(latest.iso), the latest decision in the agreements (--as-of chooses another day)")
        return latest
    }
}

/// `--output`: where requested output goes instead of stdout, written atomically.
struct OutputOption: ParsableArguments {
    @Option(help: "Write to this file (atomically) instead of stdout; its path is then printed.")
    var output: String?

    /// Prints `text` on stdout, or writes it to `--output` and prints the path. A failed write
    /// leaves any existing file untouched and exits 1.
    func emit(_ text: String) throws {
        guard let output else {
            Console.output(text)
            return
        }
        let target = URL(filePath: output)
        do {
            try AtomicFile.write(Data(text.utf8), to: target)
        } catch {
            Console.error("aftale: could not write \(target.relativePath): \(error)")
            throw ExitCode(1)
        }
        Console.output(target.relativePath + "\n")
    }
}
