/// Writes the text of one synthetic agreement, drawing every choice from its own `SeededRandom`.
struct AgreementBuilder {
    let index: Int
    var random: SeededRandom
    private(set) var id = ""
    private var lines: [String] = []

    init(index: Int, random: SeededRandom) {
        self.index = index
        self.random = random
    }

    mutating func build() -> String {
        let kind = random.weighted(Vocabulary.kinds)
        let (topic, group) = random.pick(Vocabulary.topics)
        let subject = topic + random.pick(Vocabulary.places)
        let title = "\(kind.label) om \(subject)"
        id = Self.id(kind: kind.id, index: index, subject: subject)
        let area = random.pick(Vocabulary.areas)
        let status = random.weighted(Vocabulary.statuses)
        lines = ["---", "type: \(kind.id)", "titel: \(title)", "indsatsområde: \(area.id)", "status: \(status)"]

        let regional = random.chance(70)
        if !Vocabulary.kindsWithoutParties.contains(kind.id) || random.chance(50) {
            var parties = regional ? Vocabulary.regionalParties : []
            parties += random.sample(Vocabulary.otherParties, count: random.int(in: regional ? 0...1 : 1...3))
            lines.append("parter: [\(parties.joined(separator: ", "))]")
        }
        let approvalYear = random.int(in: 2019...2024)
        let hasApproval = Vocabulary.statusesNeedingApproval.contains(status) || random.chance(40)
        if hasApproval, random.chance(50) {
            lines.append("ikrafttrædelse: \(PeriodText.iso(approvalYear + 1, random.int(in: 1...12), 1))")
        }
        if kind.id == "prøvehandling" || random.chance(20) {
            lines.append("evaluering: \(PeriodText.any(in: random.int(in: 2023...2026), &random))")
        }
        addDecisions(approvalYear: hasApproval ? approvalYear : nil)
        addFollowUps()
        addLinks()
        let budget = random.chance(5)
        addWorkplanEntries(title: title, subject: subject)
        if budget {
            lines.append("budget:")
            lines.append("  midtklyngen-2023: {2023: \(random.int(in: 50...1500)), 2024: \(random.int(in: 50...1500))}")
        }
        if random.chance(85) { lines.append("overdragelse: \(random.pick(Vocabulary.recipients))") }
        lines.append("---")

        var body = SectionWriter(random: random, title: title, topic: topic, group: group, regional: regional)
        let frontMatterEnd = lines.count - 1
        lines += body.sections(kind: kind.id, budget: budget, approvalYear: hasApproval ? approvalYear : nil)
        random = body.random
        // The model over time, drawn after everything else so that the rest of the corpus stays as it was.
        addModelOverTime(status: status, frontMatterEnd: frontMatterEnd)
        // Drawn last of all, so that every other agreement of the corpus stays as it was.
        if kind.id == "kommissorium" { addMilestones() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Some agreements get a dated status history, done follow-ups with results, and the
    /// sundhedsaftale they belong to, as the real files have them.
    private mutating func addModelOverTime(status: String, frontMatterEnd: Int) {
        var extra: [String] = []
        if random.chance(20) { extra.append("sundhedsaftaler: [\(random.pick(["2019-2023", "2024-2027"]))]") }
        lines.insert(contentsOf: extra, at: frontMatterEnd)
        if random.chance(10), let index = lines.firstIndex(of: "status: \(status)"), status != "under udarbejdelse" {
            lines.replaceSubrange(index...index, with: ["status:", "  - status: under udarbejdelse",
                                                        "  - dato: \(random.int(in: 2019...2024))", "    status: \(status)"])
        }
        for index in lines.indices.reversed() where lines[index].hasPrefix("    hvad: ") && random.chance(15) {
            lines.insert(contentsOf: ["    udført: \(PeriodText.any(in: random.int(in: 2023...2025), &random))",
                                      "    resultat: \(random.pick(Vocabulary.statusSentences).dropLast())"], at: index + 1)
        }
    }

    /// A kommissorium's timetable (`milepæle`) before the closing `---`: two to six steps, one a month
    /// within a year (a day, a month or primo/medio/ultimo of it, so they stay in the order of
    /// time), the first ones sometimes reached (`udført` on their own time, with a result).
    private mutating func addMilestones() {
        guard let end = lines.dropFirst().firstIndex(of: "---") else { return }
        let year = random.int(in: 2023...2026), count = random.int(in: 2...6)
        let first = random.int(in: 1...(13 - count))
        let steps = Array(Vocabulary.milestones.prefix(count - 1)) + [Vocabulary.milestones.last!]
        var milestones = ["milepæle:"]
        var reached = random.chance(30)
        for (offset, step) in steps.enumerated() {
            let month = Vocabulary.months[first + offset - 1]
            let time: String
            switch random.below(3) {
            case 0: time = "\(random.int(in: 1...28)). \(month) \(year)"
            case 1: time = "\(month) \(year)"
            default: time = "\(random.pick(["primo", "medio", "ultimo"])) \(month) \(year)"
            }
            milestones += ["  - tid: \(time)", "    hvad: \(step)"]
            if reached {
                milestones += ["    udført: \(time)", "    resultat: \(random.pick(Vocabulary.statusSentences).dropLast())"]
                reached = random.chance(50)
            }
        }
        lines.insert(contentsOf: milestones, at: end)
    }

    /// `KIND-INDEX-SUBJECT`, at most 80 characters, cut at a hyphen.
    static func id(kind: String, index: Int, subject: String) -> String {
        var id = "\(CorpusGenerator.slug(kind))-\(index)-\(CorpusGenerator.slug(subject))"
        while id.utf8.count > 80 {
            id = String(id[..<id.lastIndex(of: "-")!])
        }
        return id
    }

    private mutating func addDecisions(approvalYear: Int?) {
        var decisions: [[String]] = []
        if let approvalYear {
            decisions.append(["organ: \(random.pick(Vocabulary.approvingBodies))",
                              "dato: \(PeriodText.any(in: approvalYear, &random))",
                              "udfald: \(random.chance(80) ? "godkendt" : "besluttet")"])
        }
        for _ in 0..<random.int(in: approvalYear == nil ? 0...2 : 0...3) {
            var decision = ["organ: \(random.pick(Vocabulary.otherBodies))",
                            "dato: \(PeriodText.any(in: random.int(in: 2019...2025), &random))",
                            "udfald: \(random.pick(Vocabulary.otherOutcomes))"]
            if random.chance(40) { decision.append("note: \(random.pick(Vocabulary.statusSentences).dropLast())") }
            decisions.append(decision)
        }
        guard !decisions.isEmpty else { return }
        lines.append("beslutninger:")
        for decision in decisions {
            lines.append("  - " + decision[0])
            lines += decision.dropFirst().map { "    " + $0 }
        }
    }

    private mutating func addFollowUps() {
        let count = random.int(in: 0...2)
        guard count > 0 else { return }
        lines.append("opfølgning:")
        for _ in 0..<count {
            lines.append("  - tid: \(PeriodText.any(in: random.int(in: 2024...2026), &random))")
            lines.append("    hvad: \(random.pick(Vocabulary.followUps))")
        }
    }

    private mutating func addLinks() {
        let count = random.int(in: 0...2)
        guard count > 0 else { return }
        lines.append("links:")
        for number in 1...count {
            lines.append("  - titel: \(random.pick(["Aftaleteksten", "Referat fra mødet", "Evalueringsrapport"])) (bilag \(number))")
            lines.append("    url: https://www.sundhedsaftalen.rm.dk/aftaler/\(id)/bilag-\(number).pdf")
        }
    }

    private mutating func addWorkplanEntries(title: String, subject: String) {
        let workplan = random.chance(40), overview = random.chance(30)
        guard workplan || overview else { return }
        lines.append("arbejdsplaner:")
        if workplan {
            lines += ["  ssg-2023:", "    nr: \(random.int(in: 1...12))",
                      "    målsætning: \(random.pick(Vocabulary.goals))"]
            if random.chance(70) { lines.append("    indsats: \(title)") }
            addText("status", random.pick(Vocabulary.entryStatuses), second: random.pick(Vocabulary.statusSentences))
            if random.chance(60) { lines.append("    bestillinger: \(random.pick(Vocabulary.orders))") }
        }
        if overview {
            lines += ["  overblik-2025:", "    kategori: \(random.pick(Vocabulary.categories))",
                      "    tid: \(PeriodText.any(in: random.int(in: 2024...2026), &random))",
                      "    indsats: Indsats om \(subject)"]
            addText("status", random.pick(Vocabulary.entryStatuses), second: random.pick(Vocabulary.statusSentences))
            lines.append("    forslag: \(random.pick(Vocabulary.proposals))")
        }
    }

    /// A workplan text, sometimes folded over two lines with `>-` as in the real files.
    private mutating func addText(_ key: String, _ first: String, second: String) {
        if random.chance(40) {
            lines += ["    \(key): >-", "      \(first).", "      \(second)"]
        } else {
            lines.append("    \(key): \(first)")
        }
    }
}
