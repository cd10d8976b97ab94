// A calendar date without a time of day or a time zone.
//
// All arithmetic is done on a day number (days since 1970-01-01) with the proleptic Gregorian
// calendar, so results never depend on the machine's time zone, locale or calendar settings.

/// A date in the proleptic Gregorian calendar with no time of day and no time zone, such as the
/// `2023-05-01` of an `ikrafttrædelse`.
///
/// Supported years are 1 through 9999, so that every date has a four-digit ISO form.
/// Dates order chronologically.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...`daysInMonth(year:month:)`.
    public let day: Int

    /// The first day a `CivilDate` can represent, 0001-01-01.
    public static let earliest = CivilDate(validYear: 1, month: 1, day: 1)
    /// The last day a `CivilDate` can represent, 9999-12-31.
    public static let latest = CivilDate(validYear: 9999, month: 12, day: 31)

    /// The years a `CivilDate` can represent.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// Creates a date, or returns `nil` when the year, month or day is out of range
    /// (for example 29 February in a year that is not a leap year).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from a day number (days since 1970-01-01, which is day 0), or returns `nil`
    /// when the day lies outside the supported years.
    public init?(dayNumber: Int) {
        guard CivilDate.supportedDayNumbers.contains(dayNumber) else { return nil }
        let (y, m, d) = CivilDate.civil(fromDayNumber: dayNumber)
        self.year = y
        self.month = m
        self.day = d
    }

    /// Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (ASCII digits, exactly ten
    /// characters, no surrounding spaces). Returns `nil` for anything else or an invalid date.
    public init?(iso: String) {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var count = 0
        for unit in iso.utf8 {
            count += 1
            guard count <= 10 else { return nil }
            if count == 5 || count == 8 {
                guard unit == UInt8(ascii: "-") else { return nil }
            } else {
                guard unit >= UInt8(ascii: "0"), unit <= UInt8(ascii: "9") else { return nil }
                digits.append(Int(unit - UInt8(ascii: "0")))
            }
        }
        guard count == 10 else { return nil }
        let y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let m = digits[4] * 10 + digits[5]
        let d = digits[6] * 10 + digits[7]
        self.init(year: y, month: m, day: d)
    }

    // MARK: Representations

    /// The ISO 8601 form `YYYY-MM-DD`.
    public var iso: String {
        var s = ""
        s.reserveCapacity(10)
        CivilDate.appendPadded(year, width: 4, to: &s)
        s.append("-")
        CivilDate.appendPadded(month, width: 2, to: &s)
        s.append("-")
        CivilDate.appendPadded(day, width: 2, to: &s)
        return s
    }

    /// The ISO 8601 form `YYYY-MM-DD`.
    public var description: String { iso }

    /// Days since 1970-01-01 (which is day 0); negative before it.
    public var dayNumber: Int {
        CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// The day of the year, 1 for 1 January.
    public var dayOfYear: Int {
        dayNumber - CivilDate.dayNumber(year: year, month: 1, day: 1) + 1
    }

    // MARK: Arithmetic

    /// The date `days` days later (earlier when negative).
    ///
    /// - Precondition: the result lies within `supportedYears`.
    public func adding(days: Int) -> CivilDate {
        guard let date = CivilDate(dayNumber: dayNumber + days) else {
            preconditionFailure("CivilDate \(iso) + \(days) days lies outside the years 1...9999")
        }
        return date
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    // MARK: Calendar facts

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month: 28...31.
    ///
    /// - Precondition: `month` is 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: preconditionFailure("month \(month) is not 1...12")
        }
    }

    /// The first day of a month, or `nil` when the month or year is out of range.
    public static func firstDay(ofMonth month: Int, year: Int) -> CivilDate? {
        CivilDate(year: year, month: month, day: 1)
    }

    /// The last day of a month (for example 2024-02-29), or `nil` when the month or year is out
    /// of range.
    public static func lastDay(ofMonth month: Int, year: Int) -> CivilDate? {
        guard (1...12).contains(month) else { return nil }
        return CivilDate(year: year, month: month, day: daysInMonth(year: year, month: month))
    }

    // MARK: Weekdays and ISO weeks

    /// A day of the week, numbered as in ISO 8601: Monday is 1, Sunday is 7.
    public enum Weekday: Int, Hashable, Comparable, Sendable, CaseIterable {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

        public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An ISO 8601 week: weeks start on Monday, and week 1 is the week that contains the year's
    /// first Thursday (equivalently, 4 January). The week's `year` can differ from the calendar
    /// year of its days near New Year: 2024-12-30 lies in week 1 of 2025.
    public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The ISO week-numbering year.
        public let year: Int
        /// The week number, 1...52 or 1...53.
        public let week: Int

        /// Creates an ISO week, or returns `nil` when the week does not exist in that year.
        public init?(year: Int, week: Int) {
            guard CivilDate.supportedYears.contains(year),
                week >= 1, week <= CivilDate.weeksInISOYear(year)
            else { return nil }
            self.year = year
            self.week = week
        }

        fileprivate init(unchecked year: Int, week: Int) {
            self.year = year
            self.week = week
        }

        /// The week's Monday, or `nil` when it lies before 0001-01-01.
        public var firstDay: CivilDate? { CivilDate.firstDay(ofISOWeek: week, year: year) }

        /// The week's Sunday, or `nil` when it lies after 9999-12-31.
        public var lastDay: CivilDate? {
            CivilDate(dayNumber: CivilDate.mondayOfISOWeek1(year) + 7 * (week - 1) + 6)
        }

        /// For example `2025-W01`.
        public var description: String {
            var s = ""
            CivilDate.appendPadded(year, width: 4, to: &s)
            s.append("-W")
            CivilDate.appendPadded(week, width: 2, to: &s)
            return s
        }

        public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
            (lhs.year, lhs.week) < (rhs.year, rhs.week)
        }
    }

    /// The day of the week.
    public var dayOfWeek: Weekday {
        Weekday(rawValue: CivilDate.isoWeekday(ofDayNumber: dayNumber))!
    }

    /// The ISO 8601 week this date lies in.
    public var isoWeek: ISOWeek {
        let n = dayNumber
        // The Thursday of this date's week decides the week-numbering year.
        let thursday = n - CivilDate.isoWeekday(ofDayNumber: n) + 4
        let weekYear = CivilDate.civil(fromDayNumber: thursday).year
        let week = (thursday - CivilDate.mondayOfISOWeek1(weekYear)) / 7 + 1
        return ISOWeek(unchecked: weekYear, week: week)
    }

    /// The number of ISO weeks in an ISO week-numbering year: 53 when the year starts on a
    /// Thursday, or is a leap year starting on a Wednesday; otherwise 52.
    public static func weeksInISOYear(_ year: Int) -> Int {
        let jan1 = isoWeekday(ofDayNumber: dayNumber(year: year, month: 1, day: 1))
        if jan1 == 4 || (jan1 == 3 && isLeapYear(year)) { return 53 }
        return 52
    }

    /// The Monday that starts ISO week `week` of the ISO week-numbering year `year`
    /// (week 1 of 2025 starts 2024-12-30), or `nil` when the week does not exist in that year or
    /// the Monday lies outside the supported years.
    public static func firstDay(ofISOWeek week: Int, year: Int) -> CivilDate? {
        guard supportedYears.contains(year), week >= 1, week <= weeksInISOYear(year) else {
            return nil
        }
        return CivilDate(dayNumber: mondayOfISOWeek1(year) + 7 * (week - 1))
    }

    // MARK: Comparable

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return lhs.month < rhs.month }
        return lhs.day < rhs.day
    }

    // MARK: Internals

    /// Day numbers of 0001-01-01 ... 9999-12-31.
    package static let supportedDayNumbers: ClosedRange<Int> =
        dayNumber(year: 1, month: 1, day: 1)...dayNumber(year: 9999, month: 12, day: 31)

    /// Creates a date from components already known to be valid.
    package init(validYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 of a (not necessarily valid) civil date; H. Hinnant's algorithm.
    package static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number; H. Hinnant's algorithm.
    package static func civil(fromDayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 1 for Monday ... 7 for Sunday. Day 0 (1970-01-01) was a Thursday.
    package static func isoWeekday(ofDayNumber n: Int) -> Int {
        let r = (n + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The day number of the Monday of ISO week 1 of `year`.
    package static func mondayOfISOWeek1(_ year: Int) -> Int {
        let jan4 = dayNumber(year: year, month: 1, day: 4)
        return jan4 - (isoWeekday(ofDayNumber: jan4) - 1)
    }

    package static func appendPadded(_ value: Int, width: Int, to s: inout String) {
        let digits = String(value)
        if digits.utf8.count < width {
            s.append(String(repeating: "0", count: width - digits.utf8.count))
        }
        s.append(digits)
    }
}

/// A civil date with a time of day to the second, in no time zone: the one date-and-time value
/// under the zip entry times, the XLSX creation date and the Word document dates, which add only
/// their own ranges.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    /// 0...23.
    public let hour: Int
    /// 0...59.
    public let minute: Int
    /// 0...59 (no leap seconds).
    public let second: Int

    /// Nil unless the fields form a valid date and time.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard let date = CivilDate(year: year, month: month, day: day), (0...23).contains(hour),
              (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// Midnight at the start of `date`, or the given time of day (unchecked: callers pass valid ones).
    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public var year: Int { date.year }
    public var month: Int { date.month }
    public var day: Int { date.day }

    /// Seconds since 1970-01-01T00:00:00 read as UTC.
    public var secondsSince1970: Int64 {
        Int64(date.dayNumber) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }

    /// ISO 8601 without a zone: `2025-03-01T09:30:00`.
    public var description: String {
        var text = date.iso + "T"
        CivilDate.appendPadded(hour, width: 2, to: &text)
        text += ":"
        CivilDate.appendPadded(minute, width: 2, to: &text)
        text += ":"
        CivilDate.appendPadded(second, width: 2, to: &text)
        return text
    }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
