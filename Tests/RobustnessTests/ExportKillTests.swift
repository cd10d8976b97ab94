import CorpusGenerator
import Foundation
import SafeOutput
import Testing

/// `aftale export` killed with SIGKILL at seeded random moments: afterwards the target holds the
/// previous good file, or nothing if there was none, or the complete new file; never a partial
/// one. The temporary files a killed run leaves are removed by the next run, and so are the
/// scratch folders of libxlsxwriter's temporary files (beside the output) and of a bundle's
/// spreadsheets (in the children's own `TMPDIR`).
@Suite(.serialized) struct ExportKillTests {

    static let trials = 16

    @Test(arguments: [("workplan", "plan.xlsx", ["--layout", "arbejdsplan"], UInt64(7)),
                      ("bundle", "pakke.zip", [], UInt64(11))])
    func killedExportLeavesTheOldFileNothingOrTheNewFile(_ command: String, _ file: String, _ options: [String],
                                                         _ seed: UInt64) throws {
        // The shipped agreements: a real export, long enough to be killed while writing.
        let workspace = Workspace.root
        let folder = try Workspace.folder("aftaler-kill")
        let temporary = try Workspace.folder("aftaler-kill-tmp")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: temporary)
        }
        let target = folder.appending(path: file)
        func export(asOf date: String) throws -> Child {
            try Child(Workspace.aftale, ["export", command, "--as-of", date, "--output", target.path] + options, in: workspace,
                      environment: ["TMPDIR": temporary.path])
        }
        var scratchLeft = 0
        // The previous good file (as of 2024) and the new one (as of 2025) differ.
        let first = try export(asOf: "2024-01-01").wait()
        try #require(first.status == 0, "\(first)")
        let previous = try Data(contentsOf: target)
        let full = try export(asOf: "2025-01-01").wait()
        try #require(full.status == 0, "\(full)")
        let new = try Data(contentsOf: target)
        try #require(previous != new)

        // The corpus generator's SplitMix64: the same seed gives the same kill moments everywhere.
        var random = SeededRandom(seed: seed)
        var outcomes: [String: Int] = [:]
        for trial in 0..<Self.trials {
            let hadPrevious = trial % 2 == 0
            if hadPrevious { try previous.write(to: target) } else { try? FileManager.default.removeItem(at: target) }
            let before = Self.inode(target)
            let child = try export(asOf: "2025-01-01")
            let delay: Double
            if trial % 4 < 2 {
                // Anywhere from start-up to just after a normal run would have finished.
                delay = Double.random(in: 0.05...(full.seconds * 1.1), using: &random)
                usleep(useconds_t(delay * 1_000_000))
            } else {
                // While the file is being written: once its temporary file exists, a little later.
                delay = Double.random(in: 0...0.003, using: &random)
                let deadline = ContinuousClock.now + .seconds(30)
                while !Self.writing(file, in: folder), Self.inode(target) == before, ContinuousClock.now < deadline { usleep(500) }
                usleep(useconds_t(delay * 1_000_000))
            }
            child.kill()
            let outcome = child.wait()
            #expect(outcome.signal == SIGKILL || outcome.status == 0, "\(outcome)")
            let now = try? Data(contentsOf: target)
            let state = now == nil ? "nothing" : now == previous ? "previous" : now == new ? "new" : "PARTIAL"
            #expect(state != "PARTIAL", "trial \(trial) after \(delay) s: the target holds \(now?.count ?? 0) bytes of neither file")
            #expect(state != "nothing" || !hadPrevious, "trial \(trial): the previous file was lost")
            #expect(state != "previous" || hadPrevious, "trial \(trial): a file appeared from nowhere")
            outcomes["\(state), \(Self.writing(file, in: folder) ? "temporary file left" : "clean")", default: 0] += 1
            scratchLeft += (Workspace.names(in: temporary) + Workspace.names(in: folder)).filter { $0.hasPrefix(ScratchFolder.prefix) }.count
        }
        // At least one kill must have hit a write in progress, or the test showed nothing.
        #expect(outcomes.keys.contains { $0.hasSuffix("temporary file left") }, "\(outcomes)")
        // The next run finishes, writes the new file and removes what killed runs left behind.
        let again = try export(asOf: "2025-01-01").wait()
        #expect(again.status == 0, "\(again)")
        #expect(try Data(contentsOf: target) == new)
        #expect(Workspace.names(in: folder) == [file], "after \(outcomes)")
        #expect(!Workspace.names(in: temporary).contains { $0.hasPrefix(ScratchFolder.prefix) },
                "scratch folders left after the next run (killed runs had left \(scratchLeft))")
    }

    /// The inode of `file`, or nil: a rename over it gives a new one.
    static func inode(_ file: URL) -> UInt? {
        var info = stat()
        return stat(file.path, &info) == 0 ? UInt(info.st_ino) : nil
    }

    /// Whether a temporary file for `file` is in `folder`: a write is (or was, if killed) in progress.
    static func writing(_ file: String, in folder: URL) -> Bool {
        Workspace.names(in: folder).contains { $0.hasPrefix(".\(file).tmp-") }
    }

    /// The clean-up on the next run, without timing: temporary files, libxlsxwriter's scratch
    /// folders (with its `tmp.XXXXXXXXXX` files) and probe files of processes that are gone are
    /// removed, beside the output and in `TMPDIR`; those of a running process (this one) are kept.
    @Test func staleTemporaryFilesOfDeadProcessesAreRemovedOthersKept() throws {
        let workspace = try Workspace.make()
        let exports = workspace.appending(path: "Exports")
        let temporary = try Workspace.folder("aftaler-stale-tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let gone = try Child(URL(filePath: "/bin/true"), [], in: workspace)
        let deadPid = gone.pid
        _ = gone.wait()
        let dead = [".plan.xlsx.tmp-\(deadPid)-12345", ".pakke.zip.tmp-\(deadPid)-0A1B2C3D-0000-0000-0000-000000000000",
                    "\(ScratchFolder.prefix)\(deadPid)-probe-4242"]
        let alive = [".plan.xlsx.tmp-\(getpid())-777", ".pakke.zip.tmp-\(getpid())-777", "\(ScratchFolder.prefix)\(getpid())-777"]
        for name in dead + alive { try Data("halv".utf8).write(to: exports.appending(path: name)) }
        for parent in [exports, temporary] {
            let scratch = parent.appending(path: "\(ScratchFolder.prefix)\(deadPid)-0A1B2C3D")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
            try Data("halv".utf8).write(to: scratch.appending(path: "tmp.AbCdEfGhIj"))
        }
        let plan = try Child.run(Workspace.aftale, ["export", "workplan", "--layout", "arbejdsplan", "--output", "Exports/plan.xlsx"],
                                 in: workspace, environment: ["TMPDIR": temporary.path])
        let bundle = try Child.run(Workspace.aftale, ["export", "bundle", "--output", "Exports/pakke.zip"], in: workspace,
                                   environment: ["TMPDIR": temporary.path])
        #expect(plan.status == 0 && bundle.status == 0, "\(plan)\n\(bundle)")
        #expect(Workspace.names(in: exports) == (alive + ["pakke.zip", "plan.xlsx"]).sorted())
        #expect(Workspace.names(in: temporary).isEmpty)
    }
}
