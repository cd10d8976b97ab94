import CZip
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

/// A zip archive that entries are compressed into ahead of the archive they end up in: filled and
/// closed by one thread, which makes libzip deflate its entries, then reopened read-only so that
/// another archive can copy the compressed entries out of it (`zip_source_zip` with start 0 and
/// length -1 copies the compressed data as it is; see ``ParallelDeflate``).
///
/// It is held in memory (libzip's buffer source: ``ParallelDeflate``'s chunks, ``ZipSharedEntries``)
/// or in a file (a ``ZipSpill``: a streamed bag's payload, read lazily by the final `zip_close`).
///
/// The class owns every C pointer it uses: one reference to the source, held from `init` to
/// `deinit` (for a file, a second source is made for reading once the file is written), and the
/// archive opened on it (for writing, then for reading), which holds a reference of its own. It is
/// used by one thread at a time; ``ParallelDeflate`` hands it from the worker that fills it to the
/// thread that reads it only after that worker has finished.
final class ChunkArchive: @unchecked Sendable {
    /// Where the archive's bytes are kept.
    enum Storage {
        case memory
        /// A file path, created (or truncated) by libzip when the archive is finished.
        case file(String)
    }

    private let storage: Storage
    private var source: OpaquePointer
    private var archive: OpaquePointer?
    private var reading = false
    /// Where the entries end up, for error messages.
    private let targetPath: String
    /// The archives entries compressed ahead are copied from, until this one is finished.
    private var copiedFrom: [ChunkArchive] = []

    /// An empty archive, ready for ``add(_:data:modified:compression:)``.
    init(_ storage: Storage = .memory, for targetPath: String) throws {
        self.storage = storage
        self.targetPath = targetPath
        source = try Self.makeSource(storage, path: targetPath)
        do {
            // A buffer starts empty; a file may not exist yet.
            let flags = if case .file = storage { ZIP_CREATE | ZIP_TRUNCATE } else { ZIP_TRUNCATE }
            archive = try Self.open(source, flags, "cannot create an archive for compressed entries", path: targetPath)
        } catch {
            zip_source_free(source)
            throw error
        }
    }

    /// An archive already written (by ``CompressedEntryArchive``, say), opened for reading: its
    /// entries are ready for ``compressedSource(of:for:)``. `bytes` are copied into libzip's buffer;
    /// a file is read lazily, so it must stay until the entries are copied.
    init(reading bytes: Data, for targetPath: String) throws {
        storage = .memory
        self.targetPath = targetPath
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let buffer = malloc(max(1, bytes.count))!
        bytes.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        guard let made = zip_source_buffer_create(buffer, UInt64(bytes.count), 1, &error) else {
            free(buffer)
            throw ZipError.libzip(&error, "cannot read back the compressed entries", path: targetPath)
        }
        source = made
        try openForReading()
    }

    /// The archive in `file`, written already, opened for reading (see ``init(reading:for:)``).
    init(readingFile file: String, for targetPath: String) throws {
        storage = .file(file)
        self.targetPath = targetPath
        source = try Self.makeSource(storage, path: targetPath)
        try openForReading()
    }

    /// Opens the archive on `source` read-only. Called once every stored property is set, so a
    /// failure lets `deinit` release the source.
    private func openForReading() throws {
        archive = try Self.open(source, ZIP_RDONLY, "cannot read back the compressed entries", path: targetPath)
        reading = true
    }

    deinit {
        if let archive { zip_discard(archive) }
        zip_source_free(source)
    }

    /// A new source on `storage`: an empty buffer, or the file (which need not exist yet).
    private static func makeSource(_ storage: Storage, path: String) throws -> OpaquePointer {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let made: OpaquePointer? = switch storage {
        case .memory: zip_source_buffer_create(nil, 0, 0, &error)
        case .file(let file): zip_source_file_create(file, 0, -1, &error)
        }
        guard let made else { throw ZipError.libzip(&error, "cannot create an archive for compressed entries", path: path) }
        return made
    }

