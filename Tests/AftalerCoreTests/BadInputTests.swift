import Foundation
import Testing
@testable import AftalerCore

/// Every bad input gets the exact diagnostic expected: code, file, line and column; never a crash.
@Suite struct BadInputTests {
    @Test func corpusIsLargeEnough() {
        #expect(BadInputCorpus.cases.count >= 70)
    }

    @Test func baseAgreementIsValid() {
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(BadInputCorpus.baseText.utf8)])
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        #expect(portfolio.agreements.count == 1)
    }

    /// `aftale validate` checks without keeping the agreements; it must find exactly what loading finds.
    @Test func checkingWithoutKeepingAgreementsFindsWhatLoadingFinds() {
        let inputs = BadInputCorpus.cases.filter { $0.file == "aftale.md" && $0.inFile == nil }.prefix(60)
        var files = ["gyldig.md": Data(BadInputCorpus.baseText.utf8)]
        for (number, input) in inputs.enumerated() { files["tilfaelde-\(number).md"] = input.bytes }
        let (portfolio, folder) = TestWorkspace.load(files)
        let report = Portfolio.check(paths: [folder], templates: TestWorkspace.templates.library)
        #expect(inputs.count == 60)
        #expect(report.agreementCount == portfolio.agreements.count)
        #expect(report.tally == portfolio.tally)
        #expect(report.tally.read == 61 && report.agreementCount >= 1 && report.diagnostics.count >= inputs.count)
        #expect(report.tally.valid + report.tally.leftOut.count == report.tally.read)
        #expect(report.diagnostics == portfolio.diagnostics)
    }

    @Test(arguments: BadInputCorpus.cases)
    func reportsExactDiagnostic(_ input: BadInput) throws {
        let (portfolio, folder) = TestWorkspace.load([input.file: input.bytes])
        let expectedFile = input.inFile.map { TestWorkspace.templatesFolder.appending(path: "blocks/\($0)").path }
            ?? folder.appending(path: input.file).path
        let matches = portfolio.diagnostics.filter { $0.code == input.code }
        let match = try #require(matches.first { $0.location.line == input.line && $0.location.column == input.column
                                                 && expectedFile.hasSuffix($0.location.file) },
                                 "expected \(input.code.rawValue) at \(input.line):\(input.column), got:\n\(portfolio.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(match.severity == .error)
        if let hint = input.hint { #expect(match.hint == hint) }
        #expect(!portfolio.isValid)
    }

    @Test func blockCycleHasANoteForEachInclusion() throws {
        let text = BadInputCorpus.variant([16: ["{{> ring-a}}"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let cycle = try #require(portfolio.diagnostics.first { $0.code == .blockCycle })
        #expect(cycle.message.contains("ring-a → ring-b → ring-a"))
        #expect(cycle.notes.map(\.location.line) == [4, 16])
        #expect(cycle.notes.last?.location.file.hasSuffix("aftale.md") == true)
        #expect(cycle.notes.first?.location.file.hasSuffix("ring-a.md") == true)
    }

    /// One mistake, one diagnostic (issue 13, item 6): a misspelt parameter of the only block use in
    /// a section is reported once, not also as a missing parameter and an empty section.
    @Test func misspeltBlockParameterIsOneDiagnostic() throws {
        let text = BadInputCorpus.variant([16: ["{{> hilsen nvan=\"x\"}}"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let only = try #require(portfolio.diagnostics.count == 1 ? portfolio.diagnostics.first : nil,
                                "\(portfolio.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(only.code == .unknownParameter)
        #expect(only.hint == "did you mean 'navn'?")
        #expect(only.location.line == 16)
    }

    /// A missing parameter with an unrelated unknown one is still reported missing.
    @Test func unrelatedUnknownParameterLeavesTheMissingOneReported() {
        let text = BadInputCorpus.variant([16: ["{{> hilsen farve=\"rød\"}}"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        #expect(Set(portfolio.diagnostics.map(\.code)) == [.unknownParameter, .missingParameter])
    }

    /// Every date field takes the same forms (issue 13, item 5): `ikrafttrædelse` as a Danish date,
    /// the dotted and the seeds' short form; a day that does not exist and a vague text say why.
    @Test(arguments: [("1. september 2024", "2024-09-01"), ("15.03.2025", "2025-03-15"), ("15/3-25", "2025-03-15"),
                      ("2019-03-01", "2019-03-01")])
    func entryIntoForceTakesEveryDayForm(_ written: String, _ iso: String) throws {
        let text = BadInputCorpus.variant([7: ["ikrafttrædelse: \(written)"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        #expect(try #require(portfolio.agreements.first).entryIntoForce?.iso == iso)
    }

    @Test(arguments: [
        ("2024-02-31", "'ikrafttrædelse': '2024-02-31' is not a date; februar 2024 has 29 days"),
        ("løbende", "'ikrafttrædelse': 'løbende' cannot be dated"),
        ("september 2024", "'ikrafttrædelse' must be one day, not the period 'september 2024'"),
    ])
    func entryIntoForceSaysWhyADateIsRefused(_ written: String, _ message: String) throws {
        let text = BadInputCorpus.variant([7: ["ikrafttrædelse: \(written)"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let diagnostic = try #require(portfolio.diagnostics.first { $0.code == .invalidDate }, "\(portfolio.diagnostics)")
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        #expect(diagnostic.hint?.contains("eller") != true)
    }

    @Test func vagueFollowUpListsTheAcceptedForms() throws {
        let text = BadInputCorpus.variant([12: ["opfølgning:", "  - tid: efter sommerferien 2025", "    hvad: Status", "---"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let diagnostic = try #require(portfolio.diagnostics.first { $0.code == .invalidPeriod }, "\(portfolio.diagnostics)")
        #expect(diagnostic.message.contains("cannot be dated") && diagnostic.message.contains("'15/3-25'"))
        #expect(diagnostic.hint == nil)
    }

    @Test func allProblemsOfOneFileAreReportedTogether() {
        let text = BadInputCorpus.variant([4: ["indsatsområde: forebygelse"], 6: ["status: implementert"],
                                           16: ["{{> hilsn navn=\"x\"}}"], 22: ["## Stauts"]])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let codes = Set(portfolio.diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.unknownArea, .unknownStatus, .unknownBlock, .missingSection]))
    }

    @Test func duplicateIDsAcrossFoldersAreReported() throws {
        let first = TestWorkspace.makeFolder(), second = TestWorkspace.makeFolder()
        try Data(BadInputCorpus.baseText.utf8).write(to: first.appending(path: "rygestop.md"))
        try Data(BadInputCorpus.baseText.utf8).write(to: second.appending(path: "rygestop.md"))
        let portfolio = Portfolio.load(paths: [first, second], templates: TestWorkspace.templates.library)
        let duplicate = try #require(portfolio.diagnostics.first { $0.code == .duplicateID })
        #expect(duplicate.location.file.hasSuffix(second.lastPathComponent + "/rygestop.md"))
        #expect(duplicate.location.line == 1 && duplicate.location.column == 1)
    }

    @Test func blockFileWithUndeclaredParameterIsReported() throws {
        let problem = try #require(TestWorkspace.templates.diagnostics.first { $0.code == .undeclaredParameter })
        #expect(problem.location.file.hasSuffix("udeklareret.md"))
        #expect(problem.location.line == 4 && problem.location.column == 5)
    }
}
