import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// The new file: every required field with a placeholder that lists the allowed values, the
    /// optional fields as commented examples (each paragraph valid when uncommented, except the
    /// ones marked "instead of", which replace a field above), and the required sections.
    public static func text(kind: DocumentKind, title: String, templates: TemplateLibrary) -> String {
        let vocabulary = templates.vocabulary
        var lines = ["---", "type: \(kind.id)", "titel: \(yamlQuoted(title))"]
        for field in kind.requiredFields where !["type", "titel"].contains(field) {
            switch field {
            case "status":
                lines.append("status: under udarbejdelse")
            case "indsatsområde":
                lines.append("indsatsområde: \(yamlQuoted(Placeholder.text("indsatsområde, one of " + vocabulary.areas.ids.joined(separator: ", "))))")
            case "parter":
                // The parties are many (the 19 municipalities each): name the usual ones and where the rest are.
                let usual = ["region-midtjylland", "kommunerne", "plo-midtjylland"].filter { vocabulary.parties[$0] != nil }
                let hint = "parter, ids such as " + usual.joined(separator: ", ")
                    + " (every party: parter in Templates/vocabulary.yaml)"
                lines.append("parter: [\(yamlQuoted(Placeholder.text(hint)))]")
            case "evaluering":
                lines.append("evaluering: \(yamlQuoted(Placeholder.text("evaluering, a period such as 2. halvår 2025")))")
            default:
                lines.append("\(field): \(yamlQuoted(Placeholder.text(field)))")
            }
        }
        lines += optionalExamples(kind: kind, templates: templates).map { $0.isEmpty ? "#" : "# " + $0 }
        lines.append("---")
        for section in kind.requiredSections {
            lines += ["", "## \(section)", "", Placeholder.text(section.lowercased())]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Commented examples of the optional fields (docs/format.md), one paragraph per field.
    static func optionalExamples(kind: DocumentKind, templates: TemplateLibrary) -> [String] {
        let vocabulary = templates.vocabulary
        let bodies = vocabulary.bodies.ids
        let body = bodies.first ?? "ukendt"
        var paragraphs: [[String]] = [[
            "Optional fields: remove the '# ' of a paragraph to use it (docs/format.md has them all).",
            "Dates and periods: 2024-09-01, 1. september 2024, 01.09.2024, 1/9-24, primo 2025, 2. kvartal 2025.",
        ]]
        paragraphs.append(["ikrafttrædelse: 1. september 2024"])
        if !kind.requiredFields.contains("evaluering") {
            paragraphs.append(["evaluering: 2. halvår 2025"])
        }
        paragraphs.append(["opfølgning:", "  - tid: 1. kvartal 2025", "    hvad: Første opfølgning i Sundhedsstyregruppen",
                           "  - tid: 2. kvartal 2024", "    hvad: Godkendelse i kommuner, region og PLO-M",
                           "    udført: 2. kvartal 2024", "    resultat: Godkendt i alle parter"])
        if kind.requiredSections.contains(MilestoneSection.heading) {
            paragraphs.append(["milepæle:    # the timetable of '\(MilestoneSection.heading)', in its order; udført once reached",
                               "  - tid: ultimo januar 2025", "    hvad: Medlemmer til arbejdsgruppen udpeges",
                               "  - tid: 2. kvartal 2025", "    hvad: Sundhedsstyregruppen godkender arbejdsgruppens anbefalinger"])
        }
        paragraphs.append(["beslutninger:    # organ: one of \(bodies.joined(separator: ", ")), or ukendt",
                           "  - organ: \(body)",
                           "    dato: 12. juni 2024    # or ukendt",
                           "    udfald: godkendt    # \(DecisionOutcome.allCases.map(\.rawValue).joined(separator: ", "))",
                           "  - organ: \(body)", "    dato: 2. kvartal 2025", "    planlagt: true"])
        if !vocabulary.healthAgreements.ids.isEmpty {
            paragraphs.append(["sundhedsaftaler: [\(vocabulary.healthAgreements.ids.last!)]    # ids of "
                               + vocabulary.healthAgreements.ids.joined(separator: ", ")])
        }
        paragraphs.append(["links:", "  - titel: Aftalen på sundhedsaftalen.rm.dk", "    url: https://www.sundhedsaftalen.rm.dk/"])
        if let workplan = templates.workplanIDs.contains("ssg-2023") ? "ssg-2023" : templates.workplanIDs.first {
            let group = vocabulary.areas.ids.first ?? "øvrige"
            paragraphs.append(["arbejdsplaner:    # workplans: \(templates.workplanIDs.joined(separator: ", "))",
                               "  \(workplan):", "    gruppe: \(group)", "    indsats: Aftalens navn i arbejdsplanen",
                               "    status: Under udarbejdelse"])
        }
        if let recipient = vocabulary.recipients.ids.first {
            paragraphs.append(["overdragelse: \(recipient)    # one of \(vocabulary.recipients.ids.joined(separator: ", "))"])
        }
        paragraphs.append(["instead of the status above, the history, oldest first:", "status:",
                           "  - status: under udarbejdelse", "  - dato: 1. september 2024", "    status: godkendt"])
        paragraphs.append(["instead of beslutninger, when the sources record no approval:", "godkendelse: ikke registreret"])
        return paragraphs.joined(separator: [""]).map { $0 }
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingText("\\", with: "\\\\").replacingText("\"", with: "\\\"") + "\""
    }
}
