import AftalerCore
import CorpusGenerator
import Foundation
import Testing

/// Danish formatting of dates, periods and amounts, and Danish alphabetical order.
@Suite("Danish text")
struct DanishTextTests {
    // MARK: Dates

    @Test(arguments: [
        ("2023-02-07", "7. februar 2023"),
        ("2023-05-01", "1. maj 2023"),
        ("2024-12-31", "31. december 2024"),
        ("2000-01-09", "9. januar 2000"),
        ("2024-02-29", "29. februar 2024"),
        ("2023-03-15", "15. marts 2023"),
        ("2025-10-03", "3. oktober 2025"),
    ])
    func formatsDates(_ iso: String, _ expected: String) throws {
        #expect(DanishFormat.date(try #require(CivilDate(iso: iso))) == expected)
    }

    @Test func monthAndWeekdayNames() {
        #expect((1...12).map(DanishFormat.monthName) == [
            "januar", "februar", "marts", "april", "maj", "juni",
            "juli", "august", "september", "oktober", "november", "december",
        ])
        #expect(DanishFormat.weekdayName(CivilDate(iso: "2023-02-07")!.dayOfWeek) == "tirsdag")
        #expect(DanishFormat.weekdayName(.sunday) == "søndag")
        #expect(DanishFormat.monthAbbreviated(CivilDate(iso: "2023-10-31")!) == "okt. 2023")
        #expect(DanishFormat.monthAbbreviated(CivilDate(iso: "2025-05-02")!) == "maj 2025")
        #expect((1...12).map(DanishFormat.monthAbbreviation).joined(separator: " ")
            == "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.")
        // Every abbreviation reads back as its month.
        for month in 1...12 {
            let text = "\(DanishFormat.monthAbbreviation(month)) 2024"
            #expect((try? Period.parse(text))?.start == CivilDate(year: 2024, month: month, day: 1), "\(text)")
        }
    }

    // MARK: Amounts

    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1269, "1.269"), (-2402, "-2.402"),
        (-999, "-999"), (-1000, "-1.000"), (623, "623"), (12_345, "12.345"), (1_000_000, "1.000.000"),
        (12_345_678, "12.345.678"), (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func formatsAmounts(_ n: Int, _ expected: String) {
        #expect(DanishFormat.amount(n) == expected)
    }

    // MARK: Periods

    @Test(arguments: [
        ("Primo 2025", "primo 2025"),
        ("Medio 2025", "medio 2025"),
        ("ultimo 2024", "ultimo 2024"),
        ("2. kvartal 2025", "2. kvartal 2025"),
        ("Q2 2025", "2. kvartal 2025"),
        ("3. eller 4. kvartal 2025", "3.–4. kvartal 2025"),
        ("2./3. kvartal 2024", "2.–3. kvartal 2024"),
        ("4. kvartal 2024/1. kvartal 2025", "4. kvartal 2024 – 1. kvartal 2025"),
        ("1.halvår 2025", "1. halvår 2025"),
        ("andet halvår 2023", "2. halvår 2023"),
        ("2025-2026", "2025–2026"),
        ("2025", "2025"),
        ("2026", "2026"),
        ("2023-02-07", "7. februar 2023"),
        ("7. feb. 2023", "7. februar 2023"),
        ("7./8. februar 2023", "7.–8. februar 2023"),
        ("7. februar/3. marts 2023", "7. februar – 3. marts 2023"),
        ("2023-12-30/2024-01-02", "30. december 2023 – 2. januar 2024"),
        ("februar 2023", "februar 2023"),
        ("okt. 2023", "oktober 2023"),
        ("april/maj 2023", "april–maj 2023"),
        ("december 2023/januar 2024", "december 2023 – januar 2024"),
        ("primo januar 2023", "primo januar 2023"),
        ("primo/medio januar 2023", "primo–medio januar 2023"),
        ("ultimo januar/primo februar 2023", "ultimo januar – primo februar 2023"),
        ("ultimo december 2023/primo januar 2024", "ultimo december 2023 – primo januar 2024"),
        ("ultimo 2024/primo 2025", "ultimo 2024 – primo 2025"),
        ("primo/medio 2025", "primo–medio 2025"),
        ("foråret 2021", "foråret 2021"),
        ("forår 2025", "foråret 2025"),
        ("vinteren 2023", "vinteren 2023/24"),
        ("vinteren 2099/2100", "vinteren 2099/00"),
        ("foråret/sommeren 2023", "foråret–sommeren 2023"),
        ("efteråret 2023/vinteren 2023", "efteråret–vinteren 2023/24"),
        ("efteråret 2023/foråret 2024", "efteråret 2023 – foråret 2024"),
        ("uge 4, 2024", "uge 4 2024"),
        ("uge 1 2025", "uge 1 2025"),
        ("uge 4-6 2024", "uge 4–6 2024"),
        ("uge 52 2024/uge 2 2025", "uge 52 2024 – uge 2 2025"),
    ])
    func formatsPeriods(_ text: String, _ expected: String) throws {
        let p = try Period.parse(text)
        let rendered = DanishFormat.period(p)
        #expect(rendered == expected)
        let back = try Period.parse(rendered)
        #expect(back.start == p.start && back.end == p.end && back.precision == p.precision)
    }

    @Test func periodsWhoseDatesDoNotFitTheirPrecisionRenderAsDays() throws {
        let start = try #require(CivilDate(iso: "2023-02-03"))
        let end = try #require(CivilDate(iso: "2023-03-17"))
        let p = try #require(Period(start: start, end: end, precision: .quarter, text: "x"))
        #expect(DanishFormat.period(p) == "3. februar – 17. marts 2023")
        let day = Period(day: start)
        #expect(DanishFormat.period(day) == "3. februar 2023")
    }

    // MARK: Danish alphabetical order
    //
    // The expected orders below were worked out by hand from the rules: letters and digits
    // first (case ignored, digits before letters, æ < ø < å after z, "aa" = å, ä = æ, ö = ø,
    // ü = y, other accents ignored), then accents, then case (uppercase first), then spaces and
    // punctuation, then the raw text.

    struct Golden: Sendable, CustomTestStringConvertible {
        let name: String
        let sorted: [String]
        var testDescription: String { name }
    }

    static let golden: [Golden] = [
        Golden(
            name: "æ, ø, å and aa after z",
            sorted: [
                "10 årsplan", "abe", "Byrådet", "Ebeltoft", "Élan", "Zealand", "Æble", "æg", "øl", "Ørsted",
                "Ålborg", "Aarhus",
            ]),
        Golden(
            name: "case only: uppercase first, position by position",
            sorted: ["ABE", "Abe", "aBe", "abe"]),
        Golden(
            name: "å and its aa spellings",
            sorted: ["Åbe", "AAbe", "Aabe", "åbe", "aabe"]),
        Golden(
            name: "aa only when adjacent and unaccented",
            sorted: ["a-a", "Ab", "Az", "Å", "Aa"]),
        Golden(
            name: "accents after letters, before case",
            sorted: ["Ebe", "ebe", "èbe", "ébe", "ëbe"]),
        Golden(
            name: "ü as y, ä as æ, ö as ø",
            sorted: ["Moller", "Muller", "Mylius", "Müller", "Mäller", "Möller"]),
        Golden(
            name: "spaces and punctuation as a tie-break",
            sorted: ["a b", "a-b", "a.b", "ab", "ab."]),
        Golden(
            name: "digits one by one, before letters",
            sorted: ["10 årsplan", "1. kvartal", "2 kvartal", "72 timers behandlingsansvar", "Årsplan"]),
        Golden(
            name: "titles from the seeds",
            sorted: [
                "72 timers behandlingsansvar i psykiatrien",
                "Hensigtserklæring om øget fokus på rygestop i almen praksis",
                "Intentionspapir om fælles indsats vedr. overvægt",
                "Kæbekirurgisk Afdeling på Aarhus Universitetshospital",
                "Prioriteringer 2025 ift. udmøntning af sundhedsaftalen",
                "Prøvehandling for udlevering af ortoser til børn og unge med cerebral parese",
                "Samarbejdsaftale om børn og unge i psykisk mistrivsel",
                "Samarbejdsaftale om den gode indlæggelse og udskrivelse",
                "Samarbejdsaftale om rygestop",
                "Samarbejdsaftale om sundhedsvisitationer for somatik og psykiatri",
                "Styrkelse af samarbejdet mellem Præhospitalet og den kommunale hjemmepleje",
                "Styrket tværsektorielt samarbejde om sårbare patienter, der ringer 1-1-2",
                "Sundhedsaftalen 2024-2027",
                "Sundhedsvisitationer for somatik og psykiatri",
                "Tværsektoriel handleplan på akutområdet",
                "Udrulning af fasttilknyttede læger på botilbud",
                "Webløsning 'De Nære Behandlingstilbud'",
                "Ældre borgere med akutsygdom",
                "Øget fokus på rygestop i almen praksis",
            ]),
    ]

    @Test("sorts golden lists from any starting order", arguments: golden)
    func sortsGoldenLists(_ g: Golden) {
        var generator = SeededRandom(seed: 2025)
        for _ in 0..<20 {
            let shuffled = g.sorted.shuffled(using: &generator)
            #expect(shuffled.sortedDanish() == g.sorted)
            #expect(shuffled.sorted(by: DanishCollation.areInIncreasingOrder) == g.sorted)
            #expect(shuffled.sorted { DanishCollation.sortKey($0) < DanishCollation.sortKey($1) } == g.sorted)
        }
    }

    @Test func equalButForCaseIsDeterministic() {
        let words = ["abe", "Abe", "ABE", "aBe"]
        var results = Set<[String]>()
        for permutation in permutations(words) {
            results.insert(permutation.sortedDanish())
        }
        #expect(results == [["ABE", "Abe", "aBe", "abe"]])
    }

    @Test func decomposedTextSortsLikePrecomposed() {
        let nfd = "A\u{30A}lborg"  // Å as A + combining ring
        #expect(DanishCollation.compare(nfd, "Aarhus") == .orderedAscending)
        #expect(DanishCollation.compare("Ørsted", nfd) == .orderedAscending)
        #expect(DanishCollation.compare("Zealand", "a\u{308}ble") == .orderedAscending)  // ä as æ
        // Canonically equivalent but different scalars: ordered, never equal.
        #expect(DanishCollation.compare("\u{E9}lan", "e\u{301}lan") != .orderedSame)
    }

    @Test func compareIsATotalOrder() {
        let words =
            Self.golden.flatMap(\.sorted) + ["", " ", "-", "Ålborg", "\u{C5}lborg", "ﬁnal", "final", "Straße", "Strasse"]
        for a in words {
            #expect(DanishCollation.compare(a, a) == .orderedSame)
            for b in words {
                let ab = DanishCollation.compare(a, b)
                let ba = DanishCollation.compare(b, a)
                switch ab {
                case .orderedSame: #expect(ba == .orderedSame && Array(a.unicodeScalars) == Array(b.unicodeScalars))
                case .orderedAscending: #expect(ba == .orderedDescending)
                case .orderedDescending: #expect(ba == .orderedAscending)
                }
            }
        }
    }

    @Test func sortsByKeyPath() {
        struct Agreement { let id: Int; let title: String }
        let agreements = [
            Agreement(id: 1, title: "Ældre borgere"), Agreement(id: 2, title: "Aarhus-modellen"),
            Agreement(id: 3, title: "Akutfunktioner"), Agreement(id: 4, title: "Ældre borgere"),
        ]
        #expect(agreements.sortedDanish(by: \.title).map(\.id) == [3, 1, 4, 2])
    }
}

private func permutations(_ items: [String]) -> [[String]] {
    guard items.count > 1 else { return [items] }
    var result: [[String]] = []
    for (i, item) in items.enumerated() {
        var rest = items
        rest.remove(at: i)
        for tail in permutations(rest) { result.append([item] + tail) }
    }
    return result
}
