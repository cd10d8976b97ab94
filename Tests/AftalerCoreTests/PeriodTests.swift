import AftalerCore
import Testing

/// Danish period expressions (docs/format.md, "Periods") and the calendar dates under them.
@Suite("Periods")
struct PeriodTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let start: String
        let end: String
        let precision: Period.Precision
        var testDescription: String { "\"\(text)\"" }

        init(_ text: String, _ start: String, _ end: String, _ precision: Period.Precision) {
            self.text = text
            self.start = start
            self.end = end
            self.precision = precision
        }
    }

    /// Expected ranges worked out from the calendar, not from the code.
    static let valid: [Valid] = [
        // Days
        Valid("2023-02-07", "2023-02-07", "2023-02-07", .day),
        Valid("7. februar 2023", "2023-02-07", "2023-02-07", .day),
        Valid("7. feb. 2023", "2023-02-07", "2023-02-07", .day),
        Valid("3. februar 2025", "2025-02-03", "2025-02-03", .day),
        Valid("29. februar 2024", "2024-02-29", "2024-02-29", .day),
        Valid("2024-02-29", "2024-02-29", "2024-02-29", .day),
        Valid("7.–8. februar 2023", "2023-02-07", "2023-02-08", .day),
        // The seeds' short forms and the dotted form
        Valid("15/9-23", "2023-09-15", "2023-09-15", .day),
        Valid("1/5-23", "2023-05-01", "2023-05-01", .day),
        Valid("15/3-2025", "2025-03-15", "2025-03-15", .day),
        Valid("1/12 2023", "2023-12-01", "2023-12-01", .day),
        Valid("15.03.2025", "2025-03-15", "2025-03-15", .day),
        Valid("29.02.24", "2024-02-29", "2024-02-29", .day),
        // Months
        Valid("februar 2023", "2023-02-01", "2023-02-28", .month),
        Valid("februar 2024", "2024-02-01", "2024-02-29", .month),
        Valid("FEBRUAR 2023", "2023-02-01", "2023-02-28", .month),
        Valid("okt. 2023", "2023-10-01", "2023-10-31", .month),
        Valid("jan. 2024", "2024-01-01", "2024-01-31", .month),
        Valid("sept. 2023", "2023-09-01", "2023-09-30", .month),
        Valid("april/maj 2023", "2023-04-01", "2023-05-31", .months),
        Valid("december 2023/januar 2024", "2023-12-01", "2024-01-31", .months),
        // Primo, medio, ultimo of a month
        Valid("primo januar 2023", "2023-01-01", "2023-01-10", .partOfMonth),
        Valid("medio januar 2023", "2023-01-11", "2023-01-20", .partOfMonth),
        Valid("ultimo januar 2023", "2023-01-21", "2023-01-31", .partOfMonth),
        Valid("ultimo februar 2024", "2024-02-21", "2024-02-29", .partOfMonth),
        Valid("ultimo februar 2023", "2023-02-21", "2023-02-28", .partOfMonth),
        Valid("primo/medio januar 2023", "2023-01-01", "2023-01-20", .partOfMonth),
        // Primo, medio, ultimo of a year (seed 002)
        Valid("Primo 2025", "2025-01-01", "2025-04-30", .partOfYear),
        Valid("Medio 2025", "2025-05-01", "2025-08-31", .partOfYear),
        Valid("ultimo 2024", "2024-09-01", "2024-12-31", .partOfYear),
        Valid("  Primo   2025 ", "2025-01-01", "2025-04-30", .partOfYear),
        Valid("ultimo 2024/primo 2025", "2024-09-01", "2025-04-30", .partOfYear),
        Valid("primo/medio 2025", "2025-01-01", "2025-08-31", .partOfYear),
        // Seasons
        Valid("foråret 2021", "2021-03-01", "2021-05-31", .season),
        Valid("forår 2025", "2025-03-01", "2025-05-31", .season),
        Valid("sommeren 2023", "2023-06-01", "2023-08-31", .season),
        Valid("efteråret 2022", "2022-09-01", "2022-11-30", .season),
        Valid("vinteren 2023", "2023-12-01", "2024-02-29", .season),
        Valid("vinteren 2024", "2024-12-01", "2025-02-28", .season),
        Valid("vinteren 2024/25", "2024-12-01", "2025-02-28", .season),
        Valid("vinteren 2023-2024", "2023-12-01", "2024-02-29", .season),
        Valid("efteråret 2023/vinteren 2023", "2023-09-01", "2024-02-29", .season),
        // Quarters (seed 002)
        Valid("1. kvartal 2025", "2025-01-01", "2025-03-31", .quarter),
        Valid("2. kvartal 2025", "2025-04-01", "2025-06-30", .quarter),
        Valid("3. kvartal 2025", "2025-07-01", "2025-09-30", .quarter),
        Valid("4. kvartal 2025", "2025-10-01", "2025-12-31", .quarter),
        Valid("tredje kvartal 2024", "2024-07-01", "2024-09-30", .quarter),
        Valid("Q2 2025", "2025-04-01", "2025-06-30", .quarter),
        Valid("3. eller 4. kvartal 2025", "2025-07-01", "2025-12-31", .quarters),
        Valid("2./3. kvartal 2024", "2024-04-01", "2024-09-30", .quarters),
        Valid("4. kvartal 2024 - 1. kvartal 2025", "2024-10-01", "2025-03-31", .quarters),
        // Half years (seed 002)
        Valid("1. halvår 2025", "2025-01-01", "2025-06-30", .halfYear),
        Valid("1.halvår 2025", "2025-01-01", "2025-06-30", .halfYear),
        Valid("2. halvår 2023", "2023-07-01", "2023-12-31", .halfYear),
        Valid("andet halvår 2023", "2023-07-01", "2023-12-31", .halfYear),
        Valid("første halvår 2024", "2024-01-01", "2024-06-30", .halfYear),
        Valid("2. halvår af 2023", "2023-07-01", "2023-12-31", .halfYear),
        // ISO weeks
        Valid("uge 4 2024", "2024-01-22", "2024-01-28", .week),
        Valid("uge 4, 2024", "2024-01-22", "2024-01-28", .week),
        Valid("uge 1 2025", "2024-12-30", "2025-01-05", .week),
        Valid("uge 1 2026", "2025-12-29", "2026-01-04", .week),
        Valid("uge 52 2024", "2024-12-23", "2024-12-29", .week),
        Valid("uge 53 2020", "2020-12-28", "2021-01-03", .week),
        Valid("uge 4–6 2024", "2024-01-22", "2024-02-11", .week),
        // Years (seed 002)
        Valid("2025", "2025-01-01", "2025-12-31", .year),
        Valid("2026", "2026-01-01", "2026-12-31", .year),
        Valid("2024", "2024-01-01", "2024-12-31", .year),
        Valid("2025-2026", "2025-01-01", "2026-12-31", .years),
        Valid("2025–2026", "2025-01-01", "2026-12-31", .years),
        Valid("2019 - 2023", "2019-01-01", "2023-12-31", .years),
    ]

    @Test("parses to the expected range", arguments: valid)
    func parses(_ c: Valid) throws {
        let p = try Period.parse(c.text)
        #expect(p.start.iso == c.start)
        #expect(p.end.iso == c.end)
        #expect(p.precision == c.precision)
    }

    @Test("the canonical rendering reads back to the same range", arguments: valid)
    func roundTrips(_ c: Valid) throws {
        let p = try Period.parse(c.text)
        let canonical = DanishFormat.period(p)
        let q = try Period.parse(canonical)
        #expect(q.start == p.start, "\(canonical)")
        #expect(q.end == p.end, "\(canonical)")
        #expect(q.precision == p.precision, "\(canonical)")
    }

    @Test func keepsTheTrimmedText() throws {
        #expect(try Period.parse("  Primo   2025 ").text == "Primo   2025")
        #expect(try Period.parse("\t2. kvartal 2025\n").text == "2. kvartal 2025")
        #expect(try Period.parse("uge 4, 2024").description == "uge 4, 2024")
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let text: String
        let message: String
        let suggestion: String?
        var testDescription: String { "\"\(text)\"" }

        init(_ text: String, _ message: String, _ suggestion: String? = nil) {
            self.text = text
            self.message = message
            self.suggestion = suggestion
        }
    }

    static let invalid: [Invalid] = [
        Invalid("", "empty period; expected for example '2. kvartal 2025', 'primo 2025' or '2023-02-07'"),
        Invalid("   ", "empty period; expected for example '2. kvartal 2025', 'primo 2025' or '2023-02-07'"),
        Invalid("primo 20255", "'20255' is not a year; expected four digits, for example '2025'"),
        Invalid("5. kvartal 2025", "quarter 5 does not exist; expected 1.–4. kvartal"),
        Invalid("0. kvartal 2025", "quarter 0 does not exist; expected 1.–4. kvartal"),
        Invalid("Q5 2025", "quarter 5 does not exist; expected 1.–4. kvartal"),
        Invalid("3. kvartl 2025", "unknown word 'kvartl'", "kvartal"),
        Invalid("7. febuar 2023", "unknown word 'febuar'", "februar"),
        Invalid("halvaar 2025", "unknown word 'halvaar'", "halvår"),
        Invalid("mandag 2025", "unknown word 'mandag'; " + PeriodError.acceptedForms),
        Invalid("3. februar 25", "'25' is not a year; expected four digits, for example '2025'", "2025"),
        Invalid("2025-26", "'26' is not a year; expected four digits, for example '2025'", "2026"),
        Invalid("2. kvartal", "expected a year after '2. kvartal'"),
        Invalid("primo maj", "expected a year after 'primo maj'"),
        Invalid("april/maj", "expected a year after 'april/maj'"),
        Invalid("primo", "expected a month or a year after 'primo', for example 'primo 2025'"),
        Invalid("kvartal 2025", "expected a number before 'kvartal', for example '2. kvartal 2025'"),
        Invalid("2.", "expected 'kvartal', 'halvår' or a month after '2.'"),
        Invalid("uge 2024", "expected a week number after 'uge', for example 'uge 4 2024'"),
        Invalid("uge 53 2025", "week 53 does not exist in 2025; expected uge 1–52"),
        Invalid("3. halvår 2025", "half year 3 does not exist; expected 1. or 2. halvår"),
        Invalid("29. februar 2023", "'29. februar 2023' is not a date; februar 2023 has 28 days"),
        Invalid("32. januar 2024", "'32. januar 2024' is not a date; januar 2024 has 31 days"),
        Invalid("2023-02-30", "'2023-02-30' is not a date; februar 2023 has 28 days"),
        Invalid("2023-13-01", "'2023-13-01' is not a date; there is no month 13"),
        Invalid("2023-2-7", "'2023-2-7' is not an ISO date; write dates as YYYY-MM-DD", "2023-02-07"),
        Invalid("31/2-25", "'31/2-25' is not a date; februar 2025 has 28 days"),
        Invalid("30.02.2024", "'30.02.2024' is not a date; februar 2024 has 29 days"),
        Invalid("15.13.2025", "'15.13.2025' is not a date; there is no month 13"),
        Invalid("løbende", "'løbende' cannot be dated: 'løbende' names no fixed period; " + PeriodError.acceptedForms),
        Invalid(
            "efter sommerferien 2025",
            "'efter sommerferien 2025' cannot be dated: 'efter' names no fixed period; " + PeriodError.acceptedForms),
        Invalid("snart", "unknown word 'snart'; " + PeriodError.acceptedForms),
        Invalid("2026-2025", "the range ends before it starts"),
        Invalid("december/januar 2024", "the range ends before it starts"),
        Invalid(
            "april/2. kvartal 2023",
            "both ends of a range must be the same kind of period, for example 'april/maj 2023'"),
        Invalid(
            "2024/2025/2026",
            "unexpected '/'; a period is one expression or a range of two, for example 'april/maj 2023'"),
        Invalid("/2025", "expected a period before '/'"),
        Invalid("uge 4/2024", "'uge 4/2024' is not a range; write the year after a space", "uge 4 2024"),
        Invalid("Primo-2025", "'Primo-2025' is not a range; write the year after a space", "Primo 2025"),
        Invalid("2025 eller", "expected a period after 'eller'"),
        Invalid("primo 2025 #", "unexpected character '#'"),
        Invalid("primo 2025 abc", "unexpected 'abc' after 'primo 2025'"),
        Invalid("uge 4 2024 2025", "unexpected '2025' after 'uge 4 2024'"),
        Invalid(
            "vinteren 2023/25", "a winter spans two consecutive years; 'vinteren 2023/25' does not",
            "vinteren 2023/24"),
        Invalid("0000", "'0000' is not a supported year"),
        Invalid("0000-01-01", "'0000-01-01' lies outside the supported years 1–9999"),
        Invalid("femte kvartal 2025", "quarter 5 does not exist; expected 1.–4. kvartal"),
    ]

    @Test("rejects with a message saying what was expected", arguments: invalid)
    func rejects(_ c: Invalid) {
        let error = #expect(throws: PeriodError.self) { try Period.parse(c.text) }
        #expect(error?.message == c.message)
        #expect(error?.suggestion == c.suggestion)
        #expect(error?.input == c.text.trimmingWhitespaceForTest())
    }

    @Test func errorDescriptionIncludesTheSuggestion() {
        do {
            _ = try Period.parse("3. kvartl 2025")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "unknown word 'kvartl'; did you mean 'kvartal'?")
            #expect(error.hint == "did you mean 'kvartal'?")
        }
        do {
            _ = try Period.parse("5. kvartal 2025")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "quarter 5 does not exist; expected 1.–4. kvartal")
            #expect(error.hint == nil)
        }
    }

    @Test func ordersByStartThenEndThenText() throws {
        let texts = ["2025", "Primo 2025", "primo 2025", "1. kvartal 2025", "2024-12-31", "2025-2026", "januar 2025"]
        let sorted = try texts.map { try Period.parse($0) }.sorted().map(\.text)
        #expect(sorted == [
            "2024-12-31", "januar 2025", "1. kvartal 2025", "Primo 2025", "primo 2025", "2025", "2025-2026",
        ])
    }

    @Test func containsAndIsDay() throws {
        let q = try Period.parse("2. kvartal 2025")
        #expect(q.contains(CivilDate(year: 2025, month: 4, day: 1)!))
        #expect(q.contains(CivilDate(year: 2025, month: 6, day: 30)!))
        #expect(!q.contains(CivilDate(year: 2025, month: 7, day: 1)!))
        #expect(!q.contains(CivilDate(year: 2025, month: 3, day: 31)!))
        #expect(!q.isDay)
        #expect(q.dayCount == 91)
        #expect(try Period.parse("7. februar 2023").isDay)
        #expect(try Period.parse("2023-02-07") != Period.parse("7. februar 2023"))  // the text differs
        #expect(try Period.parse("primo 2025").overlaps(Period.parse("april/maj 2025")))
        #expect(try !Period.parse("primo 2025").overlaps(Period.parse("medio 2025")))
        let day = Period(day: CivilDate(year: 2023, month: 5, day: 1)!)
        #expect(day.text == "2023-05-01" && day.isDay && day.precision == .day)
        #expect(Period(start: q.end, end: q.start, precision: .day, text: "x") == nil)
    }

    // MARK: CivilDate

    @Test(arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
        (2023, 4, 31, false), (2023, 12, 31, true), (2023, 13, 1, false), (2023, 0, 1, false),
        (2023, 1, 0, false), (0, 1, 1, false), (10000, 1, 1, false), (1, 1, 1, true), (9999, 12, 31, true),
    ])
    func validatesDates(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == valid)
    }

    @Test(arguments: [
        "2023-02-07", "2024-02-29", "0001-01-01", "9999-12-31",
    ])
    func isoRoundTrip(_ iso: String) throws {
        let d = try #require(CivilDate(iso: iso))
        #expect(d.iso == iso)
        #expect(d.description == iso)
    }

    @Test(arguments: [
        "2023-2-7", "2023-02-07 ", " 2023-02-07", "2023/02/07", "20230207", "2023-02-30", "2023-13-01",
        "2023-00-10", "0000-01-01", "２０２３-02-07", "2023-02-07T00:00", "", "+2023-02-07",
    ])
    func rejectsLooseISO(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func arithmetic() throws {
        let d = try #require(CivilDate(iso: "2024-02-28"))
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(d.adding(days: -59).iso == "2023-12-31")
        #expect(d.adding(days: 366).iso == "2025-02-28")
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(dayNumber: 19_760)?.iso == "2024-02-07")
        #expect(CivilDate(iso: "2023-01-01")!.days(to: CivilDate(iso: "2024-01-01")!) == 365)
        #expect(CivilDate(iso: "2024-12-31")!.dayOfYear == 366)
        #expect(CivilDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilDate.daysInMonth(year: 2100, month: 2) == 28)
        #expect(CivilDate.lastDay(ofMonth: 2, year: 2024)?.iso == "2024-02-29")
        #expect(CivilDate.lastDay(ofMonth: 4, year: 2023)?.iso == "2023-04-30")
        #expect(CivilDate.lastDay(ofMonth: 13, year: 2023) == nil)
        #expect(CivilDate(iso: "2023-02-07")! < CivilDate(iso: "2023-02-08")!)
        #expect(CivilDate(iso: "2022-12-31")! < CivilDate(iso: "2023-01-01")!)
    }

    @Test(arguments: [
        ("1970-01-01", CivilDate.Weekday.thursday), ("2023-02-07", .tuesday), ("2024-02-29", .thursday),
        ("2024-12-30", .monday), ("2025-01-05", .sunday), ("2000-01-01", .saturday), ("1969-12-31", .wednesday),
    ])
    func weekdays(_ iso: String, _ weekday: CivilDate.Weekday) {
        #expect(CivilDate(iso: iso)!.dayOfWeek == weekday)
    }

    @Test(arguments: [
        ("2024-12-30", 2025, 1), ("2025-01-05", 2025, 1), ("2024-12-29", 2024, 52), ("2021-01-03", 2020, 53),
        ("2020-12-28", 2020, 53), ("2026-01-01", 2026, 1), ("2027-01-01", 2026, 53), ("2024-01-22", 2024, 4),
    ])
    func isoWeeks(_ iso: String, _ year: Int, _ week: Int) {
        let w = CivilDate(iso: iso)!.isoWeek
        #expect(w.year == year && w.week == week)
    }

    @Test func firstDaysOfISOWeeks() {
        #expect(CivilDate.firstDay(ofISOWeek: 1, year: 2025)?.iso == "2024-12-30")
        #expect(CivilDate.firstDay(ofISOWeek: 1, year: 2024)?.iso == "2024-01-01")
        #expect(CivilDate.firstDay(ofISOWeek: 1, year: 2021)?.iso == "2021-01-04")
        #expect(CivilDate.firstDay(ofISOWeek: 53, year: 2026)?.iso == "2026-12-28")
        #expect(CivilDate.firstDay(ofISOWeek: 53, year: 2025) == nil)
        #expect(CivilDate.firstDay(ofISOWeek: 0, year: 2025) == nil)
        #expect(CivilDate.weeksInISOYear(2020) == 53)
        #expect(CivilDate.weeksInISOYear(2024) == 52)
        #expect(CivilDate.weeksInISOYear(2026) == 53)
        #expect(CivilDate.ISOWeek(year: 2025, week: 1)?.lastDay?.iso == "2025-01-05")
    }
}

extension String {
    fileprivate func trimmingWhitespaceForTest() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
