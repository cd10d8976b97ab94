import Foundation
import SafeOutput
import Testing

/// The output defects of the hostile trial: a full or unusable `$TMPDIR`, a spreadsheet part cut
/// off while libxlsxwriter reports success, `--output` onto something that is not a regular file,
/// and libxlsxwriter's own `[ERROR]` lines on stderr.
@Suite struct OutputTrialTests {
    /// Every command with `--output`, as of a fixed day, on the shipped agreements.
    static let commands: [[String]] = [
        ["export", "bundle", "--as-of", "2025-01-01"],
        ["export", "workplan", "--layout", "arbejdsplan", "--as-of", "2025-01-01"],
        ["report", "status", "--as-of", "2025-01-01"],
        ["due", "--as-of", "2025-01-01"],
    ]

    /// Reads `file` back as a spreadsheet: every XML part must parse, and openpyxl must open it.
    static func spreadsheetProblem(_ file: URL) throws -> String? {
        let script = """
            import sys, zipfile, xml.dom.minidom, openpyxl
            with zipfile.ZipFile(sys.argv[1]) as z:
                for name in z.namelist():
                    if name.endswith((".xml", ".rels")): xml.dom.minidom.parseString(z.read(name))
            openpyxl.load_workbook(sys.argv[1])
            """
        let outcome = try Child.run(URL(filePath: "/usr/bin/env"), ["python3", "-c", script, file.path], in: Workspace.root)
        return outcome.status == 0 ? nil : outcome.stderr
    }

