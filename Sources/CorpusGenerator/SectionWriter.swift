/// Writes the `## ` sections of a synthetic agreement, with block uses like the real files.
struct SectionWriter {
    var random: SeededRandom
    let title: String
    let topic: String
    let group: String
    let regional: Bool

    static let commissionSections = ["Baggrund", "Formål", "Opgave", "Sammensætning", "Proces og tidsplan"]

    /// The body lines: `## Hvad`, `## Betydning for borgerne`, `## Status` and, for a
    /// kommissorium, its five further sections.
    mutating func sections(kind: String, budget: Bool, approvalYear: Int?) -> [String] {
        var body: [String] = []
        func section(_ heading: String, _ paragraphs: [String]) {
            body += ["## \(heading)", ""]
            for paragraph in paragraphs { body += [paragraph, ""] }
        }
        section("Hvad", [what(budget: budget), sentences(Vocabulary.whatSentences, 1...2)])
        section("Betydning for borgerne", [citizens()])
        section("Status", status(approvalYear: approvalYear))
        if kind == "kommissorium" {
            for heading in Self.commissionSections {
                let text = heading == "Opgave"
                    ? use("arbejdsgruppe-refererer-til-ssg", ["opgave": "udarbejder forslag til en fælles model for \(topic)"])
                    : sentences(Vocabulary.whatSentences, 1...3)
                section(heading, [text])
            }
        }
        body.removeLast()
        return [""] + body
    }

    private mutating func what(budget: Bool) -> String {
        let opening = sentences(Vocabulary.whatSentences, 1...2)
        if budget { return use("midtklyngen-prioriteret-initiativ", ["initiativ": title]) + " " + opening }
        guard regional else { return opening }
        switch random.below(3) {
        case 0: return opening + " " + use("parter-regional-samarbejdsaftale", ["emne": topic])
        case 1: return use("godkendt-samarbejdsaftale-i-klyngerne", ["emne": topic, "aftale": "samarbejdsaftalen"]) + " " + opening
        default: return opening
        }
    }

    private mutating func citizens() -> String {
        let block = random.pick(["borgere-behandling-taet-paa-hjemmet", "borgere-sammenhaengende-forloeb",
                                 "borgere-tidlig-opsporing"])
        let extra = random.chance(40) ? " Borgeren oplever færre skift mellem fagpersoner og mere tryghed i forløbet." : ""
        return random.chance(85) ? use(block, ["maalgruppe": group]) + extra
            : "For \(group) betyder aftalen et mere sammenhængende forløb." + extra
    }

    private mutating func status(approvalYear: Int?) -> [String] {
        var paragraphs = [sentences(Vocabulary.statusSentences, 1...2)]
        if let approvalYear, random.chance(50) {
            let month = random.int(in: 1...12)
            paragraphs.append(use("politisk-godkendelse-og-ikrafttraedelse", [
                "ssudato": PeriodText.danishDay(approvalYear, month, random.int(in: 1...28)),
                "ikraft": PeriodText.danishDay(approvalYear + 1, random.int(in: 1...12), 1),
            ]))
        }
        switch random.below(6) {
        case 0: paragraphs.append(use("implementeret-i-alle-klynger", ["aftale": "Aftalen"]))
        case 1: paragraphs.append(use("opfoelgning-og-overdragelse", [
            "aftale": "aftalen", "tid": "i \(random.int(in: 2025...2027))", "modtager": "sundhedsrådene"]))
        case 2: paragraphs.append(use("afventer-national-afklaring", ["hvad": "de nationale udmeldinger om \(topic)"]))
        case 3: paragraphs.append(use("indstilling-fra-formandskabet-ssg", ["indstilling": "indsatsen videreføres"]))
        case 4: paragraphs.append(use("administrativ-opfoelgning-til-ssg", ["aftale": "aftalen", "tid": "i 2. kvartal 2025"]))
        default: break
        }
        return paragraphs
    }

    /// `count` different sentences of `bank`, joined by spaces.
    private mutating func sentences(_ bank: [String], _ count: ClosedRange<Int>) -> String {
        random.sample(bank, count: random.int(in: count)).joined(separator: " ")
    }

    /// A block use with its arguments in a fixed (sorted) order.
    private func use(_ block: String, _ arguments: [String: String]) -> String {
        let list = arguments.keys.sorted().map { "\($0)=\"\(arguments[$0]!)\"" }.joined(separator: " ")
        return "{{> \(block) \(list)}}"
    }
}
