import Foundation
import Testing

/// Output folders that cannot take the file: missing, read-only (by permission and by file
/// system) and full (a 64 KiB-scale tmpfs). Each gives exit code 1 and an error that says what to
/// do, leaves the previous file as it was, and leaves no temporary file behind.
///
/// The file-system cases mount a tmpfs in a private mount namespace (`unshare -m`, as root; with
/// `-r` otherwise), so nothing outlives the test; the shell inside reports what the folder holds
/// after `aftale` has exited.
@Suite struct ExportFaultTests {
    static let exports: [(command: String, file: String, options: [String])] = [
        ("workplan", "plan.xlsx", ["--layout", "arbejdsplan"]),
        ("bundle", "pakke.zip", []),
    ]

    /// Runs `aftale export` in the repository (the shipped agreements) with `--output`.
    func export(_ index: Int, to target: String, asOf date: String = "2025-01-01", user: [String] = []) throws -> Child.Outcome {
        let export = Self.exports[index]
        let words = user + [Workspace.aftale.path, "export", export.command, "--as-of", date, "--output", target] + export.options
        return try Child.run(URL(filePath: words[0]), Array(words.dropFirst()), in: Workspace.root, timeout: 300)
    }

    @Test(arguments: [0, 1]) func missingOutputFolder(_ index: Int) throws {
        let folder = try Workspace.folder()
        let outcome = try export(index, to: folder.appending(path: "mangler/\(Self.exports[index].file)").path)
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("the output folder '\(folder.path)/mangler' does not exist; create it or choose another --output"),
                "\(outcome)")
        #expect(Workspace.names(in: folder).isEmpty)
    }

    /// A folder without write permission, for a user who is not root (root ignores permissions,
    /// so as root the export runs as `nobody` through setpriv).
    @Test(arguments: [0, 1]) func folderWithoutWritePermission(_ index: Int) throws {
        let folder = try Workspace.folder()
        let target = folder.appending(path: Self.exports[index].file)
        try Data("forrige".utf8).write(to: target)
        #expect(chmod(folder.path, 0o555) == 0)
        defer { chmod(folder.path, 0o755) }
        let user = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let outcome = try export(index, to: target.path, user: user)
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("the output folder '\(folder.path)' is not writable; choose another --output"), "\(outcome)")
        #expect(try Data(contentsOf: target) == Data("forrige".utf8))
        #expect(Workspace.names(in: folder) == [target.lastPathComponent])
    }

    /// Runs `script` in a private mount namespace with `$1` = a fresh tmpfs of `size` bytes
    /// (mounted read-only after `prepare` if `readOnly`), then runs the export into it and prints
    /// `ls -a` of the folder and the checksum of the target.
    func inTmpfs(_ index: Int, size: Int, prepare: String, readOnly: Bool = false) throws -> (Child.Outcome, [String], String?) {
        let mountPoint = try Workspace.folder("aftaler-tmpfs")
        let target = "\(mountPoint.path)/\(Self.exports[index].file)"
        let export = Self.exports[index]
        let command = ([Workspace.aftale.path, "export", export.command, "--as-of", "2025-01-01", "--output", target] + export.options)
            .map { "'\($0)'" }.joined(separator: " ")
        let script = """
            set -e
            mount -t tmpfs -o size=\(size) tmpfs "$1"
            \(prepare)
            \(readOnly ? "mount -o remount,ro \"$1\"" : "")
            set +e
            \(command)
            echo "exit $?"
            echo "--- listing"; ls -a "$1" | grep -v '^\\.\\.\\?$' || true
            echo "--- checksum"; sha256sum "\(target)" 2>/dev/null | cut -c1-64 || true
            """
        let namespace = getuid() == 0 ? ["-m"] : ["-r", "-m"]
        let outcome = try Child.run(URL(filePath: "/usr/bin/unshare"),
                                    namespace + ["--propagation", "private", "/bin/sh", "-c", script, "sh", mountPoint.path],
                                    in: Workspace.root, timeout: 300)
        let parts = outcome.stdout.components(separatedBy: "--- ")
        try #require(parts.count == 3, "could not mount a tmpfs (unshare and mount must be allowed): \(outcome)")
        let listing = parts[1].split(separator: "\n").dropFirst().map(String.init)
        let checksum = parts[2].split(separator: "\n").dropFirst().first.map(String.init)
        return (outcome, listing, checksum)
    }

    /// The sha256 of the export written normally, as of 2024 (the "previous good file").
    func previousFile(_ index: Int) throws -> (data: Data, sha256: String) {
        let folder = try Workspace.folder()
        let target = folder.appending(path: Self.exports[index].file)
        let outcome = try export(index, to: target.path, asOf: "2024-01-01")
        try #require(outcome.status == 0, "\(outcome)")
        let sum = try Child.run(URL(filePath: "/usr/bin/sha256sum"), [target.path], in: folder)
        return (try Data(contentsOf: target), String(sum.stdout.prefix(64)))
    }

    @Test(arguments: [0, 1]) func readOnlyFileSystem(_ index: Int) throws {
        let previous = try previousFile(index)
        let saved = try Workspace.folder().appending(path: "forrige")
        try previous.data.write(to: saved)
        let (outcome, listing, checksum) = try inTmpfs(index, size: 4 << 20, prepare: "cp '\(saved.path)' \"$1/\(Self.exports[index].file)\"",
                                                       readOnly: true)
        #expect(outcome.stdout.contains("exit 1"), "\(outcome)\n\(outcome.stdout)")
        #expect(outcome.stderr.contains("is not writable; choose another --output"), "\(outcome)")
        #expect(listing == [Self.exports[index].file])
        #expect(checksum == previous.sha256)
    }

    /// The disk fills up while the new file is written: the previous file stays, the partial one
    /// is removed, and the error says the disk is full.
    @Test(arguments: [0, 1]) func fullDiskKeepsThePreviousFile(_ index: Int) throws {
        let previous = try previousFile(index)
        let saved = try Workspace.folder().appending(path: "forrige")
        try previous.data.write(to: saved)
        // Room for the previous file and a few pages more, not for a second copy.
        let size = (previous.data.count / 4096 + 3) * 4096
        let (outcome, listing, checksum) = try inTmpfs(index, size: size, prepare: "cp '\(saved.path)' \"$1/\(Self.exports[index].file)\"")
        #expect(outcome.stdout.contains("exit 1"), "\(outcome)\n\(outcome.stdout)")
        #expect(outcome.stderr.contains("No space left on device"), "\(outcome)")
        #expect(outcome.stderr.contains("free some space or choose another --output"), "\(outcome)")
        #expect(!outcome.stderr.contains("[ERROR]"), "libxlsxwriter's own lines reached stderr: \(outcome)")
        #expect(listing == [Self.exports[index].file], "temporary files left: \(listing)")
        #expect(checksum == previous.sha256)
    }

    @Test(arguments: [0, 1]) func fullDiskWithoutAPreviousFileLeavesNothing(_ index: Int) throws {
        let (outcome, listing, checksum) = try inTmpfs(index, size: 8192, prepare: "")
        #expect(outcome.stdout.contains("exit 1"), "\(outcome)\n\(outcome.stdout)")
        #expect(outcome.stderr.contains("No space left on device"), "\(outcome)")
        #expect(!outcome.stderr.contains("[ERROR]"), "libxlsxwriter's own lines reached stderr: \(outcome)")
        #expect(listing.isEmpty, "left behind: \(listing)")
        #expect(checksum == nil)
    }
}
