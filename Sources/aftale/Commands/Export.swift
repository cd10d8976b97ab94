import ArgumentParser

extension Aftale {
    /// `aftale export`: the workplan spreadsheets and the handover bundle.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write workplans (XLSX) and handover bundles (BagIt zip).",
            subcommands: [Workplan.self, Bundle.self])
    }
}
