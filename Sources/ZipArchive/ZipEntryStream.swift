import CZip

extension ZipReader {
    /// Opens `entry` for reading piece by piece (for a streaming parser), rather than in one
    /// callback per chunk as ``read(_:chunkSize:_:)`` does. The stream never hands out more bytes
    /// than the entry's recorded size, so a caller that bounds `entry.size` bounds what it reads,
    /// however well the data compresses.
    public func stream(_ entry: ZipEntry) throws -> ZipEntryStream {
        guard entry.index >= 0, entry.index < entries.count, entries[entry.index] == entry else {
            throw ZipError(.invalidArgument, "cannot read entry ‘\(entry.name)’: it does not belong to this archive",
                           path: url.path)
        }
        guard let file = zip_fopen_index(archiveHandle, UInt64(entry.index), 0) else {
            throw ZipError.libzip(zip_get_error(archiveHandle), "cannot open entry ‘\(entry.name)’", path: url.path)
        }
        return ZipEntryStream(reader: self, file: file, entry: entry)
    }
}

/// One entry of a ``ZipReader`` being read piece by piece. Owns libzip's `zip_file_t` and closes it
/// in `deinit`; keeps its reader (and so the archive) alive while it is open.
public final class ZipEntryStream {
    /// The entry being read.
    public let entry: ZipEntry
    private let reader: ZipReader
    private var file: OpaquePointer?
    private var total: UInt64 = 0

    init(reader: ZipReader, file: OpaquePointer, entry: ZipEntry) {
        self.reader = reader
        self.file = file
        self.entry = entry
    }

    deinit {
        if let file { zip_fclose(file) }
    }

    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end of the entry. At the end, the
    /// CRC-32 is checked by libzip and the count against the recorded size; data past the recorded
    /// size is an error, never returned.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let file, let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        let count = zip_fread(file, base, UInt64(buffer.count))
        if count < 0 {
            throw ZipError.libzip(zip_file_get_error(file), "cannot read entry ‘\(entry.name)’", path: reader.url.path)
        }
        total += UInt64(count)
        if total > entry.size {
            throw ZipError(.corruptData, "entry ‘\(entry.name)’ holds more than the recorded \(entry.size) bytes",
                           path: reader.url.path)
        }
        if count == 0 {
            self.file = nil
            let status = zip_fclose(file)
            if status != 0 {
                throw ZipError.libzip(code: status, "cannot read entry ‘\(entry.name)’", path: reader.url.path)
            }
            if total != entry.size {
                throw ZipError(.corruptData,
                               "entry ‘\(entry.name)’ has \(total) bytes instead of the recorded \(entry.size)",
                               path: reader.url.path)
            }
        }
        return Int(count)
    }
}
