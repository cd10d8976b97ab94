import Foundation
import ParallelWork
import ZipArchive

/// Progress of ``BagWriter/write(_:to:modified:compression:compressionThreads:progress:)``.
public struct BagProgress: Sendable, Hashable {
    /// What the writer is doing.
    public enum Phase: Sendable, Hashable {
        /// Computing the SHA-256 of each payload file.
        case hashing
        /// libzip is compressing and writing the archive.
        case writing
    }

    /// The current phase.
    public let phase: Phase
    /// Payload files done in this phase.
    public let filesDone: Int
    /// Payload files in the bag.
    public let totalFiles: Int
}

/// Writes a ``Bag`` as a BagIt 1.0 bag (RFC 8493) serialized as a zip.
///
/// The zip unpacks to exactly one folder named after the bag, holding, in this
/// order: `bagit.txt`, `bag-info.txt` (the caller's fields, then `Payload-Oxum`
/// and `Bag-Size`), `manifest-sha256.txt`, `tagmanifest-sha256.txt` and
/// `data/` with the payload sorted by path (folder entries before their
/// contents). All entries carry the caller's time and fixed attributes, so the
/// same bag and time always give the same bytes. The write is atomic (see
/// ``ZipWriter``).
public enum BagWriter {
    /// The payload manifest's file name.
    public static let manifestName = "manifest-sha256.txt"
    /// The tag manifest's file name.
    public static let tagManifestName = "tagmanifest-sha256.txt"

    /// Writes `bag` to `url`, replacing any file there only if everything succeeds.
    ///
    /// - Parameters:
    ///   - modified: the modification time stored for every entry (never the clock).
    ///   - compression: how payload and tag files are stored.
    ///   - compressionThreads: how many threads deflate the files (see ``ZipArchive/ZipWriter``); the
    ///     bytes written are the same for any number.
    ///   - progress: called after each payload file is hashed (phase `.hashing`) and while libzip
    ///     writes (phase `.writing`). Throwing from it cancels the write; the error is rethrown and
    ///     the target is left untouched.
    /// - Throws: ``ZipArchive/ZipError`` for archive and file-system failures, or the progress closure's error.
    public static func write(_ bag: Bag, to url: URL, modified: ZipDateTime,
                             compression: ZipCompression = .deflated,
                             compressionThreads: Int = ZipWriter.defaultCompressionThreads,
                             progress: ((BagProgress) throws -> Void)? = nil) throws {
        let total = bag.payload.count
        try progress?(BagProgress(phase: .hashing, filesDone: 0, totalFiles: total))
        // Hashed on every core; progress is then reported file by file, in order, as before.
        let digests = Parallel.chunked(total) { range in
            bag.payload[range].map { sha256Hex($0.data) }
        }
        var manifestLines: [(digest: String, path: String)] = []
        for (offset, file) in bag.payload.enumerated() {
            manifestLines.append((digests[offset], "data/" + file.path))
            try progress?(BagProgress(phase: .hashing, filesDone: offset + 1, totalFiles: total))
        }

        let info = bag.info + [
            BagInfoField("Payload-Oxum", bag.payloadOxum),
            BagInfoField("Bag-Size", TagFiles.humanReadableSize(bag.payloadByteCount)),
        ]
        let tagFiles: [(name: String, data: Data)] = [
            ("bagit.txt", Data(TagFiles.bagDeclaration.utf8)),
            ("bag-info.txt", Data(TagFiles.render(info).utf8)),
            (manifestName, Data(TagFiles.renderManifest(manifestLines).utf8)),
        ]
        let tagManifest = TagFiles.renderManifest(
            tagFiles.sorted { BagPaths.precedes($0.name, $1.name) }
                .map { (sha256Hex($0.data), $0.name) })

        let writer = try ZipWriter(creating: url, compressionThreads: compressionThreads)
        let root = bag.name + "/"
        try writer.addDirectory(root, modified: modified)
        for tag in tagFiles + [(tagManifestName, Data(tagManifest.utf8))] {
            try writer.addFile(root + tag.name, data: tag.data, modified: modified, compression: compression)
        }
        try writer.addDirectory(root + "data/", modified: modified)
        var folders: Set<String> = []
        for file in bag.payload {
            var prefix = root + "data/"
            for component in file.path.split(separator: "/").dropLast() {
                prefix += component + "/"
                if folders.insert(prefix).inserted {
                    try writer.addDirectory(prefix, modified: modified)
                }
            }
            try writer.addFile(root + "data/" + file.path, data: file.data, modified: modified, compression: compression)
        }
        try writer.close { fraction in
            let done = min(total, Int((fraction * Double(total)).rounded(.down)))
            try progress?(BagProgress(phase: .writing, filesDone: done, totalFiles: total))
        }
    }
}
