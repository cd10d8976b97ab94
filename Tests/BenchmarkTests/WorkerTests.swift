import BagIt
@testable import BenchmarkKit
import CorpusGenerator
import Foundation
import Testing
@testable import WorkplanExport

/// The workers on small inputs, and a smoke run of the whole suite (our side only, one run).
@Suite(.serialized) struct WorkerTests {
    static let templates = TestFolder.repository.appending(path: "Templates")

    @Test func streamedAndTabledSheetsAreTheSameFile() throws {
        let folder = try TestFolder()
        let layout = try Workers.layout(templates: Self.templates)
        let cells = folder.url.appending(path: "cells.tsv")
        try Workers.writeCells(rows: 300, seed: 5, layout: layout, to: cells)
        let table = folder.url.appending(path: "table.xlsx"), stream = folder.url.appending(path: "stream.xlsx")
        try Workers.exportTable(cells: cells, layout: layout, to: table)
        try Workers.exportStream(cells: cells, layout: layout, to: stream)
        let bytes = try Data(contentsOf: table)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes == (try Data(contentsOf: stream)))
    }

    @Test func bundleWorkerWritesAValidBag() throws {
        let folder = try TestFolder()
        let corpus = folder.url.appending(path: "corpus")
        try CorpusGenerator(seed: 8).write(count: 40, to: corpus)
        let zip = folder.url.appending(path: "bundle.zip")
        let timing = try Workers.writeBundle(agreements: corpus, templates: Self.templates, to: zip)
        #expect(timing.agreements > 0 && timing.agreements <= 40)
        #expect(BagVerifier.verify(zipAt: zip).isEmpty)
    }

    @Test func fastCharacterCountsMatchSwiftsCounts() {
        let texts = ["", "a", "Æblemost og ørred på å", "first\nsecond\n\nfourth\n", "tab\tand – dash … “quote”",
                     "e\u{301} combining", "flag 🇩🇰 and 👩‍👩‍👧", "crlf\r\nline", "\u{1100}\u{1161} hangul",
                     String(repeating: "abcdefgh", count: 9) + "\n" + String(repeating: "æ", count: 40)]
        for text in texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
            var counted: [Int] = []
            ColumnWidths.forEachLineLength(.text(text), reset: { counted = [] }) { counted.append($0) }
            #expect(counted == expected, "\(text.debugDescription)")
            #expect(ColumnWidths.longestLine(text) == (text.split(separator: "\n").map(\.count).max() ?? 0))
        }
    }

    @Test func smokeRunOfTheSuiteWithoutBaselines() throws {
        let folder = try TestFolder()
        let binaries = try Self.binaries()
        var configuration = SuiteConfiguration.quick(root: TestFolder.repository, work: folder.url,
                                                     aftale: binaries.appending(path: "aftale"),
                                                     bench: binaries.appending(path: "aftale-bench"))
        configuration.validateSizes = [20, 60]
        configuration.xlsxRows = 200
        configuration.streamRows = 300
        configuration.bundleAgreements = 30
        configuration.runs = 1
        configuration.baselines = false
        var lines: [String] = []
        var suite = BenchmarkSuite(configuration: configuration) { lines.append($0) }
        try suite.run()
        let rows = suite.table.rows
        #expect(rows.map(\.measure).count == 12, "\(rows.map(\.measure)) \(lines)")
        #expect(!rows.contains { $0.ours.hasPrefix("failed") }, "\(rows.map(\.ours))")
        // The memory target is judged by the benchmark, never here (sanitizers and debug builds
        // use more): the smoke run only checks that the target was evaluated.
        #expect(rows.first { $0.measure.hasPrefix("streamed") }?.met != nil)
        #expect(suite.table.markdown().contains("load + compose + validate, 60 agreements"))
        #expect(rows.contains { $0.measure == "read back the arbejdsplan XLSX, 200 rows" })
        #expect(rows.contains { $0.measure == "status report as DOCX, 30 agreements" })
        #expect(rows.contains { $0.measure == "verify the bundle of 30 agreements" })
        #expect(rows.contains { $0.measure.hasPrefix("aftale validate of the shipped Agreements/") && $0.met != nil })
        #expect(rows.contains { $0.measure.hasPrefix("shipped `aftale` binary") && $0.met != nil })
    }

    /// The folder with the built `aftale` and `aftale-bench`.
    static func binaries() throws -> URL {
        var folder = Bundle.main.bundleURL
        while folder.path != "/" {
            if FileManager.default.isExecutableFile(atPath: folder.appending(path: "aftale-bench").path) { return folder }
            folder.deleteLastPathComponent()
        }
        throw WorkerError("aftale-bench is not built next to the tests")
    }
}
