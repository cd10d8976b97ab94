/// The sign-off matrix on a given day: the agreements × the parties whose approval puts them in
/// force (`godkendere` in the vocabulary: the 19 municipalities in Danish order, the region,
/// PLO-Midtjylland), each cell where that party stood with that agreement on the day
/// (`Agreement.signoffState`), with the counts per row and per column and the oldest wait.
///
/// Rows are the agreements with a sign-off record (`partsgodkendelse`), and the samarbejdsaftaler
/// (the kind whose approval the parties give) with at least one of those parties among `parter`, in
/// Danish title order. Made from an `ExportPlan`, so the agreements are as they stood on the day; every state is
/// one the file records as true on that day.
public struct SignoffReport: Sendable {
    /// One agreement's row.
    public struct Row: Sendable {
        public let agreement: Agreement
        /// One state per party of `parties`, in that order.
        public let cells: [SignoffState]
        /// The note of the file's `partsgodkendelse`, if any.
        public var note: String? { agreement.signoff?.note }

        /// How many cells of the row are of `kind`.
        public func count(_ kind: SignoffState.Kind) -> Int { cells.filter { $0.kind == kind }.count }

        /// The parties waiting, each with the day it was sent.
        public func waiting(parties: [Party]) -> [(party: Party, since: Period)] {
            zip(parties, cells).compactMap { party, state in
                if case .waiting(let since) = state { (party, since) } else { nil }
            }
        }

        /// The earliest sending still unanswered in the row.
        public var oldestWaiting: Period? {
            cells.compactMap { if case .waiting(let since) = $0 { since } else { nil } }.min { $0.end < $1.end }
        }
    }

    public static let title = "Godkendelse i parterne"
    /// The document kinds that are sent to the parties for approval after the SSU, and so are rows
    /// even before the file records anything about it.
    public static let kindsApprovedByTheParties: Set<String> = ["samarbejdsaftale"]
    public let asOf: CivilDate
    /// The columns: the approving parties in the vocabulary's order.
    public let parties: [Party]
    public let rows: [Row]

    public init(agreements: [Agreement], vocabulary: Vocabulary, asOf: CivilDate) {
        self.asOf = asOf
        parties = vocabulary.approvers
        let approvers = Set(vocabulary.approvers.map(\.id))
        rows = agreements
            .filter { agreement in
                agreement.signoff != nil || (Self.kindsApprovedByTheParties.contains(agreement.kind.id)
                    && vocabulary.expanding(agreement.parties).contains { approvers.contains($0.id) })
            }
            .sortedDanish(by: \.title)
            .map { agreement in
                Row(agreement: agreement,
                    cells: vocabulary.approvers.map { agreement.signoffState(of: $0, on: asOf, vocabulary: vocabulary) })
            }
    }

    /// How many rows have a state of `kind` in column `column`.
    public func count(column: Int, _ kind: SignoffState.Kind) -> Int {
        rows.filter { $0.cells[column].kind == kind }.count
    }

    /// How many cells of the whole matrix are of `kind`.
    public func count(_ kind: SignoffState.Kind) -> Int { rows.reduce(0) { $0 + $1.count(kind) } }

    /// The oldest unanswered sending of the matrix: its agreement, party and day sent.
    public var oldestWaiting: (agreement: Agreement, party: Party, since: Period)? {
        rows.flatMap { row in row.waiting(parties: parties).map { (row.agreement, $0.party, $0.since) } }
            .min { $0.since.end < $1.since.end }
    }

    /// "Status pr. 1. november 2024".
    public var dateLine: String { "Status pr. \(DanishFormat.date(asOf))" }

    /// A party's short name for a column heading: "Lemvig" for "Lemvig Kommune".
    public static func shortName(_ party: Party) -> String {
        party.label.hasSuffix(" Kommune") ? String(party.label.dropLast(" Kommune".count)) : party.label
    }

    /// A cell in words: "godkendt 25. oktober 2023", "venter siden 2. oktober 2023", "ikke sendt".
    public static func text(_ state: SignoffState) -> String {
        switch state {
        case .notAParty: "ikke part"
        case .notSent: "ikke sendt"
        case .notRecorded(let sent?): "sendt \(DanishFormat.period(sent)), svar ikke registreret"
        case .notRecorded(nil): "ikke registreret"
        case .waiting(let since): "venter siden \(DanishFormat.period(since))"
        case .approved(let date, _): "godkendt " + (date.map(DanishFormat.period) ?? "(dato ikke oplyst)")
        case .rejected(let date, _): "afvist " + (date.map(DanishFormat.period) ?? "(dato ikke oplyst)")
        }
    }

    /// The one-line summary of counts: "godkendt 17, venter 2, afvist 0, ikke sendt 0, ikke registreret 2".
    public func countsLine(_ count: (SignoffState.Kind) -> Int) -> String {
        SignoffState.Kind.allCases.filter { $0 != .notAParty }.map { "\($0.rawValue) \(count($0))" }
            .joined(separator: ", ")
    }

    /// The report as plain text: per agreement its counts, who is waiting since when, who rejected,
    /// who was not sent it, and each approval with its date; then the counts per party.
    public func text() -> String {
        var lines = [Self.title, dateLine, ""]
        if rows.isEmpty { return (lines + ["Ingen aftaler med disse parter."]).joined(separator: "\n") + "\n" }
        lines.append("\(rows.count) aftale(r) × \(parties.count) parter: " + countsLine(count))
        if let oldest = oldestWaiting {
            lines.append("Ældste ventende: \(oldest.party.label), \(oldest.agreement.title), venter siden "
                         + DanishFormat.period(oldest.since))
        }
        for row in rows {
            lines += ["", "\(row.agreement.title) (\(row.agreement.status.rawValue))", "  " + countsLine(row.count)]
            for kind in SignoffState.Kind.allCases where kind != .notAParty {
                let cells = zip(parties, row.cells).filter { $0.1.kind == kind }
                guard !cells.isEmpty else { continue }
                let grouped = Dictionary(grouping: cells, by: { Self.text($0.1) })
                let parts = grouped.keys.sorted().map { key in
                    let names = grouped[key]!.map { Self.shortName($0.0) }.joined(separator: ", ")
                    return key == kind.rawValue ? names : "\(names): \(key)"
                }
                lines.append("  " + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() + " ("
                             + "\(cells.count)): " + parts.joined(separator: "; "))
            }
            if let note = row.note { lines.append("  Note: \(note)") }
        }
        lines += ["", "Pr. part"]
        let width = parties.map { Self.shortName($0).count }.max() ?? 0
        for (column, party) in parties.enumerated() {
            let name = Self.shortName(party)
            lines.append("  " + name + String(repeating: " ", count: width - name.count) + "  "
                         + countsLine { count(column: column, $0) })
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ExportPlan {
    /// The sign-off matrix of the selected agreements on the day.
    public func signoffReport() -> SignoffReport {
        SignoffReport(agreements: agreements, vocabulary: portfolio.templates.vocabulary, asOf: date)
    }
}
