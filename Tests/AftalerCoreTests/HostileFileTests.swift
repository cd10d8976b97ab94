import Foundation
import Testing
@testable import AftalerCore

/// Files that are not what they seem, files that change while read, and the bounds on a run:
/// each gives its exact diagnostic, and the limits hold at and just past their value.
@Suite struct HostileFileTests {
    static let base = Data(BadInputCorpus.baseText.utf8)

    func load(_ folder: URL, limits: Portfolio.Limits = .init()) -> Portfolio {
        Portfolio.load(paths: [folder], templates: TestWorkspace.templates.library, limits: limits)
    }

    func expect(_ portfolio: Portfolio, _ code: Diagnostic.Code, in file: String, line: Int = 1, column: Int = 1,
                saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = portfolio.diagnostics.first { $0.code == code && $0.location.file.hasSuffix(file) }
        #expect(found?.location.line == line && found?.location.column == column,
                "expected \(code.rawValue) at \(file):\(line):\(column), got \(portfolio.diagnostics)", sourceLocation: sourceLocation)
        #expect(found?.message.contains(words) == true, "\(found?.description ?? "none")", sourceLocation: sourceLocation)
    }

    @Test func fileThatChangesWhileItIsReadIsReportedNotParsed() throws {
        let file = TestWorkspace.makeFolder().appending(path: "aftale.md")
        try Self.base.write(to: file)
        var diagnostics: [Diagnostic] = []
        let data = SourceFile.read(file, path: "aftale.md", diagnostics: &diagnostics) {
            try? Data("---\ntype: halvt skrevet".utf8).write(to: file)
        }
        #expect(data == nil)
        #expect(diagnostics.map(\.code) == [.fileUnreadable])
        #expect(diagnostics.first?.description == "aftale.md:1:1: error[file-unreadable]: the file changed while it was being "
                + "read (wait until the program writing it has finished, then run again)")
        var quiet: [Diagnostic] = []
        #expect(SourceFile.read(file, path: "aftale.md", diagnostics: &quiet) != nil && quiet.isEmpty)
    }

    /// A writer truncates and rewrites the file as fast as it can while it is loaded 300 times.
    /// Every load sees the whole file, an empty file, or reports the change; none crashes (a
    /// memory-mapped read would die of SIGBUS when the file shrinks under it).
    @Test func fileRewrittenDuringLoadsNeverGivesAHalfFile() throws {
        let folder = TestWorkspace.makeFolder()
        let file = folder.appending(path: "aftale.md")
        try Self.base.write(to: file)
        let descriptor = open(file.path, O_WRONLY)
        let stop = Atomic(false)
        let writer = Thread {
            let bytes = [UInt8](Self.base)
            while !stop.value {
                _ = ftruncate(descriptor, 0)
                _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            }
        }
        writer.start()
        var outcomes: [String: Int] = [:]
        for _ in 0..<300 {
            let portfolio = load(folder)
            let codes = Set(portfolio.diagnostics.map(\.code))
            let outcome = codes.isEmpty ? "whole" : codes == [.fileUnreadable] ? "changed" : codes == [.emptyFile] ? "empty"
                : "other: \(portfolio.diagnostics)"
            outcomes[outcome, default: 0] += 1
        }
        stop.value = true
        while !writer.isFinished { usleep(1_000) }
        close(descriptor)
        #expect(outcomes.keys.allSatisfy { ["whole", "changed", "empty"].contains($0) }, "\(outcomes)")
    }

    @Test func folderNamedLikeAnAgreementIsRefused() throws {
        let folder = TestWorkspace.makeFolder()
        try FileManager.default.createDirectory(at: folder.appending(path: "mappe.md"), withIntermediateDirectories: true)
        expect(load(folder), .fileUnreadable, in: "/mappe.md", saying: "this is a folder, not a regular file")
    }

    @Test func danglingLinkIsReported() throws {
        let folder = TestWorkspace.makeFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "borte.md").path, withDestinationPath: "findes-ikke.md")
        expect(load(folder), .fileUnreadable, in: "/borte.md", saying: "a symbolic link to a file that does not exist")
    }

    @Test func linkToAFileInTheSameFolderIsRead() throws {
        let folder = TestWorkspace.makeFolder()
        try Self.base.write(to: folder.appending(path: "original.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "kopi.md").path, withDestinationPath: "original.md")
        let portfolio = load(folder)
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        #expect(portfolio.agreements.map(\.id).sorted() == ["kopi", "original"])
    }

    @Test func fileCountLimitHoldsAtAndJustPastItsValue() throws {
        let folder = TestWorkspace.makeFolder()
        for number in 1...5 { try Self.base.write(to: folder.appending(path: "aftale-\(number).md")) }
        let atLimit = load(folder, limits: .init(maximumFileCount: 5))
        #expect(atLimit.diagnostics.isEmpty && atLimit.agreements.count == 5)
        let past = load(folder, limits: .init(maximumFileCount: 4))
        expect(past, .tooManyFiles, in: folder.lastPathComponent, saying: "folder holds more than 4 agreement files (*.md)")
        #expect(past.agreements.isEmpty)
    }

    @Test func byteBudgetHoldsAtAndJustPastItsValue() throws {
        let folder = TestWorkspace.makeFolder()
        for number in 1...3 { try Self.base.write(to: folder.appending(path: "aftale-\(number).md")) }
        let atLimit = load(folder, limits: .init(maximumTotalByteCount: 3 * Self.base.count))
        #expect(atLimit.diagnostics.isEmpty && atLimit.agreements.count == 3)
        let past = load(folder, limits: .init(maximumTotalByteCount: 3 * Self.base.count - 1))
        expect(past, .tooManyFiles, in: "aftale-3.md", saying: "this file and the ones after it were not read")
        #expect(past.agreements.count == 2)
    }

    @Test func manyDiagnosticsOfOneKindAreCutToAHundredAndCounted() {
        let text = BadInputCorpus.variant([16: Array(repeating: "\tx", count: 150)])
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        let tabs = portfolio.diagnostics.filter { $0.code == .tabCharacter }
        #expect(tabs.count == Portfolio.maximumDiagnosticsPerCode + 1)
        #expect(tabs.last?.message == "50 more problem(s) of this kind in this file are not shown")
        #expect(tabs.last?.location.line == 116)
    }

    /// A fuzzer finding: 8,192 uses of a block that does not exist, through a fan-out of blocks,
    /// took 16 seconds and printed 8,192 diagnostics. Now each problem is reported once.
    @Test func fanOutOverAnUnknownBlockReportsEachUseOnce() {
        let text = BadInputCorpus.variant([16: ["{{> ukendt-vifte-01}}"]])
        let started = ContinuousClock.now
        let (portfolio, _) = TestWorkspace.load(["aftale.md": Data(text.utf8)])
        #expect(ContinuousClock.now - started < .seconds(30))
        let unknown = portfolio.diagnostics.filter { $0.code == .unknownBlock }
        #expect(unknown.map { "\($0.location.line):\($0.location.column)" } == ["4:5", "4:22"])
        #expect(unknown.allSatisfy { $0.location.file.hasSuffix("ukendt-vifte-12.md") })
    }
}

/// A flag shared between a test and its writer thread.
final class Atomic<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
