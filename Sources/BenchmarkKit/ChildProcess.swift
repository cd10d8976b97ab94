import Foundation

/// What one run of a command took: wall-clock time, the peak resident memory of the process and
/// every process it waited for (GNU time's `%M`, else `wait4`'s `rusage`), its exit status and its
/// standard output.
public struct RunResult: Sendable {
    /// Wall-clock seconds from spawn to exit.
    public let seconds: Double
    /// Peak resident set size in bytes (`ru_maxrss`, which Linux keeps in KiB).
    public let peakRSS: Int
    /// The exit code, or 128 + the signal number when the process was killed.
    public let exitCode: Int32
    /// What the process wrote to standard output.
    public let output: String
}

/// A command failed; carries its exit code and the end of what it printed.
public struct CommandFailure: Error, CustomStringConvertible {
    /// The command line, for the message.
    public let command: [String]
    /// Its exit code.
    public let exitCode: Int32
    /// The last lines of its standard error.
    public let stderrTail: String

    /// A readable message.
    public var description: String {
        "command failed with exit code \(exitCode): \(command.joined(separator: " "))\n\(stderrTail)"
    }
}

/// Starts a command as a child process with `posix_spawn` under `/usr/bin/time` and waits for it
/// with `wait4`, so that its peak memory is measured by the kernel, not sampled.
public enum ChildProcess {
    /// Runs `arguments` (the program is looked up in `PATH`) in `directory`, with standard output
    /// captured and standard error saved to a file whose tail is reported on failure.
    /// Throws ``CommandFailure`` when the command exits non-zero.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> RunResult {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "aftale-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutPath = scratch.appending(path: "stdout").path
        let stderrPath = scratch.appending(path: "stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // GNU time forks the command from a small process, so the peak it reports is the command's
        // own; `wait4` on a child spawned from this (larger) process would also count our memory.
        let peakPath = scratch.appending(path: "peak").path
        let timed = usesGNUTime ? ["/usr/bin/time", "-f", "%M", "-o", peakPath] + arguments : arguments
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0.path] + timed } ?? timed
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let start = now()
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw CommandFailure(command: arguments, exitCode: 127, stderrTail: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { break }
        }
        let seconds = now() - start
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? ""
        guard exitCode == 0 else {
            let errors = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            let tail = errors.split(separator: "\n").suffix(8).joined(separator: "\n")
            throw CommandFailure(command: arguments, exitCode: exitCode, stderrTail: tail)
        }
        let reported = (try? String(contentsOfFile: peakPath, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let peakKiB = reported ?? Int(usage.ru_maxrss)
        return RunResult(seconds: seconds, peakRSS: peakKiB * 1024, exitCode: exitCode, output: output)
    }

    /// Whether `/usr/bin/time` (GNU time, Debian package `time`) is there to measure peak memory.
    public static let usesGNUTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")

    /// Runs a shell command line (`/bin/sh -c`).
    public static func shell(_ script: String, in directory: URL? = nil) throws -> RunResult {
        try run(["/bin/sh", "-c", script], in: directory)
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
