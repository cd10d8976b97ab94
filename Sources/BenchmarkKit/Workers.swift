import AftalerCore
import CorpusGenerator
import Foundation
import HandoverBundle
import WorkplanExport
import XLSXReader

/// The work the benchmark times on our side, each run in a child process of its own by
/// `aftale-bench` so that its peak memory is measured alone. Tests call these directly.
public enum Workers {
    /// The layout the XLSX measurements write: the shipped arbejdsplan.
    public static let layoutName = "arbejdsplan"

    /// Loads the arbejdsplan layout from `templates`, or throws with the diagnostics.
    public static func layout(templates: URL) throws -> Layout {
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: templates, diagnostics: &diagnostics)
        guard let layout = library.layouts[layoutName] else {
            throw WorkerError("no layout '\(layoutName)' in \(templates.path): \(diagnostics.map(\.message))")
        }
        return layout
    }

    /// Writes the cells file of `rows` generated arbejdsplan rows: the title and headings of the
    /// layout, then the generator's groups and rows. It is the input of every XLSX writer.
    public static func writeCells(rows: Int, seed: UInt64, layout: Layout, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = CellsFile.encode(.title(layout.title))
        buffer += CellsFile.encode(.headings(layout.columns.map { layout.heading($0, headingDate: nil, asOf: nil) }))
        try WorkplanRowGenerator(count: rows, seed: seed).forEach { item in
            switch item {
            case .group(let heading): buffer += CellsFile.encode(.group(heading))
            case .row(let cells): buffer += CellsFile.encode(.row(cells))
            }
            if buffer.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
    }

    /// Our XLSX as `aftale export workplan` writes it: the cells file read into a
    /// `WorkplanTable` (every row in memory, each distinct cell text made once: see
    /// `TextInterner` for how that differs from a table made from agreements), then
    /// `WorkplanExporter`.
    public static func exportTable(cells: URL, layout: Layout, to url: URL) throws {
        var groups: [WorkplanTable.Group] = []
        var heading: String?
        var rows: [WorkplanTable.Row] = []
        try CellsFile.forEachLine(in: cells, sharingTexts: true) { line in
            switch line {
            case .group(let next):
                if heading != nil || !rows.isEmpty { groups.append(.init(heading: heading, rows: rows)) }
                (heading, rows) = (next, [])
            case .row(let texts):
                rows.append(row(texts, number: rows.count))
            case .title, .headings:
                break
            }
        }
        if heading != nil || !rows.isEmpty { groups.append(.init(heading: heading, rows: rows)) }
        let table = WorkplanTable(layout: layout, groups: groups, headingDate: nil, asOf: nil)
        try WorkplanExporter().export([table], to: url, created: layout.statusDate ?? CivilDate(iso: "2023-10-01")!)
    }

    /// Our XLSX without holding the rows: the cells file streamed twice through
    /// `WorkplanRowStream` (constant-memory mode above the exporter's threshold).
    public static func exportStream(cells: URL, layout: Layout, to url: URL) throws {
        let stream = WorkplanRowStream(layout: layout) { emit in
            var number = 0
            try CellsFile.forEachLine(in: cells) { line in
                switch line {
                case .group(let heading): try emit(.group(heading))
                case .row(let texts):
                    try emit(.row(row(texts, number: number).cells))
                    number += 1
                case .title, .headings: break
                }
            }
        }
        try WorkplanExporter().export(sheets: [stream], to: url,
                                      created: layout.statusDate ?? CivilDate(iso: "2023-10-01")!)
    }

    /// A table row from the cell texts of a cells file: "" is an empty cell, the last cell the status.
    static func row(_ texts: [String], number: Int) -> WorkplanTable.Row {
        let status = texts.last.flatMap { statusesByLabel[$0] } ?? .notStarted
        return WorkplanTable.Row(agreementID: "row-\(number)", status: status,
                                 cells: texts.map { $0.isEmpty ? .empty : .text($0) })
    }

    static let statusesByLabel = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.label, $0) })

    /// The non-empty cells of every sheet of `url`, read with XLSXReader.
    public static func readBack(_ url: URL) throws -> Int {
        let reader = try XLSXWorkbookReader(contentsOf: url)
        var count = 0
        for sheet in reader.sheets {
            try reader.forEachRow(of: sheet) { row in
                count += row.cells.filter { !$0.text.isEmpty }.count
            }
        }
        return count
    }

    /// What the bundle worker reports.
    public struct BundleTiming: Sendable {
        /// Seconds to load and validate the agreements (not part of the bundle measurement).
        public let loadSeconds: Double
        /// Seconds to render, build the spreadsheets, hash and zip: the bundle measurement.
        public let writeSeconds: Double
        /// Agreements in the bundle.
        public let agreements: Int
    }

    /// Loads `agreements` like `aftale export bundle` (refusing invalid input), then writes the
    /// bundle of the active agreements to `url`, timing the two parts apart.
    public static func writeBundle(agreements: URL, templates: URL, to url: URL) throws -> BundleTiming {
        let start = ChildProcess.now()
        let portfolio = Workspace(templatesFolder: templates, agreementPaths: [agreements]).load()
        guard portfolio.isValid else {
            throw WorkerError("the corpus has \(portfolio.diagnostics.errorCount) error(s), first: "
                              + (portfolio.diagnostics.first.map { "\($0.location.file): \($0.message)" } ?? "?"))
        }
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2025-01-01")!, origin: .given))
        let selected = plan.handedOver.count  // only the count: the agreements are the bundle's to hold
        let loaded = ChildProcess.now()
        try HandoverBundle(plan: plan).write(to: url)
        return BundleTiming(loadSeconds: loaded - start, writeSeconds: ChildProcess.now() - loaded,
                            agreements: selected)
    }
}

/// A worker could not do its job.
public struct WorkerError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