    /// A `$TMPDIR` that does not exist, or is a file: the workplan no longer goes through it.
    @Test(arguments: ["missing", "file"]) func unusableTemporaryFolderDoesNotMatterToTheWorkplan(_ kind: String) throws {
        let folder = try Workspace.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appending(path: "tmp")
        if kind == "file" { try Data("x".utf8).write(to: temporary) }
        let target = folder.appending(path: "plan.xlsx")
        let outcome = try Child.run(Workspace.aftale, Self.commands[1] + ["--output", target.path], in: Workspace.root,
                                    environment: ["TMPDIR": temporary.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(try Self.spreadsheetProblem(target) == nil)
        #expect(Workspace.names(in: folder) == (kind == "file" ? ["plan.xlsx", "tmp"] : ["plan.xlsx"]))
    }

    /// Whether a tmpfs can be mounted in a private mount namespace here (root, or user namespaces).
    static let canMount: Bool = {
        guard let folder = try? Workspace.folder("aftaler-mount-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let namespace = getuid() == 0 ? ["-m"] : ["-r", "-m"]
        let outcome = try? Child.run(URL(filePath: "/usr/bin/unshare"),
                                     namespace + ["/bin/sh", "-c", "mount -t tmpfs -o size=8k tmpfs \"$1\"", "sh", folder.path],
                                     in: Workspace.root, timeout: 30)
        return outcome?.status == 0
    }()

    /// The trial's case: `TMPDIR` on a full 8 KiB tmpfs gave exit 0 and a sheet cut at 8,192 bytes.
    /// Needs a mount; skipped (with this reason) where mounting is not permitted. CI runs as root.
    @Test(.enabled(if: canMount, "mounting a tmpfs needs root or user namespaces (unshare -m)"))
    func fullTemporaryFolderGivesAGoodWorkplan() throws {
        let folder = try Workspace.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mountPoint = folder.appending(path: "full")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: false)
        let target = folder.appending(path: "plan.xlsx")
        let command = ([Workspace.aftale.path] + Self.commands[1] + ["--output", target.path]).map { "'\($0)'" }.joined(separator: " ")
        let script = """
            mount -t tmpfs -o size=8k tmpfs "$1" || exit 99
            TMPDIR="$1" \(command); echo "exit $?"
            echo "--- left in TMPDIR"; ls -A "$1"
            """
        let namespace = getuid() == 0 ? ["-m"] : ["-r", "-m"]
        let outcome = try Child.run(URL(filePath: "/usr/bin/unshare"),
                                    namespace + ["--propagation", "private", "/bin/sh", "-c", script, "sh", mountPoint.path],
                                    in: Workspace.root)
        #expect(outcome.stdout.contains("exit 0\n--- left in TMPDIR\n"), "\(outcome)\n\(outcome.stdout)")
        #expect(outcome.stdout.hasSuffix("--- left in TMPDIR\n"), "\(outcome.stdout)")
        #expect(try Self.spreadsheetProblem(target) == nil)
        #expect(!outcome.stderr.contains("[ERROR]"), "\(outcome)")
    }

    /// A part libxlsxwriter cuts off without saying so, without root: a file-size limit
    /// (RLIMIT_FSIZE, SIGXFSZ ignored) that the compressed workbook fits under but its shared
    /// strings (one long, repetitive status text) do not. The export must fail, keep the previous
    /// file, leave nothing behind and print none of libxlsxwriter's own lines.
    @Test func partCutOffSilentlyFailsTheExportAndKeepsThePreviousFile() throws {
        let long = Array(repeating: "Under implementering i klyngerne", count: 800).joined(separator: " ")
        let agreement = Workspace.agreement().replacingOccurrences(of: "status: I gang", with: "status: \(long)")
        let workspace = try Workspace.make(["rygestop.md": agreement])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let target = workspace.appending(path: "Exports/plan.xlsx")
        let arguments = ["export", "workplan", "--layout", "arbejdsplan", "--output", target.path]
        let first = try Child.run(Workspace.aftale, arguments, in: workspace)
        try #require(first.status == 0, "\(first)")
        let previous = try Data(contentsOf: target)
        try #require(previous.count < 16_384, "the workbook must fit under the limit: \(previous.count) bytes")
        let limit = """
            import os, resource, signal, sys
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
            os.execv(sys.argv[1], sys.argv[1:])
            """
        let outcome = try Child.run(URL(filePath: "/usr/bin/env"), ["python3", "-c", limit, Workspace.aftale.path] + arguments,
                                    in: workspace)
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("File too large: a file-size limit was reached"), "\(outcome)")
        #expect(!outcome.stderr.contains("[ERROR]"), "\(outcome)")
        #expect(try Data(contentsOf: target) == previous)
        #expect(Workspace.names(in: workspace.appending(path: "Exports")) == ["plan.xlsx"])
    }

    /// `--output` onto a named pipe, a device or a symbolic link: exit 1, a clear diagnostic,
    /// the node as it was, nothing written anywhere.
    @Test(arguments: 0..<4) func outputOntoSomethingElseThanARegularFileIsRefused(_ index: Int) throws {
        let folder = try Workspace.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appending(path: "pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let pointee = folder.appending(path: "real.txt")
        try Data("behold".utf8).write(to: pointee)
        let link = folder.appending(path: "link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pointee)
        let cases: [(URL, FileKind, String)] = [(fifo, .fifo, "a named pipe (FIFO)"),
                                                (URL(filePath: "/dev/null"), .characterDevice, "a character device"),
                                                (link, .symbolicLink, "a symbolic link")]
        for (path, kind, words) in cases {
            let outcome = try Child.run(Workspace.aftale, Self.commands[index] + ["--output", path.path], in: Workspace.root,
                                        timeout: 120)
            #expect(outcome.status == 1, "\(path.path): \(outcome)")
            #expect(outcome.stderr.contains("'\(path.path)' is \(words), not a regular file; it was left untouched; "
                                                + "--output only replaces a regular file"), "\(outcome)")
            #expect(FileKind.at(path.path) == kind)
        }
        #expect(try Data(contentsOf: pointee) == Data("behold".utf8))
        #expect(Workspace.names(in: folder) == ["link", "pipe", "real.txt"])
    }
}
