/// The milestones of a timetable (`milepæle`, the "Proces og tidsplan" of a kommissorium). Their
/// shape (`tid`, `hvad`, `udført`, `resultat`) is a follow-up's and is checked while reading, with
/// the same codes (`missing-field`, `invalid-period`, `unknown-field`); this family judges the
/// timetable as a whole.
enum MilestoneRules: RuleFamily {
    static let name = "milestones"

    /// A `milestone-order` warning for each milestone whose time lies wholly before that of the
    /// dated milestone above it. Overlapping times are in order ("7. februar 2023" above "februar
    /// 2023", as seed 004 has them); milestones with `tid: ukendt` are passed over.
    static func check(_ agreement: Agreement) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var previous: Period?
        for (index, milestone) in agreement.milestones.enumerated() {
            guard let time = milestone.due else { continue }
            if let previous, time.end < previous.start {
                diagnostics.append(Diagnostic(
                    .milestoneOrder, "the milestone of \(time.text) lies before the one above it (\(previous.text))",
                    at: agreement.locations["milepæle", index] ?? agreement.locations.fileStart, severity: .warning,
                    hint: "check both times against the source; a timetable lists its milestones in the order of time"))
            }
            previous = time
        }
        return diagnostics
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .milestoneOrder, .warning,
            summary: "a milestone whose time lies wholly before the milestone above it",
            details: "milepæle is the timetable as the source lists it, in the order of time; a milestone that ends "
                + "before the one above it begins is most often a wrong year or month. Check both against the source. "
                + "Times that overlap are in order (a day within the month above it).",
            example: .agreement(frontMatter: ["milepæle:", "  - tid: marts 2023", "    hvad: Arbejdsgruppen mødes",
                                              "  - tid: 7. februar 2022", "    hvad: SSU godkender processen"])),
    ]
}
