// The tokens of a Danish period expression (see Period.swift): numbers, words, dashes and
// separators, and the words the tokenizer knows.

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
