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

/// The one way outputs are written, so that a reader never sees a half-written file: the content
/// goes to a temporary file in the destination's folder, which is flushed with `fsync` (checked),
/// renamed over the destination only when complete, and the folder is flushed (checked). On any
/// error the temporary file is removed and the destination keeps what it had.
///
/// **Destinations.** Only a regular file, or nothing, is ever replaced. A symbolic link, a named
/// pipe, a device (`/dev/null`, `/dev/full`), a socket or a folder at the destination is refused
/// before any work and again just before the rename, with ``OutputError/Problem/notARegularFile(_:)``,
/// and left as it was. A link is not followed: the file it points to is not written either.
///
/// Temporary files are hidden siblings named `.NAME.tmp-PID-RANDOM`; what a killed run leaves is
/// removed by the next write to the same folder (``Leftovers``).
public enum AtomicFile {
    /// The longest file name, in UTF-8 bytes, that Linux and macOS file systems accept.
    public static let maximumNameLength = 255

    /// Checks, before any work is done, that `target`'s name is not too long, that its folder
    /// exists and takes new files, and that nothing but a regular file is at `target`.
    public static func checkFolder(of target: URL) throws(OutputError) {
        guard target.lastPathComponent.utf8.count <= maximumNameLength else {
            throw OutputError(.checkFolder, path: target.path, errno: ENAMETOOLONG)
        }
        // The destination first: a device or pipe is refused before anything is created beside it.
        try checkDestination(target)
        try checkWritableFolder(target.deletingLastPathComponent())
    }

    /// Checks that `folder` exists, is a folder and takes new files: a file is created and removed
    /// there (its name is one ``Leftovers`` recognises), since permission bits say nothing for
    /// root or on a read-only mount.
    public static func checkWritableFolder(_ folder: URL) throws(OutputError) {
        let path = folder.path
        var info = stat()
        guard stat(path, &info) == 0 else { throw OutputError(.checkFolder, path: path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw OutputError(.checkFolder, path: path, errno: ENOTDIR) }
        let probe = folder.appending(path: "\(ScratchFolder.prefix)\(getpid())-probe-\(UInt32.random(in: 0...UInt32.max))").path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OutputError(.checkFolder, path: path, errno: errno) }
        close(descriptor)
        unlink(probe)
    }

    /// Throws unless `target` is absent or a regular file (see the type's documentation).
    public static func checkDestination(_ target: URL) throws(OutputError) {
        guard let kind = FileKind.at(target.path) else { throw OutputError(.checkDestination, path: target.path, errno: errno) }
        guard kind == .absent || kind == .regularFile else { throw OutputError(refusing: target.path, found: kind) }
    }

    /// The hidden prefix of every temporary file for `name`: `.NAME.tmp-`, with NAME cut so that
    /// a whole temporary name stays within ``maximumNameLength``.
    public static func temporaryPrefix(for name: String) -> String {
        var cut = Substring(name)
        while cut.utf8.count > maximumNameLength - 64 { cut = cut.dropLast() }
        return ".\(cut).tmp-"
    }

    /// A fresh temporary path beside `target`, hidden, that no other run uses.
    public static func temporaryPath(for target: URL) -> URL {
        let name = temporaryPrefix(for: target.lastPathComponent) + "\(getpid())-\(UUID().uuidString)"
        return target.deletingLastPathComponent().appending(path: name)
    }

    /// Removes what killed runs left in `target`'s folder: its temporary files and every scratch
    /// folder or probe file, each only if its process no longer runs. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(for target: URL) -> [String] {
        Leftovers.sweep(in: target.deletingLastPathComponent(),
                        prefixes: [temporaryPrefix(for: target.lastPathComponent), ScratchFolder.prefix])
    }

    /// Lets `write` produce the file at a temporary path, then moves it to `target` with
    /// ``commit(_:to:overwrite:)``. With `overwrite: false` an existing target is never replaced.
    /// `sweepingLeftovers: false` skips ``removeStaleTemporaries(for:)``, for a long-running
    /// program that sweeps a big folder once when it starts rather than on every write.
    public static func write<Result>(to target: URL, overwrite: Bool = true, sweepingLeftovers: Bool = true,
                                     _ write: (URL) throws -> Result) throws -> Result {
        try checkFolder(of: target)
        if !overwrite, FileKind.at(target.path) != .absent { throw OutputError(.link, path: target.path, errno: EEXIST) }
        if sweepingLeftovers { removeStaleTemporaries(for: target) }
        let temporary = temporaryPath(for: target)
        do {
            let result = try write(temporary)
            try commit(temporary, to: target, overwrite: overwrite)
            return result
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Writes `data` atomically to `target`.
    public static func write(_ data: Data, to target: URL, overwrite: Bool = true, sweepingLeftovers: Bool = true) throws {
        try write(to: target, overwrite: overwrite, sweepingLeftovers: sweepingLeftovers) { temporary in
            try createFile(temporary.path, with: data)
        }
    }

    /// Creates a new file at `path` (failing if anything is there) holding `data`.
    public static func createFile(_ path: String, with data: Data) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError(.create, path: path, errno: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + offset, data.count - offset, off_t(offset)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw OutputError(.write, path: path, errno: errno) }
            offset += written
        }
    }

    /// Publishes a finished temporary file: flushes it (`fsync`, checked: a full disk can surface
    /// only there), checks the destination again, renames it over `target` (or, with `overwrite:
    /// false`, links it, which fails if `target` exists) and flushes the folder (checked), so that
    /// after a crash `target` holds either the old or the new file.
    public static func commit(_ temporary: URL, to target: URL, overwrite: Bool = true) throws(OutputError) {
        try sync(temporary.path)
        try checkDestination(target)
        if overwrite {
            guard rename(temporary.path, target.path) == 0 else { throw OutputError(.rename, path: target.path, errno: errno) }
        } else {
            guard link(temporary.path, target.path) == 0 else { throw OutputError(.link, path: target.path, errno: errno) }
            unlink(temporary.path)
        }
        try syncFolder(target.deletingLastPathComponent().path)
    }

    /// Finds out, by writing, why nothing more fits in `folder`: a probe file of up to 1 MiB is
    /// written, flushed and removed. For writers whose own errors do not say why (libxlsxwriter's);
    /// nil when the probe succeeds.
    public static func writeProblem(in folder: URL) -> OutputError? {
        let probe = folder.appending(path: "\(ScratchFolder.prefix)\(getpid())-probe-\(UInt32.random(in: 0...UInt32.max))").path
        defer { unlink(probe) }
        do {
            try createFile(probe, with: Data(count: 1 << 20))
            try sync(probe)
            return nil
        } catch {
            return OutputError(error.operation, path: folder.path, errno: error.errno)
        }
    }

    /// `fsync(2)` of a file; a failure fails the write.
    static func sync(_ path: String) throws(OutputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(.sync, path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw OutputError(.sync, path: path, errno: errno) }
    }

    /// `fsync(2)` of a folder, so that a rename in it is durable. File systems that cannot flush a
    /// folder (EINVAL, ENOTSUP) are accepted; any other failure is reported.
    static func syncFolder(_ path: String) throws(OutputError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(.syncFolder, path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 || errno == EINVAL || errno == ENOTSUP else {
            throw OutputError(.syncFolder, path: path, errno: errno)
        }
    }
}
