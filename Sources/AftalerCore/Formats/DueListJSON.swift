extension DueList {
    /// `aftale due --format json`: the day (`pr`), the window (`vindue`, absent when unbounded), the
    /// days a party has to answer a request for approval (`godkendelsesfrist`), the counts per state
    /// and the items (`type` `godkendelse` for parties waiting to approve, `milepæl` for a milestone;
    /// `tilstand` `i bero` for a milestone of a paused agreement, counted as `antal.i_bero`), with
    /// Danish keys like `aftaler.json`; periods as written, in
    /// Danish and as inclusive ISO ranges. `arbejdsplan`, `forfalden_siden`, `udført` and `resultat`
    /// are null when they do not apply.
    public func json() -> String {
        func span(_ period: Period) -> JSONValue {
            .object([("dansk", .string(DanishFormat.period(period))), ("fra", .string(period.start.iso)),
                     ("tekst", .string(period.text)), ("til", .string(period.end.iso))])
        }
        let counts: JSONValue = .object([
            ("aktuelle", .int(count(.due))), ("forfaldne", .int(count(.overdue))), ("i_bero", .int(count(.onHold))),
            ("kommende", .int(count(.upcoming))), ("udførte", .int(count(.done))),
        ])
        let points: [JSONValue] = items.map { item in
            .object([
                ("aftale", .string(item.agreementID)),
                ("arbejdsplan", item.workplan.map(JSONValue.string) ?? .null),
                ("forfalden_siden", item.overdueSince.map { .string($0.iso) } ?? .null),
                ("hvad", .string(item.what)),
                ("resultat", item.completion?.result.map(JSONValue.string) ?? .null),
                ("tid", span(item.period)),
                ("tilstand", .string(item.state.rawValue)),
                ("titel", .string(item.agreementTitle)),
                ("type", .string(item.source.rawValue)),
                ("udført", item.completion.map { span($0.date) } ?? .null),
            ])
        }
        return JSONText.document(.object([("antal", counts), ("godkendelsesfrist", .int(signoffDays)), ("pr", .string(asOf.iso)), ("punkter", .array(points))]
                                         + JSONValue.member("vindue", window.map(JSONValue.int))))
    }
}
