/// Rows of a synthetic arbejdsplan (seed 000's columns: Målsætning, Indsatser, Status, Bestillinger,
/// Aftalestatus), already grouped by indsatsområde and in sheet order, made one at a time so that a
/// million rows never need to be held in memory.
///
/// Row `i` depends only on the seed and `i`. The rows of `count` are split evenly over the seven
/// areas of `Templates/vocabulary.yaml`, in their order.
public struct WorkplanRowGenerator: Sendable {
    /// One line of the sheet body: a group heading or a row of five cell texts ("" for an empty cell).
    public enum Item: Sendable, Hashable {
        case group(String)
        case row([String])
    }

    /// The number of data rows.
    public let count: Int
    /// The seed every row is derived from.
    public let seed: UInt64

    /// Area labels, the group headings, in vocabulary order.
    public static var groupHeadings: [String] { Vocabulary.areas.map(\.label) }

    /// Rows for `count` data rows from `seed`.
    public init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }

    /// Calls `body` with every group heading and row, in sheet order.
    public func forEach(_ body: (Item) throws -> Void) rethrows {
        let groups = Vocabulary.areas.count
        for group in 0..<groups {
            let range = (count * group / groups)..<(count * (group + 1) / groups)
            guard !range.isEmpty else { continue }
            try body(.group(Vocabulary.areas[group].label))
            for index in range { try body(.row(row(index))) }
        }
    }

    /// The five cells of data row `index`.
    public func row(_ index: Int) -> [String] {
        var random = SeededRandom(seed: seed, index: index, stream: 2)
        let kind = random.weighted(Vocabulary.kinds)
        let (topic, _) = random.pick(Vocabulary.topics)
        let initiative = "\(kind.label) om \(topic)\(random.pick(Vocabulary.places))"
        var status = random.pick(Vocabulary.entryStatuses)
        if random.chance(40) { status += ". " + random.pick(Vocabulary.statusSentences) }
        if random.chance(10) { status += "\n" + random.pick(Vocabulary.statusSentences) }
        let orders = random.chance(60) ? random.pick(Vocabulary.orders) : ""
        let agreementStatus = random.weighted(Vocabulary.statuses)
        return [random.pick(Vocabulary.goals), initiative, status, orders,
                agreementStatus.prefix(1).uppercased() + agreementStatus.dropFirst()]
    }
}
