import CalendarDate

/// A civil (wall-clock) date and time as stored in a zip entry, without a time zone.
///
/// Zip archives store modification times in MS-DOS format: local date and time
/// fields with two-second resolution, years 1980–2107. Writing these fields
/// directly (rather than converting a `Date` through the process's time zone)
/// keeps archives byte-identical whatever `TZ` is set to. There is deliberately
/// no initializer from `Date`: callers supply a fixed value, never the clock.
public struct ZipDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The date and time (CalendarDate's, shared with XLSX and Word dates); seconds are even.
    public let value: CivilDateTime


    /// Creates a date and time, throwing ``ZipError/Code/invalidArgument`` when a field is out of range.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) throws {
        guard (1980...2107).contains(year) else {
            throw ZipError(.invalidArgument, "invalid zip date/time: year \(year) is outside 1980...2107")
        }
        guard let value = CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            throw ZipError(.invalidArgument, "invalid zip date/time: \(year)-\(month)-\(day) \(hour):\(minute):\(second)")
        }
        self.value = CivilDateTime(date: value.date, hour: hour, minute: minute, second: second & ~1)
    }

    /// Midnight at the start of `date`.
    public init(date: CivilDate) throws {
        try self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The MS-DOS time word: seconds/2 in bits 0–4, minute in bits 5–10, hour in bits 11–15.
    var dosTime: UInt16 { UInt16(value.second / 2 | value.minute << 5 | value.hour << 11) }
    /// The MS-DOS date word: day in bits 0–4, month in bits 5–8, year-1980 in bits 9–15.
    var dosDate: UInt16 { UInt16(value.day | value.month << 5 | (value.year - 1980) << 9) }

    /// ISO 8601 without a zone, e.g. `2025-03-01T12:00:00`.
    public var description: String { value.description }

    /// Chronological order.
    public static func < (lhs: ZipDateTime, rhs: ZipDateTime) -> Bool { lhs.value < rhs.value }
}
