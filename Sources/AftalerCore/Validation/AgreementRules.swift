/// Rules that look at several fields of one agreement together.
enum AgreementRules {
    static func check(_ agreement: Agreement, fields: YAMLFields, reader: inout YAMLReader) {
        if agreement.status.requiresApproval, agreement.firstApproval == nil, !agreement.approvalNotRecorded,
           let node = fields["status"] {
            reader.report(.statusNeedsDecision,
                          "status '\(agreement.status.rawValue)' needs a decision that approved the agreement",
                          at: node, hint: "add the decision under 'beslutninger' ('organ: ukendt' or 'dato: ukendt' "
                              + "where the sources do not say), or write 'godkendelse: ikke registreret' when they "
                              + "record no approval at all; never guess one")
        }
        // Which approval came first is known only when every approval is dated.
        let approvalsDated = agreement.decisions.allSatisfy { !$0.isApproval || $0.date != nil }
        if approvalsDated, let start = agreement.entryIntoForce, let approval = agreement.firstApproval,
           let approved = approval.date,
           start < approved.start, let node = fields["ikrafttrædelse"] {
            reader.report(.dateOrder,
                          "ikrafttrædelse \(DanishFormat.date(start)) lies before the first approval "
                              + "(\(approval.bodyLabel), \(DanishFormat.period(approved)))",
                          at: node, hint: "check both dates")
        }
    }
}
