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
                    entries.append(try addPieces(path: file.path, to: { spill }) { take in
                        for piece in file.pieces { try take(piece) }
                    })
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

    /// Adds one file that `write` hands over in pieces, in order, as they are made: each piece is
    /// hashed and deflated as it comes and let go, so the file is never held whole (a zip, which
    /// is stored, is joined). The bag is the one ``add(_:)`` makes of the whole file. Safe to call
    /// from several threads at once; `write` runs on the calling thread.
    public func add(path: String, writing write: ((Data) throws -> Void) throws -> Void) throws {
        try BagPaths.checkPayloadPath(path)
        try lock.withLock { if closed { throw BagWriteError(.invalidArgument, "the bag is already written or discarded") } }
        let entry = try BagWriter.mappingErrors {
            // Made only for a file that is not empty: libzip writes no spill of no entries.
            var spill: ZipSpill?
            let entry = try addPieces(path: path, to: {
                if let spill { return spill }
                let made = try writer.makeSpill()
                spill = made
                return made
            }, write)
            try spill?.finish()
            return entry
        }
        try lock.withLock {
            guard !closed else { throw BagWriteError(.invalidArgument, "the bag is already written or discarded") }
            payload.append(entry)
        }
    }

    /// Hashes and compresses a file that `write` hands over in pieces, one piece at a time, so
    /// that it is never joined; the compressed bytes are those of the whole (``ZipDeflateStream``).
    /// Whether to deflate is known from the first four bytes (``BagLayout/compression(of:_:)``):
    /// a zip, or every file of a stored bag, is joined and stored, as a whole one is. An empty
    /// file goes into the zip as ``add(_:)`` puts one, from the writer, not the spill.
    private func addPieces(path: String, to spill: () throws -> ZipSpill,
                           _ write: ((Data) throws -> Void) throws -> Void) throws -> BagLayout.Entry {
        let name = BagLayout.entryName(bag: self.name, path: path)
        let hasher = StreamingHasher(.sha256)
        var size = 0
        // Bytes held until the first four decide; then either the deflater or, when storing, the whole file.
        var held = Data()
        var deflater: ZipDeflateStream?
        var storing = false
        func decide() {
            guard deflater == nil, !storing else { return }
            if BagLayout.compression(of: held, compression) == .deflated {
                let stream = ZipDeflateStream()
                held.withUnsafeBytes { stream.append($0) }
                held = Data()
                deflater = stream
            } else {
                storing = true
            }
        }
        try write { piece in
            size += piece.count
            hasher.update(piece)
            if let deflater {
                piece.withUnsafeBytes { deflater.append($0) }
            } else {
                held.append(piece)
                if held.count >= 4 { decide() }
            }
        }
        let digest = hasher.finalize()
        guard size > 0 else {
            return BagLayout.Entry(path: path, size: 0, digest: digest, content: .bytes(Data(), compression))
        }
        decide()
        let spill = try spill()
        if let deflater {
            let index = try spill.add(name, compressed: deflater.finish(), modified: modified)
            return BagLayout.Entry(path: path, size: size, digest: digest, content: .spilled(spill, index: index, .deflated))
        }
        let index = try spill.add(name, data: held, modified: modified, compression: .stored)
        return BagLayout.Entry(path: path, size: size, digest: digest, content: .spilled(spill, index: index, .stored))
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
