/// The `## ` sections of an agreement's body: the ones its kind needs, each once and not empty,
/// and nothing before the first.
enum SectionRules: RuleFamily {
    static let name = "sections"

    /// Sections the kind needs, duplicates and empty ones.
    static func check(_ sections: [Section], kind: DocumentKind, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for section in sections {
            if !seen.insert(section.heading).inserted {
                diagnostics.append(Diagnostic(.duplicateSection, "section '\(section.heading)' appears twice",
                                              at: section.location, hint: "merge the two sections"))
            }
            if kind.requiredSections.contains(section.heading), section.text.allSatisfy(\.isWhitespace) {
                diagnostics.append(Diagnostic(.emptySection, "section '\(section.heading)' is empty",
                                              at: section.location, hint: "write at least one sentence"))
            }
        }
        let end = Diagnostic.Location(file: path, line: 1, column: 1)
        for required in kind.requiredSections where !seen.contains(required) {
            let near = Suggestion.closest(to: required, in: sections.map(\.heading).filter { !kind.requiredSections.contains($0) })
            let location = near.flatMap { name in sections.first { $0.heading == name }?.location } ?? end
            diagnostics.append(Diagnostic(.missingSection, "a \(kind.id) needs the section '## \(required)'",
                                          at: location, hint: near.map { "rename '## \($0)' to '## \(required)'?" }))
        }
        return diagnostics
    }

    /// A section whose text still holds a placeholder.
    static func placeholder(in heading: String, at location: Diagnostic.Location) -> Diagnostic {
        Diagnostic(.placeholder, "section '\(heading)' still holds a placeholder", at: location, hint: "write the section text")
    }

    /// Text between the front matter and the first heading.
    static func textBeforeFirstSection(at location: Diagnostic.Location) -> Diagnostic {
        Diagnostic(.textBeforeSection, "text before the first '## ' section heading", at: location,
                   hint: "start the body with '## Hvad'")
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .missingSection, summary: "a section the document kind needs is missing",
            details: "Every kind needs '## Hvad', '## Betydning for borgerne' and '## Status'; Templates/kinds.yaml "
                + "adds more for some kinds (a kommissorium needs Baggrund, Formål, Opgave, Sammensætning, Proces og "
                + "tidsplan). A heading with a near spelling is pointed out.",
            example: .agreement(frontMatter: [], body: "## Hvad\n\nTekst.\n\n## Status\n\nTekst.\n")),
        RuleExplanation(
            .emptySection, summary: "a section the kind needs has no text",
            details: "Write at least one sentence; the section is printed in every report.",
            example: .agreement(frontMatter: [], body: "## Hvad\n\n## Betydning for borgerne\n\nTekst.\n\n## Status\n\nTekst.\n")),
        RuleExplanation(
            .duplicateSection, summary: "the same section heading appears twice",
            details: "Reports look sections up by heading; merge the two.",
            example: .agreement(frontMatter: [], body: RuleExample.baseBody + "\n## Status\n\nMere.\n")),
        RuleExplanation(
            .textBeforeSection, summary: "text between the front matter and the first '## ' heading",
            details: "Only sections are kept; text before the first heading would be lost. Start the body with "
                + "'## Hvad'.",
            example: .agreement(frontMatter: [], body: "Indledning.\n\n" + RuleExample.baseBody)),
    ]
}
