@testable import BagIt
import Foundation
import ZipArchive

/// Zips and small bags made entry by entry, for tests that need one precise defect.
enum TestBags {
    static let when = try! ZipDateTime(year: 2025, month: 3, day: 1, hour: 12)

    /// Writes the entries in order (a name ending in `/` is a folder) with libzip on one thread.
    static func zip(_ entries: [(name: String, data: Data)], to url: URL) throws {
        let writer = try ZipWriter(creating: url, compressionThreads: 1)
        for entry in entries {
            if entry.name.hasSuffix("/") {
                try writer.addDirectory(entry.name, modified: when)
            } else {
                try writer.addFile(entry.name, data: entry.data, modified: when)
            }
        }
        try writer.close()
    }

    /// Zips every file below `folder` under the top folder `root`, in byte order of the paths.
    static func zip(folder: URL, as root: String, to url: URL) throws {
        var entries: [(name: String, data: Data)] = []
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let file as URL in enumerator where try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(file.standardizedFileURL.path.dropFirst(base.count))
            entries.append((root + "/" + relative, try Data(contentsOf: file)))
        }
        try zip(entries.sorted { BagPaths.precedes($0.name, $1.name) }, to: url)
    }

    /// The SHA-256 of some bytes, as the verifier computes it.
    static func sha256(_ data: Data) -> String { ChecksumAlgorithm.sha256.hexDigest(data) }

    /// The entries of a small valid bag `b/` (bagit.txt, bag-info.txt with Payload-Oxum, manifest-sha256.txt,
    /// the payload below data/), with `change` applied to the tag files before they are zipped.
    static func bag(payload: [String: Data] = ["data/a.txt": Data("a\n".utf8)],
                    change: (inout [String: Data]) -> Void = { _ in }) -> [(name: String, data: Data)] {
        let paths = payload.keys.sorted(by: BagPaths.precedes)
        let bytes = payload.values.reduce(0) { $0 + $1.count }
        var tags: [String: Data] = [
            "bagit.txt": Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8),
            "bag-info.txt": Data("Payload-Oxum: \(bytes).\(payload.count)\n".utf8),
            "manifest-sha256.txt": Data(paths.map { "\(sha256(payload[$0]!))  \($0)\n" }.joined().utf8),
        ]
        change(&tags)
        return [("b/", Data())] + tags.keys.sorted().map { ("b/" + $0, tags[$0]!) }
            + [("b/data/", Data())] + paths.map { ("b/" + $0, payload[$0]!) }
    }

    /// The case name of a problem, to assert its kind without its details.
    static func kind(_ problem: BagProblem) -> String {
        switch problem {
        case .unreadableArchive: "unreadableArchive"
        case .unsafeEntry: "unsafeEntry"
        case .duplicateEntry: "duplicateEntry"
        case .corruptEntry: "corruptEntry"
        case .notExactlyOneTopFolder: "notExactlyOneTopFolder"
        case .missingBagDeclaration: "missingBagDeclaration"
        case .unsupportedVersion: "unsupportedVersion"
        case .unsupportedTagFileEncoding: "unsupportedTagFileEncoding"
        case .nonUTF8TagFileEncoding: "nonUTF8TagFileEncoding"
        case .malformedTagFile: "malformedTagFile"
        case .tagFileTooLarge: "tagFileTooLarge"
        case .paddedLabel: "paddedLabel"
        case .repeatedField: "repeatedField"
        case .binaryModeMarker: "binaryModeMarker"
        case .unsafePath: "unsafePath"
        case .repeatedManifestEntry: "repeatedManifestEntry"
        case .filesToFetch: "filesToFetch"
        case .missingPayloadDirectory: "missingPayloadDirectory"
        case .missingPayloadManifest: "missingPayloadManifest"
        case .unsupportedManifestAlgorithm: "unsupportedManifestAlgorithm"
        case .checksumMismatch: "checksumMismatch"
        case .missingFile: "missingFile"
        case .fileNotInManifest: "fileNotInManifest"
        case .systemFile: "systemFile"
        case .payloadOxumMismatch: "payloadOxumMismatch"
        case .payloadExceedsOxum: "payloadExceedsOxum"
        case .extractionFailed: "extractionFailed"
        }
    }
}
