/// The day an output is "pr.": the one rule every report, workplan and bundle is dated by.
///
/// In order: the day given (`--as-of`), the day of `SOURCE_DATE_EPOCH` (the reproducible-builds.org
/// convention, a count of seconds since 1970-01-01 UTC, read as a UTC day as that convention asks),
/// or today in Denmark (Europe/Copenhagen: CET, and CEST from the last Sunday of March to the last
/// Sunday of October, 01:00 UTC, the EU rule since 1996). The time zone rule is written out here
/// rather than read from the machine's tzdata, so the day does not depend on what is installed.
public struct AsOfDay: Sendable, Hashable {
    /// Where the day came from, so a command can say it.
    public enum Origin: String, Sendable, Hashable {
        case given = "--as-of"
        case sourceDateEpoch = "SOURCE_DATE_EPOCH"
        case today = "today"
    }

    public let date: CivilDate
    public let origin: Origin

    public init(date: CivilDate, origin: Origin) {
        self.date = date
        self.origin = origin
    }

    /// The environment variable of the reproducible-builds convention.
    public static let sourceDateEpochVariable = "SOURCE_DATE_EPOCH"

    /// Picks the day: `given`, else `SOURCE_DATE_EPOCH` from `environment`, else the Danish day
    /// of `now` (seconds since 1970-01-01 UTC).
    public static func resolve(given: CivilDate?, environment: [String: String], now: Double)
        throws(AsOfDayError) -> AsOfDay
    {
        if let given { return AsOfDay(date: given, origin: .given) }
        if let text = environment[sourceDateEpochVariable], !text.isEmpty {
            guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let seconds = Int(text), let date = CivilDate(dayNumber: seconds.floorDivided(by: 86_400))
            else { throw AsOfDayError.invalidSourceDateEpoch(text) }
            return AsOfDay(date: date, origin: .sourceDateEpoch)
        }
        guard now.isFinite, let date = danishDay(atUnixSeconds: Int(now.rounded(.down))) else {
            throw AsOfDayError.clockOutOfRange
        }
        return AsOfDay(date: date, origin: .today)
    }

    /// The calendar day in Denmark at `seconds` after 1970-01-01 00:00 UTC.
    public static func danishDay(atUnixSeconds seconds: Int) -> CivilDate? {
        guard let utcDay = CivilDate(dayNumber: seconds.floorDivided(by: 86_400)) else { return nil }
        let offset = isEUSummerTime(atUnixSeconds: seconds, year: utcDay.year) ? 7_200 : 3_600
        return CivilDate(dayNumber: (seconds + offset).floorDivided(by: 86_400))
    }

    /// Whether EU summer time is in force at `seconds`: from 01:00 UTC on the last Sunday of
    /// March to 01:00 UTC on the last Sunday of October.
    static func isEUSummerTime(atUnixSeconds seconds: Int, year: Int) -> Bool {
        func lastSundayOneAM(month: Int) -> Int {
            let last = CivilDate.lastDay(ofMonth: month, year: year)!
            let back = last.dayOfWeek.rawValue % 7  // Sunday is 7: back 0 days
            return (last.dayNumber - back) * 86_400 + 3_600
        }
        return seconds >= lastSundayOneAM(month: 3) && seconds < lastSundayOneAM(month: 10)
    }

    /// How the day is said on stderr when it was not given.
    public var explanation: String {
        switch origin {
        case .given: "as of \(date.iso)"
        case .sourceDateEpoch: "as of \(date.iso), the day of \(Self.sourceDateEpochVariable)"
        case .today: "as of today, \(date.iso) in Denmark"
        }
    }
}

/// Why no as-of day could be chosen.
public enum AsOfDayError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidSourceDateEpoch(String)
    case clockOutOfRange

    public var description: String {
        switch self {
        case .invalidSourceDateEpoch(let text):
            "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (before year 10000), not '\(text)'"
        case .clockOutOfRange:
            "the system clock is outside the years 1 to 9999"
        }
    }
}

extension Int {
    /// Division rounding toward minus infinity (days before 1970 stay on the right day).
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
