#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import ZipArchive

/// The one place that lays a bag out in its zip, whether its payload is held in memory
/// (``BagWriter/write(_:to:modified:compression:compressionThreads:progress:)``) or was streamed
/// in batches (``StreamingBagWriter``): the folder named after the bag, then `bagit.txt`,
/// `bag-info.txt` (the caller's fields, then `Payload-Oxum` and `Bag-Size`), `manifest-sha256.txt`,
/// `tagmanifest-sha256.txt`, `data/` and the payload sorted by path (folder entries before their
/// contents), every entry with the same time and fixed attributes.
enum BagLayout {
    /// One payload file as the zip needs it: its path below `data/`, size, SHA-256 and bytes.
    struct Entry {
        /// Where the file's bytes are.
        enum Content {
            /// Held in memory, compressed by the writer.
            case bytes(Data, ZipCompression)
            /// Compressed ahead into a spill, copied from there as they are.
            case spilled(ZipSpill, index: Int, ZipCompression)
        }

        let path: String
        let size: Int
        let digest: String
        let content: Content
    }

    /// How a payload file is stored: a zip archive itself (an XLSX or DOCX payload) as it is, since
    /// deflating compressed bytes costs time and saves nothing; anything else as the caller asked.
    static func compression(of data: Data, _ compression: ZipCompression) -> ZipCompression {
        data.count >= 4 && data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04]) ? .stored : compression
    }

    /// Adds the whole bag to `writer` and closes it, `progress` hearing of the writing (phase
    /// `.writing`); `payload` is sorted by path (``BagPaths/precedes(_:_:)``) and free of conflicts.
    static func write(name: String, info: [BagInfoField], payload: [Entry], to writer: ZipWriter,
                      modified: ZipDateTime, compression: ZipCompression,
                      progress: ((BagProgress) throws -> Void)?) throws {
        let bytes = payload.reduce(0) { $0 + $1.size }
        let fields = info + [
            BagInfoField("Payload-Oxum", payloadOxum(bytes: bytes, files: payload.count)),
            BagInfoField("Bag-Size", TagFiles.humanReadableSize(bytes)),
        ]
        let tagFiles: [(name: String, data: Data)] = [
            ("bagit.txt", Data(TagFiles.bagDeclaration.utf8)),
            ("bag-info.txt", Data(TagFiles.render(fields).utf8)),
            (BagWriter.manifestName, Data(TagFiles.renderManifest(payload.map { ($0.digest, "data/" + $0.path) }).utf8)),
        ]
        let tagManifest = TagFiles.renderManifest(
            tagFiles.sorted { BagPaths.precedes($0.name, $1.name) }
                .map { (sha256Hex($0.data), $0.name) })

        let root = name + "/"
        try writer.addDirectory(root, modified: modified)
        for tag in tagFiles + [(BagWriter.tagManifestName, Data(tagManifest.utf8))] {
            try writer.addFile(root + tag.name, data: tag.data, modified: modified, compression: compression)
        }
        try writer.addDirectory(root + "data/", modified: modified)
        var folders: Set<String> = []
        for file in payload {
            var prefix = root + "data/"
            for component in file.path.split(separator: "/").dropLast() {
                prefix += component + "/"
                if folders.insert(prefix).inserted {
                    try writer.addDirectory(prefix, modified: modified)
                }
            }
            let entry = entryName(bag: name, path: file.path)
            switch file.content {
            case let .bytes(data, compression):
                try writer.addFile(entry, data: data, modified: modified, compression: compression)
            case let .spilled(spill, index, compression):
                try writer.addFile(entry, copying: index, of: spill, modified: modified, compression: compression)
            }
        }
        let total = payload.count
        try writer.close { fraction in
            let done = min(total, Int((fraction * Double(total)).rounded(.down)))
            try progress?(BagProgress(phase: .writing, filesDone: done, totalFiles: total))
        }
    }

    /// The `Payload-Oxum` value: `octets.files`.
    static func payloadOxum(bytes: Int, files: Int) -> String {
        "\(bytes).\(files)"
    }

    /// The zip entry name of a payload file.
    static func entryName(bag name: String, path: String) -> String {
        name + "/data/" + path
    }
}
