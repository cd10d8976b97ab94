import AftalerCore
import DraftingDesk
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Aftale.Diff {
    /// `aftale diff --block NAME`: finds the block's older version in git and makes the older
    /// templates (a copy of the current folder with only that block's file replaced, so nothing
    /// else differs); `AgreementComparison.blockChange` compares every agreement that uses it.
    func blockChanges(_ name: String, portfolio: Portfolio) throws -> String {
        let templates = portfolio.templates
        let file = templates.folder.appending(path: "blocks/\(name).md").absoluteURL
        guard templates.blocks[name] != nil, FileManager.default.fileExists(atPath: file.path) else {
            let hint = Suggestion.hint(for: name, in: templates.blocks.keys.sorted()) ?? "run 'aftale blocks' to see them"
            throw ValidationError("no block named '\(name)' (\(hint))")
        }
        let history = GitHistory(file: file)
        let old: GitHistory.Version
        do {
            guard let found = try from.map({ try history.version(at: $0) })
                ?? history.previousVersion(differingFrom: try Data(contentsOf: file))
            else {
                Console.error("aftale: the git history of blocks/\(name).md has no other version; give --from REV")
                throw ExitCode(1)
            }
            old = found
        } catch let failure as GitHistory.Failure {
            Console.error("aftale: \(failure)")
            throw ExitCode(1)
        }
        let scratch = FileManager.default.temporaryDirectory.appending(path: "aftale-block-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: templates.folder, to: scratch)
        try old.bytes.write(to: scratch.appending(path: "blocks/\(name).md"))
        var diagnostics: [Diagnostic] = []
        let oldTemplates = TemplateLibrary.load(from: scratch, diagnostics: &diagnostics)
        let changes = AgreementComparison.blockChange(name, agreements: portfolio.agreements, templates: templates,
                                                      oldTemplates: oldTemplates, oldLabel: "\(name) \(old.label)",
                                                      oldDate: old.date)
        let parts = changes.map { $0.text() }
        Console.error("aftale: the block \(name) is used by \(changes.count) agreement(s)")
        return parts.isEmpty ? "Ingen aftaler bruger blokken \(name).\n" : parts.joined(separator: "\n")
    }
}
