import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanExport

extension Aftale.Report {
    /// `aftale report signoff`: the agreements × the parties whose approval puts them in force.
    struct Signoff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signoff",
            abstract: "Write the sign-off matrix: each agreement's approval in each municipality, the region and PLO.",
            discussion: """
                One row per agreement with a party among the approvers of Templates/vocabulary.yaml (godkendere), \
                one column per party: approved (with the date), waiting (since the day it was sent), rejected, not \
                sent, or not recorded (the sources do not say), as the files record it on the --as-of day; with \
                the counts per row and column and the oldest wait. xlsx needs --output.
                """)

        /// Output formats of the sign-off matrix.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, xlsx }

        @Option(help: "Output format: text, html or xlsx (xlsx needs --output).")
        var format: Format = .text

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var strict: StrictOption
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if format == .xlsx, output.output == nil {
                throw ValidationError("--format xlsx writes a binary file: give --output FILE.xlsx")
            }
        }

        func run() throws {
            let portfolio = try workspace.source.loadForReading()
            let report = try plan.plan(for: portfolio).signoffReport()
            switch format {
            case .text: try output.emit(report.text())
            case .html: try output.emit(report.html())
            case .xlsx:
                let target = URL(filePath: output.output!)
                do {
                    try SignoffWorkbook(report: report).write(to: target)
                } catch {
                    Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
                    throw ExitCode(1)
                }
                Console.output(target.relativePath + "\n")
            }
            try strict.finish(portfolio)
        }
    }
}
