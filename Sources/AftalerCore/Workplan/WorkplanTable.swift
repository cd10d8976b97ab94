/// A workplan, decision overview or budget as a table: the rows a layout selects from the
/// agreements, grouped, sorted and turned into cells. Exporters only draw what this says; the
/// table knows nothing of any file format.
public struct WorkplanTable: Sendable {
    /// One cell. Totals say what they add up, so a spreadsheet can write them as formulas.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Int)
        /// The sum of the number cells to the left in the same row.
        case rowTotal(Int)
        /// The sum of the number cells above in the same column (over all groups).
        case columnTotal(Int)
        case empty
    }

    /// One row, with the agreement it comes from.
    public struct Row: Sendable, Hashable {
        public let agreementID: String
        public let status: Status
        public let cells: [Cell]
        /// The workplan entry the row shows (nil for budget lines), written in the hidden key column.
        public let key: WorkplanRowKey?

        /// A row of `cells` from agreement `agreementID`, showing its workplan entry `key` if any.
        public init(agreementID: String, status: Status, cells: [Cell], key: WorkplanRowKey? = nil) {
            self.agreementID = agreementID
            self.status = status
            self.cells = cells
            self.key = key
        }
    }

    /// A group of rows under a heading (no heading when the layout does not group).
    public struct Group: Sendable, Hashable {
        public let heading: String?
        public let rows: [Row]

        /// A group of `rows` under `heading`.
        public init(heading: String?, rows: [Row]) {
            self.heading = heading
            self.rows = rows
        }
    }

    public let layout: Layout
    public let title: String
    public let headings: [String]
    public let groups: [Group]
    /// A last row of totals (budgets), if any.
    public let totalRow: [Cell]?
    /// Which column holds the agreement status, for drop-downs and colours.
    public let statusColumn: Int?
    /// Columns that hold amounts.
    public let numberColumns: [Int]
    /// The heading of the hidden key column (workplans only; nil for budgets and rows made elsewhere).
    public let keyHeading: WorkplanKeyHeading?

    public var rowCount: Int { groups.reduce(0) { $0 + $1.rows.count } }

    /// Builds the table of `layout` from `agreements` (already filtered, and as they stood on the
    /// day: see `ExportPlan`, which is how commands make tables). `headingDate` and `asOf` fill in
    /// the headings' placeholders (`Layout.heading(_:headingDate:asOf:)`).
    public init(layout: Layout, agreements: [Agreement], headingDate: CivilDate?, asOf: CivilDate?) {
        self.layout = layout
        self.title = layout.title
        let dates = HeadingDates(heading: headingDate, asOf: asOf)
        switch layout.source {
        case .workplan(let workplan):
            let table = Self.workplan(layout, workplan, agreements, dates: dates)
            (headings, groups, totalRow, numberColumns) = (table.headings, table.groups, nil, [])
            keyHeading = WorkplanKeyHeading(workplan: workplan, asOf: asOf)
            statusColumn = layout.columns.firstIndex { $0.field == .agreementStatus }
        case .budget(let budget):
            let table = Self.budget(layout, budget, agreements, dates: dates)
            (headings, groups, totalRow, numberColumns) = (table.headings, table.groups, table.total, table.numbers)
            keyHeading = nil
            statusColumn = layout.columns.firstIndex { $0.field == .agreementStatus }
        }
    }

    /// A workplan table of rows made elsewhere, already grouped and sorted (for example read
    /// from a file by the benchmark); the layout gives the title, headings and status column.
    public init(layout: Layout, groups: [Group], headingDate: CivilDate?, asOf: CivilDate?) {
        self.layout = layout
        self.title = layout.title
        self.headings = HeadingDates(heading: headingDate, asOf: asOf).headings(of: layout)
        self.groups = groups
        self.totalRow = nil
        self.statusColumn = layout.columns.firstIndex { $0.field == .agreementStatus }
        self.numberColumns = []
        self.keyHeading = nil
    }

    /// The dates a table's headings are filled in with.
    private struct HeadingDates {
        let heading: CivilDate?
        let asOf: CivilDate?

        func headings(of layout: Layout) -> [String] {
            layout.columns.map { layout.heading($0, headingDate: heading, asOf: asOf) }
        }
    }

    private struct Candidate {
        let agreement: Agreement
        let entry: WorkplanEntry?
        var key: WorkplanRowKey? = nil
    }

    private static func workplan(_ layout: Layout, _ workplan: String, _ agreements: [Agreement],
                                 dates: HeadingDates) -> (headings: [String], groups: [Group]) {
        let candidates = agreements.flatMap { agreement in
            (agreement.workplanEntries[workplan] ?? []).enumerated().map {
                Candidate(agreement: agreement, entry: $1, key: WorkplanRowKey(agreementID: agreement.id, entry: $0 + 1))
            }
        }
        let groups = group(candidates, layout).map { heading, members in
            Group(heading: heading, rows: sort(members, layout).map { candidate in
                Row(agreementID: candidate.agreement.id, status: candidate.agreement.status,
                    cells: layout.columns.map { cell($0.field, candidate) }, key: candidate.key)
            })
        }
        return (dates.headings(of: layout), groups)
    }

    private static func budget(_ layout: Layout, _ budget: String, _ agreements: [Agreement], dates: HeadingDates)
        -> (headings: [String], groups: [Group], total: [Cell], numbers: [Int])
    {
        let members = agreements.filter { $0.budgets[budget] != nil }.map { Candidate(agreement: $0, entry: nil) }
        let years = Set(members.flatMap { $0.agreement.budgets[budget]!.keys }).sorted()
        let fixed = layout.columns.count
        let rows = sort(members, layout).map { candidate in
            let amounts = candidate.agreement.budgets[budget]!
            let numbers = years.map { amounts[$0].map(Cell.number) ?? .empty }
            return Row(agreementID: candidate.agreement.id, status: candidate.agreement.status,
                       cells: layout.columns.map { cell($0.field, candidate) } + numbers
                           + [.rowTotal(years.reduce(0) { $0 + (amounts[$1] ?? 0) })])
        }
        var total: [Cell] = [.text("I alt")] + Array(repeating: .empty, count: max(0, fixed - 1))
        for index in 0...years.count {
            let sum = rows.reduce(0) { sum, row in
                switch row.cells[fixed + index] {
                case .number(let value), .rowTotal(let value): sum + value
                default: sum
                }
            }
            total.append(.columnTotal(sum))
        }
        let headings = dates.headings(of: layout) + years.map(String.init) + ["I alt"]
        return (headings, [Group(heading: nil, rows: rows)], total, Array(fixed..<(fixed + years.count + 1)))
    }

    private static func group(_ candidates: [Candidate], _ layout: Layout) -> [(String?, [Candidate])] {
        // Each candidate's group: an id, its vocabulary label and order; the layout's `grupper`
        // rename and reorder them.
        let key: (Candidate) -> (id: String, label: String, order: Int)
        switch layout.grouping {
        case .none:
            return candidates.isEmpty ? [] : [(nil, candidates)]
        case .group:
            key = { ($0.entry?.group ?? $0.agreement.area.id, $0.agreement.area.label, $0.agreement.area.order) }
        case .area:
            key = { ($0.agreement.area.id, $0.agreement.area.label, $0.agreement.area.order) }
        case .category:
            key = { candidate in
                candidate.entry?.category.map { ($0.id, $0.label, $0.order) } ?? ("", "Uden kategori", .max)
            }
        }
        let listed = Dictionary(layout.groups.enumerated().map { ($1.id, (place: $0, heading: $1.heading)) },
                                uniquingKeysWith: { first, _ in first })
        var members: [String: [Candidate]] = [:]
        var labels: [String: (label: String, order: Int)] = [:]
        for candidate in candidates {
            let (id, label, order) = key(candidate)
            members[id, default: []].append(candidate)
            labels[id] = (listed[id]?.heading ?? label, listed[id].map { $0.place - layout.groups.count } ?? order)
        }
        let ids = members.keys.sorted { (labels[$0]!.order, $0) < (labels[$1]!.order, $1) }
        return ids.map { (labels[$0]!.label, members[$0]!) }
    }

    private static func sort(_ candidates: [Candidate], _ layout: Layout) -> [Candidate] {
        let listed = Dictionary(layout.listedOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return candidates.sorted { a, b in
            for key in layout.sortKeys + [.title] {
                switch key {
                case .listed:
                    let (x, y) = (listed[a.agreement.id] ?? .max, listed[b.agreement.id] ?? .max)
                    if x != y { return x < y }
                case .number:
                    let (x, y) = (a.entry?.number ?? .max, b.entry?.number ?? .max)
                    if x != y { return x < y }
                case .time:
                    let (x, y) = (a.entry?.time, b.entry?.time)
                    if x != y {
                        guard let x else { return false }
                        guard let y else { return true }
                        return x < y
                    }
                case .status:
                    if a.agreement.status != b.agreement.status { return a.agreement.status < b.agreement.status }
                case .title:
                    let (x, y) = (a.entry?.initiative ?? a.agreement.title, b.entry?.initiative ?? b.agreement.title)
                    if x != y { return DanishCollation.areInIncreasingOrder(x, y) }
                }
            }
            return a.agreement.id < b.agreement.id
        }
    }

    /// The text a column of `field` shows for `entry` of `agreement`, as an exported sheet holds it
    /// ("" for an empty cell); what an import compares a cell read back with.
    static func text(_ field: Layout.Field, agreement: Agreement, entry: WorkplanEntry?) -> String {
        switch cell(field, Candidate(agreement: agreement, entry: entry)) {
        case .text(let text): text
        case .number(let value), .rowTotal(let value), .columnTotal(let value): String(value)
        case .empty: ""
        }
    }

    private static func cell(_ field: Layout.Field, _ candidate: Candidate) -> Cell {
        let agreement = candidate.agreement, entry = candidate.entry
        func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
        switch field {
        case .goal: return text(entry?.goal)
        case .initiative: return text(entry?.initiative ?? agreement.title)
        case .title: return .text(agreement.title)
        case .statusText: return text(entry?.status)
        case .orders: return text(entry?.orders)
        case .time: return text(entry?.time?.text)
        case .proposal: return text(entry?.proposal)
        case .category: return text(entry?.category?.label)
        case .area: return .text(agreement.area.label)
        case .agreementStatus: return .text(agreement.status.label)
        case .parties: return text(agreement.parties.isEmpty ? nil : agreement.parties.map(\.label).joined(separator: ", "))
        case .id: return .text(agreement.id)
        case .entryIntoForce: return text(agreement.entryIntoForce.map(DanishFormat.date))
        case .handover: return text(agreement.handover?.label)
        }
    }
}
