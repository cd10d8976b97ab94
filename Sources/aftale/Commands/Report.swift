import ArgumentParser

extension Aftale {
    /// `aftale report`: documents for people made from the agreements.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write reports for people: the status report of the portfolio, the sign-off across the parties.",
            subcommands: [Status.self, Signoff.self])
    }
}
