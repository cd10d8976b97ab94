import AftalerCore
import CorpusGenerator
import Foundation
import Testing

/// The synthetic corpus: deterministic, independent per file, and valid against the shipped templates.
@Suite struct CorpusGeneratorTests {
    @Test func sameSeedGivesTheSameFiles() throws {
        let first = try TestFolder(), second = try TestFolder()
        try CorpusGenerator(seed: 7).write(count: 40, to: first.url)
        try CorpusGenerator(seed: 7).write(count: 40, to: second.url)
        let names = try FileManager.default.contentsOfDirectory(atPath: first.url.path).sorted()
        #expect(names.count == 40)
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second.url.path).sorted()))
        for name in names {
            let a = try Data(contentsOf: first.url.appending(path: name))
            let b = try Data(contentsOf: second.url.appending(path: name))
            #expect(a == b, "\(name) differs between two runs with the same seed")
        }
    }

    @Test func otherSeedGivesOtherFiles() {
        let a = (0..<20).map { CorpusGenerator(seed: 1).agreement($0) }
        let b = (0..<20).map { CorpusGenerator(seed: 2).agreement($0) }
        #expect(a != b)
    }

    @Test func fileIDependsOnlyOnSeedAndI() {
        let generator = CorpusGenerator(seed: 11)
        let forwards = (0..<30).map(generator.agreement)
        let backwards = (0..<30).reversed().map(generator.agreement).reversed()
        #expect(forwards == Array(backwards))
    }

    @Test func knownOutputForSeed2024() {
        // Pins the generator: a change of algorithm changes published benchmark corpora.
        let first = CorpusGenerator(seed: 2024).agreement(0)
        #expect(first.id == "initiativ-0-erhvervet-hjerneskade-i-midtklyngen")
        #expect(first.text.hasPrefix("---\ntype: initiativ\ntitel: Initiativ om erhvervet hjerneskade i Midtklyngen\n"))
        var random = SeededRandom(seed: 42)
        #expect([random.next(), random.next()] == [13_679_457_532_755_275_413, 2_949_826_092_126_892_291])
    }

    @Test func generatedAgreementsValidateWithoutDiagnostics() throws {
        let folder = try TestFolder()
        let bytes = try CorpusGenerator(seed: 2024).write(count: 300, to: folder.url)
        let portfolio = Workspace(templatesFolder: TestFolder.repository.appending(path: "Templates"),
                                  agreementPaths: [folder.url]).load()
        #expect(portfolio.diagnostics.map(\.description) == [])
        #expect(portfolio.agreements.count == 300)
        // Shaped like the real files: 0.8–3 KB each, with decisions, workplan rows and blocks.
        #expect((800...3000).contains(bytes / 300))
        #expect(portfolio.agreements.contains { !$0.decisions.isEmpty })
        #expect(portfolio.agreements.filter { $0.workplanEntries["ssg-2023"] != nil }.count > 60)
        #expect(portfolio.agreements.contains { $0.budgets["midtklyngen-2023"] != nil })
        #expect(Set(portfolio.agreements.map(\.kind.id)).count >= 8)
        // The model over time: dated status histories, done follow-ups with results, sundhedsaftaler.
        #expect(portfolio.agreements.contains { $0.statusHistory.count == 2 && $0.statusHistory[1].date != nil })
        #expect(portfolio.agreements.contains { $0.followUps.contains { $0.done?.result != nil } })
        #expect(portfolio.agreements.filter { !$0.healthAgreements.isEmpty }.count > 20)
        // Kommissorier with a timetable, some of its milestones reached; no other kind has one.
        let timetables = portfolio.agreements.filter { !$0.milestones.isEmpty }
        #expect(timetables.count > 5 && timetables.allSatisfy { $0.kind.id == "kommissorium" })
        #expect(timetables.contains { $0.milestones.contains { $0.done?.result != nil } })
    }

    @Test func workplanRowsAreGroupedAndDeterministic() {
        var items: [WorkplanRowGenerator.Item] = []
        WorkplanRowGenerator(count: 100, seed: 3).forEach { items.append($0) }
        var again: [WorkplanRowGenerator.Item] = []
        WorkplanRowGenerator(count: 100, seed: 3).forEach { again.append($0) }
        #expect(items == again)
        let groups = items.compactMap { if case .group(let heading) = $0 { heading } else { nil } }
        #expect(groups == WorkplanRowGenerator.groupHeadings)
        let rows = items.compactMap { if case .row(let cells) = $0 { cells } else { nil } }
        #expect(rows.count == 100)
        #expect(rows.allSatisfy { $0.count == 5 && !$0[1].isEmpty && !$0[4].isEmpty })
    }

    @Test func randomDrawsStayInRange() {
        var random = SeededRandom(seed: 9)
        for _ in 0..<1000 {
            #expect((3...5).contains(random.int(in: 3...5)))
            #expect(random.below(7) < 7)
        }
        #expect(random.sample([1, 2, 3, 4], count: 4) == [1, 2, 3, 4])
    }
}

/// A temporary folder, removed when the value goes away.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "aftale-bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The repository root (for `Templates/`).
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
