import ParallelWork
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import ZipArchive

/// Writes a BagIt bag whose payload arrives in batches, holding no more than a batch at a time.
///
/// Each batch given to ``add(_:)`` is hashed and compressed at once, on the calling thread, into a
/// spill file of a scratch folder beside the output (``ZipSpill``); only each file's path, size and
/// SHA-256 stay in memory. ``close(progress:)`` then writes the tag files from those digests and
/// copies every payload entry's compressed bytes from the spills into the zip. The zip is byte for
/// byte the one ``BagWriter`` writes for a ``Bag`` of the same files (the layout is
/// ``BagLayout``'s, the bytes of a compressed entry depend only on its data): batches may come in
/// any order and size, from several threads at once.
///
/// Paths are checked as ``Bag`` checks them (each in ``add(_:)``, collisions in ``close(progress:)``).
/// The write is atomic (see ``BagWriter``); on any failure, or when the writer is discarded or
/// deinitialized without being closed, the target keeps its previous content and the scratch
/// folder is removed.
public final class StreamingBagWriter: @unchecked Sendable {
    private let name: String
    private let info: [BagInfoField]
    private let modified: ZipDateTime
    private let compression: ZipCompression
    private let writer: ZipWriter
    private let lock = Lock()
    /// The payload so far, in the order it came; guarded by `lock`.
    private var payload: [BagLayout.Entry] = []
    private var closed = false

    /// Starts a bag named `name` (its folder in the zip) with `info`'s bag-info fields, to be
    /// written to `url`; every entry gets the time `modified`. Throws ``BagError`` for an invalid
    /// name or field, `OutputError` (SafeOutput) or ``BagWriteError`` when `url` cannot be written.
    public init(name: String, info: [BagInfoField] = [], to url: URL, modified: BagTimestamp,
                compression: BagCompression = .deflated) throws {
        try BagPaths.checkBagName(name)
        for field in info { try field.check() }
        self.name = name
        self.info = info
        self.modified = modified.zip
        self.compression = compression == .stored ? .stored : .deflated
        writer = try BagWriter.mappingErrors { try ZipWriter(creating: url) }
    }

    /// Hashes `files` and compresses them into a spill file; safe to call from several threads at
    /// once. The files' bytes are not kept.
    public func add(_ files: [BagPayloadFile]) throws {
        for file in files { try BagPaths.checkPayloadPath(file.path) }
        try lock.withLock { if closed { throw BagWriteError(.invalidArgument, "the bag is already written or discarded") } }
        let nonEmpty = files.filter { $0.size > 0 }
        var entries: [BagLayout.Entry] = []
        entries.reserveCapacity(files.count)
        try BagWriter.mappingErrors {
            // An empty file has nothing to compress: the zip gets it from the writer, as ever.
            let spill = nonEmpty.isEmpty ? nil : try writer.makeSpill()
            for file in files {
                if file.pieces.count > 1, file.size > 0, let spill {
                    entries.append(try addPieces(file, to: spill))
                    continue
                }
                let compression = BagLayout.compression(of: file.data, compression)
                let content: BagLayout.Entry.Content
                if let spill, !file.data.isEmpty {
                    let index = try spill.add(BagLayout.entryName(bag: name, path: file.path), data: file.data,
                                              modified: modified, compression: compression)
                    content = .spilled(spill, index: index, compression)
                } else {
                    content = .bytes(file.data, compression)
                }
                entries.append(BagLayout.Entry(path: file.path, size: file.data.count, digest: sha256Hex(file.data),
                                               content: content))
            }
            try spill?.finish()
        }
        try lock.withLock {
            guard !closed else { throw BagWriteError(.invalidArgument, "the bag is already written or discarded") }
            payload += entries
        }
    }

    /// Hashes and deflates a file made in pieces one piece at a time, so that it is never joined;
    /// the compressed bytes are those of the whole (``ZipDeflateStream``). A zip made in pieces is
    /// joined and stored, as a whole one is.
    private func addPieces(_ file: BagPayloadFile, to spill: ZipSpill) throws -> BagLayout.Entry {
        let name = BagLayout.entryName(bag: self.name, path: file.path)
        let head = Data(file.pieces.lazy.flatMap { $0 }.prefix(4))
        guard BagLayout.compression(of: head, compression) == .deflated else {
            let data = file.data
            let stored = BagLayout.compression(of: data, compression)
            let index = try spill.add(name, data: data, modified: modified, compression: stored)
            return BagLayout.Entry(path: file.path, size: data.count, digest: sha256Hex(data),
                                   content: .spilled(spill, index: index, stored))
        }
        let hasher = StreamingHasher(.sha256)
        let deflater = ZipDeflateStream()
        for piece in file.pieces {
            hasher.update(piece)
            piece.withUnsafeBytes { deflater.append($0) }
        }
        let entry = deflater.finish()
        let index = try spill.add(name, compressed: entry, modified: modified)
        return BagLayout.Entry(path: file.path, size: entry.size, digest: hasher.finalize(),
                               content: .spilled(spill, index: index, .deflated))
    }

    /// The paths of the payload files added so far, in no particular order.
    public var paths: [String] {
        lock.withLock { payload.map(\.path) }
    }

    /// Writes the tag files and the payload, then renames the zip over the target.
    ///
    /// `progress` hears of every payload file, in path order (phase `.hashing`: their digests were
    /// made as they were added), then of libzip writing (phase `.writing`); throwing from it cancels
    /// the write, the target left untouched. Throws ``BagError`` when two paths collide.
    public func close(progress: ((BagProgress) throws -> Void)? = nil) throws {
        let payload = try lock.withLock {
            guard !closed else { throw BagWriteError(.invalidArgument, "the bag is already written or discarded") }
            closed = true
            defer { self.payload = [] }
            return self.payload
        }
        do {
            let sorted = try BagPaths.sortedPayload(payload, path: \.path)
            let total = sorted.count
            for done in 0...total {
                try progress?(BagProgress(phase: .hashing, filesDone: done, totalFiles: total))
            }
            try BagWriter.mappingErrors {
                try BagLayout.write(name: name, info: info, payload: sorted, to: writer, modified: modified,
                                    compression: compression, progress: progress)
            }
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Abandons the bag: nothing is written, the spills are removed, the target is left as it was.
    public func discard() {
        lock.withLock {
            closed = true
            payload = []
        }
        writer.discard()
    }
}
