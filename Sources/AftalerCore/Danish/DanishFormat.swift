// Danish renderings of dates, periods and amounts. Hand-written, so output never depends on the
// machine's locale.

/// Formats dates, periods and amounts the Danish way: `7. februar 2023`, `2. kvartal 2025`,
/// `1.269`.
public enum DanishFormat {
    /// The Danish month names in lowercase, January first.
    public static let monthNames: [String] = [
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ]

    /// The Danish weekday names in lowercase, Monday first.
    public static let weekdayNames: [String] = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ]

    /// The lowercase Danish name of a month: `monthName(2)` is `februar`.
    ///
    /// - Precondition: `month` is 1...12.
    public static func monthName(_ month: Int) -> String {
        precondition((1...12).contains(month), "month \(month) is not 1...12")
        return monthNames[month - 1]
    }

    /// The usual Danish abbreviations of the months, January first: `jan.`, `feb.`, ..., with
    /// `maj` written in full.
    public static let monthAbbreviations: [String] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.",
        "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
    ]

    /// The Danish abbreviation of a month: `monthAbbreviation(10)` is `okt.`.
    ///
    /// - Precondition: `month` is 1...12.
    public static func monthAbbreviation(_ month: Int) -> String {
        precondition((1...12).contains(month), "month \(month) is not 1...12")
        return monthAbbreviations[month - 1]
    }

    /// A date's month and year, abbreviated as in a status heading: `okt. 2023`
    /// ("Status pr. okt. 2023").
    public static func monthAbbreviated(_ d: CivilDate) -> String {
        "\(monthAbbreviations[d.month - 1]) \(d.year)"
    }

    /// The lowercase Danish name of a weekday: `mandag` ... `søndag`.
    public static func weekdayName(_ weekday: CivilDate.Weekday) -> String {
        weekdayNames[weekday.rawValue - 1]
    }

    /// A date as Danish prose: `7. februar 2023` (no leading zero, lowercase month).
    public static func date(_ d: CivilDate) -> String {
        "\(d.day). \(monthNames[d.month - 1]) \(d.year)"
    }

    /// A whole number with Danish thousands separators: `1.269`, `-2.402`, `1.000.000`.
    public static func amount(_ n: Int) -> String {
        let digits = Array(String(n.magnitude).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        if n < 0 { out.append(UInt8(ascii: "-")) }
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ".")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical Danish rendering of a period, built from its dates and precision (not from
    /// the text it was written as): `7. februar 2023`, `februar 2023`, `primo januar 2023`,
    /// `primo 2025`, `foråret 2021`, `vinteren 2023/24`, `2. kvartal 2025`, `1. halvår 2025`,
    /// `uge 4 2024`, `2025`.
    ///
    /// Ranges use an en dash, without spaces when both ends are single words and with spaces
    /// otherwise: `2025–2026`, `april–maj 2023`, `2.–3. kvartal 2024`, `primo–medio 2025`,
    /// `uge 4–6 2024`, `7.–8. februar 2023`, `ultimo 2024 – primo 2025`,
    /// `december 2023 – januar 2024`. `Period.parse` reads every rendering back to the same
    /// dates and precision. A period whose dates do not fit its precision is rendered as days.
    public static func period(_ p: Period) -> String {
        guard let first = PeriodUnit(containing: p.start, precision: p.precision),
            let last = PeriodUnit(containing: p.end, precision: p.precision),
            first.start == p.start, last.end == p.end
        else { return days(p.start, p.end) }
        if first == last { return first.rendered }
        return range(first, last)
    }

    // MARK: Internals

    static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }

    static let partNames = ["primo", "medio", "ultimo"]
    static let seasonNames = ["foråret", "sommeren", "efteråret", "vinteren"]

    static func days(_ a: CivilDate, _ b: CivilDate) -> String {
        if a == b { return date(a) }
        if a.year == b.year && a.month == b.month {
            return "\(a.day).–\(date(b))"
        }
        if a.year == b.year {
            return "\(a.day). \(monthName(a.month)) – \(date(b))"
        }
        return "\(date(a)) – \(date(b))"
    }

    static func range(_ a: PeriodUnit, _ b: PeriodUnit) -> String {
        switch (a, b) {
        case (.year(let x), .year(let y)):
            return "\(x)–\(y)"
        case (.quarter(let x, let q1), .quarter(let y, let q2)) where x == y:
            return "\(q1).–\(q2). kvartal \(x)"
        case (.halfYear(let x, let h1), .halfYear(let y, let h2)) where x == y:
            return "\(h1).–\(h2). halvår \(x)"
        case (.week(let x, let w1), .week(let y, let w2)) where x == y:
            return "uge \(w1)–\(w2) \(x)"
        case (.month(let x, let m1), .month(let y, let m2)) where x == y:
            return "\(monthName(m1))–\(monthName(m2)) \(x)"
        case (.partOfYear(let x, let p1), .partOfYear(let y, let p2)) where x == y:
            return "\(partNames[p1 - 1])–\(partNames[p2 - 1]) \(x)"
        case (.partOfMonth(let x, let m1, let p1), .partOfMonth(let y, let m2, let p2)) where x == y:
            if m1 == m2 {
                return "\(partNames[p1 - 1])–\(partNames[p2 - 1]) \(monthName(m1)) \(x)"
            }
            return "\(partNames[p1 - 1]) \(monthName(m1)) – \(partNames[p2 - 1]) \(monthName(m2)) \(x)"
        case (.season(let x, let s1), .season(let y, _)) where x == y:
            return "\(seasonNames[s1 - 1])–\(b.rendered)"
        case (.day(let x), .day(let y)):
            return days(x, y)
        default:
            return "\(a.rendered) – \(b.rendered)"
        }
    }
}

