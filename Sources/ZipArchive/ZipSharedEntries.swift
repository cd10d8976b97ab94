import CZip
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Entries that many archives made in memory hold alike (the styles, settings and numbering of
/// every Word document of a handover bundle), deflated once and copied into each archive as the
/// compressed bytes they are (`zip_source_zip`, as ``ParallelDeflate`` copies its chunks).
///
/// A copied entry is byte for byte the entry ``ZipInMemory`` would have deflated itself: deflate's
/// output depends only on the data and the level, and the entry gets its name, time and attributes
/// in the archive that holds it. An entry is known by its name, time and bytes, so a part that
/// differs from one archive to the next is only compressed again, never copied wrongly.
///
/// One thread at a time (libzip's archives are not shared between threads): work split over the
/// cores makes one per chunk. It holds the compressed entries until it is released, at most
/// ``capacity`` of them; further entries are compressed in their archive as usual.
public final class ZipSharedEntries {
    /// How many different entries are kept at most.
    public static let capacity = 64

    private struct Key: Hashable {
        let name: String
        let modified: ZipDateTime
        let data: Data
    }

    private var archives: [Key: ChunkArchive] = [:]

    /// An empty set of shared entries.
    public init() {}

    /// How many different entries were compressed so far.
    public var count: Int { archives.count }

    /// A source for `target` that yields the entry `name` of `data`, deflated here once; `nil`
    /// when ``capacity`` entries are held already and this one is not among them.
    func compressedSource(_ name: String, data: Data, modified: ZipDateTime, for target: OpaquePointer,
                          path: String) throws -> OpaquePointer? {
        let key = Key(name: name, modified: modified, data: data)
        if let archive = archives[key] { return try archive.compressedSource(of: 0, for: target) }
        guard archives.count < Self.capacity else { return nil }
        let archive = try ChunkArchive(for: path)
        _ = try archive.add(name, data: data, modified: modified)
        try archive.finish()
        archives[key] = archive
        return try archive.compressedSource(of: 0, for: target)
    }
}
