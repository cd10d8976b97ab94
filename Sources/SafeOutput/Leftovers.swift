import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one sweeper of what killed runs leave behind.
///
/// Everything a run creates on the way to an output has a recognisable name, a prefix followed by
/// the process id and a dash: temporary files `.NAME.tmp-PID-…` beside the output, scratch folders
/// and probe files `.aftaler-scratch-PID-…` beside the output or in the system's temporary folder.
/// A process killed outright (SIGKILL, power loss) cannot remove its own; the next run removes
/// every such entry whose process no longer runs, and leaves those of running processes alone.
public enum Leftovers {
    /// Removes the entries in `folder` named `prefix` + PID + `-…` whose process no longer runs
    /// (files, or folders with everything in them). Returns the names removed.
    @discardableResult
    public static func sweep(in folder: URL, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = processID(in: name, after: prefix), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(at: folder.appending(path: name))) != nil { removed.append(name) }
        }
        return removed
    }

    /// The process id that `name` carries after `prefix`, if it has one followed by a dash.
    static func processID(in name: String, after prefix: String) -> pid_t? {
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { return nil }
        return pid
    }

    /// Whether a process with this id exists (one of another user counts as running).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
