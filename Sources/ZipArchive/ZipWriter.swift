import CZip
import ParallelWork
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
import SafeOutput

/// How an entry's data is stored.
public enum ZipCompression: Sendable, Hashable {
    /// Stored as is (method 0).
    case stored
    /// Deflated (method 8) at libzip's default level for deflate, which is zlib's best (9).
    case deflated

    var method: Int32 { self == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE }
}

/// Writes a new zip archive, atomically and deterministically.
///
/// The writer owns libzip's `zip_t`. Entries appear in the order they are
/// added; each gets the caller's ``ZipDateTime``, fixed Unix attributes
/// (files `0644`, folders `0755`, whatever the umask) and a UTF-8 name.
/// libzip writes into a hidden temporary file in the target's folder, and
/// ``close(progress:)`` publishes it with `SafeOutput.AtomicFile.commit` (checked
/// `fsync`, rename, folder flush) only when everything succeeded. Only a regular file
/// or nothing at the target is replaced (see `AtomicFile`); on any failure, or when the writer is discarded or deinitialized
/// without being closed, the temporary file is removed and the target keeps its
/// previous content (or stays absent).
///
/// Deflated entries given as bytes are compressed on ``compressionThreads`` threads at
/// ``close(progress:)`` (see ``ParallelDeflate``); the archive is byte-identical to the one libzip
/// writes alone on one thread.
public final class ZipWriter {
    /// The archive being written.
    public let url: URL
    private let targetPath: String
    private let temporaryPath: String
    private var archive: OpaquePointer?
    private var entryCount = 0
    /// Entries added with a placeholder source, compressed on several threads at ``close(progress:)``.
    private var deferred: [(index: UInt64, job: ParallelDeflate.Job)] = []
    /// The spills made by ``makeSpill()``, in the scratch folder beside the target; guarded by
    /// `spillLock`. libzip reads them at ``close(progress:)``; they go with the writer.
    private var spills: [ZipSpill] = []
    private var scratch: ScratchFolder?
    private var spillsMade = 0
    private let spillLock = Lock()

    /// How many threads deflate the entries given as bytes. With 1, libzip compresses every entry
    /// itself, one after the other, in `zip_close`.
    public let compressionThreads: Int

    /// The number of active processor cores: the default for ``compressionThreads``.
    public static var defaultCompressionThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The part of ``close(progress:)``'s progress given to compressing on several threads; libzip
    /// writing the archive takes the rest.
    static let compressionShare = 0.9

    /// Unix mode of regular-file entries: `-rw-r--r--`.
    public static let fileMode: UInt32 = 0o100644
    /// Unix mode of folder entries: `drwxr-xr-x`.
    public static let directoryMode: UInt32 = 0o040755

    /// Starts a new archive at `url`, replacing any file there when ``close(progress:)`` succeeds.
    ///
    /// `compressionThreads` (at least 1) sets how many threads deflate the entries; the bytes
    /// written do not depend on it. Throws ``ZipError/Code/folderMissing`` when the containing
    /// folder does not exist (libzip itself would only notice at `zip_close`), and
    /// `SafeOutput.OutputError` when something other than a regular file is at `url`.
    public init(creating url: URL, compressionThreads: Int = ZipWriter.defaultCompressionThreads) throws {
        self.compressionThreads = max(1, compressionThreads)
        guard url.isFileURL else {
            throw ZipError(.invalidArgument, "cannot create zip archive: not a file URL", path: url.absoluteString)
        }
        self.url = url
        targetPath = FileSystem.path(of: url)
        let folder = FileSystem.path(of: url.deletingLastPathComponent())
        guard FileSystem.isDirectory(folder) else {
            throw ZipError(.folderMissing, "cannot create zip archive: its folder does not exist", path: folder)
        }
        if FileSystem.kind(at: targetPath).isDirectory {
            throw ZipError(.alreadyExists, "cannot create zip archive: a folder is in the way", path: targetPath)
        }
        try AtomicFile.checkDestination(url)
        temporaryPath = FileSystem.path(of: AtomicFile.temporaryPath(for: url))

        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_file_create(temporaryPath, 0, -1, &error) else {
            throw ZipError.libzip(&error, "cannot create zip archive", path: targetPath)
        }
        guard let archive = zip_open_from_source(source, ZIP_CREATE | ZIP_EXCL, &error) else {
            zip_source_free(source)
            throw ZipError.libzip(&error, "cannot create zip archive", path: targetPath)
        }
        self.archive = archive
    }

