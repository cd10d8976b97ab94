import AftalerCore
import Foundation
import TestSupport
import Testing

/// Bad layout files get located diagnostics, never a crash.
@Suite struct LayoutTests {
    func load(_ text: String) -> [Diagnostic] {
        let file = Repository.makeFolder().appending(path: "forkert.yaml")
        try! Data(text.utf8).write(to: file)
        var diagnostics: [Diagnostic] = []
        _ = Layout.load(file, diagnostics: &diagnostics)
        return diagnostics
    }

    static let good = """
        titel: Test
        ark: Test
        arbejdsplan: ssg-2023
        kolonner:
          - overskrift: Indsats
            felt: indsats
        """

    @Test func goodLayoutLoads() {
        #expect(load(Self.good).isEmpty)
    }

    @Test func unknownFieldIsLocated() throws {
        let diagnostics = load(Self.good.replacingOccurrences(of: "felt: indsats", with: "felt: indsatser"))
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .unknownColumnField)
        #expect((problem.location.line, problem.location.column) == (6, 11))
        #expect(problem.hint == "did you mean 'indsats'?")
    }

    @Test func tooLongSheetNameIsLocated() throws {
        let diagnostics = load(Self.good.replacingOccurrences(of: "ark: Test", with: "ark: Arbejdsplan for Sundhedsstyregruppen 2023"))
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .invalidSheetName)
        #expect((problem.location.line, problem.location.column) == (2, 6))
    }

    @Test func forbiddenCharacterInSheetNameIsLocated() throws {
        let problem = try #require(load(Self.good.replacingOccurrences(of: "ark: Test", with: "ark: Plan 2023/24")).first)
        #expect(problem.code == .invalidSheetName)
        #expect(problem.message.contains("'/'"))
    }

    @Test func layoutWithoutSourceIsReported() throws {
        let problem = try #require(load(Self.good.replacingOccurrences(of: "arbejdsplan: ssg-2023\n", with: "")).first)
        #expect(problem.code == .invalidTemplate)
    }
}
