import AftalerCore
import ArgumentParser
import Foundation

/// Where agreements and templates are read from; shared by every command that reads them.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The templates folder (vocabulary, kinds, blocks, layouts).")
    var templates: String = "Templates"

    @Argument(help: "Agreement files or folders.", completion: .file(extensions: ["md"]))
    var paths: [String] = ["Agreements"]

    @Option(help: "The workspace folder (default: the nearest folder from here up that holds Agreements/).")
    var workspace: String?

    /// Where this command reads from.
    var source: AgreementSource {
        let root = WorkspaceRoot.find(given: workspace)
        return AgreementSource(templates: WorkspaceRoot.resolve(templates, isDefault: templates == "Templates", in: root),
                               paths: paths == ["Agreements"] ? [WorkspaceRoot.resolve("Agreements", isDefault: true, in: root)]
                                   : paths)
    }
}

/// Writing to the standard streams. Only requested output goes to stdout; everything else to stderr.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
