extension PeriodParser {
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
