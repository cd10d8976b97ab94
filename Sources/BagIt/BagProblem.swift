import ZipArchive

/// One thing wrong with a zipped bag, as found by ``BagVerifier``.
///
/// Paths in bag-level problems are relative to the bag's folder (`data/a.txt`,
/// `bag-info.txt`); names in archive-level problems are the raw zip entry names.
public enum BagProblem: Sendable, Hashable, CustomStringConvertible {
    /// The zip cannot be opened at all: missing, not a zip, truncated or inconsistent.
    case unreadableArchive(reason: String)
    /// A zip entry was refused and never extracted.
    case unsafeEntry(name: String, reason: UnsafeEntryReason)
    /// Two zip entries have the same name; the later ones are ignored.
    case duplicateEntry(name: String)
    /// A zip entry cannot be read back: CRC mismatch or invalid compressed data (libzip's message).
    case corruptEntry(name: String, reason: String)
    /// The zip does not unpack to exactly one top-level folder; `found` lists the top-level names.
    case notExactlyOneTopFolder(found: [String])
    /// `bagit.txt` is missing.
    case missingBagDeclaration
    /// `bagit.txt` declares a version other than 1.0.
    case unsupportedVersion(found: String)
    /// A tag file (bagit.txt, bag-info.txt, a manifest) cannot be parsed.
    case malformedTagFile(file: String, line: Int?, reason: String)
    /// There is no `data/` folder.
    case missingPayloadDirectory
    /// There is no `manifest-ALG.txt`.
    case missingPayloadManifest
    /// A manifest uses an algorithm the verifier does not know, so its lines were not checked.
    case unsupportedManifestAlgorithm(file: String)
    /// A file's bytes do not match the checksum in a manifest or tag manifest.
    case checksumMismatch(path: String, manifest: String, expected: String, actual: String)
    /// A manifest or tag manifest lists a file that is not in the bag.
    case missingFile(path: String, manifest: String)
    /// A payload file is not listed in a payload manifest.
    case fileNotInManifest(path: String, manifest: String)
    /// `Payload-Oxum` in bag-info.txt does not match the payload.
    case payloadOxumMismatch(declared: String, actual: String)
    /// An entry could not be extracted (only with an extraction folder).
    case extractionFailed(path: String, reason: String)

    /// A readable sentence naming the file concerned.
    public var message: String {
        switch self {
        case let .unreadableArchive(reason):
            "the zip cannot be read: \(reason)"
        case let .unsafeEntry(name, reason):
            "refused zip entry ‘\(name)’: \(reason); it was not extracted"
        case let .duplicateEntry(name):
            "the zip has more than one entry named ‘\(name)’"
        case let .corruptEntry(name, reason):
            "zip entry ‘\(name)’ is damaged: \(reason)"
        case let .notExactlyOneTopFolder(found):
            "the zip must unpack to exactly one folder, but its top level holds "
                + (found.isEmpty ? "nothing" : found.map { "‘\($0)’" }.joined(separator: ", "))
        case .missingBagDeclaration:
            "bagit.txt is missing"
        case let .unsupportedVersion(found):
            "bagit.txt declares BagIt-Version ‘\(found)’; expected 1.0"
        case let .malformedTagFile(file, line, reason):
            "\(file)\(line.map { " line \($0)" } ?? ""): \(reason)"
        case .missingPayloadDirectory:
            "the payload folder data/ is missing"
        case .missingPayloadManifest:
            "there is no payload manifest (manifest-ALGORITHM.txt)"
        case let .unsupportedManifestAlgorithm(file):
            "\(file) uses an unsupported checksum algorithm and was not checked"
        case let .checksumMismatch(path, manifest, expected, actual):
            "checksum mismatch for ‘\(path)’: \(manifest) says \(expected), the file has \(actual)"
        case let .missingFile(path, manifest):
            "‘\(path)’ is listed in \(manifest) but is not in the bag"
        case let .fileNotInManifest(path, manifest):
            "‘\(path)’ is in the bag but not listed in \(manifest)"
        case let .payloadOxumMismatch(declared, actual):
            "Payload-Oxum says \(declared) (bytes.files) but the payload is \(actual)"
        case let .extractionFailed(path, reason):
            "cannot extract ‘\(path)’: \(reason)"
        }
    }

    /// Same as ``message``.
    public var description: String { message }
}

/// Why a zip entry is refused.
public enum UnsafeEntryReason: Sendable, Hashable, CustomStringConvertible {
    /// The name is not a plain relative path (absolute, `..`, backslash, drive letter, ...).
    case path(ZipPathProblem)
    /// The entry is a symbolic link (Unix mode in the external attributes).
    case symbolicLink
    /// The entry is a device, FIFO or socket.
    case specialFile

    /// A short explanation.
    public var description: String {
        switch self {
        case let .path(problem): problem.description
        case .symbolicLink: "it is a symbolic link"
        case .specialFile: "it is a device, FIFO or socket"
        }
    }
}
