import ArgumentParser

extension Aftale {
    /// `aftale import`: values edited outside Aftaler read back into the agreement files, and old status reports made drafts.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read edited workplans back into the agreement files, and status reports into drafts.",
            subcommands: [Workplan.self, Report.self])
    }
}
