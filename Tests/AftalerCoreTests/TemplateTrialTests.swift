import Foundation
import SheetNames
import Testing
@testable import AftalerCore

/// The hostile trial's template defects (issue 11): links out of `Templates/`, one mistake in a
/// template giving hundreds of knock-on errors, the advice for an empty `kinds.yaml`, and a layout
/// wider than Excel allows. Each asserts the exact code and location.
@Suite struct TemplateTrialTests {
    /// A copy of the repository's `Templates/` to break, with `Agreements/` holding the base agreement.
    func workspace() throws -> (workspace: Workspace, templates: URL) {
        let folder = TestWorkspace.makeFolder()
        let templates = folder.appending(path: "Templates"), agreements = folder.appending(path: "Agreements")
        try FileManager.default.copyItem(at: TestWorkspace.repository.appending(path: "Templates"), to: templates)
        try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
        try Data(BadInputCorpus.baseText.utf8).write(to: agreements.appending(path: "rygestop.md"))
        return (Workspace(templatesFolder: templates, agreementPaths: [agreements]), templates)
    }

    func load(_ templates: URL) -> (TemplateLibrary, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: templates, diagnostics: &diagnostics)
        return (library, diagnostics)
    }

    @Test func shippedTemplatesAreClean() throws {
        let (workspace, _) = try workspace()
        let report = workspace.check()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!report.stoppedAtTemplates && report.agreementCount == 1)
        #expect(report.summary == "1 file(s) read: 1 valid, 0 incomplete drafts, 0 with errors")
    }

    // MARK: Links

    /// A block linked to a file outside `blocks/` used to be read (the trial linked /etc/passwd).
    @Test func blockLinkedOutOfTheFolderIsRefusedUnread() throws {
        let (_, templates) = try workspace()
        let secret = TestWorkspace.makeFolder().appending(path: "hemmelig.md")
        try Data("---\nbeskrivelse: hemmelig\n---\nHEMMELIGT INDHOLD\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: templates.appending(path: "blocks/hemmelig.md").path,
                                                   withDestinationPath: secret.path)
        let (library, diagnostics) = load(templates)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .unsafePath)
        #expect(problem.location.file.hasSuffix("Templates/blocks/hemmelig.md"))
        #expect((problem.location.line, problem.location.column) == (1, 1))
        #expect(problem.message == "'hemmelig.md' is a link to a file outside the folder")
        #expect(library.blocks["hemmelig"] == nil)
        #expect(!library.blocks.isEmpty)
    }

    @Test(arguments: ["vocabulary.yaml", "kinds.yaml", "layouts/budget.yaml"])
    func templateFileLinkedOutOfItsFolderIsRefused(_ file: String) throws {
        let (_, templates) = try workspace()
        let outside = TestWorkspace.makeFolder().appending(path: "kopi.yaml")
        try FileManager.default.moveItem(at: templates.appending(path: file), to: outside)
        try FileManager.default.createSymbolicLink(atPath: templates.appending(path: file).path,
                                                   withDestinationPath: outside.path)
        let (_, diagnostics) = load(templates)
        let problem = try #require(diagnostics.first { $0.code == .unsafePath }, "\(diagnostics)")
        #expect(problem.location.file.hasSuffix("Templates/\(file)") && problem.location.line == 1)
        #expect(problem.message.contains("is a link to a file outside the folder"))
    }

    /// The same rule as agreement folders: a link to a file in the same folder is read, a loop and
    /// a dangling link are reported.
    @Test func linksWithinTheFolderAreReadLoopsAndDanglingLinksAreNot() throws {
        let (_, templates) = try workspace()
        let blocks = templates.appending(path: "blocks")
        let some = try #require(try FileManager.default.contentsOfDirectory(atPath: blocks.path).sorted().first)
        try FileManager.default.createSymbolicLink(atPath: blocks.appending(path: "kopi.md").path, withDestinationPath: some)
        try FileManager.default.createSymbolicLink(atPath: blocks.appending(path: "ring.md").path, withDestinationPath: "ring.md")
        try FileManager.default.createSymbolicLink(atPath: blocks.appending(path: "borte.md").path, withDestinationPath: "findes-ikke.md")
        let (library, diagnostics) = load(templates)
        #expect(library.blocks["kopi"] != nil)
        #expect(diagnostics.map { "\($0.code.rawValue) \(URL(filePath: $0.location.file).lastPathComponent)" }.sorted()
                == ["file-unreadable borte.md", "unsafe-path ring.md"], "\(diagnostics)")
    }

    // MARK: One mistake, one diagnostic

    /// One repeated key in `vocabulary.yaml` gave 394 errors and "0 agreement(s) checked".
    @Test func duplicateKeyInTheVocabularyIsOneDiagnosticAndStopsTheCheck() throws {
        let (workspace, templates) = try workspace()
        let file = templates.appending(path: "vocabulary.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("  forebyggelse:") })
        lines.insert(lines[first], at: first + 1)
        try Data(lines.joined(separator: "\n").utf8).write(to: file)

        let report = workspace.check()
        #expect(report.diagnostics.count == 1, "\(report.diagnostics)")
        let problem = try #require(report.diagnostics.first)
        #expect(problem.code == .yamlDuplicateKey)
        #expect(problem.location.file.hasSuffix("Templates/vocabulary.yaml"))
        #expect((problem.location.line, problem.location.column) == (first + 2, 3))
        #expect(report.stoppedAtTemplates && report.tally.read == 0)
        #expect(report.summary == "the templates have 1 error(s), so no agreement was checked; fix the templates and run again")

        let portfolio = workspace.load()
        #expect(portfolio.agreements.isEmpty && portfolio.tally.read == 0)
        #expect(portfolio.runErrors == [problem])
    }

    // MARK: kinds.yaml

    @Test(arguments: [
        ("", Diagnostic.Code.emptyFile, "file is empty"),
        ("# ingen endnu\n", .missingField, "kinds.yaml is empty"),
        ("{}\n", .invalidTemplate, "kinds.yaml defines no document kind"),
    ])
    func emptyKindsFileSaysWhatItMustHold(_ text: String, _ code: Diagnostic.Code, _ message: String) throws {
        let (workspace, templates) = try workspace()
        try Data(text.utf8).write(to: templates.appending(path: "kinds.yaml"))
        let report = workspace.check()
        #expect(report.diagnostics.count == 1, "\(report.diagnostics)")
        let problem = try #require(report.diagnostics.first)
        #expect(problem.code == code && problem.message == message)
        #expect(problem.location.file.hasSuffix("Templates/kinds.yaml"))
        #expect((problem.location.line, problem.location.column) == (1, 1))
        #expect(problem.hint == TemplateLibrary.kindsContents)
        #expect(problem.hint?.contains("aftale new") == false)
    }

    // MARK: Layouts wider than a sheet

    func layout(columns: Int) -> String {
        "titel: Bred\nark: Bred\narbejdsplan: ssg-2023\nkolonner:\n"
            + String(repeating: "  - {overskrift: Titel, felt: titel}\n", count: columns)
    }

    /// A layout of 20,005 columns passed `validate` and failed at export without a location.
    @Test func layoutWiderThanASheetIsReportedAtKolonner() throws {
        let file = TestWorkspace.makeFolder().appending(path: "bred.yaml")
        try Data(layout(columns: 20_005).utf8).write(to: file)
        var diagnostics: [Diagnostic] = []
        #expect(Layout.load(file, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .tooManyColumns)
        #expect((problem.location.line, problem.location.column) == (4, 1))
        #expect(problem.message == "the layout has 20005 columns, more than an Excel sheet holds (16384)")
    }

    @Test func layoutAsWideAsASheetLoads() throws {
        let file = TestWorkspace.makeFolder().appending(path: "bred.yaml")
        try Data(layout(columns: SheetLimits.columnCount).utf8).write(to: file)
        var diagnostics: [Diagnostic] = []
        let layout = Layout.load(file, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(layout?.columns.count == 16_384)
    }

    // MARK: Cell text at the limit

    @Test func workplanTextOfExactlyACellLoads() {
        let text = BadInputCorpus.variant([12: ["arbejdsplaner:", "  ssg-2023:", "    status: " + String(repeating: "æ", count: 32_767),
                                                "    forslag: " + String(repeating: "😀", count: 16_383) + "x", "---"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics.map(\.description))")
        #expect(portfolio.agreements.first?.workplanEntries["ssg-2023"]?.first?.status?.utf16.count == 32_767)
    }
}
