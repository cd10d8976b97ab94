// The parser of Danish period expressions (see Period.swift): a hand-written tokenizer and the
// top level of a small recursive parser; one expression and the resolving of its parts to days
// are in PeriodParser+Expression.swift and PeriodParser+Resolving.swift.

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
}
