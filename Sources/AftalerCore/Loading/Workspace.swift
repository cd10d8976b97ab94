import Foundation

/// Where a run reads from: the templates folder and the agreement files or folders.
public struct Workspace: Sendable {
    public var templatesFolder: URL
    public var agreementPaths: [URL]

    public init(templatesFolder: URL, agreementPaths: [URL]) {
        self.templatesFolder = templatesFolder
        self.agreementPaths = agreementPaths
    }

    /// Loads the templates, then the agreements; all diagnostics end up in the portfolio.
    public func load() -> Portfolio {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        return Portfolio.load(paths: agreementPaths, templates: templates, templateDiagnostics: diagnostics)
    }

    /// Checks the templates and the agreements without keeping the agreements (see `Portfolio.check`).
    public func check() -> CheckReport {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        return Portfolio.check(paths: agreementPaths, templates: templates, templateDiagnostics: diagnostics)
    }
}

/// What checking agreements found, without the agreements: how many could be read, and every
/// problem, sorted by file, line and column.
public struct CheckReport: Sendable {
    /// How many files were read, how many are valid, and which were left out.
    public let tally: FileTally
    public let diagnostics: [Diagnostic]

    /// The valid agreements checked.
    public var agreementCount: Int { tally.valid }

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
