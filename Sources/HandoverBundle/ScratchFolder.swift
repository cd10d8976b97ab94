import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A private folder in the system's temporary folder for files made on the way to a bundle: the
/// spreadsheets, which libxlsxwriter can only write to a file and which are then read into the bag.
///
/// Its name carries the process id, `aftaler-bundle-PID-UUID`. It is removed when the bundle is
/// made or fails; a process killed outright (SIGKILL, power loss) cannot remove its own, so every
/// new scratch folder first removes those of processes that no longer run, the way
/// `AtomicFile.removeStaleTemporaries(for:)` does for temporary files beside an output.
struct ScratchFolder {
    /// The start of every scratch folder's name.
    static let prefix = "aftaler-bundle-"

    /// The folder.
    let url: URL

    /// Creates a fresh scratch folder in `parent`, after removing the stale ones there.
    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        Self.removeStale(in: parent)
        url = parent.appending(path: "\(Self.prefix)\(getpid())-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    /// Removes the folder and what is in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Removes the scratch folders in `parent` whose process no longer runs; those of running
    /// processes (this one included) are left alone. Returns the names removed.
    @discardableResult
    static func removeStale(in parent: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0,
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            if (try? FileManager.default.removeItem(at: parent.appending(path: name))) != nil { removed.append(name) }
        }
        return removed
    }
}
