// Danish period expressions ("primo 2025", "2. kvartal 2025", "uge 4, 2024", ...) and the date
// ranges they denote. See docs/format.md, section "Periods".
//
// The parser is a hand-written tokenizer plus a small recursive parser: no regular expressions,
// no Foundation calendars, so it is cheap to call on every field of every agreement and never
// depends on the machine's locale or time zone.

/// A period of whole days written as a Danish expression, such as `primo 2025` (1 January to
/// 30 April 2025) or `3. eller 4. kvartal 2025` (1 July to 31 December 2025).
///
/// Create one with `Period.parse(_:)`. `start` and `end` are inclusive. Periods order by start,
/// then end, then text (then precision, so the order is total).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How a period was expressed: the unit of its ends.
    ///
    /// A range of two expressions ("april/maj 2023", "ultimo 2024/primo 2025") keeps the unit of
    /// its ends; quarters, months and years become `quarters`, `months` and `years`.
    public enum Precision: String, Hashable, Sendable, CaseIterable {
        /// A day (`2023-02-07`, `7. februar 2023`), or a range of days (`7.–8. februar 2023`).
        case day
        /// A calendar month: `februar 2023`.
        case month
        /// Primo, medio or ultimo of a month: `primo januar 2023` (days 1–10, 11–20, 21–end).
        case partOfMonth
        /// Primo, medio or ultimo of a year: `primo 2025` (January–April, May–August,
        /// September–December), or a range of them: `ultimo 2024/primo 2025`.
        case partOfYear
        /// A season: `foråret 2021`, `sommeren 2023`, `efteråret 2022`, `vinteren 2023`.
        case season
        /// A quarter: `2. kvartal 2025`.
        case quarter
        /// Consecutive quarters: `3. eller 4. kvartal 2025`, `2./3. kvartal 2024`.
        case quarters
        /// A half year: `1. halvår 2025`, `andet halvår 2023`.
        case halfYear
        /// An ISO week: `uge 4 2024`, or a range of weeks.
        case week
        /// Consecutive months: `april/maj 2023`.
        case months
        /// A calendar year: `2025`.
        case year
        /// Consecutive years: `2025-2026`.
        case years
    }

    /// The first day of the period.
    public let start: CivilDate
    /// The last day of the period (inclusive).
    public let end: CivilDate
    /// How the period was expressed.
    public let precision: Precision
    /// The expression as written, with surrounding white space removed.
    public let text: String

    /// Creates a period from its parts, or returns `nil` when `start` is after `end`.
    /// Prefer `Period.parse(_:)`; this does not check that `text` denotes the range.
    public init?(start: CivilDate, end: CivilDate, precision: Precision, text: String) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
        self.precision = precision
        self.text = text
    }

    /// A single day, written as its ISO date.
    public init(day: CivilDate) {
        self.start = day
        self.end = day
        self.precision = .day
        self.text = day.iso
    }

    /// Whether the period is a single day.
    public var isDay: Bool { start == end }

    /// The number of days in the period (1 for a single day).
    public var dayCount: Int { start.days(to: end) + 1 }

    /// Whether `date` lies within the period (both ends included).
    public func contains(_ date: CivilDate) -> Bool {
        start <= date && date <= end
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: Period) -> Bool {
        start <= other.end && other.start <= end
    }

    /// The expression as written.
    public var description: String { text }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        if lhs.text != rhs.text { return lhs.text < rhs.text }
        return Precision.allCases.firstIndex(of: lhs.precision)! < Precision.allCases.firstIndex(of: rhs.precision)!
    }

    /// Parses a Danish period expression (case-insensitive, tolerant of extra spaces).
    ///
    /// Understood, with `YYYY` a four-digit year:
    /// - `2023-02-07`, `7. februar 2023`, `7. feb. 2023`: that day
    /// - `februar 2023`, `feb. 2023`: that month
    /// - `primo|medio|ultimo januar 2023`: days 1–10, 11–20, 21–end of the month
    /// - `primo|medio|ultimo 2025`: January–April, May–August, September–December
    /// - `foråret|sommeren|efteråret 2021` (or `forår`, `sommer`, `efterår`): March–May,
    ///   June–August, September–November; `vinteren 2023` (or `vinteren 2023/24`):
    ///   1 December 2023 to the end of February 2024
    /// - `1. kvartal 2025` ... `4. kvartal 2025` (also `første kvartal`, `Q1 2025`, `1. kvt. 2025`)
    /// - `1. halvår 2025`, `1.halvår 2025`, `første|andet halvår 2025`, `2. halvår af 2023`
    /// - `uge 4 2024`, `uge 4, 2024`: that ISO week, Monday to Sunday
    /// - `2025`: that year
    /// - a range of two expressions joined by `/`, `-`, `–`, `eller` or `og`: from the first's
    ///   start to the second's end. Both ends must be the same kind; the first may leave out
    ///   what it shares with the second: `april/maj 2023`, `2./3. kvartal 2024`,
    ///   `3. eller 4. kvartal 2025`, `ultimo 2024/primo 2025`, `2025-2026`, `uge 4–6 2024`.
    ///
    /// - Throws: `PeriodError` saying what was expected, with a suggestion where one is likely.
    public static func parse(_ text: String) throws(PeriodError) -> Period {
        try PeriodCache.shared.result(of: text) { text in
            Result { () throws(PeriodError) in
                var parser = PeriodParser(input: text)
                return try parser.parse()
            }
        }.get()
    }
}

/// Why a period expression could not be parsed: a message saying what was expected and, where
/// a likely correction exists, a suggestion (`did you mean 'kvartal'?`).
public struct PeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was parsed, trimmed.
    public let input: String
    /// What is wrong and what was expected, in English, quoting the offending part.
    public let message: String
    /// A likely correction of the offending word or value, if any (for example `kvartal` for
    /// `kvartl`, or `2025` for the year `25`).
    public let suggestion: String?

    /// Creates an error.
    public init(input: String, message: String, suggestion: String? = nil) {
        self.input = input
        self.message = message
        self.suggestion = suggestion
    }

    /// The forms a period or date is written in, for messages about text that is none of them.
    public static let acceptedForms = "write a day ('2025-03-15', '15. marts 2025', '15.03.2025', '15/3-25'), "
        + "a month ('marts 2025'), 'primo|medio|ultimo 2025', a season ('foråret 2025'), '2. kvartal 2025', "
        + "'1. halvår 2025', 'uge 12 2025', a year ('2025') or a range of two ('2025-2026', 'april/maj 2025')"

    /// The suggestion as a diagnostic hint, `did you mean 'kvartal'?`, if there is one.
    public var hint: String? {
        suggestion.map { "did you mean '\($0)'?" }
    }

    /// The message, followed by `; did you mean '...'?` when there is a suggestion.
    public var description: String {
        guard let hint else { return message }
        return "\(message); \(hint)"
    }
}

extension Period {
    /// A period whose parts are known to be consistent.
    init(validStart start: CivilDate, end: CivilDate, precision: Precision, text: String) {
        self.start = start
        self.end = end
        self.precision = precision
        self.text = text
    }
}
