import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput

extension Aftale {
    /// `aftale new`: writes a new agreement file with every required field and section as a placeholder.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Create a new agreement file from its kind's template.",
            discussion: "Every required field and section is a placeholder that 'aftale validate' reports until it is "
                + "filled in. An existing file is never overwritten.")

        @Option(help: "The document kind, e.g. samarbejdsaftale or kommissorium.", completion: Completions.kinds)
        var kind: String

        @Option(help: "The Danish title.")
        var title: String

        @Option(help: "The id (file name); made from the title when left out.")
        var id: String?

        @Option(name: .long, help: "The templates folder.")
        var templates: String = "Templates"

        @Option(name: .long, help: "The folder to write to.")
        var folder: String = "Agreements"

        @Option(help: "The workspace folder (default: the nearest folder from here up that holds Agreements/).")
        var workspace: String?

        func run() throws {
            var diagnostics: [Diagnostic] = []
            // The same workspace rule as every other command: found upwards, or --workspace.
            let root = WorkspaceRoot.find(given: workspace)
            let templatesFolder = WorkspaceRoot.resolve(templates, isDefault: templates == "Templates", in: root)
            let agreementsFolder = WorkspaceRoot.resolve(folder, isDefault: folder == "Agreements", in: root)
            let library = TemplateLibrary.load(from: URL(filePath: templatesFolder), diagnostics: &diagnostics)
            if diagnostics.containsErrors {
                DiagnosticPrinter.printText(diagnostics)
                throw ExitCode(1)
            }
            guard let documentKind = library.kinds[kind] else {
                let hint = Suggestion.hint(for: kind, in: library.kindOrder)
                    ?? "one of: \(library.kindOrder.joined(separator: ", "))"
                throw ValidationError("unknown kind '\(kind)' (\(hint))")
            }
            let agreementID = id ?? AgreementID.slug(from: title)
            if let problem = AgreementID.problem(with: agreementID) {
                throw ValidationError("'\(agreementID)' is not a valid id: \(problem)")
            }
            let target = URL(filePath: agreementsFolder).appending(path: "\(agreementID).md")
            let text = AgreementScaffold.text(kind: documentKind, title: title, templates: library)
            do {
                try AtomicFile.write(Data(text.utf8), to: target, overwrite: false)
            } catch {
                Console.error("aftale: \(error)")
                throw ExitCode(1)
            }
            Console.error("Wrote \(target.relativePath). Fill in every «udfyld: …» and run 'aftale validate'.")
            Console.output(target.relativePath + "\n")
        }
    }
}
