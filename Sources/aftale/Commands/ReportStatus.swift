import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WordExport

extension Aftale.Report {
    /// `aftale report status`: the whole portfolio like the final status report (seed 001).
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Write the status report: introduction, contents, agreements grouped by indsatsområde.",
            discussion: """
                Each agreement is shown with Hvad, Betydning for borgerne and Status, its decision history and \
                its next follow-up (overdue ones are named). The HTML format is one standalone, accessible page \
                with no external resources. Files with errors and incomplete drafts are left out and named on \
                stderr (--strict: exit 1 then); the same agreements and options give the same bytes.
                """)

        /// Output formats of the status report.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, docx }

        @Option(help: "Output format: text, markdown, html or docx (docx needs --output).")
        var format: Format = .text

        @Option(help: "The report's title (default: the sundhedsaftale's own report's, else \"\(StatusReport.defaultTitle)\").")
        var title: String?

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var strict: StrictOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let portfolio = try workspace.source.loadForReading()
            let report = try plan.plan(for: portfolio).statusReport(title: title)
            switch format {
            case .text: try output.emit(report.text())
            case .markdown: try output.emit(report.markdown())
            case .html: try output.emit(report.html())
            case .docx: try output.emit(StatusReportWord.document(report))
            }
            try strict.finish(portfolio)
        }
    }
}
