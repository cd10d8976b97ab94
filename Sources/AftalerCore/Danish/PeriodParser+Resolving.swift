extension PeriodParser {
    // MARK: Resolving

    func single(_ p: PartialPeriod) throws(PeriodError) -> Period {
        try requireComplete(p)
        let (start, end, precision) = try materialize(p)
        return Period(validStart: start, end: end, precision: precision, text: text)
    }

    func requireComplete(_ p: PartialPeriod) throws(PeriodError) {
        switch p.kind {
        case .ordinal:
            let token = p.numberToken!
            if p.dotted {
                throw error("expected 'kvartal', 'halvår' or a month after '\(text)'")
            }
            guard case .number(let value, let digits) = token.kind else {
                throw error("expected 'kvartal' or 'halvår' after '\(lexeme(token))'")
            }
            throw notAYear(token, value: value, digits: digits)
        case .part:
            throw error("expected a month or a year after '\(text)', for example '\(text) 2025'")
        default:
            if p.year == nil { throw error("expected a year after '\(text)'") }
        }
    }

    func range(_ l: PartialPeriod, _ r: PartialPeriod, leftText: String) throws(PeriodError) -> Period {
        var left = l
        var right = r
        let sameKind = "both ends of a range must be the same kind of period, for example 'april/maj 2023'"
        // "uge 4/2024", "primo/2025": a year joined with a slash or dash instead of a space.
        if right.kind == .year, left.kind != .year, left.year == nil, let year = right.year {
            throw error(
                "'\(text)' is not a range; write the year after a space", suggestion: "\(leftText) \(year)")
        }
        if right.kind == .ordinal {
            switch left.kind {
            case .quarter, .halfYear, .week: right.kind = left.kind
            case .year:
                guard let token = right.numberToken, case .number(let v, let d) = token.kind else {
                    throw error(sameKind)
                }
                throw notAYear(token, value: v, digits: d)
            default: throw error(sameKind)
            }
        }
        if left.kind == .ordinal {
            switch right.kind {
            case .quarter, .halfYear, .week: left.kind = right.kind
            case .day:
                left.kind = .day
                left.month = right.month
            default: throw error(sameKind)
            }
        }
        if left.kind == .part {
            switch right.kind {
            case .partOfYear: left.kind = .partOfYear
            case .partOfMonth:
                left.kind = .partOfMonth
                left.month = right.month
            default: throw error(sameKind)
            }
        }
        try requireComplete(right)
        if left.year == nil { left.year = right.year }
        guard left.kind == right.kind else { throw error(sameKind) }
        let a = try materialize(left)
        let b = try materialize(right)
        guard a.start <= b.start, a.end <= b.end else {
            throw error("the range ends before it starts")
        }
        var precision = a.precision
        if a.start != b.start || a.end != b.end {
            switch precision {
            case .quarter: precision = .quarters
            case .month: precision = .months
            case .year: precision = .years
            default: break
            }
        }
        return Period(validStart: a.start, end: b.end, precision: precision, text: text)
    }

    func materialize(
        _ p: PartialPeriod
    ) throws(PeriodError) -> (start: CivilDate, end: CivilDate, precision: Period.Precision) {
        let year = p.year!
        func months(_ first: Int, _ last: Int, yearOfLast: Int? = nil) throws(PeriodError) -> (CivilDate, CivilDate) {
            guard let s = CivilDate.firstDay(ofMonth: first, year: year),
                let e = CivilDate.lastDay(ofMonth: last, year: yearOfLast ?? year)
            else { throw error("'\(text)' lies outside the supported years 1–9999") }
            return (s, e)
        }
        switch p.kind {
        case .day:
            guard let date = CivilDate(year: year, month: p.month, day: p.number) else {
                let written = p.isoText ?? "\(p.number). \(DanishFormat.monthName(p.month)) \(year)"
                guard CivilDate.supportedYears.contains(year) else {
                    throw error("'\(written)' lies outside the supported years 1–9999")
                }
                guard (1...12).contains(p.month) else {
                    throw error("'\(written)' is not a date; there is no month \(p.month)")
                }
                let days = CivilDate.daysInMonth(year: year, month: p.month)
                throw error(
                    "'\(written)' is not a date; \(DanishFormat.monthName(p.month)) \(year) has \(days) days")
            }
            return (date, date, .day)
        case .month:
            let (s, e) = try months(p.month, p.month)
            return (s, e, .month)
        case .partOfMonth:
            let days = CivilDate.daysInMonth(year: year, month: p.month)
            let (first, last) = [(1, 10), (11, 20), (21, days)][p.part - 1]
            return (
                CivilDate(validYear: year, month: p.month, day: first),
                CivilDate(validYear: year, month: p.month, day: last), .partOfMonth
            )
        case .partOfYear:
            let (s, e) = try months(4 * p.part - 3, 4 * p.part)
            return (s, e, .partOfYear)
        case .season:
            if p.season == 4 {
                let (s, e) = try months(12, 2, yearOfLast: year + 1)
                return (s, e, .season)
            }
            let (s, e) = try months(3 * p.season, 3 * p.season + 2)
            return (s, e, .season)
        case .quarter:
            guard (1...4).contains(p.number) else {
                throw error("quarter \(p.number) does not exist; expected 1.–4. kvartal")
            }
            let (s, e) = try months(3 * p.number - 2, 3 * p.number)
            return (s, e, .quarter)
        case .halfYear:
            guard (1...2).contains(p.number) else {
                throw error("half year \(p.number) does not exist; expected 1. or 2. halvår")
            }
            let (s, e) = try months(6 * p.number - 5, 6 * p.number)
            return (s, e, .halfYear)
        case .week:
            let weeks = CivilDate.weeksInISOYear(year)
            guard (1...weeks).contains(p.number) else {
                throw error("week \(p.number) does not exist in \(year); expected uge 1–\(weeks)")
            }
            guard let week = CivilDate.ISOWeek(year: year, week: p.number),
                let s = week.firstDay, let e = week.lastDay
            else { throw error("'\(text)' lies outside the supported years 1–9999") }
            return (s, e, .week)
        case .year:
            let (s, e) = try months(1, 12)
            return (s, e, .year)
        case .ordinal, .part:
            preconditionFailure("incomplete period reached materialize")
        }
    }

    // MARK: Suggestions

    /// The known word closest to `word` (optimal string alignment distance at most 1, or 2 for
    /// words of five letters or more), if any.
    static func closestWord(to word: String) -> String? {
        let a = Array(word)
        let limit = a.count >= 5 ? 2 : 1
        var best: (word: String, distance: Int)?
        for candidate in PeriodWord.suggestions {
            let d = Suggestion.editDistance(a, Array(candidate), limit: limit)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.word
    }
}
