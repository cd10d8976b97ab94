/// Runs the rules that judge a built agreement, family by family. The parser calls it once it has
/// read every field with its location (`Agreement.locations`).
enum AgreementValidator {
    /// The diagnostics of `agreement`. With `decisionsComplete` false (a decision could not be
    /// read), the approval rules stay quiet: the unread one may be the approval.
    static func check(_ agreement: Agreement, decisionsComplete: Bool) -> [Diagnostic] {
        var diagnostics = ApprovalRules.checkStatusHistory(agreement)
        if decisionsComplete { diagnostics += ApprovalRules.check(agreement) }
        diagnostics += LinkRules.check(agreement)
        diagnostics += SignoffRules.check(agreement)
        diagnostics += MilestoneRules.check(agreement)
        return diagnostics
    }
}
