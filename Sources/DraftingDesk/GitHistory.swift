import AftalerCore
import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Earlier versions of one file from its git history, read by running `git` as a subprocess
/// (`git log`, `git show REV:./FILE`) in the file's folder: no library to link, and the user's
/// own git configuration (worktrees, safe directories) applies as it does on the command line.
/// Used by `aftale diff` and by the drafting page's history.
public struct GitHistory: Sendable {
    /// One version of the file.
    public struct Version: Sendable {
        public let bytes: Data
        /// "a1b2c3d (7. februar 2023)"
        public let label: String
        /// The commit's date (committer date, as the day it has in the commit's own offset).
        public let date: CivilDate
    }

    /// One commit that changed the file: its full hash, short hash, day and subject line.
    public struct Commit: Sendable, Hashable {
        public let hash: String
        public let shortHash: String
        public let date: CivilDate
        public let subject: String
    }

    /// A failure of git, with its message.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// The file, as an absolute URL.
    public let file: URL

    public init(file: URL) { self.file = file }

    /// The commits that changed the file, newest first (at most `limit`), following renames.
    public func commits(limit: Int = 200) throws -> [Commit] {
        let log = try git(["log", "--follow", "-n", String(limit), "--format=%H%x09%h%x09%cI%x09%s", "--", relative])
        return String(decoding: log, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let date = CivilDate(iso: String(fields[2].prefix(10))) else { return nil }
            return Commit(hash: String(fields[0]), shortHash: String(fields[1]), date: date, subject: String(fields[3]))
        }
    }

    private var folder: URL { file.deletingLastPathComponent() }
    private var relative: String { "./" + file.lastPathComponent }

    /// The file as it was in commit `revision`.
    public func version(at revision: String) throws -> Version {
        guard !revision.hasPrefix("-") else { throw Failure(description: "'\(revision)' is not a revision") }
        let info = try git(["log", "-1", "--format=%h %cI", revision, "--"])
        let fields = String(decoding: info, as: UTF8.self).trimming(.whitespacesAndNewlines)
            .split(separator: " ")
        guard fields.count == 2, let date = CivilDate(iso: String(fields[1].prefix(10))) else {
            throw Failure(description: "git gave no commit for '\(revision)'")
        }
        let bytes = try git(["show", "\(revision):\(relative)"])
        return Version(bytes: bytes, label: "\(fields[0]) (\(DanishFormat.date(date)))", date: date)
    }

    /// The latest commit whose version of the file differs from `bytes`: the version before the
    /// current one. Nil when the history has no other version.
    public func previousVersion(differingFrom bytes: Data, before revision: String? = nil) throws -> Version? {
        let log = try git(["log", "--format=%H", revision ?? "HEAD", "--", relative])
        for commit in String(decoding: log, as: UTF8.self).split(separator: "\n").prefix(200) {
            let version = try self.version(at: String(commit))
            if version.bytes != bytes { return version }
        }
        return nil
    }

    /// Runs git in the file's folder; its stdout, or a `Failure` with its stderr.
    private func git(_ arguments: [String]) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "aftale-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appending(path: "out"), err = scratch.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let status: Int32
        do {
            status = try ChildProcess.run("/usr/bin/env", ["git", "-C", folder.path] + arguments,
                                          standardOutput: out.path, standardError: err.path)
        } catch {
            throw Failure(description: "could not run git: \(error)")
        }
        guard status == 0 else {
            let message = String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self)
                .trimming(.whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.first ?? "") failed: \(message)")
        }
        return try Data(contentsOf: out)
    }
}
