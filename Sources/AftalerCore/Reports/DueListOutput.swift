extension DueList {
    /// The Danish headline of the list: the day, and how many items are in each state.
    ///
    /// "Opfølgning pr. 3. februar 2025: 2 forfaldne, 1 aktuel, 1 kommende inden for 90 dage", with
    /// ", 10 sat i bero (pauseret)" and ", 1 udført" when there are such.
    public var headline: String {
        let overdue = count(.overdue), due = count(.due), upcoming = count(.upcoming), done = count(.done)
        let onHold = count(.onHold)
        let horizon = window.map { " inden for \($0) \($0 == 1 ? "dag" : "dage")" } ?? ""
        return "Opfølgning pr. \(DanishFormat.date(asOf)): \(overdue) \(overdue == 1 ? "forfalden" : "forfaldne"), "
            + "\(due) \(due == 1 ? "aktuel" : "aktuelle"), \(upcoming) kommende\(horizon)"
            + (onHold > 0 ? ", \(onHold) \(Self.onHoldText)" : "")
            + (done > 0 ? ", \(done) udført" : "")
    }

    /// What is said of a milestone on hold, the timetable of a paused agreement: "sat i bero".
    public static let onHoldWords = "sat i bero"
    /// The same in the table's Tilstand column and the headline: "sat i bero (pauseret)".
    public static let onHoldText = onHoldWords + " (pauseret)"

    /// The column headings of the table of items.
    public static let columns = ["Tilstand", "Tid", "Type", "Aftale", "Hvad"]

    /// One row per item for a text table: state with its date (or "sat i bero (pauseret)" for a
    /// milestone on hold), the period in Danish, the kind,
    /// the agreement's title and what is due; for parties waiting to approve, when it was sent and
    /// the days they have to answer.
    public var rows: [[String]] {
        items.map { item in
            let state: String
            switch item.state {
            case .overdue: state = "forfalden siden \(DanishFormat.date(item.overdueSince ?? item.period.end))"
            case .due: state = "aktuel til \(DanishFormat.date(item.period.end))"
            case .upcoming: state = "kommende fra \(DanishFormat.date(item.period.start))"
            case .onHold: state = Self.onHoldText
            case .done: state = "udført \(DanishFormat.period(item.completion?.date ?? item.period))"
            }
            let kind = item.workplan.map { "\(item.source.rawValue) \($0)" } ?? item.source.rawValue
            var result = item.completion?.result.map { " – resultat: \($0)" } ?? ""
            if item.source == .signoff {
                let sent = CivilDate(dayNumber: item.period.start.dayNumber - signoffDays) ?? item.period.start
                result += " – sendt \(DanishFormat.date(sent)), svarfrist \(signoffDays) \(signoffDays == 1 ? "dag" : "dage")"
            }
            return [state, DanishFormat.period(item.period), kind, Self.oneLine(item.agreementTitle), Self.oneLine(item.what + result)]
        }
    }

    /// Text on one line: line breaks and tabs become spaces.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
