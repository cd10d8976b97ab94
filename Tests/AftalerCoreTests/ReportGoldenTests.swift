import Foundation
import Testing
@testable import AftalerCore

/// The status report of three small agreements, compared with expected files written by hand
/// (Golden/statusrapport.expected.*).
@Suite struct ReportGoldenTests {
    static let golden = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Golden")
    static let asOf = CivilDate(iso: "2025-02-03")!

    static func report() throws -> StatusReport {
        var files: [String: Data] = [:]
        for name in ["statusrapport-rygestop.md", "statusrapport-akut.md", "statusrapport-overvaegt.md"] {
            files[name] = try Data(contentsOf: golden.appending(path: name))
        }
        let (portfolio, _) = TestWorkspace.load(files)
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        return StatusReport(agreements: portfolio.agreements, asOf: asOf)
    }

    @Test(arguments: ["txt", "md"])
    func statusReportMatchesGolden(_ format: String) throws {
        let expected = try String(contentsOf: Self.golden.appending(path: "statusrapport.expected.\(format)"), encoding: .utf8)
        let report = try Self.report()
        let actual = format == "txt" ? report.text() : report.markdown()
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = zip(expectedLines, actualLines).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("line \(first.offset + 1) differs:\nexpected: \(first.element.0)\nactual:   \(first.element.1)")
        }
        #expect(actualLines.count == expectedLines.count)
        #expect(actual == expected)
    }

    @Test func groupsFollowTheVocabularyAndTitlesTheDanishOrder() throws {
        let report = try Self.report()
        #expect(report.groups.map(\.area.id) == ["forebyggelse", "ældre"])
        #expect(report.entries.map(\.number) == ["1.1", "1.2", "2.1"])
        #expect(report.entries.map(\.agreement.id) == ["statusrapport-overvaegt", "statusrapport-rygestop", "statusrapport-akut"])
    }

    @Test func nextFollowUpIsTheFirstNotYetOver() throws {
        let akut = try #require(try Self.report().entries.last)
        #expect(akut.nextFollowUp?.what == "Status til SSU")
        #expect(akut.nextFollowUp?.state == .due)
        #expect(akut.overdue.map(\.what) == ["Første status til Sundhedsstyregruppen"])
        let later = StatusReport(agreements: [akut.agreement], asOf: CivilDate(iso: "2025-05-01")!)
        #expect(later.entries.first?.nextFollowUp?.what == "Evaluering af handleplanen")
        #expect(later.entries.first?.overdue.count == 2)
    }
}
