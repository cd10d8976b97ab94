import Foundation
import SheetNames
import Testing
@testable import AftalerCore
@testable import HandoverBundle
@testable import WorkplanExport
import XLSXWriter

/// The C libraries are never handed a value beyond their limits: at each limit the export
/// works, just past it the exporter stops before writing with an error that names the sheet, cell,
/// column and agreement (or the option to change), and no file or temporary file is left.
@Suite struct ExportLimitTests {
    static let templates: TemplateLibrary = {
        var diagnostics: [Diagnostic] = []
        return TemplateLibrary.load(from: Workspace.root.appending(path: "Templates"), diagnostics: &diagnostics)
    }()

    static var arbejdsplan: Layout { templates.layouts["arbejdsplan"]! }

    /// One agreement whose workplan status text is `status`, set in the model after loading: the
    /// loader refuses a text too long for a cell itself (`cell-too-long`, see the next test), and
    /// the exporter must still refuse one that comes from code.
    func table(status: String) throws -> WorkplanTable {
        let portfolio = Portfolio.load(sources: [.init(name: "rygestop.md", bytes: Data(Workspace.agreement().utf8))],
                                       templates: Self.templates)
        try #require(portfolio.isValid, "\(portfolio.diagnostics)")
        var agreement = try #require(portfolio.agreements.first)
        try #require(agreement.workplanEntries["ssg-2023"]?.count == 1)
        agreement.workplanEntries["ssg-2023"]![0].status = status
        return WorkplanTable(layout: Self.arbejdsplan, agreements: [agreement], headingDate: Self.arbejdsplan.statusDate, asOf: nil)
    }

    /// The same texts read from a file are refused when the agreement is loaded, at the value.
    @Test(arguments: [String(repeating: "a", count: XLSXLimits.maxStringLength + 1), String(repeating: "😀", count: 16_384)])
    func loadingRefusesTextTooLongForACellAtItsValue(_ status: String) throws {
        let text = Workspace.agreement().replacingOccurrences(of: "status: I gang", with: "status: \"\(status)\"")
        let portfolio = Portfolio.load(sources: [.init(name: "rygestop.md", bytes: Data(text.utf8))], templates: Self.templates)
        #expect(portfolio.agreements.isEmpty)
        #expect(portfolio.diagnostics.map(\.code) == [.cellTooLong], "\(portfolio.diagnostics)")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("status: \"") }) + 1
        let expectedColumn = lines[line - 1].prefix { $0 != "\"" }.count + 1
        #expect(portfolio.diagnostics.first?.location.line == line)
        #expect(portfolio.diagnostics.first?.location.column == expectedColumn)
    }

    func export(_ sheets: [any WorkplanSheet], to url: URL) throws {
        try WorkplanExporter().export(sheets: sheets, to: url, created: CivilDate(iso: "2024-01-01")!)
    }

