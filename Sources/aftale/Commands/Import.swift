import ArgumentParser

extension Aftale {
    /// `aftale import`: values edited outside Aftaler read back into the agreement files.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read edited workplans back into the agreement files.",
            subcommands: [Workplan.self])
    }
}
