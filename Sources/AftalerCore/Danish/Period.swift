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

// MARK: - Tokenizer

struct PeriodToken {
    enum Kind: Equatable {
        /// ASCII digits; `value` is capped for absurdly long numbers, `digits` is exact.
        case number(value: Int, digits: Int)
        /// Letters (and combining marks), lowercased.
        case word(String)
        case dot
        case comma
        case slash
        case dash
        /// `dddd-dd-dd`, not yet validated.
        case isoDate(year: Int, month: Int, day: Int)
    }

    let kind: Kind
    let range: Range<String.Index>
}

/// The words the parser knows.
enum PeriodWord: Equatable {
    case month(Int)
    case part(Int)  // 1 primo, 2 medio, 3 ultimo
    case season(Int)  // 1 spring, 2 summer, 3 autumn, 4 winter
    case quarter
    case quarterAbbreviation
    case halfYear
    case week
    case q
    case ordinal(Int)
    case or
    case and
    case of

    static let vocabulary: [String: PeriodWord] = {
        var v: [String: PeriodWord] = [:]
        for (i, name) in DanishFormat.monthNames.enumerated() { v[name] = .month(i + 1) }
        let abbreviations = [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "okt": 10, "nov": 11, "dec": 12,
        ]
        for (name, month) in abbreviations { v[name] = .month(month) }
        v["primo"] = .part(1)
        v["medio"] = .part(2)
        v["ultimo"] = .part(3)
        for name in ["forår", "foråret"] { v[name] = .season(1) }
        for name in ["sommer", "sommeren"] { v[name] = .season(2) }
        for name in ["efterår", "efteråret"] { v[name] = .season(3) }
        for name in ["vinter", "vinteren"] { v[name] = .season(4) }
        v["kvartal"] = .quarter
        v["kvt"] = .quarterAbbreviation
        v["halvår"] = .halfYear
        v["halvåret"] = .halfYear
        v["uge"] = .week
        v["q"] = .q
        v["første"] = .ordinal(1)
        v["anden"] = .ordinal(2)
        v["andet"] = .ordinal(2)
        v["tredje"] = .ordinal(3)
        v["fjerde"] = .ordinal(4)
        v["femte"] = .ordinal(5)
        v["eller"] = .or
        v["og"] = .and
        v["af"] = .of
        return v
    }()

    /// Words of open-ended or vague time expressions, which name no period that can be dated.
    static let vague: Set<String> = [
        "løbende", "efter", "før", "inden", "senest", "snarest", "snarligt", "hurtigst", "cirka", "ca",
        "omkring", "årligt", "årlig", "hvert", "fremover", "igangværende", "ukendt",
    ]

    /// Words offered as corrections of unknown words, in order of preference.
    static let suggestions: [String] =
        DanishFormat.monthNames + [
            "kvartal", "halvår", "uge", "primo", "medio", "ultimo", "foråret", "sommeren",
            "efteråret", "vinteren", "første", "andet", "tredje", "fjerde", "eller",
        ]
}

// MARK: - Parser

/// A period expression with possibly missing parts; the first end of a range may leave out
/// what it shares with the second ("2." of "2./3. kvartal 2024").
struct PartialPeriod {
    enum Kind: Equatable {
        case day, month, partOfMonth, partOfYear, season, quarter, halfYear, week, year
        /// A bare number: "2." or "6" (as in "uge 4–6 2024").
        case ordinal
        /// A bare primo, medio or ultimo.
        case part
    }

    var kind: Kind
    var number = 0
    var month = 0
    var part = 0
    var season = 0
    var year: Int?
    /// The token of the number of an `ordinal`, for messages.
    var numberToken: PeriodToken?
    var dotted = false
    /// The ISO lexeme of a day given as `YYYY-MM-DD`, for messages.
    var isoText: String?
}

struct PeriodParser {
    let text: String
    private(set) var tokens: [PeriodToken] = []

