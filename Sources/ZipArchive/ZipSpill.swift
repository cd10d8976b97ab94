#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Entries compressed ahead of the ``ZipWriter`` they go into, kept in a file of the writer's
/// scratch folder rather than in memory: a streamed writer hands over batches of entries as they
/// are made, each batch is compressed into a spill on the thread that made it, and
/// ``ZipWriter/addFile(_:copying:of:modified:compression:)`` copies an entry's compressed bytes
/// into the archive at ``ZipWriter/close(progress:)`` (`zip_source_zip`, which reads the file then).
///
/// Made by ``ZipWriter/makeSpill()``; used by one thread at a time: filled with
/// ``add(_:data:modified:compression:)``, then ``finish()``ed (libzip compresses the entries there),
/// then handed to the writer. The bytes are those the writer would have compressed itself: an
/// entry's compressed bytes depend only on its data and the level, and the entry gets the same
/// name, time and attributes here as in the archive.
public final class ZipSpill: @unchecked Sendable {
    let chunk: ChunkArchive
    /// How many entries were added.
    public private(set) var count = 0

    init(file: String, for targetPath: String) throws {
        chunk = try ChunkArchive(.file(file), for: targetPath)
    }

    /// Adds a file entry, named and dated as in the final archive; returns its index in this spill.
    public func add(_ name: String, data: Data, modified: ZipDateTime, compression: ZipCompression = .deflated) throws -> Int {
        let index = try chunk.add(name, data: data, modified: modified, compression: compression)
        count += 1
        return Int(index)
    }

    /// Adds an entry compressed ahead (a file made in pieces, deflated by ``ZipDeflateStream`` as
    /// they came); returns its index in this spill.
    public func add(_ name: String, compressed: ZipCompressedEntry, modified: ZipDateTime) throws -> Int {
        let index = try chunk.add(name, compressed: compressed, modified: modified)
        count += 1
        return Int(index)
    }

    /// Compresses the entries and writes the file; after this the spill can only be copied from.
    public func finish() throws {
        try chunk.finish()
    }
}
