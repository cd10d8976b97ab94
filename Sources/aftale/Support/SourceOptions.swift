import AftalerCore
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        write(text, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// All of `text`'s bytes to `descriptor`, as Foundation's `FileHandle.write` did (retrying
    /// interrupted and partial writes).
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
