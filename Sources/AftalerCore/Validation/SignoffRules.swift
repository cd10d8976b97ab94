/// The sign-off across the parties (`partsgodkendelse`): an agreement in force needs every party's
/// approval, an answer cannot come before the decision that sent it out, and only a party of the
/// agreement can answer. Where the sources do not record an answer, the file says `ikke
/// registreret` and no rule asks for more: a rule that can only be met by guessing is a wrong rule.
enum SignoffRules: RuleFamily {
    static let name = "sign-off"

    /// Statuses that say the agreement is in force.
    static let inForce: Set<Status> = [.implementing, .implemented, .evaluated]

    static func check(_ agreement: Agreement) -> [Diagnostic] {
        guard let signoff = agreement.signoff, !signoff.notRecorded else { return [] }
        var diagnostics: [Diagnostic] = []
        let locations = agreement.locations
        let at = locations["partsgodkendelse"] ?? locations.fileStart
        for (index, entry) in signoff.entries.enumerated() {
            let here = locations["partsgodkendelse", index] ?? at
            let outside = entry.parties.filter { !signoff.scope.contains($0) }
            if !outside.isEmpty {
                diagnostics.append(Diagnostic(
                    .signoffNotAParty, "\(entry.written.label) is not among the agreement's parter",
                    at: here, hint: "add it to 'parter', or correct 'part'"))
            }
            if entry.outcome == .approved || entry.outcome == .rejected, let date = entry.date,
               let decision = agreement.firstApproval, let decided = decision.date, date.end < decided.start {
                diagnostics.append(Diagnostic(
                    .signoffBeforeDecision, "\(entry.written.label) answered \(DanishFormat.period(date)), before the "
                        + "agreement was approved (\(decision.bodyLabel), \(DanishFormat.period(decided)))",
                    at: here, hint: "check both dates against the sources"))
            }
        }
        if inForce.contains(agreement.status) {
            let missing = signoff.scope.compactMap { party -> String? in
                switch agreement.signoffState(of: party, on: .latest, scope: signoff.scope) {
                case .approved, .notRecorded, .notAParty: nil
                case .waiting(let since): "\(party.label) (venter siden \(DanishFormat.period(since)))"
                case .rejected: "\(party.label) (afvist)"
                case .notSent: "\(party.label) (ikke sendt)"
                }
            }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(
                    .signoffIncomplete, "status '\(agreement.status.rawValue)', but \(missing.count) of "
                        + "\(signoff.scope.count) parties have not approved: \(missing.joined(separator: ", "))",
                    at: at, severity: .warning,
                    hint: "record each answer under 'partsgodkendelse.parter'; 'udfald: ikke registreret' where the "
                        + "sources do not say"))
            }
        }
        return diagnostics
    }

    private static let base = ["parter: [region-midtjylland, plo-midtjylland]", "beslutninger:", "  - organ: ssu",
                               "    dato: 2023-09-29", "    udfald: godkendt"]

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .signoffIncomplete, .warning,
            summary: "an agreement in force whose parties have not all approved it",
            details: "An agreement approved by the SSU is in force only when the region, each of the 19 municipalities "
                + "and PLO-Midtjylland have approved it too. With status under implementering, implementeret or "
                + "evalueret, every party that is waiting, was not sent the agreement or rejected it is named. A party "
                + "whose answer the sources do not record is written 'udfald: ikke registreret' (or 'svar: ikke "
                + "registreret' for all of them) and is not named: never invent an answer to satisfy this rule.",
            example: .agreement(frontMatter: ["status: under implementering"] + base + [
                "partsgodkendelse:", "  sendt: 2023-10-02", "  parter:", "    - part: region-midtjylland",
                "      organ: regionsrådet", "      dato: 2023-10-25", "      udfald: godkendt"])),
        RuleExplanation(
            .signoffBeforeDecision, summary: "a party's answer dated before the decision that approved the agreement",
            details: "The parties are asked after the SSU (or the body before it) has approved the agreement, so an "
                + "answer dated wholly before that decision is a wrong date in one of the two places.",
            example: .agreement(frontMatter: ["status: godkendt"] + base + [
                "partsgodkendelse:", "  parter:", "    - part: region-midtjylland",
                "      dato: 2023-06-01", "      udfald: godkendt"])),
        RuleExplanation(
            .signoffNotAParty, summary: "an answer from a party that is not among the agreement's parter",
            details: "Only the parties of an agreement approve it; 'kommunerne' under parter stands for each of the "
                + "19 municipalities. Add the party to 'parter' or correct the answer's 'part'.",
            example: .agreement(frontMatter: ["status: godkendt"] + base + [
                "partsgodkendelse:", "  parter:", "    - part: lemvig-kommune", "      sendt: 2023-10-02"])),
    ]
}
