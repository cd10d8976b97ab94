/// One agreement in `aftaler.json` (the handover bundle's metadata): the same Danish keys as the
/// source files, periods resolved to ISO date ranges, unknown facts as null.
public enum AgreementJSON {
    /// One agreement's object. Members are listed in the order they are written (by the UTF-8
    /// bytes of their keys), which spares ``JSONText`` the sorting; it would sort them otherwise.
    public static func entry(_ agreement: Agreement) -> JSONValue {
        func term(_ id: String, _ label: String) -> JSONValue {
            .object([("id", .string(id)), ("navn", .string(label))])
        }
        func span(_ period: Period) -> JSONValue {
            .object([("fra", .string(period.start.iso)), ("tekst", .string(period.text)), ("til", .string(period.end.iso))])
        }
        // Unknown facts are null, never left out: the receiver sees that the sources do not say.
        let decisions: [JSONValue] = agreement.decisions.map { decision in
            .object([("dato", decision.date.map(span) ?? .null)]
                + JSONValue.member("note", decision.note.map(JSONValue.string))
                + [("organ", decision.body.map { term($0.id, $0.label) } ?? .null),
                   ("planlagt", .bool(decision.planned)),
                   ("udfald", decision.outcome.map { .string($0.rawValue) } ?? .null)])
        }
        let budget: [(String, JSONValue)] = agreement.budgets.map { line, years in
            (line, .object(years.map { (String($0.key), .int($0.value)) }))
        }
        func done(_ completion: Completion?) -> [(String, JSONValue)] {
            guard let completion else { return [] }
            return JSONValue.member("resultat", completion.result.map(JSONValue.string)) + [("udført", span(completion.date))]
        }
        // A follow-up and a milestone have one shape: hvad, resultat, tid (null when unknown), udført.
        func obligation(_ followUp: FollowUp) -> JSONValue {
            let members: [(String, JSONValue)] = [("hvad", .string(followUp.what))]
            let completion = done(followUp.done)
            // Keys in UTF-8 order: hvad, resultat, tid, udført.
            return .object(members + completion.filter { $0.0 == "resultat" } + [("tid", followUp.due.map(span) ?? .null)]
                           + completion.filter { $0.0 == "udført" })
        }
        let followUps = agreement.followUps.map(obligation)
        let history: [JSONValue] = agreement.statusHistory.map { change in
            .object(JSONValue.member("dato", change.date.map(span)) + [("status", .string(change.status.rawValue))])
        }
        let evaluation: JSONValue? = agreement.evaluation.map { due in
            .object(done(agreement.evaluationDone).filter { $0.0 == "resultat" } + [("tid", span(due))]
                    + done(agreement.evaluationDone).filter { $0.0 == "udført" })
        }
        let links: [JSONValue] = agreement.links.map { .object([("titel", .string($0.title)), ("url", .string($0.url))]) }
        return .object(
            JSONValue.member("ansvarlig", agreement.responsible.map { term($0.id, $0.label) })
                + [("beslutninger", .array(decisions)), ("budget", .object(budget))]
                + JSONValue.member("godkendelse", agreement.approvalNotRecorded ? .string("ikke registreret") : nil)
                + JSONValue.member("evaluering", evaluation)
                + [("filer", .object([("kilde", .string("kilder/\(agreement.id).md")),
                                      ("tekst", .string("aftaler/\(agreement.id).txt"))])),
                   ("id", .string(agreement.id))]
                + JSONValue.member("ikrafttrædelse", agreement.entryIntoForce.map { .string($0.iso) })
                + [("indsatsområde", term(agreement.area.id, agreement.area.label)),
                   ("links", .array(links)),
                   ("milepæle", .array(agreement.milestones.map(obligation))),
                   ("opfølgning", .array(followUps))]
                + JSONValue.member("overdragelse", agreement.handover.map { term($0.id, $0.label) })
                + [("parter", .array(agreement.parties.map { term($0.id, $0.label) })),
                   ("sammensætning", .array(agreement.members.map { member in
                       .object([("antal", .int(member.count)), ("rolle", .string(member.role))])
                   })),
                   ("relationer", .array(agreement.relations.map { relation in
                       .object([("aftale", .string(relation.target)), ("type", .string(relation.kind.rawValue))])
                   })),
                   ("status", .string(agreement.status.rawValue)),
                   ("statushistorik", .array(history)),
                   ("sundhedsaftaler", .array(agreement.healthAgreements.map { .string($0.id) })),
                   ("titel", .string(agreement.title)),
                   ("type", .string(agreement.kind.id))])
    }
}
