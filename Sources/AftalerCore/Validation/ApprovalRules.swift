/// Approvals, decisions and the status history: what a status claims must be backed by the
/// decisions, as far as the sources record them, and histories read oldest first.
enum ApprovalRules: RuleFamily {
    static let name = "approvals"

    /// Status needs an approval; ikrafttrædelse after the first approval. (Decisions may be listed in any
    /// order: every output sorts them, oldest first, undated last.)
    static func check(_ agreement: Agreement) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let locations = agreement.locations
        if agreement.status.requiresApproval, agreement.firstApproval == nil, !agreement.approvalNotRecorded {
            diagnostics.append(Diagnostic(
                .statusNeedsDecision, "status '\(agreement.status.rawValue)' needs a decision that approved the agreement",
                at: locations["status"] ?? locations.fileStart,
                hint: "add the decision under 'beslutninger' ('organ: ukendt' or 'dato: ukendt' where the sources do "
                    + "not say), or write 'godkendelse: ikke registreret' when they record no approval at all; never guess one"))
        }
        // Which approval came first is known only when every approval is dated.
        let approvalsDated = agreement.decisions.allSatisfy { !$0.isApproval || $0.date != nil }
        if approvalsDated, let start = agreement.entryIntoForce, let approval = agreement.firstApproval,
           let approved = approval.date, start < approved.start {
            diagnostics.append(Diagnostic(
                .dateOrder, "ikrafttrædelse \(DanishFormat.date(start)) lies before the first approval "
                    + "(\(approval.bodyLabel), \(DanishFormat.period(approved)))",
                at: locations["ikrafttrædelse"] ?? locations.fileStart, hint: "check both dates"))
        }
        return diagnostics
    }

    /// A status history reads oldest first; only its first entry may be undated.
    static func checkStatusHistory(_ agreement: Agreement) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let history = agreement.statusHistory, locations = agreement.locations
        for index in history.indices.dropFirst() {
            let at = locations["status", index] ?? locations.fileStart
            guard let date = history[index].date else {
                diagnostics.append(Diagnostic(.statusOrder, "only the first status of a history can be without 'dato'",
                                              at: at, hint: "write the date or period of the change; a month or a year will do"))
                continue
            }
            if let previous = history[index - 1].date, date < previous {
                diagnostics.append(Diagnostic(
                    .statusOrder, "the status change of \(date.text) comes after one of \(previous.text); "
                        + "list the history oldest first", at: at, hint: "the last entry is the current status"))
            }
        }
        return diagnostics
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .statusNeedsDecision, summary: "a status of godkendt or later without a decision that approved the agreement",
            details: "godkendt, under implementering, implementeret and evalueret claim an approval. Record it under "
                + "'beslutninger' with udfald godkendt or besluttet; write 'organ: ukendt' or 'dato: ukendt' where the "
                + "sources do not say, or 'godkendelse: ikke registreret' when they record no approval at all. "
                + "Never invent a body or a date to satisfy this rule. A planned decision counts for nothing yet.",
            example: .agreement(frontMatter: ["status: godkendt"])),
        RuleExplanation(
            .dateOrder, summary: "ikrafttrædelse lies before the first approving decision",
            details: "An agreement cannot come into force before it was approved. Checked only when every approval "
                + "is dated. Check both dates against the sources.",
            example: .agreement(frontMatter: ["status: godkendt", "ikrafttrædelse: 2023-01-01", "beslutninger:",
                                              "  - organ: ssu", "    dato: 2023-06-01", "    udfald: godkendt"])),
        RuleExplanation(
            .statusOrder, summary: "a status history out of date order, or a later entry without 'dato'",
            details: "The last entry of a status history is the current status, and every output dated 'pr.' a day "
                + "shows the status that held then; so the history must read oldest first, and only its first entry "
                + "may leave out when it began.",
            example: .agreement(frontMatter: ["status:", "  - dato: 2024-01-01", "    status: godkendt",
                                              "  - dato: 2023-01-01", "    status: ikke igangsat",
                                              "godkendelse: ikke registreret"])),
    ]
}
