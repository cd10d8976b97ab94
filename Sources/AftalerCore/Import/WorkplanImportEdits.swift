import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An agreement file as the import would leave it.
public struct EditedAgreementFile: Sendable {
    /// The agreement as loaded (its `source` holds the original bytes and the path).
    public let agreement: Agreement
    /// The new bytes: the original with only the changed values rewritten.
    public let bytes: Data
}

extension WorkplanImport {
    /// The agreement files with the changes written in, each read back with the rest of the
    /// portfolio and checked: the result must validate without a diagnostic and show exactly the
    /// new values, everything else as before. Any file that cannot be edited so gives an
    /// `import-cannot-write` error at the first cell that changes it, and no file is returned
    /// when there is any error.
    public func editedFiles(in portfolio: Portfolio) -> (files: [EditedAgreementFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var files: [EditedAgreementFile] = []
        for item in changes {
            let source = item.agreement.source
            let cell = item.changes[0].cell
            guard source.bytes == Data(source.text.utf8) else {
                diagnostics.append(Diagnostic(.importCannotWrite, "\(source.path) is not plain UTF-8 with LF line endings, so "
                                              + "it cannot be edited in place", at: cell, hint: "run 'aftale validate' and fix it first"))
                continue
            }
            do {
                let text = try FrontMatterEdit.apply(item.changes.map { ($0.target, $0.new) }, to: source.text)
                files.append(EditedAgreementFile(agreement: item.agreement, bytes: Data(text.utf8)))
            } catch {
                diagnostics.append(Diagnostic(.importCannotWrite, "\(source.path) cannot be edited in place: \(error.message)",
                                              at: cell, hint: "make this change by hand"))
            }
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        diagnostics = readBack(files, portfolio: portfolio)
        return diagnostics.isEmpty ? (files, []) : ([], diagnostics)
    }

    /// Loads the portfolio with the edited files in place of the originals and checks each result.
    private func readBack(_ files: [EditedAgreementFile], portfolio: Portfolio) -> [Diagnostic] {
        let edited = Dictionary(uniqueKeysWithValues: files.map { ($0.agreement.id, $0.bytes) })
        let sources = portfolio.agreements.map {
            Portfolio.Source(name: $0.id + ".md", path: $0.source.path, bytes: edited[$0.id] ?? $0.source.bytes)
        }
        let again = Portfolio.load(sources: sources, templates: portfolio.templates)
        var diagnostics: [Diagnostic] = []
        for item in changes where edited[item.agreement.id] != nil {
            let cell = item.changes[0].cell
            let problems = again.diagnostics.filter { $0.location.file == item.agreement.source.path }
            if let first = problems.first {
                diagnostics.append(Diagnostic(.importCannotWrite, "with this change \(item.agreement.source.path) would not "
                                              + "validate: \(first.message)", at: cell, hint: first.hint,
                                              notes: [Diagnostic.Note(location: first.location, message: first.code.rawValue)]))
                continue
            }
            guard let result = again.agreement(item.agreement.id), Self.expected(item).matches(result) else {
                diagnostics.append(Diagnostic(.importCannotWrite, "the edited \(item.agreement.source.path) does not read back "
                                              + "as intended, so it is not written", at: cell, hint: "make this change by hand"))
                continue
            }
        }
        return diagnostics
    }

    /// The agreement as it must read after `item`'s changes.
    private static func expected(_ item: AgreementChanges) -> Agreement {
        var agreement = item.agreement
        for change in item.changes {
            switch change.field {
            case .agreementStatus:
                let status = Status(rawValue: change.new ?? "")!
                agreement.statusHistory = [StatusChange(date: agreement.statusHistory.last?.date, status: status)]
            default:
                guard let key = change.key else { continue }
                var entries = agreement.workplanEntries[change.workplan]!
                switch change.field {
                case .statusText: entries[key.entry - 1].status = change.new
                case .orders: entries[key.entry - 1].orders = change.new
                case .proposal: entries[key.entry - 1].proposal = change.new
                default: break
                }
                agreement.workplanEntries[change.workplan] = entries
            }
        }
        return agreement
    }
}

extension Agreement {
    /// Whether `other` says the same as this agreement in every field a reader sees.
    fileprivate func matches(_ other: Agreement) -> Bool {
        id == other.id && kind == other.kind && title == other.title && area == other.area
            && parties == other.parties && statusHistory == other.statusHistory && entryIntoForce == other.entryIntoForce
            && evaluation == other.evaluation && evaluationDone == other.evaluationDone && followUps == other.followUps
            && milestones == other.milestones
            && decisions == other.decisions && links == other.links
            && sections.map { [$0.heading, $0.text] } == other.sections.map { [$0.heading, $0.text] }
            && workplanEntries == other.workplanEntries && budgets == other.budgets && handover == other.handover
            && approvalNotRecorded == other.approvalNotRecorded
    }
}

extension WorkplanImport {
    /// The changes as a readable diff, per agreement: its file and title, then each value with the
    /// cell it comes from, the old text after `-` and the new after `+`.
    public var diffText: String {
        var lines: [String] = []
        for item in changes {
            lines.append("\(item.agreement.source.path)  (\(item.agreement.title))")
            for change in item.changes {
                let what = change.key.map { "arbejdsplaner.\(change.workplan)[\($0.entry)].\(change.field.rawValue)" } ?? "status"
                lines.append("  \(what)  ← \(change.cell.file):\(change.cell.cell ?? "")  (\(change.heading))")
                lines.append("    - " + (change.old.map { $0.replacingText("\n", with: "\n      ") } ?? "(tom)"))
                lines.append("    + " + (change.new.map { $0.replacingText("\n", with: "\n      ") } ?? "(tom)"))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
