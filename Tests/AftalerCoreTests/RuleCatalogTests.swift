import Foundation
import Testing
import WorkbookImport
@testable import AftalerCore

/// Every diagnostic code is explained once, in the family that owns it, and raised by its own
/// example: the catalog cannot describe a rule that does not exist, and no code is left unraised.
@Suite struct RuleCatalogTests {
    /// A fresh workspace: a copy of the repository's Templates and an empty Agreements folder.
    static func workspace() throws -> (templates: URL, agreements: URL) {
        let root = TestWorkspace.makeFolder()
        let templates = root.appending(path: "Templates"), agreements = root.appending(path: "Agreements")
        try FileManager.default.copyItem(at: TestWorkspace.repository.appending(path: "Templates"), to: templates)
        try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
        return (templates, agreements)
    }

    static func load(templates: URL, paths: [URL], limits: Portfolio.Limits = .init()) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: templates, diagnostics: &diagnostics)
        return Portfolio.load(paths: paths, templates: library, templateDiagnostics: diagnostics, limits: limits).diagnostics
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs the example of `code` and returns what the run reported.
    static func run(_ code: Diagnostic.Code, _ example: RuleExample) throws -> [Diagnostic] {
        let (templates, agreements) = try workspace()
        let base = RuleExample.agreementText(frontMatter: [], body: nil)
        switch example {
        case .agreement(let frontMatter, let body):
            try write(RuleExample.agreementText(frontMatter: frontMatter, body: body), to: agreements.appending(path: "eksempel.md"))
        case .agreementBytes(let bytes):
            try Data(bytes).write(to: agreements.appending(path: "eksempel.md"))
        case .template(let path, let text, let body):
            try write(text, to: templates.appending(path: path))
            try write(RuleExample.agreementText(frontMatter: [], body: body), to: agreements.appending(path: "eksempel.md"))
        case .situation:
            return try situation(code, templates: templates, agreements: agreements, base: base)
        }
        return load(templates: templates, paths: [agreements])
    }

    /// The situations of the catalog, built for real.
    static func situation(_ code: Diagnostic.Code, templates: URL, agreements: URL, base: String) throws -> [Diagnostic] {
        let manager = FileManager.default
        switch code {
        case .fileUnreadable:
            try manager.createSymbolicLink(atPath: agreements.appending(path: "brudt.md").path, withDestinationPath: "findes-ikke.md")
        case .fileTooLarge:
            try write(base + String(repeating: "x", count: 2 << 20), to: agreements.appending(path: "stor.md"))
        case .notMarkdownFile:
            let file = agreements.appending(path: "aftale.txt")
            try write(base, to: file)
            return load(templates: templates, paths: [file])
        case .invalidID:
            try write(base, to: agreements.appending(path: "Aftale om sår.md"))
        case .duplicateID:
            let other = agreements.deletingLastPathComponent().appending(path: "Andre")
            try write(base, to: agreements.appending(path: "rygestop.md"))
            try write(base, to: other.appending(path: "rygestop.md"))
            return load(templates: templates, paths: [agreements, other])
        case .blockTooDeep:
            for level in 0...BlockResolver.maximumDepth {
                try write("---\nbeskrivelse: Led \(level)\n---\nL{{> led-\(level + 1)}}\n",
                          to: templates.appending(path: "blocks/led-\(level).md"))
            }
            try write("---\nbeskrivelse: Sidste led\n---\nSlut\n", to: templates.appending(path: "blocks/led-\(BlockResolver.maximumDepth + 1).md"))
            try write(RuleExample.agreementText(frontMatter: [], body: BlockRules.body(hvad: "{{> led-0}}")),
                      to: agreements.appending(path: "dyb.md"))
        case .blockExpansionTooLarge:
            try write("---\nbeskrivelse: Lang\n---\n" + String(repeating: "x", count: 2_000) + "\n",
                      to: templates.appending(path: "blocks/lang.md"))
            try write("---\nbeskrivelse: Mange\n---\n" + String(repeating: "{{> lang}} ", count: 1_000) + "\n",
                      to: templates.appending(path: "blocks/mange.md"))
            try write(RuleExample.agreementText(frontMatter: [], body: BlockRules.body(hvad: "{{> mange}}")),
                      to: agreements.appending(path: "stor.md"))
        case .noAgreements:
            break
        case .tooManyFiles:
            try write(base, to: agreements.appending(path: "a.md"))
            try write(base, to: agreements.appending(path: "b.md"))
            return load(templates: templates, paths: [agreements], limits: .init(maximumFileCount: 1))
        case .unsafePath:
            try manager.createSymbolicLink(atPath: agreements.appending(path: "ude.md").path, withDestinationPath: "/etc/hostname")
        case .importUnreadable, .importNotExported, .importUnknownRow, .importReadOnlyCell, .importUnknownStatus,
             .importConflict, .importCannotWrite:
            return try importSituation(code, templates: templates, agreements: agreements)
        default:
            Issue.record("no situation is built for \(code.rawValue)")
        }
        return load(templates: templates, paths: [agreements])
    }

    /// The import situations: an agreement with a workplan entry, its exported table as the sheet
    /// an import reads (built from the table, as the XLSX would hold it), then one edit per code.
    static func importSituation(_ code: Diagnostic.Code, templates: URL, agreements: URL) throws -> [Diagnostic] {
        let entry = ["arbejdsplaner:", "  ssg-2023:", "    - status: Tekst", "    - status: Anden tekst"]
        try write(RuleExample.agreementText(frontMatter: entry, body: nil), to: agreements.appending(path: "eksempel.md"))
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: templates, diagnostics: &diagnostics)
        let portfolio = Portfolio.load(paths: [agreements], templates: library, templateDiagnostics: diagnostics)
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        let layout = try #require(library.layouts["arbejdsplan"])
        if code == .importUnreadable {
            let file = agreements.deletingLastPathComponent().appending(path: "tekst.xlsx")
            let made = Process()
            made.executableURL = URL(filePath: "/usr/bin/env")
            made.arguments = ["python3", "-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').writestr('a.txt', 'x')",
                              file.path]
            try made.run()
            made.waitUntilExit()
            guard case .failure(let failure) = WorkplanWorkbook.read(file, name: "tekst.xlsx", layout: layout,
                                                                      layouts: library.layouts) else { return [] }
            return failure.diagnostics
        }
        let table = WorkplanTable(layout: layout, agreements: portfolio.agreements, headingDate: layout.statusDate,
                                  asOf: CivilDate(iso: "2024-11-01"))
        var rows = [[0: table.title], Dictionary(uniqueKeysWithValues: (table.headings + [table.keyHeading!.description]).enumerated().map { ($0, $1) })]
        for group in table.groups {
            rows.append([0: group.heading!])
            for row in group.rows {
                var cells: [Int: String] = [layout.columns.count: row.key!.description]
                for (index, cell) in row.cells.enumerated() { if case .text(let text) = cell { cells[index] = text } }
                rows.append(cells)
            }
        }
        let last = rows.count - 1, key = layout.columns.count
        switch code {
        case .importNotExported: rows[1][key] = nil
        case .importUnknownRow: rows[last][key] = "findes-ikke#1"
        case .importReadOnlyCell: rows[last][1] = "Ny titel"
        case .importUnknownStatus: rows[last][4] = "Næsten færdig"
        case .importConflict: rows[last][4] = "Pauseret"; rows[last - 1][4] = "Udgået"
        default: rows[last][4] = "Godkendt"; rows[last - 1][4] = "Godkendt"
        }
        let sheet = ImportedSheet(file: "arbejdsplan.xlsx", name: layout.sheetName,
                                  rows: rows.enumerated().map { ImportedSheet.Row(number: $0 + 1, cells: $1) })
        let found = WorkplanImport(sheet: sheet, layout: layout, portfolio: portfolio)
        return found.diagnostics + (found.diagnostics.isEmpty ? found.editedFiles(in: portfolio).diagnostics : [])
    }

    @Test func everyCodeIsExplainedOnceByOneFamily() {
        let explained = RuleCatalog.families.flatMap { $0.explanations.map(\.code) }
        #expect(Set(explained) == Set(Diagnostic.Code.allCases), "codes without explanation: \(Set(Diagnostic.Code.allCases).subtracting(explained))")
        #expect(explained.count == Set(explained).count, "a code is explained twice")
    }

    @Test(arguments: Diagnostic.Code.allCases)
    func everyCodeIsRaisedByItsExample(code: Diagnostic.Code) throws {
        let explanation = try #require(RuleCatalog.explanation(for: code))
        let diagnostics = try Self.run(code, explanation.example)
        let raised = diagnostics.filter { $0.code == code }
        #expect(!raised.isEmpty, "\(code.rawValue) not raised; the example gave \(diagnostics.map(\.description))")
        #expect(raised.allSatisfy { $0.severity == explanation.severity }, "\(raised)")
    }

    @Test func theBaseExampleIsValid() throws {
        let diagnostics = try Self.run(.emptyFile, .agreement(frontMatter: []))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func docsFormatHoldsTheGeneratedTableOfCodes() throws {
        let format = try String(contentsOf: TestWorkspace.repository.appending(path: "docs/format.md"), encoding: .utf8)
        #expect(format.contains(RuleCatalog.markdownTable),
                "docs/format.md is out of date: regenerate it with 'aftale validate --explain all'")
    }

    @Test func anExplanationNamesItsFamilyAndShowsItsExample() {
        let text = RuleCatalog.text(for: .statusNeedsDecision)
        #expect(text.hasPrefix("status-needs-decision (error, approvals)\n"))
        #expect(text.contains("    status: godkendt\n") && text.contains("godkendelse: ikke registreret"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}
