/// What changed between two versions of an agreement, as a reader of a redline wants it: the
/// facts field by field ("Status: godkendt → under implementering"), the decisions, follow-ups and
/// links item by item, and each section word by word (`WordDifference`). Sections are compared
/// with their blocks expanded, so a changed block shows in every agreement that uses it.
public struct AgreementComparison: Sendable {
    /// One version: the agreement and how to name it ("a1b2c3d, 7. februar 2023", "OLD.md").
    public struct Version: Sendable {
        public let agreement: Agreement
        public let label: String
        /// When the version was made (a commit's date), if known.
        public let date: CivilDate?

        public init(agreement: Agreement, label: String, date: CivilDate? = nil) {
            self.agreement = agreement
            self.label = label
            self.date = date
        }
    }

    /// A changed fact, or an item of a list (a decision, a follow-up, a link) that was removed
    /// (`new` nil) or added (`old` nil).
    public struct FieldChange: Sendable, Hashable {
        public let label: String
        public let old: String?
        public let new: String?

        /// "Status: godkendt → under implementering", "Beslutning tilføjet: …", "Link fjernet: …".
        public var line: String {
            switch (old, new) {
            case let (old?, new?): "\(label): \(old) → \(new)"
            case let (nil, new?): "\(label) tilføjet: \(new)"
            case let (old?, nil): "\(label) fjernet: \(old)"
            case (nil, nil): label
            }
        }
    }

    /// A section in either version, with its words compared.
    public struct SectionChange: Sendable, Hashable {
        /// Whether the section is in both versions, only the new one, or only the old one.
        public enum Kind: Sendable, Hashable { case kept, added, removed }
        public let heading: String
        public let kind: Kind
        public let pieces: [WordDifference.Piece]

        /// Whether anything in the section changed.
        public var changed: Bool { kind != .kept || WordDifference.differs(pieces) }
    }

    public let old: Version
    public let new: Version
    public let fields: [FieldChange]
    /// Every section of the new version in its order, then those only the old one has.
    public let sections: [SectionChange]

    public init(old: Version, new: Version) {
        self.old = old
        self.new = new
        fields = Self.fieldChanges(old.agreement, new.agreement)
        var sections: [SectionChange] = new.agreement.sections.map { section in
            guard let before = old.agreement.section(section.heading) else {
                return SectionChange(heading: section.heading, kind: .added, pieces: [.inserted(section.text)])
            }
            return SectionChange(heading: section.heading, kind: .kept,
                                 pieces: WordDifference.pieces(from: before.text, to: section.text))
        }
        for section in old.agreement.sections where new.agreement.section(section.heading) == nil {
            sections.append(SectionChange(heading: section.heading, kind: .removed, pieces: [.deleted(section.text)]))
        }
        self.sections = sections
    }

    /// Whether the versions say the same.
    public var isEmpty: Bool { fields.isEmpty && !sections.contains(where: \.changed) }

    private static func fieldChanges(_ a: Agreement, _ b: Agreement) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ label: String, _ x: String?, _ y: String?) {
            if x != y { changes.append(FieldChange(label: label, old: x ?? "(ingen)", new: y ?? "(ingen)")) }
        }
        compare("Titel", a.title, b.title)
        compare("Type", a.kind.label, b.kind.label)
        compare("Indsatsområde", a.area.label, b.area.label)
        compare("Parter", a.parties.map(\.label).joined(separator: ", "), b.parties.map(\.label).joined(separator: ", "))
        compare("Status", a.status.rawValue, b.status.rawValue)
        if [a, b].contains(where: { $0.statusHistory.count > 1 || $0.statusHistory.contains { $0.date != nil } }) {
            compare("Statushistorik", statusHistory(a), statusHistory(b))
        }
        compare("Ikrafttrædelse", a.entryIntoForce.map(DanishFormat.date), b.entryIntoForce.map(DanishFormat.date))
        compare("Evaluering", a.evaluation.map(DanishFormat.period), b.evaluation.map(DanishFormat.period))
        compare("Overdrages til", a.handover?.label, b.handover?.label)
        items("Beslutning", Decision.chronological(a.decisions).map(AgreementFacts.decisionLine),
              Decision.chronological(b.decisions).map(AgreementFacts.decisionLine), into: &changes)
        items("Opfølgning", FollowUp.chronological(a.followUps).map(AgreementFacts.followUpLine),
              FollowUp.chronological(b.followUps).map(AgreementFacts.followUpLine), into: &changes)
        items("Milepæl", a.milestones.map(AgreementFacts.followUpLine), b.milestones.map(AgreementFacts.followUpLine),
              into: &changes)
        items("Link", a.links.map { "\($0.title) (\($0.url))" }, b.links.map { "\($0.title) (\($0.url))" }, into: &changes)
        return changes
    }

    /// The status history as one line (compared when either version dates it), for when dates of
    /// changes move but the current status stays.
    private static func statusHistory(_ agreement: Agreement) -> String {
        agreement.statusHistory.map { change in
            change.status.rawValue + (change.date.map { " (\(DanishFormat.period($0)))" } ?? "")
        }.joined(separator: ", ")
    }

    /// Items of a list, compared as lines: removed ones first, then added ones, each in its list's order.
    private static func items(_ label: String, _ old: [String], _ new: [String], into changes: inout [FieldChange]) {
        let difference = new.difference(from: old)
        for case .remove(_, let line, _) in difference.removals { changes.append(FieldChange(label: label, old: line, new: nil)) }
        for case .insert(_, let line, _) in difference.insertions { changes.append(FieldChange(label: label, old: nil, new: line)) }
    }
}
