/// Rules that look at several fields of one agreement together.
enum AgreementRules {
    static func check(_ agreement: Agreement, fields: YAMLFields, reader: inout YAMLReader) {
        if agreement.status.requiresApproval, agreement.firstApproval == nil, let node = fields["status"] {
            reader.report(.statusNeedsDecision,
                          "status '\(agreement.status.rawValue)' needs a decision that approved the agreement",
                          at: node, hint: "add a decision with 'udfald: godkendt' under 'beslutninger'")
        }
        if let start = agreement.entryIntoForce, let approval = agreement.firstApproval,
           start < approval.date.start, let node = fields["ikrafttrædelse"] {
            reader.report(.dateOrder,
                          "ikrafttrædelse \(DanishFormat.date(start)) lies before the first approval "
                              + "(\(approval.body.label), \(DanishFormat.period(approval.date)))",
                          at: node, hint: "check both dates")
        }
    }
}
