/// Which workplan entry a row of an exported sheet shows: the agreement's id and the entry's place
/// (1-based) in its list under `arbejdsplaner.WORKPLAN`, written `id#n` in a hidden column so that
/// a sheet read back (`aftale import workplan`) is matched to the sources by id, never by title,
/// however its rows were sorted or filtered.
public struct WorkplanRowKey: Sendable, Hashable, CustomStringConvertible {
    public let agreementID: String
    /// 1-based place of the entry in the agreement's list for the workplan.
    public let entry: Int

    /// The key of entry `entry` (1-based) of `agreementID`.
    public init(agreementID: String, entry: Int) {
        self.agreementID = agreementID
        self.entry = entry
    }

    /// `id#n`.
    public var description: String { "\(agreementID)#\(entry)" }

    /// The key written as `id#n`, or nil for any other text.
    public init?(_ text: String) {
        guard let hash = text.lastIndex(of: "#"), let entry = Int(text[text.index(after: hash)...]), entry >= 1,
              entry <= 10_000 else { return nil }
        let id = String(text[..<hash])
        guard !id.isEmpty, id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
        else { return nil }
        self.init(agreementID: id, entry: entry)
    }
}

/// The heading of the hidden key column: which workplan the sheet shows and the day it was made
/// "pr." (`aftale-id ssg-2023 pr. 2024-11-01`), so that an import compares each cell with the
/// sources as they stood on that day and can tell an edit in the sheet from a change in the files.
public struct WorkplanKeyHeading: Sendable, Hashable, CustomStringConvertible {
    public let workplan: String
    /// The plan's day, if the table was made as of one.
    public let asOf: CivilDate?

    static let prefix = "aftale-id "

    /// The heading for `workplan` as of `asOf`.
    public init(workplan: String, asOf: CivilDate?) {
        self.workplan = workplan
        self.asOf = asOf
    }

    /// `aftale-id ssg-2023 pr. 2024-11-01`.
    public var description: String {
        Self.prefix + workplan + (asOf.map { " pr. \($0.iso)" } ?? "")
    }

    /// The heading as written, or nil for any other text.
    public init?(_ text: String) {
        guard text.hasPrefix(Self.prefix) else { return nil }
        let parts = text.dropFirst(Self.prefix.count).split(separator: " ", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: self.init(workplan: String(parts[0]), asOf: nil)
        case 3 where parts[1] == "pr.":
            guard let day = CivilDate(iso: String(parts[2])) else { return nil }
            self.init(workplan: String(parts[0]), asOf: day)
        default: return nil
        }
        if workplan.isEmpty { return nil }
    }
}