    init(input: String) {
        self.text = PeriodParser.trimmed(input)
    }

    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
        return String(scalars[first...last])
    }

    // MARK: Errors

    func error(_ message: String, suggestion: String? = nil) -> PeriodError {
        PeriodError(input: text, message: message, suggestion: suggestion)
    }

    func lexeme(_ token: PeriodToken) -> String {
        String(text.unicodeScalars[token.range])
    }

    func lexeme(from first: PeriodToken, to last: PeriodToken) -> String {
        String(text.unicodeScalars[first.range.lowerBound..<last.range.upperBound])
    }

    // MARK: Tokenizing

    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
        default: return false
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A)
        }
        if s.properties.isAlphabetic { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Unicode white space, answered without a property lookup for ASCII (nearly every scalar).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
    }

    mutating func tokenize() throws(PeriodError) {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if PeriodParser.isSpace(s) {
                i = scalars.index(after: i)
                continue
            }
            let start = i
            if PeriodParser.isDigit(s) {
                var value = 0
                var digits = 0
                while i < scalars.endIndex, PeriodParser.isDigit(scalars[i]) {
                    if digits < 12 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    digits += 1
                    i = scalars.index(after: i)
                }
                if digits == 4, let tail = isoTail(year: value, from: i) {
                    tokens.append(PeriodToken(kind: tail.0, range: start..<tail.1))
                    i = tail.1
                } else {
                    tokens.append(PeriodToken(kind: .number(value: value, digits: digits), range: start..<i))
                }
                continue
            }
            if PeriodParser.isWordScalar(s) {
                while i < scalars.endIndex, PeriodParser.isWordScalar(scalars[i]) {
                    i = scalars.index(after: i)
                }
                let word = String(scalars[start..<i]).lowercased()
                tokens.append(PeriodToken(kind: .word(word), range: start..<i))
                continue
            }
            let kind: PeriodToken.Kind
            switch s {
            case ".": kind = .dot
            case ",": kind = .comma
            case "/": kind = .slash
            default:
                guard PeriodParser.isDash(s) else {
                    throw error("unexpected character '\(s)'")
                }
                kind = .dash
            }
            i = scalars.index(after: i)
            tokens.append(PeriodToken(kind: kind, range: start..<i))
        }
    }

    /// After four digits at `i`: `-dd-dd` not followed by a digit makes an ISO date.
    func isoTail(year: Int, from i: String.Index) -> (PeriodToken.Kind, String.Index)? {
        let scalars = text.unicodeScalars
        var j = i
        var parts: [Int] = []
        for _ in 0..<2 {
            guard j < scalars.endIndex, scalars[j] == "-" else { return nil }
            j = scalars.index(after: j)
            var value = 0
            for _ in 0..<2 {
                guard j < scalars.endIndex, PeriodParser.isDigit(scalars[j]) else { return nil }
                value = value * 10 + Int(scalars[j].value - 0x30)
                j = scalars.index(after: j)
            }
            parts.append(value)
        }
        if j < scalars.endIndex, PeriodParser.isDigit(scalars[j]) { return nil }
        return (.isoDate(year: year, month: parts[0], day: parts[1]), j)
    }

    // MARK: Top level

    mutating func parse() throws(PeriodError) -> Period {
        guard !text.isEmpty else {
            throw error("empty period; expected for example '2. kvartal 2025', 'primo 2025' or '2023-02-07'")
        }
        try tokenize()
        if let day = try shortDate() { return day }
        try checkVague()

        var separators: [Int] = []
        for index in tokens.indices where isSeparator(at: index) {
            separators.append(index)
        }
        switch separators.count {
        case 0:
            let partial = try parseSide(tokens[...])
            return try single(partial)
        case 1:
            let k = separators[0]
            let separator = tokens[k]
            guard k > 0 else { throw error("expected a period before '\(lexeme(separator))'") }
            guard k < tokens.count - 1 else { throw error("expected a period after '\(lexeme(separator))'") }
            let left = try parseSide(tokens[..<k])
            let right = try parseSide(tokens[(k + 1)...])
            return try range(left, right, leftText: lexeme(from: tokens[0], to: tokens[k - 1]))
        default:
            let second = tokens[separators[1]]
            throw error(
                "unexpected '\(lexeme(second))'; a period is one expression or a range of two, "
                    + "for example 'april/maj 2023'")
        }
    }

    func isSeparator(at index: Int) -> Bool {
        switch tokens[index].kind {
        case .word(let w):
            let word = PeriodWord.vocabulary[w]
            return word == .or || word == .and
        case .slash, .dash:
            // "vinteren 2023/24" and "vinteren 2023-2024" name one winter.
            if index >= 2, index + 1 < tokens.count,
                case .number = tokens[index - 1].kind, case .number = tokens[index + 1].kind,
                case .word(let w) = tokens[index - 2].kind, PeriodWord.vocabulary[w] == .season(4)
            {
                return false
            }
            return true
        default:
            return false
        }
    }

    /// Short Danish dates, the sources' own forms: `15/9-23`, `15/9-2023`, `1/12 2023`, `1/12/23` and
    /// `15.03.2025` are that day (a two-digit year is 20yy). Unpadded ISO dates (`2023-2-7`) are
    /// refused with the padded form suggested.
    func shortDate() throws(PeriodError) -> Period? {
        func number(_ i: Int) -> (value: Int, digits: Int)? {
            guard i < tokens.count, case .number(let v, let d) = tokens[i].kind else { return nil }
            return (v, d)
        }
        func isSlashOrDash(_ i: Int) -> Bool {
            guard i < tokens.count else { return false }
            return tokens[i].kind == .slash || tokens[i].kind == .dash
        }
        func day(_ d: Int, _ m: Int, _ y: (value: Int, digits: Int)) throws(PeriodError) -> Period? {
            guard y.digits == 2 || y.digits == 4 else { return nil }
            let year = y.digits == 2 ? 2000 + y.value : y.value
            guard (1...12).contains(m) else { throw error("'\(text)' is not a date; there is no month \(m)") }
            guard let date = CivilDate(year: year, month: m, day: d) else {
                let days = CivilDate.lastDay(ofMonth: m, year: year)?.day ?? 0
                throw error("'\(text)' is not a date; \(DanishFormat.monthName(m)) \(year) has \(days) days")
            }
            return Period(validStart: date, end: date, precision: .day, text: text)
        }
        // d/m-yy, d/m-yyyy, d/m/yy, d/m yyyy
        if tokens.count == 4 || tokens.count == 5, let d = number(0), d.digits <= 2,
            tokens[1].kind == .slash, let m = number(2), m.digits <= 2
        {
            let yearIndex = tokens.count == 5 ? 4 : 3
            if tokens.count == 5 && !isSlashOrDash(3) { return nil }
            if let y = number(yearIndex), let period = try day(d.value, m.value, y) { return period }
        }
        // dd.mm.yyyy, dd.mm.yy
        if tokens.count == 5, let d = number(0), d.digits <= 2, tokens[1].kind == .dot,
            let m = number(2), m.digits <= 2, tokens[3].kind == .dot, let y = number(4),
            let period = try day(d.value, m.value, y)
        {
            return period
        }
        // yyyy-m-d
        if tokens.count == 5, let y = number(0), y.digits == 4, tokens[1].kind == .dash,
            let m = number(2), m.digits <= 2, tokens[3].kind == .dash, let d = number(4), d.digits <= 2
        {
            let date = CivilDate(year: y.value, month: m.value, day: d.value)
            throw error("'\(text)' is not an ISO date; write dates as YYYY-MM-DD", suggestion: date?.iso)
        }
        return nil
    }

    /// Refuses open-ended and vague expressions ("løbende", "efter sommerferien 2025", "senest
    /// 2025") with the forms that can be dated, instead of a spelling suggestion.
    func checkVague() throws(PeriodError) {
        for token in tokens {
            guard case .word(let w) = token.kind, PeriodWord.vague.contains(w) else { continue }
            throw error("'\(text)' cannot be dated: '\(lexeme(token))' names no fixed period; "
                        + PeriodError.acceptedForms)
        }
    }

    // MARK: One expression

    /// Parses one expression, possibly with parts left out.
    func parseSide(_ side: ArraySlice<PeriodToken>) throws(PeriodError) -> PartialPeriod {
        var cursor = PeriodSideCursor(tokens: side)
        let first = cursor.next()!
        var p: PartialPeriod

        switch first.kind {
        case .isoDate(let y, let m, let d):
            p = PartialPeriod(kind: .day, number: d, month: m, year: y)
            p.isoText = lexeme(first)

        case .number(let value, let digits):
            let dotted = cursor.skip(.dot)
            let nextWord = cursor.peekWord()
            switch nextWord.flatMap({ PeriodWord.vocabulary[$0] }) {
            case .month(let m)?:
                cursor.advance()
                cursor.skip(.dot)
                p = PartialPeriod(kind: .day, number: value, month: m)
                p.year = try year(&cursor)
            case .quarter?, .quarterAbbreviation?:
                cursor.advance()
                cursor.skip(.dot)
                p = PartialPeriod(kind: .quarter, number: value)
                p.year = try year(&cursor, allowAf: true)
            case .halfYear?:
                cursor.advance()
                p = PartialPeriod(kind: .halfYear, number: value)
                p.year = try year(&cursor, allowAf: true)
            default:
                if let w = nextWord {
                    throw unexpectedWord(w, token: cursor.peek()!, after: first)
                }
                if !dotted && digits == 4 {
                    p = PartialPeriod(kind: .year, year: value)
                    if value < 1 { throw error("'\(lexeme(first))' is not a supported year") }
                } else if !dotted, digits <= 2, case .number? = cursor.peek()?.kind {
                    // "6 2024", the second end of "uge 4–6 2024"
                    p = PartialPeriod(kind: .ordinal, number: value)
                    p.numberToken = first
                    p.year = try year(&cursor)
                } else if !dotted && digits != 4 && digits > 2 {
                    throw error("'\(lexeme(first))' is not a year; expected four digits, for example '2025'")
                } else {
                    p = PartialPeriod(kind: .ordinal, number: value)
                    p.numberToken = first
                    p.dotted = dotted
                }
            }

        case .word(let w):
            guard let word = PeriodWord.vocabulary[w] else { throw unknownWord(w) }
            switch word {
            case .week:
                guard case .number(let n, let digits)? = cursor.peek()?.kind,
                    digits <= 2 || cursor.peek(1).map({ if case .number = $0.kind { true } else { false } }) == true
                else {
                    throw error("expected a week number after '\(lexeme(first))', for example 'uge 4 2024'")
                }
                cursor.advance()
                cursor.skip(.dot)
                p = PartialPeriod(kind: .week, number: n)
                p.year = try year(&cursor)
            case .q:
                guard case .number(let n, _)? = cursor.peek()?.kind else {
                    throw error("expected a quarter number after '\(lexeme(first))', for example 'Q2 2025'")
                }
                cursor.advance()
                p = PartialPeriod(kind: .quarter, number: n)
                p.year = try year(&cursor)
            case .ordinal(let n):
                switch cursor.peekWord().flatMap({ PeriodWord.vocabulary[$0] }) {
                case .quarter?, .quarterAbbreviation?:
                    cursor.advance()
                    cursor.skip(.dot)
                    p = PartialPeriod(kind: .quarter, number: n)
                    p.year = try year(&cursor, allowAf: true)
                case .halfYear?:
                    cursor.advance()
                    p = PartialPeriod(kind: .halfYear, number: n)
                    p.year = try year(&cursor, allowAf: true)
                default:
                    if let w = cursor.peekWord() {
                        throw unexpectedWord(w, token: cursor.peek()!, after: first)
                    }
                    p = PartialPeriod(kind: .ordinal, number: n)
                    p.numberToken = first
                    p.dotted = true
                }
            case .month(let m):
                cursor.skip(.dot)
                p = PartialPeriod(kind: .month, month: m)
                p.year = try year(&cursor)
            case .part(let part):
                if let w = cursor.peekWord(), case .month(let m)? = PeriodWord.vocabulary[w] {
                    cursor.advance()
                    cursor.skip(.dot)
                    p = PartialPeriod(kind: .partOfMonth, month: m, part: part)
                    p.year = try year(&cursor)
                } else if let w = cursor.peekWord() {
                    throw unexpectedWord(w, token: cursor.peek()!, after: first)
                } else if cursor.isAtEnd {
                    p = PartialPeriod(kind: .part, part: part)
                } else {
                    p = PartialPeriod(kind: .partOfYear, part: part)
                    p.year = try year(&cursor)
                }
            case .season(let season):
                p = PartialPeriod(kind: .season, season: season)
                p.year = try year(&cursor)
                if season == 4, let y = p.year, let sep = cursor.peek(), sep.kind == .slash || sep.kind == .dash {
                    cursor.advance()
                    guard let second = cursor.next(), case .number(let v, let digits) = second.kind else {
                        throw error("expected the second year of the winter after '\(lexeme(from: first, to: sep))'")
                    }
                    let ok = (digits == 4 && v == y + 1) || (digits == 2 && v == (y + 1) % 100)
                    guard ok else {
                        throw error(
                            "a winter spans two consecutive years; '\(lexeme(from: first, to: second))' does not",
                            suggestion: "\(lexeme(first)) \(y)/\(DanishFormat.twoDigits((y + 1) % 100))")
                    }
                }
            case .quarter, .quarterAbbreviation, .halfYear:
                throw error("expected a number before '\(lexeme(first))', for example '2. \(w) 2025'")
            case .or, .and, .of:
                throw error("unexpected '\(lexeme(first))'")
            }

        case .dot, .comma, .slash, .dash:
            throw error("unexpected '\(lexeme(first))'")
        }

        if let extra = cursor.peek() {
            let consumed = lexeme(from: first, to: cursor.previous!)
            var suggestion: String?
            if case .word(let w) = extra.kind, PeriodWord.vocabulary[w] == nil {
                suggestion = PeriodParser.closestWord(to: w)
            }
            throw error("unexpected '\(lexeme(extra))' after '\(consumed)'", suggestion: suggestion)
        }
        return p
    }

    /// An optional year (after an optional comma, or "af" for quarters and half years).
    func year(_ cursor: inout PeriodSideCursor, allowAf: Bool = false) throws(PeriodError) -> Int? {
        if allowAf, let w = cursor.peekWord(), PeriodWord.vocabulary[w] == .of {
            cursor.advance()
        }
        if cursor.peek()?.kind == .comma, case .number? = cursor.peek(1)?.kind {
            cursor.advance()
        }
        guard let token = cursor.peek(), case .number(let value, let digits) = token.kind else { return nil }
        cursor.advance()
        if digits == 4 {
            guard value >= 1 else { throw error("'\(lexeme(token))' is not a supported year") }
            return value
        }
        throw notAYear(token, value: value, digits: digits)
    }

    func notAYear(_ token: PeriodToken, value: Int, digits: Int) -> PeriodError {
        error(
            "'\(lexeme(token))' is not a year; expected four digits, for example '2025'",
            suggestion: digits == 2 ? "20\(DanishFormat.twoDigits(value))" : nil)
    }

    func unknownWord(_ word: String) -> PeriodError {
        if let suggestion = PeriodParser.closestWord(to: word) {
            return error("unknown word '\(word)'", suggestion: suggestion)
        }
        return error("unknown word '\(word)'; " + PeriodError.acceptedForms)
    }

    func unexpectedWord(_ word: String, token: PeriodToken, after first: PeriodToken) -> PeriodError {
        if PeriodWord.vocabulary[word] == nil { return unknownWord(word) }
        return error("unexpected '\(lexeme(token))' after '\(lexeme(from: first, to: first))'")
    }

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

/// Walks the tokens of one side of a range.
struct PeriodSideCursor {
    let tokens: ArraySlice<PeriodToken>
    var index: Int

    init(tokens: ArraySlice<PeriodToken>) {
        self.tokens = tokens
        self.index = tokens.startIndex
    }

    var isAtEnd: Bool { index >= tokens.endIndex }

    func peek(_ offset: Int = 0) -> PeriodToken? {
        index + offset < tokens.endIndex ? tokens[index + offset] : nil
    }

    var previous: PeriodToken? { index > tokens.startIndex ? tokens[index - 1] : nil }

    func peekWord() -> String? {
        if case .word(let w)? = peek()?.kind { return w }
        return nil
    }

    mutating func next() -> PeriodToken? {
        defer { if index < tokens.endIndex { index += 1 } }
        return peek()
    }

    mutating func advance() { index += 1 }

    @discardableResult
    mutating func skip(_ kind: PeriodToken.Kind) -> Bool {
        guard peek()?.kind == kind else { return false }
        index += 1
        return true
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
