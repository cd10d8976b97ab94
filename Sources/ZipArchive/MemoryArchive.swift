import CZip
import Foundation

/// A zip archive held in memory (libzip's buffer source): filled and closed by one thread, which
/// makes libzip deflate its entries, then reopened read-only so that another archive can copy
/// the compressed entries out of it (`zip_source_zip` with start 0 and length -1 copies the
/// compressed data as it is; see ``ParallelDeflate``).
///
/// The class owns every C pointer it uses: one reference to the buffer source, held from `init`
/// to `deinit`, and the archive opened on it (for writing, then for reading), which holds a
/// reference of its own. It is used by one thread at a time; ``ParallelDeflate`` hands it from
/// the worker that fills it to the thread that reads it only after that worker has finished.
final class MemoryArchive: @unchecked Sendable {
    private let source: OpaquePointer
    private var archive: OpaquePointer?
    private var reading = false
    /// Where the entries end up, for error messages.
    private let targetPath: String

    /// An empty archive in memory, ready for ``add(_:data:modified:)``.
    init(for targetPath: String) throws {
        self.targetPath = targetPath
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError.libzip(&error, "cannot create an archive in memory", path: targetPath)
        }
        self.source = source
        archive = try Self.open(source, ZIP_TRUNCATE, "cannot create an archive in memory", path: targetPath)
    }

    deinit {
        if let archive { zip_discard(archive) }
        zip_source_free(source)
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

    /// Adds a deflated file entry with the same name, time and attributes the final archive gives
    /// it, so that nothing libzip may carry over from this entry differs. Returns its index.
    func add(_ name: String, data: Data, modified: ZipDateTime) throws -> UInt64 {
        guard let archive, !reading else {
            throw ZipError(.invalidArgument, "cannot add entry ‘\(name)’: the archive in memory is closed", path: targetPath)
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
                                  compression: .deflated)
        else { throw ZipError.libzip(zip_get_error(archive), "cannot set the attributes of entry ‘\(name)’", path: targetPath) }
        return UInt64(index)
    }

    /// Compresses and writes every entry (libzip's `zip_close`), then reopens the result for reading.
    func finish() throws {
        guard let archive, !reading else { return }
        self.archive = nil
        guard zip_close(archive) == 0 else {
            let error = ZipError.libzip(zip_get_error(archive), "cannot compress entries in memory", path: targetPath)
            zip_discard(archive)
            throw error
        }
        self.archive = try Self.open(source, ZIP_RDONLY, "cannot read back the entries compressed in memory",
                                     path: targetPath)
        reading = true
    }

    /// A source for `target` that yields entry `index` exactly as compressed here, not recompressed.
    /// It reads from this archive, which must stay alive until `target` is closed or discarded.
    func compressedSource(of index: UInt64, for target: OpaquePointer) throws -> OpaquePointer {
        guard let archive, reading else {
            throw ZipError(.invalidArgument, "cannot copy a compressed entry: the archive in memory is not finished",
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
