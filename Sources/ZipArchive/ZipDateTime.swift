import CalendarDate

/// A civil (wall-clock) date and time as stored in a zip entry, without a time zone.
///
/// Zip archives store modification times in MS-DOS format: local date and time
/// fields with two-second resolution, years 1980–2107. Writing these fields
/// directly (rather than converting a `Date` through the process's time zone)
/// keeps archives byte-identical whatever `TZ` is set to. There is deliberately
/// no initializer from `Date`: callers supply a fixed value, never the clock.
public struct ZipDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1980...2107.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 (checked against the month).
    public let day: Int
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int
    /// The second, 0...58 and even: zip stores seconds divided by two, so an odd second is rounded down.
    public let second: Int

    /// Creates a date and time, throwing ``ZipError/Code/invalidArgument`` when a field is out of range.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) throws {
        func check(_ ok: Bool, _ what: String) throws {
            if !ok { throw ZipError(.invalidArgument, "invalid zip date/time: \(what)") }
        }
        try check((1980...2107).contains(year), "year \(year) is outside 1980...2107")
        try check((1...12).contains(month), "month \(month)")
        try check(CivilDate(year: year, month: month, day: day) != nil, "day \(day) of month \(month)")
        try check((0...23).contains(hour), "hour \(hour)")
        try check((0...59).contains(minute), "minute \(minute)")
        try check((0...59).contains(second), "second \(second)")
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second & ~1
    }

    /// Midnight at the start of `date`.
    public init(date: CivilDate) throws {
        try self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The MS-DOS time word: seconds/2 in bits 0–4, minute in bits 5–10, hour in bits 11–15.
    var dosTime: UInt16 { UInt16(second / 2 | minute << 5 | hour << 11) }
    /// The MS-DOS date word: day in bits 0–4, month in bits 5–8, year-1980 in bits 9–15.
    var dosDate: UInt16 { UInt16(day | month << 5 | (year - 1980) << 9) }

    /// ISO 8601 without a zone, e.g. `2025-03-01T12:00:00`.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
    }

    /// Chronological order.
    public static func < (lhs: ZipDateTime, rhs: ZipDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}
