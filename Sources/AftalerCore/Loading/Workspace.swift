import Foundation

/// Where a run reads from: the templates folder and the agreement files or folders.
///
/// **Templates first.** When the templates have errors, no agreement is read: an agreement checked
/// against a half-read vocabulary or kinds file would report knock-on errors in every file (one
/// repeated key in `vocabulary.yaml` once gave 394 errors and "0 agreement(s) checked"). The run
/// reports the templates' own diagnostics and says that the agreements were not checked.
public struct Workspace: Sendable {
    public var templatesFolder: URL
    public var agreementPaths: [URL]

    public init(templatesFolder: URL, agreementPaths: [URL]) {
        self.templatesFolder = templatesFolder
        self.agreementPaths = agreementPaths
    }

    /// Loads the templates, then the agreements; all diagnostics end up in the portfolio. With
    /// errors in the templates, the portfolio holds no agreement and only the templates' diagnostics
    /// (which are its `runErrors`).
    public func load() -> Portfolio {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        if diagnostics.containsErrors {
            return Portfolio.load(sources: [], templates: templates, templateDiagnostics: diagnostics)
        }
        return Portfolio.load(paths: agreementPaths, templates: templates, templateDiagnostics: diagnostics)
    }

    /// Checks the templates and the agreements without keeping the agreements (see `Portfolio.check`).
    /// With errors in the templates, only those are reported (`CheckReport.stoppedAtTemplates`).
    public func check() -> CheckReport {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        if diagnostics.containsErrors {
            var report = CheckReport(tally: FileTally(), diagnostics: diagnostics.sorted())
            report.stoppedAtTemplates = true
            return report
        }
        return Portfolio.check(paths: agreementPaths, templates: templates, templateDiagnostics: diagnostics)
    }
}

/// What checking agreements found, without the agreements: how many could be read, and every
/// problem, sorted by file, line and column.
public struct CheckReport: Sendable {
    /// How many files were read, how many are valid, and which were left out.
    public let tally: FileTally
    public let diagnostics: [Diagnostic]

    /// True when the templates had errors, so no agreement was read (see `Workspace`).
    public internal(set) var stoppedAtTemplates = false

    /// The valid agreements checked.
    public var agreementCount: Int { tally.valid }

    /// The closing line's account of the files: `FileTally.summary`, or, when the templates had
    /// errors, that the agreements were not checked.
    public var summary: String {
        guard stoppedAtTemplates else { return tally.summary }
        return "the templates have \(diagnostics.errorCount) error(s), so no agreement was checked; fix the templates "
            + "and run again"
    }

    /// True when there are no errors.
    public var isValid: Bool { !diagnostics.containsErrors }
}

/// The text of a new agreement file: every required field and section of its kind, each a
/// placeholder that validation reports until it is filled in.
public enum AgreementScaffold {
    public static func text(kind: DocumentKind, title: String, templates: TemplateLibrary) -> String {
        var lines = ["---", "type: \(kind.id)", "titel: \(yamlQuoted(title))"]
        for field in kind.requiredFields where !["type", "titel"].contains(field) {
            switch field {
            case "status":
                lines.append("status: under udarbejdelse")
            case "parter":
                lines.append("parter: [\(yamlQuoted(Placeholder.text("parter, fx region-midtjylland, kommunerne, plo-midtjylland")))]")
            default:
                lines.append("\(field): \(yamlQuoted(Placeholder.text(field)))")
            }
        }
        lines.append("---")
        for section in kind.requiredSections {
            lines += ["", "## \(section)", "", Placeholder.text(section.lowercased())]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
