import CZip
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads an existing zip archive.
///
/// The archive is opened read-only with `ZIP_CHECKCONS`, so an archive whose
/// local and central headers disagree is refused up front, and a truncated or
/// non-zip file gives a ``ZipError`` with code ``ZipError/Code/notAZip`` or
/// ``ZipError/Code/inconsistent``. Entry data is always read to its end, so
/// libzip verifies each entry's CRC-32 and reports a mismatch as
/// ``ZipError/Code/crcMismatch``.
public final class ZipReader {
    /// The archive being read.
    public let url: URL
    /// All entries, in the order of the central directory.
    public let entries: [ZipEntry]
    private let archive: OpaquePointer
    /// The open archive, for ``ZipEntryStream``.
    var archiveHandle: OpaquePointer { archive }
    private let archivePath: String

    /// Opens the archive at `url` and lists its entries.
    public init(contentsOf url: URL) throws {
        self.url = url
        let path = FileSystem.path(of: url)
        archivePath = path
        if FileSystem.kind(at: path).isDirectory {
            throw ZipError(.invalidArgument, "cannot open zip archive: it is a folder", path: path)
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_file_create(path, 0, -1, &error) else {
            throw ZipError.libzip(&error, "cannot open zip archive", path: path)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            let code = ZipError.Code(libzipCode: zip_error_code_zip(&error))
            let words = switch code {
            case .notAZip: "cannot open zip archive: it is not a zip file, or it is truncated (no end of central directory)"
            case .inconsistent: "cannot open zip archive: it is damaged or truncated"
            default: "cannot open zip archive"
            }
            throw ZipError.libzip(&error, words, path: path)
        }
        self.archive = archive
        do {
            entries = try Self.listEntries(archive, path: path)
        } catch {
            zip_discard(archive)
            throw error
        }
    }

    deinit {
        zip_discard(archive)
    }

    /// Reads an entry to its end in chunks, passing each chunk to `body`.
    ///
    /// Throws if libzip reports an error (a CRC mismatch, invalid compressed data)
    /// or if the data is shorter or longer than recorded. `body` may throw to stop early;
    /// a stopped read does not check the CRC.
    public func read(_ entry: ZipEntry, chunkSize: Int = 1 << 16, _ body: (Data) throws -> Void) throws {
        guard entry.index >= 0, entry.index < entries.count, entries[entry.index] == entry else {
            throw ZipError(.invalidArgument, "cannot read entry ‘\(entry.name)’: it does not belong to this archive", path: archivePath)
        }
        guard let file = zip_fopen_index(archive, UInt64(entry.index), 0) else {
            throw ZipError.libzip(zip_get_error(archive), "cannot open entry ‘\(entry.name)’", path: archivePath)
        }
        var closed = false
        defer { if !closed { zip_fclose(file) } }
        // No larger than the entry and one byte more (enough to see that it is longer than
        // recorded): zeroing 64 KiB for each small entry of a bag was a tenth of verifying it.
        let wanted = entry.size < UInt64(max(chunkSize, 1)) ? Int(entry.size) + 1 : chunkSize
        var buffer = [UInt8](repeating: 0, count: max(1, wanted))
        var total: UInt64 = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
            if count < 0 {
                throw ZipError.libzip(zip_file_get_error(file), "cannot read entry ‘\(entry.name)’", path: archivePath)
            }
            if count == 0 { break }
            total += UInt64(count)
            guard total <= entry.size else { break }
            try body(Data(buffer[0..<Int(count)]))
        }
        closed = true
        let status = zip_fclose(file)
        if status != 0 {
            throw ZipError.libzip(code: status, "cannot read entry ‘\(entry.name)’", path: archivePath)
        }
        if total != entry.size {
            throw ZipError(.corruptData,
                           "entry ‘\(entry.name)’ has \(total) bytes instead of the recorded \(entry.size)",
                           path: archivePath)
        }
    }

    /// Reads an entry's whole content (checking its CRC).
    public func data(of entry: ZipEntry) throws -> Data {
        var result = Data(capacity: Int(clamping: entry.size))
        try read(entry) { result.append($0) }
        return result
    }

    private static func listEntries(_ archive: OpaquePointer, path: String) throws -> [ZipEntry] {
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else {
            throw ZipError.libzip(zip_get_error(archive), "cannot list the entries", path: path)
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            var host: UInt8 = 0
            var attributes: UInt32 = 0
            guard zip_stat_index(archive, index, 0, &stat) == 0,
                  zip_file_get_external_attributes(archive, index, 0, &host, &attributes) == 0
            else {
                throw ZipError.libzip(zip_get_error(archive), "cannot read entry #\(index)", path: path)
            }
            let name = stat.name.map { String(cString: $0) } ?? ""
            entries.append(ZipEntry(index: Int(index), name: name, size: stat.size, compressedSize: stat.comp_size,
                                    crc32: stat.crc, modified: civilTime(stat.mtime), hostSystem: host,
                                    externalAttributes: attributes))
        }
        return entries
    }
}

/// libzip turns the stored MS-DOS date into `time_t` with `mktime`; `localtime_r` gives the fields back.
private func civilTime(_ time: time_t) -> ZipDateTime? {
    var seconds = time
    var fields = tm()
    guard localtime_r(&seconds, &fields) != nil else { return nil }
    return try? ZipDateTime(year: Int(fields.tm_year) + 1900, month: Int(fields.tm_mon) + 1, day: Int(fields.tm_mday),
                            hour: Int(fields.tm_hour), minute: Int(fields.tm_min), second: Int(fields.tm_sec))
}
