import UnicodeText
// The validation rules, as a person looks for them: one file per rule family in this folder, each
// with the rules' messages and an explanation of every code it owns. Rules that judge a built
// agreement (approvals, links, sections) run here (`AgreementValidator`); rules about the shape of
// a file (bytes, YAML, field types) are detected while reading, in `Source/` and `Loading/`, and
// explained here.

/// What one diagnostic code means: printed by `aftale validate --explain CODE` and tabulated in
/// docs/format.md.
public struct RuleExplanation: Sendable {
    public let code: Diagnostic.Code
    public let severity: Diagnostic.Severity
    /// One line: what is wrong.
    public let summary: String
    /// Why it matters and how to put it right.
    public let details: String
    /// A smallest input that raises it; the test suite runs every example.
    public let example: RuleExample

    public init(_ code: Diagnostic.Code, _ severity: Diagnostic.Severity = .error, summary: String, details: String,
                example: RuleExample) {
        self.code = code
        self.severity = severity
        self.summary = summary
        self.details = details
        self.example = example
    }
}

/// A smallest input that raises a code.
public enum RuleExample: Sendable {
    /// An agreement file: a valid base initiative whose front matter lines are replaced (same key)
    /// or added by `frontMatter` (a line `-key` removes one), and whose body is `body` if given.
    case agreement(frontMatter: [String], body: String? = nil)
    /// An agreement file of these exact bytes.
    case agreementBytes([UInt8])
    /// A file under Templates/ (`blocks/x.md`, `layouts/x.yaml`), with the base agreement whose
    /// body is `agreementBody` when the template needs a user.
    case template(path: String, text: String, agreementBody: String? = nil)
    /// A situation of files and folders, in words; the test suite builds it.
    case situation(String)

    /// The example agreement's base: valid as it is.
    public static let baseFrontMatter = ["type: initiativ", "titel: Eksempel", "indsatsområde: ældre",
                                         "status: ikke igangsat"]
    /// The base body: the three sections every kind needs.
    public static let baseBody = "## Hvad\n\nTekst.\n\n## Betydning for borgerne\n\nTekst.\n\n## Status\n\nTekst.\n"

    /// The text of an `.agreement` example.
    public static func agreementText(frontMatter: [String], body: String?) -> String {
        var lines = baseFrontMatter
        for line in frontMatter {
            if line.hasPrefix("-") {
                let key = line.dropFirst() + ":"
                lines.removeAll { $0.hasPrefix(key) }
                continue
            }
            let key = line.prefix { $0 != ":" } + ":"
            if !line.hasPrefix(" "), let index = lines.firstIndex(where: { $0.hasPrefix(key) }) {
                lines[index] = line
            } else {
                lines.append(line)
            }
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + (body ?? baseBody)
    }
}

/// A family of rules: the codes it owns, explained.
public protocol RuleFamily: Sendable {
    /// The family's name, as the docs group the codes.
    static var name: String { get }
    static var explanations: [RuleExplanation] { get }
}

/// Every rule family, and every code's explanation.
public enum RuleCatalog {
    /// The families, in the order the docs list them.
    public static let families: [any RuleFamily.Type] = [
        FileRules.self, YAMLRules.self, FieldRules.self, IdentityRules.self, VocabularyRules.self, ValueRules.self,
        ApprovalRules.self, SignoffRules.self, SectionRules.self, LinkRules.self, RelationRules.self, MilestoneRules.self, WorkplanEntryRules.self, BlockRules.self,
        TemplateRules.self, FolderRules.self, ImportRules.self,
    ]

    /// The explanation of `code`. Every code has one (a test holds the catalog to the codes).
    public static func explanation(for code: Diagnostic.Code) -> RuleExplanation? {
        for family in families {
            if let found = family.explanations.first(where: { $0.code == code }) { return found }
        }
        return nil
    }

    /// The family that owns `code`.
    public static func family(of code: Diagnostic.Code) -> String? {
        families.first { $0.explanations.contains { $0.code == code } }?.name
    }

    /// `aftale validate --explain CODE`: the code, its family and severity, what and why.
    public static func text(for code: Diagnostic.Code) -> String {
        guard let explanation = explanation(for: code) else { return "\(code.rawValue): no explanation\n" }
        var lines = ["\(code.rawValue) (\(explanation.severity.rawValue), \(family(of: code) ?? "?"))", "",
                     explanation.summary, ""] + wrapped(explanation.details, width: 96)
        switch explanation.example {
        case .agreement(let frontMatter, let body):
            lines += ["", "Example:", ""] + indented(RuleExample.agreementText(frontMatter: frontMatter, body: body))
        case .template(let path, let text, _):
            lines += ["", "Example (Templates/\(path)):", ""] + indented(text)
        case .situation(let words):
            lines += ["", "Example: \(words)"]
        case .agreementBytes:
            break
        }
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") || text.hasSuffix(" ") { text.removeLast() }
        return text + "\n"
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return line.isEmpty ? lines : lines + [line]
    }

    /// `text` indented for a terminal: long lines cut and long examples shortened with "…".
    private static func indented(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : "    " + (line.count > 92 ? line.prefix(91) + "…" : line)
        }
        return lines.count > 24 ? Array(lines.prefix(20)) + ["    …"] : lines
    }

    /// The table of every code for docs/format.md: code, severity, family, what it means.
    public static var markdownTable: String {
        var lines = ["| code | severity | family | meaning |", "| --- | --- | --- | --- |"]
        for family in families {
            for explanation in family.explanations {
                lines.append("| `\(explanation.code.rawValue)` | \(explanation.severity.rawValue) | \(family.name) | "
                             + "\(explanation.summary.replacingText("|", with: "\\|")) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
