import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A workplan that Aftaler exported and a person edited, compared with the sources: which values of
/// which agreement the sheet changes, and every cell that cannot be taken.
///
/// Rows are matched by the hidden key column (`WorkplanRowKey`), never by title, so sorted and
/// filtered sheets match. Only the workplan entry's texts (`status`, `bestillinger`, `forslag`) and
/// the agreement status (`aftalestatus`) are read back; every other column must still show what the
/// sources say, or the cell is an error (an edited title is not a rename). Cells are compared with
/// the sources as they stood on the day the sheet was made "pr." (in the key column's heading), so a
/// status changed in the files since then is a conflict, not an edit.
public struct WorkplanImport: Sendable {
    /// One value the sheet changes.
    public struct Change: Sendable, Hashable {
        /// The column's field: `.statusText`, `.orders`, `.proposal` or `.agreementStatus`.
        public let field: Layout.Field
        /// The workplan entry (nil for the agreement status).
        public let key: WorkplanRowKey?
        public let old: String?
        public let new: String?
        /// The cell it comes from.
        public let cell: Diagnostic.Location
        /// The heading of the column, for people.
        public let heading: String

        var target: FrontMatterEdit.Target {
            switch (field, key) {
            case (.agreementStatus, _), (_, nil): .status
            case (_, let key?): .entry(workplan: workplan, entry: key.entry - 1, key: field.rawValue)
            }
        }
        let workplan: String
    }

    /// The changes to one agreement, in sheet order.
    public struct AgreementChanges: Sendable {
        public let agreement: Agreement
        public let changes: [Change]
    }

    /// The fields whose cells are written back.
    public static let editableFields: Set<Layout.Field> = [.statusText, .orders, .proposal, .agreementStatus]

    public let layout: Layout
    public let sheet: ImportedSheet
    /// The agreements the sheet changes, in the order of their first changed row.
    public let changes: [AgreementChanges]
    /// Every cell that cannot be taken; when any is an error, nothing may be written.
    public let diagnostics: [Diagnostic]
    /// Rows matched to a workplan entry.
    public let matchedRows: Int

    /// Compares `sheet` (made from `layout`) with `portfolio`, which must be valid.
    public init(sheet: ImportedSheet, layout: Layout, portfolio: Portfolio) {
        var reader = SheetComparison(sheet: sheet, layout: layout, portfolio: portfolio)
        reader.compare()
        self.layout = layout
        self.sheet = sheet
        self.diagnostics = reader.diagnostics.sorted()
        self.matchedRows = reader.matched
        self.changes = reader.order.compactMap { id in
            reader.changes[id].map { AgreementChanges(agreement: portfolio.agreement(id)!, changes: $0) }
        }
    }

    /// Whether there is nothing to write.
    public var isEmpty: Bool { changes.isEmpty }
}

/// The work behind `WorkplanImport.init`.
private struct SheetComparison {
    let sheet: ImportedSheet
    let layout: Layout
    let portfolio: Portfolio
    var diagnostics: [Diagnostic] = []
    var changes: [String: [WorkplanImport.Change]] = [:]
    var order: [String] = []
    var matched = 0

    init(sheet: ImportedSheet, layout: Layout, portfolio: Portfolio) {
        self.sheet = sheet
        self.layout = layout
        self.portfolio = portfolio
    }

