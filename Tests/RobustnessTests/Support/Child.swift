import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `wait4`, so a test knows its exit
/// status or killing signal and its wall time, can kill it (its whole process group) and, when
/// asked, its peak memory.
///
/// The command runs through `/bin/sh -c 'cd DIR && exec "$@"'`: the shell replaces itself with the
/// program, so the pid and the signal are the program's own. Peak memory cannot come from this
/// process's `wait4`: Linux counts the memory of the process that spawned a child (this test
/// process, over a gigabyte under AddressSanitizer) into the child's `ru_maxrss`. So a measured
/// child runs under a small Python parent that reports its child's `ru_maxrss`.
final class Child {
    /// How a child ended.
    struct Outcome: CustomStringConvertible {
        /// The exit status, or nil when a signal ended the child.
        let status: Int32?
        /// The signal that ended the child, or nil.
        let signal: Int32?
        let seconds: Double
        /// Peak resident memory in bytes.
        let peakMemory: Int
        let stdout: String
        let stderr: String

        var description: String {
            "status \(status.map(String.init) ?? "-"), signal \(signal.map(String.init) ?? "-"), "
                + "\(String(format: "%.2f", seconds)) s, \(peakMemory / 1_048_576) MiB\nstderr: \(stderr.prefix(4_000))"
        }
    }

    let pid: pid_t
    private let started = ContinuousClock.now
    private let scratch: URL

    /// Starts `executable` with `arguments` in `folder`.
    init(_ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:],
         measuringMemory: Bool = false) throws {
        scratch = FileManager.default.temporaryDirectory.appending(path: "aftaler-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch.appending(path: "out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, scratch.appending(path: "err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let program = (measuringMemory ? ["/usr/bin/env", "python3", "-c", Self.measure] : []) + [executable.path] + arguments
        let words = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path] + program
        var merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        merged["SWIFT_BACKTRACE"] = "enable=no"
        let argv = words.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // A process group of its own, so a kill reaches the program under a measuring parent too.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        self.pid = pid
    }

    /// Sends `signal` to the child's process group.
    func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(-pid, signal) }

    /// The measuring parent: runs its arguments, reports the child's peak memory on stderr, and
    /// ends as the child did (with its exit status, or by its signal).
    static let measure = """
        import os, resource, signal, subprocess, sys
        code = subprocess.call(sys.argv[1:])
        sys.stderr.write("\\npeak-memory-kib %d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        sys.stderr.flush()
        if code < 0:
            signal.signal(-code, signal.SIG_DFL)
            os.kill(os.getpid(), -code)
        sys.exit(code)
        """

    /// Waits for the child; kills it after `timeout` seconds (the outcome then shows SIGKILL).
    func wait(timeout: Double = 300) -> Outcome {
        let deadline = started + .milliseconds(Int(timeout * 1000))
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid || done < 0 { break }
            if ContinuousClock.now > deadline { kill() }
            usleep(2_000)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let out = (try? String(contentsOf: scratch.appending(path: "out"), encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: scratch.appending(path: "err"), encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: scratch)
        let signaled = status & 0x7F != 0 && status & 0x7F != 0x7F
        // The measuring parent's report, or this wait's (which includes this process's memory).
        let reported = err.split(separator: "\n").last { $0.hasPrefix("peak-memory-kib ") }
            .flatMap { Int($0.dropFirst("peak-memory-kib ".count)) }
        return Outcome(status: signaled ? nil : (status >> 8) & 0xFF, signal: signaled ? status & 0x7F : nil,
                       seconds: seconds, peakMemory: (reported ?? Int(usage.ru_maxrss)) * 1024, stdout: out, stderr: err)
    }

    /// Runs to the end (or the timeout) and returns the outcome.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:],
                    measuringMemory: Bool = false, timeout: Double = 300) throws -> Outcome {
        try Child(executable, arguments, in: folder, environment: environment, measuringMemory: measuringMemory)
            .wait(timeout: timeout)
    }
}
