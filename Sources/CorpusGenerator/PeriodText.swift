/// Danish period expressions of every form the format understands (docs/format.md, "Periods"),
/// drawn at random within one year.
enum PeriodText {
    /// Any period expression whose range starts in `year`.
    static func any(in year: Int, _ random: inout SeededRandom) -> String {
        let month = random.int(in: 1...12)
        let quarter = random.int(in: 1...3)
        switch random.below(14) {
        case 0: return "\(random.int(in: 1...28)). \(Vocabulary.months[month - 1]) \(year)"
        case 1: return iso(year, month, random.int(in: 1...28))
        case 2: return "\(Vocabulary.months[month - 1]) \(year)"
        case 3: return "\(random.pick(["primo", "medio", "ultimo"])) \(year)"
        case 4: return "\(random.pick(["primo", "medio", "ultimo"])) \(Vocabulary.months[month - 1]) \(year)"
        case 5: return "\(random.pick(["foråret", "sommeren", "efteråret"])) \(year)"
        case 6: return "\(random.int(in: 1...4)). kvartal \(year)"
        case 7: return "\(quarter). eller \(quarter + 1). kvartal \(year)"
        case 8: return "\(quarter)./\(quarter + 1). kvartal \(year)"
        case 9: return "\(random.int(in: 1...2)). halvår \(year)"
        case 10: return "uge \(random.int(in: 2...50)) \(year)"
        case 11:
            let first = random.int(in: 1...11)
            return "\(Vocabulary.months[first - 1])/\(Vocabulary.months[first]) \(year)"
        case 12: return "\"\(year)\""
        default: return "\"\(year)-\(year + 1)\""
        }
    }

    /// An ISO date, `YYYY-MM-DD`.
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A day written the Danish way, for block parameters: `29. september 2023`.
    static func danishDay(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(day). \(Vocabulary.months[month - 1]) \(year)"
    }
}
