import AftalerCore
import ArgumentParser

extension Aftale {
    /// `aftale due`: the follow-up calendar across the portfolio.
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "List follow-ups, evaluations, workplan deadlines and approvals that are overdue or due soon.",
            discussion: """
                Periods are resolved to date ranges: an obligation is due from the first day of its period \
                ("primo 2025" from 1 January 2025), overdue from the day after its last day, and upcoming when \
                it starts within --within days after --as-of. Sorted by date. An obligation the file records as \
                done (udført) by --as-of is left out (--done lists it with its result). Agreements that were \
                afsluttet or udgået on the day have nothing due, and the evaluation of an evalueret agreement \
                counts as done. Parties the file records as sent the agreement for approval (partsgodkendelse) \
                with no answer are due --signoff-days days after the day it was sent, and overdue after that; \
                a party whose answer the file does not record (ikke registreret) is not counted as waiting.
                """)

        /// Output formats of `due`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, json }

        @OptionGroup var plan: PlanOptions

        @Option(help: "Also list obligations starting within this many days after --as-of.")
        var within: Int = DueList.defaultWindow

        @Option(help: "Days a party sent an agreement for approval has to answer before it is listed as overdue.")
        var signoffDays: Int = DueList.defaultSignoffDays

        @Flag(help: "Also list obligations the files record as done (udført) by --as-of, with their results.")
        var done = false

        @Option(help: "Output format: text (a table fitted to the terminal), tsv (tab-separated, with ids; never cut) or json.")
        var format: Format = .text

        @OptionGroup var output: OutputOption
        @OptionGroup var strict: StrictOption
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            guard (0...36_500).contains(within) else {
                throw ValidationError("--within must be a number of days from 0 to 36500, not \(within)")
            }
            guard (0...3_650).contains(signoffDays) else {
                throw ValidationError("--signoff-days must be a number of days from 0 to 3650, not \(signoffDays)")
            }
        }

        func run() throws {
            let portfolio = try workspace.source.loadForReading()
            let list = try plan.plan(for: portfolio).dueList(window: within, includeDone: done, signoffDays: signoffDays)
            switch format {
            case .json:
                try output.emit(list.json())
            case .tsv:
                try output.emit(TextTable.tsv(header: ["Id"] + DueList.columns, rows: zip(list.items, list.rows).map {
                    [$0.agreementID] + $1
                }))
            case .text:
                let width = output.output == nil ? TerminalWidth.ofStandardOutput() : nil
                let table = list.items.isEmpty ? "Intet er forfaldent eller kommende.\n"
                    : TextTable.render(header: DueList.columns, rows: list.rows, width: width, shrinkable: [[3, 4]])
                try output.emit(list.headline + "\n\n" + table)
            }
            try strict.finish(portfolio)
        }
    }
}
