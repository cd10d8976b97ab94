import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput
import XLSXWriter

/// Writes a `WorkplanTable` as a finished XLSX workbook for SSG and SSU meeting packs: a title,
/// a bold filled header that stays visible and repeats on every printed page, group headings,
/// wrapped text in columns sized to their content, a status drop-down with a colour per status,
/// amounts as numbers with SUM formulas that carry their computed results, A3 landscape fitted to
/// the page width, and document properties dated from the data.
///
/// The file is written with `SafeOutput.AtomicFile` (temporary file, checked `fsync`, rename; only
/// a regular file or nothing is replaced) and is byte-identical for the same table and date;
/// libxlsxwriter's own temporary files go to a scratch folder beside it (see `Workbook`). Tables larger than `constantMemoryThreshold` rows are written in
/// libxlsxwriter's constant-memory mode.
public struct WorkplanExporter: Sendable {
    /// Rows above which the workbook is written in constant-memory mode.
    public var constantMemoryThreshold: Int
    /// The organisation named in the document properties.
    public var company: String

    public init(constantMemoryThreshold: Int = 50_000, company: String = "Sundhedsaftalen i Region Midtjylland") {
        self.constantMemoryThreshold = constantMemoryThreshold
        self.company = company
    }

    /// Writes `tables` as one sheet each into `url`. `created` dates the document properties.
    public func export(_ tables: [WorkplanTable], to url: URL, created: CivilDate) throws {
        try export(sheets: tables, to: url, created: created)
    }

    /// Writes `sheets` (tables in memory or streams of rows) as one worksheet each into `url`.
    /// Each sheet's body is read twice (see ``WorkplanSheet``) and never held by the exporter.
    public func export(sheets: [any WorkplanSheet], to url: URL, created: CivilDate) throws {
        guard let first = sheets.first else { return }
        let plans = try sheets.map { try ColumnWidths.plan($0) }
        let rows = plans.reduce(0) { $0 + $1.rowCount }
        let properties = DocumentProperties(
            created: try UTCDateTime(date: created),
            title: first.title, subject: first.layout.subject, author: company, company: company,
            comments: "Skrevet af aftale ud fra Agreements/ og Templates/layouts/\(first.layout.name).yaml")
        let options = WorkbookOptions(constantMemory: rows > constantMemoryThreshold)
        for (sheet, plan) in zip(sheets, plans) { try ExportLimits.check(sheet, lines: plan.lineCount) }
        do {
            try AtomicFile.write(to: url) { temporary in
                let workbook = try Workbook(url: temporary, properties: properties, options: options)
                for (sheet, plan) in zip(sheets, plans) {
                    try SheetWriter(table: sheet, plan: plan,
                                    sheet: try workbook.addWorksheet(named: sheet.layout.sheetName)).write()
                }
                try workbook.close()
            }
        } catch let error as XLSXError {
            // Say which cell, column and agreement, rather than only where libxlsxwriter would have been.
            if case .limitExceeded(limit: .stringLength, _, _) = error {
                for sheet in sheets { if let found = try ExportLimits.firstTextTooLong(in: sheet) { throw found } }
            }
            throw error
        }
    }
}