/// One unit of a period's precision: the quarter, month, week, ... that contains a date.
enum PeriodUnit: Equatable {
    case day(CivilDate)
    case month(year: Int, month: Int)
    case partOfMonth(year: Int, month: Int, part: Int)
    case partOfYear(year: Int, part: Int)
    /// Seasons 1...4: spring, summer, autumn, winter; a winter belongs to the year of its December.
    case season(year: Int, season: Int)
    case quarter(year: Int, quarter: Int)
    case halfYear(year: Int, half: Int)
    case week(year: Int, week: Int)
    case year(Int)

    init?(containing d: CivilDate, precision: Period.Precision) {
        switch precision {
        case .day: self = .day(d)
        case .month, .months: self = .month(year: d.year, month: d.month)
        case .partOfMonth: self = .partOfMonth(year: d.year, month: d.month, part: min((d.day - 1) / 10, 2) + 1)
        case .partOfYear: self = .partOfYear(year: d.year, part: (d.month - 1) / 4 + 1)
        case .season:
            switch d.month {
            case 12: self = .season(year: d.year, season: 4)
            case 1, 2:
                guard d.year > 1 else { return nil }
                self = .season(year: d.year - 1, season: 4)
            default: self = .season(year: d.year, season: d.month / 3)
            }
        case .quarter, .quarters: self = .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1)
        case .halfYear: self = .halfYear(year: d.year, half: (d.month - 1) / 6 + 1)
        case .week:
            let w = d.isoWeek
            self = .week(year: w.year, week: w.week)
        case .year, .years: self = .year(d.year)
        }
    }

    var start: CivilDate? {
        switch self {
        case .day(let d): return d
        case .month(let y, let m): return CivilDate.firstDay(ofMonth: m, year: y)
        case .partOfMonth(let y, let m, let p): return CivilDate(year: y, month: m, day: 10 * p - 9)
        case .partOfYear(let y, let p): return CivilDate.firstDay(ofMonth: 4 * p - 3, year: y)
        case .season(let y, let s): return CivilDate.firstDay(ofMonth: 3 * s, year: y)
        case .quarter(let y, let q): return CivilDate.firstDay(ofMonth: 3 * q - 2, year: y)
        case .halfYear(let y, let h): return CivilDate.firstDay(ofMonth: 6 * h - 5, year: y)
        case .week(let y, let w): return CivilDate.firstDay(ofISOWeek: w, year: y)
        case .year(let y): return CivilDate.firstDay(ofMonth: 1, year: y)
        }
    }

    var end: CivilDate? {
        switch self {
        case .day(let d): return d
        case .month(let y, let m): return CivilDate.lastDay(ofMonth: m, year: y)
        case .partOfMonth(let y, let m, let p):
            return p == 3 ? CivilDate.lastDay(ofMonth: m, year: y) : CivilDate(year: y, month: m, day: 10 * p)
        case .partOfYear(let y, let p): return CivilDate.lastDay(ofMonth: 4 * p, year: y)
        case .season(let y, let s):
            return s == 4 ? CivilDate.lastDay(ofMonth: 2, year: y + 1) : CivilDate.lastDay(ofMonth: 3 * s + 2, year: y)
        case .quarter(let y, let q): return CivilDate.lastDay(ofMonth: 3 * q, year: y)
        case .halfYear(let y, let h): return CivilDate.lastDay(ofMonth: 6 * h, year: y)
        case .week(let y, let w): return CivilDate.ISOWeek(year: y, week: w)?.lastDay
        case .year(let y): return CivilDate.lastDay(ofMonth: 12, year: y)
        }
    }

    var rendered: String {
        switch self {
        case .day(let d): return DanishFormat.date(d)
        case .month(let y, let m): return "\(DanishFormat.monthName(m)) \(y)"
        case .partOfMonth(let y, let m, let p):
            return "\(DanishFormat.partNames[p - 1]) \(DanishFormat.monthName(m)) \(y)"
        case .partOfYear(let y, let p): return "\(DanishFormat.partNames[p - 1]) \(y)"
        case .season(let y, let s):
            if s == 4 { return "vinteren \(y)/\(DanishFormat.twoDigits((y + 1) % 100))" }
            return "\(DanishFormat.seasonNames[s - 1]) \(y)"
        case .quarter(let y, let q): return "\(q). kvartal \(y)"
        case .halfYear(let y, let h): return "\(h). halvår \(y)"
        case .week(let y, let w): return "uge \(w) \(y)"
        case .year(let y): return "\(y)"
        }
    }
}
