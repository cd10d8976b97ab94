import AftalerCore
import ArgumentParser
import Foundation

extension Aftale.Diff {
    /// `aftale diff --block NAME`: every agreement that uses the block (directly or through other
    /// blocks), read once with the block's older version and once with the current one, compared
    /// like two versions of the agreement. The older templates are a copy of the current folder with
    /// only that block's file replaced, so nothing else differs.
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
        let users = BlockUsageIndex(agreements: portfolio.agreements, templates: templates).uses(of: name)
        var seen = Set<String>(), parts: [String] = []
        for use in users where seen.insert(use.agreementID).inserted {
            guard let agreement = portfolio.agreement(use.agreementID) else { continue }
            let before = try read(agreement.id, agreement.source.bytes, label: "blokken \(name) \(old.label)",
                                  date: old.date, templates: oldTemplates)
            let after = try read(agreement.id, agreement.source.bytes, label: "blokken \(name) nu", date: nil,
                                 templates: templates)
            let comparison = AgreementComparison(old: before, new: after)
            parts.append(comparison.text())
        }
        Console.error("aftale: the block \(name) is used by \(seen.count) agreement(s)")
        return parts.isEmpty ? "Ingen aftaler bruger blokken \(name).\n" : parts.joined(separator: "\n")
    }
}