    mutating func error(_ code: Diagnostic.Code, _ message: String, at location: Diagnostic.Location, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location, hint: hint))
    }

    mutating func compare() {
        guard case .workplan(let workplan) = layout.source else {
            error(.importNotExported, "layout '\(layout.name)' is a budget; only workplans are read back",
                  at: sheet.sheetLocation)
            return
        }
        let keyColumn = layout.columns.count
        guard let headerIndex = sheet.rows.firstIndex(where: { $0.cells[keyColumn].flatMap(WorkplanKeyHeading.init) != nil }),
              let heading = sheet.rows[headerIndex].cells[keyColumn].flatMap(WorkplanKeyHeading.init) else {
            error(.importNotExported, "the sheet has no key column ('aftale-id …' in column "
                  + "\(ImportedSheet.columnName(keyColumn))): it was not exported by aftale with layout '\(layout.name)'",
                  at: sheet.sheetLocation, hint: "export the workplan again with 'aftale export workplan' and edit that file")
            return
        }
        let header = sheet.rows[headerIndex]
        guard heading.workplan == workplan else {
            error(.importNotExported, "the sheet shows workplan '\(heading.workplan)', layout '\(layout.name)' shows '\(workplan)'",
                  at: sheet.location(row: header.number, column: keyColumn), hint: "choose the layout with --layout")
            return
        }
        var headingsMatch = true
        for (index, column) in layout.columns.enumerated() {
            let expected = layout.heading(column, headingDate: layout.statusDate, asOf: heading.asOf)
            let found = header.cells[index] ?? ""
            if found != expected {
                headingsMatch = false
                error(.importNotExported, "column \(ImportedSheet.columnName(index)) is headed '\(found)', layout "
                      + "'\(layout.name)' has '\(expected)' there", at: sheet.location(row: header.number, column: index),
                      hint: "columns must stay where the export put them; export again rather than moving columns")
            }
        }
        guard headingsMatch else { return }
        let groupHeadings = Set(WorkplanTable(layout: layout, agreements: portfolio.agreements, headingDate: nil, asOf: nil)
            .groups.compactMap(\.heading))
        var seen: [WorkplanRowKey: Int] = [:]
        var statusRows: [String: (status: Status, row: Int)] = [:]
        for row in sheet.rows[(headerIndex + 1)...] {
            guard let keyText = row.cells[keyColumn], !keyText.isEmpty else {
                let filled = row.cells.filter { !$0.value.isEmpty }
                if filled.isEmpty || (filled.count == 1 && filled[0].map { groupHeadings.contains($0) } == true) { continue }
                let column = filled.keys.min()!
                error(.importUnknownRow, "row \(row.number) has no key: it was not exported (a row added by hand?)",
                      at: sheet.location(row: row.number, column: column),
                      hint: "new workplan entries are added in the agreement's file under 'arbejdsplaner.\(workplan)'")
                continue
            }
            let keyLocation = sheet.location(row: row.number, column: keyColumn)
            guard let key = WorkplanRowKey(keyText), let current = portfolio.agreement(key.agreementID),
                  let entries = current.workplanEntries[workplan], entries.indices.contains(key.entry - 1) else {
                error(.importUnknownRow, "row \(row.number) is for workplan entry '\(keyText)', which the sources no "
                      + "longer have", at: keyLocation, hint: "the agreement or its entry was removed or renamed after the export")
                continue
            }
            if let first = seen[key] {
                error(.importUnknownRow, "row \(row.number) shows entry '\(key)' again (also row \(first))", at: keyLocation,
                      hint: "keep one of the rows")
                continue
            }
            seen[key] = row.number
            matched += 1
            let entry = entries[key.entry - 1]
            let then = heading.asOf.flatMap { current.asOf($0) } ?? current
            for (index, column) in layout.columns.enumerated() {
                let found = (row.cells[index] ?? "").replacingText("\r\n", with: "\n")
                let location = sheet.location(row: row.number, column: index)
                let columnHeading = header.cells[index] ?? column.heading
                if column.field == .agreementStatus {
                    compareStatus(found, current: current, then: then, key: key, at: location, heading: columnHeading,
                                  workplan: workplan, statusRows: &statusRows)
                    continue
                }
                let expected = WorkplanTable.text(column.field, agreement: current, entry: entry)
                guard found != expected else { continue }
                guard WorkplanImport.editableFields.contains(column.field) else {
                    error(.importReadOnlyCell, "'\(columnHeading)' of '\(key)' was changed in the sheet, but this column "
                          + "is not read back (it shows '\(Self.short(expected))')", at: location,
                          hint: "change it in \(current.source.path); only status texts, bestillinger, forslag and "
                              + "aftalestatus are read back")
                    continue
                }
                record(WorkplanImport.Change(field: column.field, key: key, old: expected.isEmpty ? nil : expected,
                                             new: found.isEmpty ? nil : found, cell: location, heading: columnHeading,
                                             workplan: workplan), for: current.id)
            }
        }
    }

    private mutating func compareStatus(_ found: String, current: Agreement, then: Agreement, key: WorkplanRowKey,
                                        at location: Diagnostic.Location, heading: String, workplan: String,
                                        statusRows: inout [String: (status: Status, row: Int)]) {
        let trimmed = found.trimming(.whitespaces)
        guard let status = Status.allCases.first(where: { $0.label.lowercased() == trimmed.lowercased() }) else {
            error(.importUnknownStatus, "'\(found)' is not a status", at: location,
                  hint: "pick one of the drop-down's: " + Status.allCases.map(\.label).joined(separator: ", "))
            return
        }
        if let other = statusRows[current.id], other.status != status {
            error(.importConflict, "'\(current.id)' is '\(status.label)' here but '\(other.status.label)' in row \(other.row)",
                  at: location, hint: "an agreement has one status: give its rows the same one")
            return
        }
        statusRows[current.id] = (status, location.line)
        guard status != then.status, status != current.status else { return }
        guard then.status == current.status else {
            error(.importConflict, "'\(current.id)' was '\(then.status.label)' when the sheet was made and is "
                  + "'\(current.status.label)' in the sources now; the sheet says '\(status.label)'", at: location,
                  hint: "export the workplan again and make the change there, or edit \(current.source.path)")
            return
        }
        record(WorkplanImport.Change(field: .agreementStatus, key: nil, old: current.status.rawValue, new: status.rawValue,
                                     cell: location, heading: heading, workplan: workplan), for: current.id)
    }

    private mutating func record(_ change: WorkplanImport.Change, for id: String) {
        if changes[id] == nil { order.append(id) }
        if change.field == .agreementStatus, changes[id]?.contains(where: { $0.field == .agreementStatus }) == true { return }
        changes[id, default: []].append(change)
    }

    static func short(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
