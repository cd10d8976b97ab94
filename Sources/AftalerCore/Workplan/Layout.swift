import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SheetNames

/// A workplan layout from `Templates/layouts/NAME.yaml`: which sheet, which columns from which
/// fields, how rows are grouped and sorted, and the titles. Layouts are data, so the secretariat
/// can adjust a table without touching code; they are validated like agreements.
public struct Layout: Sendable {
    /// What the rows of a layout come from.
    public enum Source: Sendable, Hashable {
        /// Workplan entries with this workplan id.
        case workplan(String)
        /// Budget lines with this budget id.
        case budget(String)
    }

    /// How rows are grouped under headings.
    public enum Grouping: String, Sendable, CaseIterable {
        /// By each entry's `gruppe` (default: the agreement's indsatsområde id), as the layout's
        /// `grupper` name and order them: a workplan's own groups, independent of the area.
        case group = "gruppe"
        case area = "indsatsområde"
        case category = "kategori"
        case none = "ingen"
    }

    /// A sort key for rows within a group.
    public enum SortKey: String, Sendable, CaseIterable {
        /// The layout's own list of agreement ids (`rækkefølge`), for tables whose rows carry no `nr`
        /// (budget lines); ids not listed come after.
        case listed = "rækkefølge"
        case number = "nr"
        case time = "tid"
        case title = "titel"
        case status = "aftalestatus"
    }

    /// A group as a layout names it (`grupper:` maps ids to headings, in the order printed).
    public struct GroupHeading: Sendable, Hashable {
        public let id: String
        public let heading: String

        public init(id: String, heading: String) {
            self.id = id
            self.heading = heading
        }
    }

    /// One column: its heading (which may contain `{statusdato}` and `{næste år}`) and its field.
    public struct Column: Sendable, Hashable {
        public let heading: String
        public let field: Field
    }

    /// The fields a column can show.
    public enum Field: String, Sendable, CaseIterable {
        case goal = "målsætning"
        case initiative = "indsats"
        case title = "titel"
        case statusText = "status"
        case orders = "bestillinger"
        case time = "tid"
        case proposal = "forslag"
        case category = "kategori"
        case area = "indsatsområde"
        case agreementStatus = "aftalestatus"
        case parties = "parter"
        case id = "id"
        case entryIntoForce = "ikrafttrædelse"
        case handover = "overdragelse"
    }

    public let name: String
    public let title: String
    public let subject: String
    public let sheetName: String
    public let source: Source
    public let grouping: Grouping
    public let sortKeys: [SortKey]
    public let columns: [Column]
    /// The date the workplan's status texts were written ("Status pr. okt. 2023"), for
    /// `{statusdato}` and `{næste år}`; without it, those placeholders take the plan's day.
    public let statusDate: CivilDate?
    /// The file the layout was read from.
    public let path: String
    /// The layout's own group headings and their order (`grupper`); groups it does not list keep
    /// their vocabulary label and come after, in vocabulary order.
    public var groups: [GroupHeading] = []
    /// Agreement ids in the order the layout prints them (`rækkefølge`), for the sort key `rækkefølge`.
    public var listedOrder: [String] = []

    /// Sheet names must fit Excel's rules (`SheetName`); checked when a layout is loaded, so a bad
    /// layout is a located diagnostic.
    public static let maximumSheetNameLength = SheetName.maximumLength

    /// Why `name` cannot be a sheet name, or nil.
    public static func sheetNameProblem(_ name: String) -> String? {
        SheetName.problem(name)?.description
    }

    /// The heading of `column` with its placeholders filled in: `{statusdato}` ("okt. 2023") and
    /// `{næste år}` from `headingDate`, `{dato}` ("1. november 2024") from `asOf`, the day the
    /// output is made as of. Without dates the placeholders stay as written.
    public func heading(_ column: Column, headingDate: CivilDate?, asOf: CivilDate?) -> String {
        var text = column.heading
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        if let date = headingDate {
            text = text.replacingText("{statusdato}", with: DanishFormat.monthAbbreviated(date))
                .replacingText("{næste år}", with: String(date.year + 1))
        }
        if let asOf { text = text.replacingText("{dato}", with: DanishFormat.date(asOf)) }
        return text
    }
}
