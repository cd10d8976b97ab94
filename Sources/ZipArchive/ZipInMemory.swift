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

/// A small zip archive made in memory, for packages that are parts of something bigger (an OOXML
/// document inside a bag, say) or written atomically as one `Data` by the caller.
///
/// The entries get the same attributes ``ZipWriter`` gives (the caller's ``ZipDateTime``, Unix
/// mode `0644`, UTF-8 names) and appear in the order given, so the same entries give the same
/// bytes on any machine and in any time zone. Everything is compressed on the calling thread:
/// callers that make many archives run them in parallel themselves.
public enum ZipInMemory {
    /// One file entry: its name and bytes.
    public struct File: Sendable {
        public let name: String
        public let data: Data
        public let compression: ZipCompression
        /// Whether many archives hold this entry alike: with ``ZipSharedEntries`` it is deflated once.
        public let shared: Bool
        /// The entry compressed ahead (``ZipDeflateStream``), copied as it is; `data` is then empty.
        public let precompressed: ZipCompressedEntry?

        public init(_ name: String, _ data: Data, compression: ZipCompression = .deflated, shared: Bool = false) {
            self.name = name
            self.data = data
            self.compression = compression
            self.shared = shared
            precompressed = nil
        }

        /// An entry compressed ahead, for a part made in pieces that is never held whole.
        public init(_ name: String, compressed: ZipCompressedEntry) {
            self.name = name
            data = Data()
            compression = compressed.compression
            shared = false
            precompressed = compressed
        }
    }

    /// The bytes of an archive holding `files`, in that order, all dated `modified`. Deflated
    /// entries marked ``File/shared`` are taken from `sharing` (compressed there on first use); the
    /// bytes are the same with or without it.
    public static func archive(_ files: [File], modified: ZipDateTime, sharing: ZipSharedEntries? = nil) throws -> Data {
        let label = "(in memory)"
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError.libzip(&error, "cannot create an archive in memory", path: label)
        }
        defer { zip_source_free(source) }
        zip_source_keep(source)  // the archive's own reference; ours is released by the defer
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            throw ZipError.libzip(&error, "cannot create an archive in memory", path: label)
        }
        // The archives precompressed entries are copied from, alive until the archive is written.
        var copiedFrom: [ChunkArchive] = []
        defer { withExtendedLifetime(copiedFrom) {} }
        for file in files {
            if let problem = ZipPathProblem.check(file.name) {
                zip_discard(archive)
                throw ZipError(.invalidArgument, "refusing entry name ‘\(file.name)’: \(problem)", path: label)
            }
            let entry: OpaquePointer
            do {
                if let precompressed = file.precompressed {
                    var single = CompressedEntryArchive(for: label)
                    try single.add(file.name, precompressed, modified: modified)
                    let from = try ChunkArchive(reading: try single.finished(), for: label)
                    copiedFrom.append(from)
                    entry = try from.compressedSource(of: 0, for: archive)
                } else {
                    entry = try entrySource(file, modified: modified, sharing: sharing, for: archive, label: label)
                }
            } catch {
                zip_discard(archive)
                throw error
            }
            let index = zip_file_add(archive, file.name, entry, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0,
                  ZipWriter.configure(archive, UInt64(index), modified: modified, mode: ZipWriter.fileMode,
                                      compression: file.compression)
            else {
                if index < 0 { zip_source_free(entry) }
                let failure = ZipError.libzip(zip_get_error(archive), "cannot add entry ‘\(file.name)’", path: label)
                zip_discard(archive)
                throw failure
            }
        }
        guard zip_close(archive) == 0 else {
            let failure = ZipError.libzip(zip_get_error(archive), "cannot write the archive in memory", path: label)
            zip_discard(archive)
            throw failure
        }
        return try contents(of: source, path: label)
    }

    /// The source of one entry (libzip owns it once added): a copy of the shared compressed entry,
    /// or the bytes to compress at `zip_close`.
    private static func entrySource(_ file: File, modified: ZipDateTime, sharing: ZipSharedEntries?,
                               for archive: OpaquePointer, label: String) throws -> OpaquePointer {
        if file.shared, file.compression == .deflated, !file.data.isEmpty, let sharing,
           let copied = try sharing.compressedSource(file.name, data: file.data, modified: modified, for: archive, path: label) {
            return copied
        }
        // libzip reads the buffer at zip_close and frees it then (freep = 1).
        let buffer = file.data.isEmpty ? nil : malloc(file.data.count)!
        if let buffer { file.data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: file.data.count) }
        guard let entry = zip_source_buffer(archive, buffer, UInt64(file.data.count), buffer == nil ? 0 : 1) else {
            free(buffer)
            throw ZipError.libzip(zip_get_error(archive), "cannot add entry ‘\(file.name)’", path: label)
        }
        return entry
    }

    /// Reads the whole buffer `source` holds after the archive on it was closed.
    private static func contents(of source: OpaquePointer, path: String) throws -> Data {
        guard zip_source_open(source) == 0 else {
            throw ZipError.libzip(zip_source_error(source), "cannot read the archive in memory", path: path)
        }
        defer { zip_source_close(source) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64($0.count)) }
            guard count >= 0 else {
                throw ZipError.libzip(zip_source_error(source), "cannot read the archive in memory", path: path)
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<Int(count)])
        }
        return data
    }
}