    deinit {
        discard()
    }

    /// Adds a regular file with the given bytes.
    ///
    /// With more than one compression thread, a deflated entry is added with an empty placeholder
    /// and keeps a reference to `data` (no copy) until ``close(progress:)`` compresses it.
    public func addFile(_ name: String, data: Data, modified: ZipDateTime,
                        compression: ZipCompression = .deflated) throws {
        let archive = try openArchive()
        try checkName(name, directory: false)
        if compressionThreads > 1, compression == .deflated, !data.isEmpty {
            guard let placeholder = zip_source_buffer(archive, nil, 0, 0) else {
                throw failure(archive, "cannot add entry", name)
            }
            let index = try add(placeholder, name, modified: modified, compression: compression)
            deferred.append((index, ParallelDeflate.Job(name: name, data: data, modified: modified)))
            return
        }
        // libzip reads the buffer at zip_close, so it gets its own copy and frees it (freep = 1).
        // An empty file gets no buffer: libzip skips empty fragments and would never free it
        // (a leak LeakSanitizer found).
        let buffer = data.isEmpty ? nil : malloc(data.count)!
        if let buffer { data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: data.count) }
        guard let source = zip_source_buffer(archive, buffer, UInt64(data.count), buffer == nil ? 0 : 1) else {
            free(buffer)
            throw failure(archive, "cannot add entry", name)
        }
        _ = try add(source, name, modified: modified, compression: compression)
    }

    /// Adds a regular file whose bytes libzip reads from `file` when the archive is closed.
    ///
    /// Useful for large payloads; the file must still exist at ``close(progress:)``.
    public func addFile(_ name: String, contentsOf file: URL, modified: ZipDateTime,
                        compression: ZipCompression = .deflated) throws {
        _ = try openArchive()
        try checkName(name, directory: false)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_file_create(FileSystem.path(of: file), 0, -1, &error) else {
            throw ZipError.libzip(&error, "cannot add entry ‘\(name)’ from file", path: FileSystem.path(of: file))
        }
        _ = try add(source, name, modified: modified, compression: compression)
    }

    /// A new, empty ``ZipSpill`` in a scratch folder beside the target (made on first use, removed
    /// with the writer): entries are compressed into it ahead, on the thread that fills it, and
    /// copied into this archive by ``addFile(_:copying:of:modified:compression:)``. Safe to call
    /// from several threads at once.
    public func makeSpill() throws -> ZipSpill {
        _ = try openArchive()
        let file: String = try spillLock.withLock {
            if scratch == nil { scratch = try ScratchFolder(in: url.deletingLastPathComponent()) }
            spillsMade += 1
            return FileSystem.path(of: scratch!.url.appending(path: "\(spillsMade).zip"))
        }
        let spill = try ZipSpill(file: file, for: targetPath)
        spillLock.withLock { spills.append(spill) }
        return spill
    }

    /// Adds a regular file whose compressed bytes are entry `index` of `spill` (finished), copied as
    /// they are at ``close(progress:)``. `compression` should be the one the entry was made with,
    /// or libzip recompresses it.
    public func addFile(_ name: String, copying index: Int, of spill: ZipSpill, modified: ZipDateTime,
                        compression: ZipCompression) throws {
        let archive = try openArchive()
        try checkName(name, directory: false)
        let source = try spill.chunk.compressedSource(of: UInt64(index), for: archive)
        _ = try add(source, name, modified: modified, compression: compression)
    }

    /// Adds a folder entry; a trailing `/` is added to the name if missing.
    public func addDirectory(_ name: String, modified: ZipDateTime) throws {
        let archive = try openArchive()
        let bare = name.hasSuffix("/") ? String(name.dropLast()) : name
        try checkName(bare, directory: true)
        let index = zip_dir_add(archive, bare, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else { throw failure(archive, "cannot add folder entry", name) }
        try configure(archive, UInt64(index), name: bare + "/", modified: modified,
                      mode: Self.directoryMode, compression: .stored)
        entryCount += 1
    }

    /// Compresses the deferred entries, writes the archive and renames it over the target.
    ///
    /// `progress` receives the fraction done (0...1, never decreasing; the first
    /// ``compressionShare`` while entries are compressed on several threads, the rest while
    /// libzip writes), always on the calling thread. If it throws, the work stops and `close`
    /// rethrows that error. A failure to flush or move the finished file is a
    /// `SafeOutput.OutputError`. After `close`, whether it succeeded or threw, the writer cannot be
    /// used again.
    public func close(progress: ((Double) throws -> Void)? = nil) throws {
        guard let archive else {
            throw ZipError(.invalidArgument, "cannot close zip archive: already closed or discarded", path: targetPath)
        }
        self.archive = nil
        do {
            if entryCount == 0 {
                // libzip writes no file for an empty archive; write the 22-byte end record ourselves.
                zip_discard(archive)
                try AtomicFile.createFile(temporaryPath, with: Data([0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)))
                try progress?(1)
            } else {
                // The archives in memory hold the compressed data libzip copies at zip_close: they
                // must outlive it, or zip_discard on any failure.
                var parts: [ChunkArchive] = []
                defer { withExtendedLifetime(parts) {} }
                let share = deferred.isEmpty ? 0 : Self.compressionShare
                do {
                    try compressDeferred(into: archive, keeping: &parts) { fraction in try progress?(share * fraction) }
                } catch {
                    zip_discard(archive)
                    throw error
                }
                let box = progress.map { report in ProgressBox { try report(min(1, share + (1 - share) * $0)) } }
                if let box { register(box, on: archive) }
                guard zip_close(archive) == 0 else {
                    let error = box?.error ?? failure(archive, "cannot write zip archive", nil)
                    zip_discard(archive)
                    throw error
                }
            }
            try AtomicFile.commit(URL(filePath: temporaryPath), to: url)
            removeSpills()
        } catch {
            FileSystem.removeIfPresent(temporaryPath)
            removeSpills()
            throw error
        }
    }

    /// Abandons the archive: nothing is written and the target is left as it was.
    public func discard() {
        if let archive {
            zip_discard(archive)
            self.archive = nil
        }
        deferred = []
        FileSystem.removeIfPresent(temporaryPath)
        removeSpills()
    }

    /// Lets the spills go (libzip is done with them) and removes their scratch folder.
    private func removeSpills() {
        let folder = spillLock.withLock {
            spills = []
            defer { scratch = nil }
            return scratch
        }
        folder?.remove()
    }

    /// Deflates the deferred entries on ``compressionThreads`` threads and puts each compressed
    /// entry in place of its placeholder (`zip_file_replace` keeps the name, time and attributes).
    /// `parts` receives the archives in memory that the new sources read from.
    private func compressDeferred(into archive: OpaquePointer, keeping parts: inout [ChunkArchive],
                                  progress: (Double) throws -> Void) throws {
        let jobs = deferred
        deferred = []
        guard !jobs.isEmpty else { return }
        let locations: [ParallelDeflate.Location]
        (parts, locations) = try ParallelDeflate.compress(jobs.map(\.job), threads: compressionThreads,
                                                          targetPath: targetPath, progress: progress)
        for ((index, job), location) in zip(jobs, locations) {
            let source = try parts[location.chunk].compressedSource(of: location.index, for: archive)
            guard zip_file_replace(archive, index, source, 0) == 0 else {
                zip_source_free(source)
                throw failure(archive, "cannot add the compressed entry", job.name)
            }
        }
    }

    // MARK: - Helpers

    private func openArchive() throws -> OpaquePointer {
        guard let archive else {
            throw ZipError(.invalidArgument, "cannot add entry: the archive is already closed or discarded", path: targetPath)
        }
        return archive
    }

    private func checkName(_ name: String, directory: Bool) throws {
        if let problem = ZipPathProblem.check(name) {
            throw ZipError(.invalidArgument, "refusing entry name ‘\(name)’: \(problem)", path: targetPath)
        }
        if !directory && name.hasSuffix("/") {
            throw ZipError(.invalidArgument, "refusing file entry name ‘\(name)’: it ends with '/'", path: targetPath)
        }
        if name.utf8.count >= Int(UInt16.max) {
            throw ZipError(.invalidArgument, "refusing entry name: longer than 65535 bytes", path: targetPath)
        }
    }

    /// Adds a file entry reading from `source` (which libzip then owns) and returns its index.
    private func add(_ source: OpaquePointer, _ name: String, modified: ZipDateTime,
                     compression: ZipCompression) throws -> UInt64 {
        let archive = try openArchive()
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure(archive, "cannot add entry", name)
        }
        try configure(archive, UInt64(index), name: name, modified: modified,
                      mode: Self.fileMode, compression: compression)
        entryCount += 1
        return UInt64(index)
    }

    private func configure(_ archive: OpaquePointer, _ index: UInt64, name: String, modified: ZipDateTime,
                           mode: UInt32, compression: ZipCompression) throws {
        guard Self.configure(archive, index, modified: modified, mode: mode, compression: compression)
        else { throw failure(archive, "cannot set the attributes of entry", name) }
    }

    /// Gives entry `index` of `archive` its time, Unix mode and compression; false if libzip refuses
    /// (its error is then in `zip_get_error(archive)`). The one place entry attributes are set.
    static func configure(_ archive: OpaquePointer, _ index: UInt64, modified: ZipDateTime,
                          mode: UInt32, compression: ZipCompression) -> Bool {
        // 0x10 is the MS-DOS "directory" attribute, set alongside the Unix mode for folders.
        let dosBits: UInt32 = mode & 0o170000 == 0o040000 ? 0x10 : 0
        return zip_file_set_dostime(archive, index, modified.dosTime, modified.dosDate, 0) == 0
            && zip_file_set_external_attributes(archive, index, 0, UInt8(ZIP_OPSYS_UNIX), mode << 16 | dosBits) == 0
            && zip_set_file_compression(archive, index, compression.method, 0) == 0
    }

    private func failure(_ archive: OpaquePointer, _ context: String, _ name: String?) -> ZipError {
        let words = name.map { "\(context) ‘\($0)’" } ?? context
        return ZipError.libzip(zip_get_error(archive), words, path: targetPath)
    }

    /// Hands `box` to libzip as the state of its progress and cancel callbacks; libzip releases it.
    private func register(_ box: ProgressBox, on archive: OpaquePointer) {
        let state = Unmanaged.passRetained(box).toOpaque()
        zip_register_progress_callback_with_state(
            archive, 0.001,
            { _, fraction, state in
                guard let state else { return }
                let box = Unmanaged<ProgressBox>.fromOpaque(state).takeUnretainedValue()
                guard box.error == nil else { return }
                do { try box.body(fraction) } catch { box.error = error }
            },
            { state in
                if let state { Unmanaged<ProgressBox>.fromOpaque(state).release() }
            },
            state)
        zip_register_cancel_callback_with_state(
            archive,
            { _, state in
                guard let state else { return 0 }
                return Unmanaged<ProgressBox>.fromOpaque(state).takeUnretainedValue().error == nil ? 0 : 1
            },
            nil, state)
    }
}

/// Carries the Swift progress closure, and any error it threw, through libzip's `void *` state.
private final class ProgressBox {
    let body: (Double) throws -> Void
    var error: (any Error)?
    init(_ body: @escaping (Double) throws -> Void) { self.body = body }
}
