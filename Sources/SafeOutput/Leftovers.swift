#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        sweep(in: folder, prefixes: [prefix])
    }

    /// ``sweep(in:prefix:)`` for several prefixes in one reading of the folder.
    ///
    /// The folder is read with `readdir`, and only names that start with one of the prefixes
    /// (compared as bytes) become strings: every output and every scratch folder sweeps its folder,
    /// and a system temporary folder of 25,000 entries read through `FileManager` took about as long
    /// as writing a 10,000-row workplan's cells (callgrind, 2026-12-02).
    @discardableResult
    public static func sweep(in folder: URL, prefixes: [String]) -> [String] {
        var removed: [String] = []
        for (name, prefix) in names(in: folder, startingWith: prefixes) {
            guard let pid = processID(in: name, after: prefix), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(at: folder.appending(path: name))) != nil { removed.append(name) }
        }
        return removed
    }

    /// The names in `folder` that start with one of `prefixes`, each with the first prefix it
    /// starts with; none when the folder cannot be read.
    static func names(in folder: URL, startingWith prefixes: [String]) -> [(name: String, prefix: String)] {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        let wanted = prefixes.map { (prefix: $0, bytes: Array($0.utf8)) }
        var found: [(String, String)] = []
        while let entry = readdir(directory) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let name = raw.prefix { $0 != 0 }
                for (prefix, bytes) in wanted where name.starts(with: bytes) {
                    found.append((String(decoding: name, as: UTF8.self), prefix))
                    break
                }
            }
        }
        return found
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