    @Test func cellTextAtTheLimitIsWrittenAndJustPastIsRefused() throws {
        let folder = try Workspace.folder()
        let good = folder.appending(path: "ved-graensen.xlsx")
        try export([try table(status: String(repeating: "a", count: XLSXLimits.maxStringLength))], to: good)
        #expect((try Data(contentsOf: good)).count > 1_000)
        let bad = folder.appending(path: "over-graensen.xlsx")
        #expect(throws: WorkplanExportError.textTooLong(sheet: "Arbejdsplan 2023", cell: "C4", column: "Status pr. okt. 2023",
                                                        agreement: "rygestop", length: XLSXLimits.maxStringLength + 1)) {
            try export([try table(status: String(repeating: "a", count: XLSXLimits.maxStringLength + 1))], to: bad)
        }
        #expect(Workspace.names(in: folder) == ["ved-graensen.xlsx"])
    }

    /// Excel counts UTF-16 code units: 16,384 emoji are 32,768 of them, one too many.
    @Test func cellTextIsCountedAsExcelCountsIt() throws {
        let folder = try Workspace.folder()
        let error = #expect(throws: WorkplanExportError.self) {
            try export([try table(status: String(repeating: "😀", count: 16_384))], to: folder.appending(path: "plan.xlsx"))
        }
        #expect(error?.description.contains("the text is 32768 characters, more than the 32767 an Excel cell holds") == true)
        #expect(Workspace.names(in: folder).isEmpty)
    }

    /// Rows are checked against Excel's 1,048,576 before a file is started (writing a million rows
    /// to show the limit itself takes minutes in a debug build; XLSXWriterTests write the last row).
    @Test func rowsAtTheLimitPassAndJustPastAreRefused() throws {
        let stream = { (lines: Int) in
            WorkplanRowStream(layout: Self.arbejdsplan) { body in
                for _ in 0..<lines { try body(.row([.empty, .empty, .empty, .empty, .empty])) }
            }
        }
        let limit = XLSXLimits.rowCount - SheetWriter.firstDataRow
        try ExportLimits.check(stream(limit), lines: limit)
        let folder = try Workspace.folder()
        #expect(throws: WorkplanExportError.tooManyRows(sheet: "Arbejdsplan 2023", rows: XLSXLimits.rowCount + 1)) {
            try export([stream(limit + 1)], to: folder.appending(path: "plan.xlsx"))
        }
        #expect(Workspace.names(in: folder).isEmpty)
    }

    @Test func columnsAtTheLimitPassAndJustPastAreRefused() throws {
        func layout(columns: Int) -> Layout {
            let base = Self.arbejdsplan
            return Layout(name: "bred", title: base.title, subject: base.subject, sheetName: "Bred", source: base.source,
                          grouping: .none, sortKeys: [], columns: Array(repeating: base.columns[0], count: columns),
                          statusDate: nil, path: "bred.yaml")
        }
        let folder = try Workspace.folder()
        // A workplan's hidden key column (for aftale import workplan) is the last of Excel's columns.
        let atLimit = WorkplanTable(layout: layout(columns: XLSXLimits.columnCount - 1), agreements: [], headingDate: nil, asOf: nil)
        try export([atLimit], to: folder.appending(path: "bred.xlsx"))
        #expect(throws: WorkplanExportError.tooManyColumns(layout: "bred", columns: XLSXLimits.columnCount + 1)) {
            try export([WorkplanTable(layout: layout(columns: XLSXLimits.columnCount), agreements: [], headingDate: nil, asOf: nil)],
                       to: folder.appending(path: "for-bred.xlsx"))
        }
        #expect(Workspace.names(in: folder) == ["bred.xlsx"])
    }

    /// Layouts are checked when they are read (a located diagnostic); the exporter checks again.
    @Test func sheetNamesAtTheLimitLoadAndJustPastAreLocatedErrors() throws {
        let folder = try Workspace.folder()
        let source = try String(contentsOf: Workspace.root.appending(path: "Templates/layouts/arbejdsplan.yaml"), encoding: .utf8)
        func load(sheet: String) -> (Layout?, [Diagnostic]) {
            let file = folder.appending(path: "plan.yaml")
            try? Data(source.replacingOccurrences(of: "ark: Arbejdsplan 2023", with: "ark: \"\(sheet)\"").utf8).write(to: file)
            var diagnostics: [Diagnostic] = []
            return (Layout.load(file, diagnostics: &diagnostics), diagnostics)
        }
        let sheetLine = try #require(source.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("ark:") }) + 1
        let (atLimit, none) = load(sheet: String(repeating: "x", count: 31))
        #expect(atLimit != nil && none.isEmpty)
        for bad in [String(repeating: "x", count: 32), String(repeating: "😀", count: 16), "History"] {
            let (layout, diagnostics) = load(sheet: bad)
            #expect(layout == nil)
            #expect(diagnostics.map { "\($0.code.rawValue)@\($0.location.line):\($0.location.column)" } == ["invalid-sheet-name@\(sheetLine):6"])
        }
        let base = Self.arbejdsplan
        let unchecked = Layout(name: "plan", title: base.title, subject: base.subject, sheetName: String(repeating: "x", count: 32),
                               source: base.source, grouping: .none, sortKeys: [], columns: base.columns, statusDate: nil,
                               path: "plan.yaml")
        let error = #expect(throws: WorkplanExportError.self) {
            try export([WorkplanTable(layout: unchecked, agreements: [], headingDate: unchecked.statusDate, asOf: nil)], to: folder.appending(path: "plan.xlsx"))
        }
        #expect(error?.description.hasPrefix("the sheet name of layout 'plan' cannot be used: Sheet name") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "plan.xlsx").path))
    }
}

/// Validation measures a cell's text as the writer does (`SheetLimits` of the shared SheetNames
/// target is the one set of numbers both use): in UTF-16 code units, an emoji counting two.
@Suite struct SheetLimitsTests {
    @Test func validationMeasuresTextAsTheWriterDoes() {
        let emoji = String(repeating: "😀", count: 16_384)
        #expect(SheetLimits.cellTextExcess(emoji) == XLSXLimits.length(of: emoji))
        #expect(SheetLimits.cellTextExcess(String(repeating: "æ", count: XLSXLimits.maxStringLength)) == nil)
    }
}
