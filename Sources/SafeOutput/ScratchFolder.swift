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

/// A private folder for files made on the way to an output: libxlsxwriter's temporary files, and
/// the spreadsheets that go into a bundle.
///
/// Its name is hidden and carries the process id, `.aftaler-scratch-PID-UUID`, so that
/// ``Leftovers`` recognises one left by a killed run. It is removed by ``remove()``; creating a
/// scratch folder first removes the stale ones in the same parent.
public struct ScratchFolder: Sendable {
    /// The start of every scratch folder's name (and of the probe files of ``AtomicFile``).
    public static let prefix = ".aftaler-scratch-"

    /// The folder.
    public let url: URL

    /// Creates a fresh scratch folder in `parent` (by default the system's temporary folder,
    /// `$TMPDIR`), after removing the stale ones there.
    public init(in parent: URL = FileManager.default.temporaryDirectory) throws(OutputError) {
        Leftovers.sweep(in: parent, prefix: Self.prefix)
        url = parent.appending(path: "\(Self.prefix)\(getpid())-\(UUID().uuidString)", directoryHint: .isDirectory)
        guard mkdir(url.path, 0o700) == 0 else { throw OutputError(.create, path: url.path, errno: errno) }
    }

    /// Removes the folder and what is in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
