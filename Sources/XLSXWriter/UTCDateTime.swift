import CalendarDate

/// A civil date and time in UTC, to the second, used as the workbook's creation date.
///
/// It is a plain value: no clock, calendar or time zone is consulted, so the same value always
/// yields the same `docProps/core.xml`. libxlsxwriter writes it with `gmtime`, i.e. as UTC, in the
/// form `2025-03-01T09:30:00Z` (``description`` gives the same text).
///
/// The supported range is 1970-01-01T00:00:01Z … 9999-12-31T23:59:59Z. The Unix epoch itself is
/// refused because libxlsxwriter 1.1.4 treats a creation time of 0 as "use the current time".
public struct UTCDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The date and time (CalendarDate's, shared with zip and Word dates).
    public let value: CivilDateTime


    /// Validates the fields; throws ``XLSXError/invalidArgument(_:)`` for impossible dates.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) throws {
        guard (1970...9999).contains(year),
              let value = CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else {
            throw XLSXError.invalidArgument("\(year)-\(month)-\(day) \(hour):\(minute):\(second) is not a valid "
                                            + "date/time between 1970 and 9999 (UTC)")
        }
        guard value.secondsSince1970 > 0 else {
            throw XLSXError.invalidArgument(
                "\(value)Z is the Unix epoch, which libxlsxwriter reads as \"now\"; use a later time")
        }
        self.value = value
    }

    /// Parses `YYYY-MM-DD` (midnight) or `YYYY-MM-DDTHH:MM:SSZ`.
    public init(iso8601 text: String) throws {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            range.reduce(Optional(0)) { value, index in
                guard let value, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                return value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
        }
        let dateOK = bytes.count >= 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
        let timeOK = bytes.count == 10 || (bytes.count == 20 && bytes[10] == UInt8(ascii: "T")
            && bytes[13] == UInt8(ascii: ":") && bytes[16] == UInt8(ascii: ":") && bytes[19] == UInt8(ascii: "Z"))
        guard dateOK, timeOK, let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            throw XLSXError.invalidArgument("'\(text)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
        }
        if bytes.count == 10 {
            try self.init(year: year, month: month, day: day)
            return
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else {
            throw XLSXError.invalidArgument("'\(text)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
        }
        try self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// Midnight UTC at the start of `date`.
    public init(date: CivilDate) throws {
        try self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The calendar day.
    public var date: CivilDate { value.date }

    /// Seconds since 1970-01-01T00:00:00Z (proleptic Gregorian calendar, no leap seconds).
    public var secondsSince1970: Int64 { value.secondsSince1970 }

    /// ISO 8601 in UTC, e.g. `2025-03-01T09:30:00Z`: exactly what `docProps/core.xml` will contain.
    public var description: String { value.description + "Z" }

    /// Chronological order.
    public static func < (lhs: UTCDateTime, rhs: UTCDateTime) -> Bool { lhs.value < rhs.value }
}

/// Document properties written to `docProps/core.xml` and `docProps/app.xml`.
///
/// `created` is required: without it libxlsxwriter would stamp the wall-clock time and two runs
/// would never produce identical files. It is also written as the "modified" date.
public struct DocumentProperties: Hashable, Sendable {
    /// Creation (and modification) date, stored as UTC.
    public var created: UTCDateTime
    /// Title (`dc:title`).
    public var title: String?
    /// Subject (`dc:subject`).
    public var subject: String?
    /// Author (`dc:creator` and `cp:lastModifiedBy`).
    public var author: String?
    /// Company (`Company` in `docProps/app.xml`).
    public var company: String?
    /// Comments (`dc:description`).
    public var comments: String?

    /// Creates the properties; only the creation date is required.
    public init(created: UTCDateTime, title: String? = nil, subject: String? = nil,
                author: String? = nil, company: String? = nil, comments: String? = nil) {
        self.created = created
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.comments = comments
    }
}