    /// Opens an archive on `source`, which gets a reference of its own (released by libzip when the
    /// archive is closed or discarded, or here if opening fails).
    private static func open(_ source: OpaquePointer, _ flags: Int32, _ context: String,
                             path: String) throws -> OpaquePointer {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, flags, &error) else {
            zip_source_free(source)
            throw ZipError.libzip(&error, context, path: path)
        }
        return archive
    }

    /// Adds a file entry with the same name, time and attributes the final archive gives it, so that
    /// nothing libzip may carry over from this entry differs. Returns its index.
    func add(_ name: String, data: Data, modified: ZipDateTime, compression: ZipCompression = .deflated) throws -> UInt64 {
        guard let archive, !reading else {
            throw ZipError(.invalidArgument, "cannot add entry ‘\(name)’: the archive of compressed entries is closed",
                           path: targetPath)
        }
        // libzip reads the buffer at zip_close and frees it then (freep = 1).
        let buffer = data.isEmpty ? nil : malloc(data.count)!
        if let buffer { data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: data.count) }
        guard let entry = zip_source_buffer(archive, buffer, UInt64(data.count), buffer == nil ? 0 : 1) else {
            free(buffer)
            throw ZipError.libzip(zip_get_error(archive), "cannot compress entry ‘\(name)’", path: targetPath)
        }
        let index = zip_file_add(archive, name, entry, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(entry)
            throw ZipError.libzip(zip_get_error(archive), "cannot compress entry ‘\(name)’", path: targetPath)
        }
        guard ZipWriter.configure(archive, UInt64(index), modified: modified, mode: ZipWriter.fileMode,
                                  compression: compression)
        else { throw ZipError.libzip(zip_get_error(archive), "cannot set the attributes of entry ‘\(name)’", path: targetPath) }
        return UInt64(index)
    }

    /// Adds an entry compressed ahead (``ZipDeflateStream``), copied as it is when the archive is
    /// finished; named, dated and marked as ``add(_:data:modified:compression:)`` does. Returns its index.
    func add(_ name: String, compressed entry: ZipCompressedEntry, modified: ZipDateTime) throws -> UInt64 {
        guard let archive, !reading else {
            throw ZipError(.invalidArgument, "cannot add entry ‘\(name)’: the archive of compressed entries is closed",
                           path: targetPath)
        }
        var single = CompressedEntryArchive(for: targetPath)
        try single.add(name, entry, modified: modified)
        let from = try ChunkArchive(reading: try single.finished(), for: targetPath)
        copiedFrom.append(from)
        let source = try from.compressedSource(of: 0, for: archive)
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw ZipError.libzip(zip_get_error(archive), "cannot add entry ‘\(name)’", path: targetPath)
        }
        guard ZipWriter.configure(archive, UInt64(index), modified: modified, mode: ZipWriter.fileMode,
                                  compression: entry.compression)
        else { throw ZipError.libzip(zip_get_error(archive), "cannot set the attributes of entry ‘\(name)’", path: targetPath) }
        return UInt64(index)
    }

    /// Compresses and writes every entry (libzip's `zip_close`), then reopens the result for reading.
    func finish() throws {
        guard let archive, !reading else { return }
        self.archive = nil
        defer { copiedFrom = [] }
        guard zip_close(archive) == 0 else {
            let error = ZipError.libzip(zip_get_error(archive), "cannot compress entries", path: targetPath)
            zip_discard(archive)
            throw error
        }
        if case .file = storage {
            // The file source was made before the file existed; one made now reads what was written.
            let written = try Self.makeSource(storage, path: targetPath)
            zip_source_free(source)
            source = written
        }
        self.archive = try Self.open(source, ZIP_RDONLY, "cannot read back the compressed entries", path: targetPath)
        reading = true
    }

    /// A source for `target` that yields entry `index` exactly as compressed here, not recompressed.
    /// It reads from this archive, which must stay alive until `target` is closed or discarded.
    func compressedSource(of index: UInt64, for target: OpaquePointer) throws -> OpaquePointer {
        guard let archive, reading else {
            throw ZipError(.invalidArgument, "cannot copy a compressed entry: its archive is not finished",
                           path: targetPath)
        }
        // Start 0 and length -1 make libzip copy the compressed data (libzip 1.7 does so without a
        // flag; later versions also accept ZIP_FL_COMPRESSED, which says so).
        guard let source = zip_source_zip(target, archive, index, zip_flags_t(ZIP_FL_COMPRESSED), 0, -1) else {
            throw ZipError.libzip(zip_get_error(target), "cannot copy a compressed entry", path: targetPath)
        }
        return source
    }
}
