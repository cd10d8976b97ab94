import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import XLSXReader

/// An XLSX workbook read back for `aftale import workplan`: the sheet of a workplan layout, as the
/// texts of its cells (`ImportedSheet`). The bridge between `XLSXReader`, which knows nothing of
/// agreements, and the import in AftalerCore, which knows nothing of XLSX. Every problem with the
/// file is an `import-unreadable` diagnostic located in the file (and part, when known).
public enum WorkplanWorkbook {
    /// Most rows read from the sheet: far more than any workplan, far fewer than a hostile sheet.
    public static let maximumRows = 200_000

    /// The sheet of `layout` in the workbook at `url` (shown as `name`), or of the one layout in
    /// `layouts` whose sheet the workbook has when `layout` is nil.
    public static func read(_ url: URL, name: String, layout: Layout?, layouts: [String: Layout])
        -> Result<(sheet: ImportedSheet, layout: Layout), ImportFailure>
    {
        let fileLocation = Diagnostic.Location(file: name, line: 0, column: 0)
        func failure(_ message: String, hint: String? = nil, at location: Diagnostic.Location? = nil)
            -> Result<(sheet: ImportedSheet, layout: Layout), ImportFailure>
        {
            .failure(ImportFailure([Diagnostic(.importUnreadable, message, at: location ?? fileLocation, hint: hint)]))
        }
        var limits = XLSXReadLimits()
        limits.maximumRows = maximumRows
        do {
            let workbook = try XLSXWorkbookReader(contentsOf: url, limits: limits)
            let chosen: Layout
            if let layout {
                chosen = layout
            } else {
                let names = Set(workbook.sheets.map(\.name))
                let candidates = layouts.values.filter { if case .workplan = $0.source { names.contains($0.sheetName) } else { false } }
                guard candidates.count == 1 else {
                    return failure("cannot tell which layout the workbook was exported with (sheets: "
                                   + workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ") + ")",
                                   hint: "name it with --layout")
                }
                chosen = candidates[0]
            }
            let sheet = try workbook.sheet(named: chosen.sheetName)
            var rows: [ImportedSheet.Row] = []
            try workbook.forEachRow(of: sheet) { row in
                var cells: [Int: String] = [:]
                for cell in row.cells { cells[cell.column] = cell.text }
                rows.append(ImportedSheet.Row(number: row.number, cells: cells))
            }
            return .success((ImportedSheet(file: name, name: sheet.name, rows: rows), chosen))
        } catch let error as XLSXReadError {
            let location = error.part.map {
                Diagnostic.Location(file: name, cell: $0 + (error.line.map { ":\($0)" } ?? ""), row: error.line ?? 0, column: 0)
            }
            let hint: String? = switch error.kind {
            case .notAWorkbook: "give an .xlsx file written by 'aftale export workplan' (and saved by Excel or LibreOffice)"
            case .refused: "the file is refused on purpose; export the workplan again"
            case .noSuchSheet: "choose the layout with --layout"
            case .damaged: "open and save the file again in Excel or LibreOffice, or export again"
            }
            return failure(error.message, hint: hint, at: location)
        } catch {
            return failure("cannot read the workbook: \(error)")
        }
    }
}

/// Diagnostics that stop an import.
public struct ImportFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]

    /// A failure with `diagnostics` (at least one error).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
