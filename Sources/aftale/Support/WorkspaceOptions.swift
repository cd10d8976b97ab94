import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `--templates` and `--agreements` for commands whose arguments are not paths.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The templates folder.")
    var templates: String = "Templates"

    @Option(name: .long, help: "The agreements folder.")
    var agreements: String = "Agreements"

    @Option(help: "The workspace folder (default: the nearest folder from here up that holds Agreements/).")
    var workspace: String?

    /// Where this command reads from.
    var source: AgreementSource {
        let root = WorkspaceRoot.find(given: workspace)
        return AgreementSource(templates: WorkspaceRoot.resolve(templates, isDefault: templates == "Templates", in: root),
                               paths: [WorkspaceRoot.resolve(agreements, isDefault: agreements == "Agreements", in: root)])
    }
}

/// Options every export shares: the day and selection of its plan, and where it goes.
struct ExportOptions: ParsableArguments {
    @OptionGroup var plan: PlanOptions

    @Option(help: "The output file (default: a file in Exports/).")
    var output: String?

    @Flag(help: "Leave agreement files with errors out of the export (each is named on stderr) instead of refusing.")
    var skipInvalid = false

    /// `--output`, or `Exports/NAME` when it is not given.
    func target(default name: String) -> URL {
        URL(filePath: output ?? "Exports/\(name)")
    }
}
