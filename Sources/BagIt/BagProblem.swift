// Public: a bag's path problems include the rules of zip entry names, which ZipArchive owns.
public import ZipArchive

/// One thing wrong with a zipped bag, as found by ``BagVerifier``.
///
/// Paths in bag-level problems are relative to the bag's folder (`data/a.txt`,
/// `bag-info.txt`); names in archive-level problems are the raw zip entry names.
/// Each problem is an error or a warning (``severity``): see ``Severity``.
public enum BagProblem: Sendable, Hashable, CustomStringConvertible {
    /// The zip cannot be opened at all: missing, not a zip, truncated or inconsistent.
    case unreadableArchive(reason: String)
    /// A zip entry was refused and never extracted.
    case unsafeEntry(name: String, reason: UnsafeEntryReason)
    /// Two zip entries have the same name; the later ones are ignored. The name is nil when libzip
    /// refused the whole archive for it (it does, when checking the archive's consistency).
    case duplicateEntry(name: String?)
    /// A zip entry cannot be read back: CRC mismatch, invalid compressed data, or more bytes than its
    /// central directory records (libzip's or our message). Whatever was extracted of it is removed.
    case corruptEntry(name: String, reason: String)
    /// The zip does not unpack to exactly one top-level folder; `found` lists the top-level names.
    case notExactlyOneTopFolder(found: [String])
    /// `bagit.txt` is missing.
    case missingBagDeclaration
    /// `bagit.txt` declares a version other than 1.0.
    case unsupportedVersion(found: String)
    /// `bagit.txt` declares a `Tag-File-Character-Encoding` the verifier cannot decode, so the
    /// other tag files (manifests, bag-info.txt, fetch.txt) were not read.
    case unsupportedTagFileEncoding(declared: String)
    /// `bagit.txt` declares a supported encoding other than UTF-8 (RFC 8493 §2.1.1: it SHOULD be UTF-8).
    case nonUTF8TagFileEncoding(declared: String)
    /// A tag file (bagit.txt, bag-info.txt, fetch.txt, a manifest) cannot be parsed.
    case malformedTagFile(file: String, line: Int?, reason: String)
    /// A tag file is too large to be read into memory; it was not parsed.
    case tagFileTooLarge(file: String, size: UInt64, limit: UInt64)
    /// A bag-info.txt label has whitespace before its colon (`Label : value`); it is read without it.
    case paddedLabel(file: String, line: Int, label: String)
    /// A bag-info.txt field that RFC 8493 §2.2.2 says SHOULD NOT be repeated appears more than once.
    case repeatedField(label: String)
    /// A manifest line has md5sum's binary-mode marker (`checksum *path`); the `*` is not read as part of the path.
    case binaryModeMarker(manifest: String, line: Int)
    /// A manifest or fetch.txt names a path that is absolute, climbs out of the bag or is otherwise unsafe.
    case unsafePath(file: String, line: Int, path: String, reason: BagPathProblem)
    /// A manifest lists the same path twice (also when the two differ only in Unicode normalization).
    case repeatedManifestEntry(path: String, manifest: String, line: Int)
    /// fetch.txt lists files to be downloaded from elsewhere: a handover package must hold every file itself.
    case filesToFetch(count: Int)
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
    /// A payload file that operating systems make and change on their own (Thumbs.db, .DS_Store, ...).
    case systemFile(path: String)
    /// `Payload-Oxum` in bag-info.txt does not match the payload.
    case payloadOxumMismatch(declared: String, actual: String)
    /// Extraction stopped: the payload written reached the byte count `Payload-Oxum` declares, and more came.
    case payloadExceedsOxum(path: String, declaredBytes: UInt64)
    /// An entry could not be extracted (only with an extraction folder).
    case extractionFailed(path: String, reason: String)

    /// How much a problem weighs.
    ///
    /// Errors break a MUST of RFC 8493 (or the handover policy, such as no fetch.txt) or make the bag
    /// impossible to check; a bag with one is not valid. Warnings mark what the RFC says SHOULD or
    /// SHOULD NOT be, or what a receiver should know (system files); the bag is still valid.
    public enum Severity: Sendable, Hashable {
        /// The bag is not valid.
        case error
        /// The bag is valid, but deviates from a recommendation.
        case warning
    }

    /// Whether this problem makes the bag invalid: the one place that decides.
    public var severity: Severity {
        switch self {
        case .nonUTF8TagFileEncoding, .paddedLabel, .repeatedField, .binaryModeMarker, .systemFile:
            .warning
        default:
            .error
        }
    }

    /// Whether this is an error (the bag is not valid).
    public var isError: Bool { severity == .error }

    /// A readable sentence naming the file concerned.
    public var message: String {
        switch self {
        case let .unreadableArchive(reason):
            "the zip cannot be read: \(reason)"
        case let .unsafeEntry(name, reason):
            "refused zip entry ‘\(name)’: \(reason); it was not extracted"
        case let .duplicateEntry(name?):
            "the zip has more than one entry named ‘\(name)’"
        case .duplicateEntry(nil):
            "the zip has more than one entry with the same name, so which one holds the file is ambiguous; "
                + "it was not read"
        case let .corruptEntry(name, reason):
            "zip entry ‘\(name)’ is damaged: \(reason)"
        case let .notExactlyOneTopFolder(found):
            "the zip must unpack to exactly one folder, but its top level holds "
                + (found.isEmpty ? "nothing" : found.map { "‘\($0)’" }.joined(separator: ", "))
        case .missingBagDeclaration:
            "bagit.txt is missing"
        case let .unsupportedVersion(found):
            "bagit.txt declares BagIt-Version ‘\(found)’; expected 1.0"
        case let .unsupportedTagFileEncoding(declared):
            "bagit.txt declares Tag-File-Character-Encoding ‘\(declared)’, which this verifier cannot decode "
                + "(it reads UTF-8, US-ASCII, ISO-8859-1 and UTF-16); the other tag files were not checked"
        case let .nonUTF8TagFileEncoding(declared):
            "the tag files are encoded in \(declared); RFC 8493 recommends UTF-8"
        case let .malformedTagFile(file, line, reason):
            "\(file)\(line.map { " line \($0)" } ?? ""): \(reason)"
        case let .tagFileTooLarge(file, size, limit):
            "\(file) has \(size) bytes, more than the \(limit) a tag file may have here; it was not read"
        case let .paddedLabel(file, line, label):
            "\(file) line \(line): the label ‘\(label)’ is followed by whitespace before its colon"
        case let .repeatedField(label):
            "bag-info.txt has more than one \(label); RFC 8493 says it should appear once"
        case let .binaryModeMarker(manifest, line):
            "\(manifest) line \(line): md5sum's binary-mode marker ‘*’ before the path (not part of BagIt's format)"
        case let .unsafePath(file, line, path, reason):
            "\(file) line \(line): unsafe path ‘\(path)’: \(reason)"
        case let .repeatedManifestEntry(path, manifest, line):
            "\(manifest) line \(line): ‘\(path)’ is listed more than once"
        case let .filesToFetch(count):
            "fetch.txt lists \(count) file(s) to be downloaded from elsewhere; a handover package must "
                + "contain every file itself"
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
        case let .systemFile(path):
            "‘\(path)’ is a file operating systems make and change on their own; it may differ between copies"
        case let .payloadOxumMismatch(declared, actual):
            "Payload-Oxum says \(declared) (bytes.files) but the payload is \(actual)"
        case let .payloadExceedsOxum(path, declaredBytes):
            "extraction stopped at ‘\(path)’: the payload is larger than the \(declaredBytes) bytes Payload-Oxum declares"
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

/// Why a path named in a manifest or fetch.txt cannot name a file of the bag: a rule every zip entry
/// name follows (``ZipPathProblem``, checked in one place for the writer, the reader and the bag),
/// or one of the two rules only listed paths have.
public enum BagPathProblem: Sendable, Hashable, CustomStringConvertible {
    /// The path breaks a rule of zip entry names (absolute, `..`, backslash, drive letter, ...).
    case name(ZipPathProblem)
    /// The path starts with `~`, which shells expand to a home folder.
    case homeDirectory
    /// The path is not below `data/` where only payload files may be named (fetch.txt).
    case outsidePayload

    /// A short explanation.
    public var description: String {
        switch self {
        case .name(let problem): problem.description
        case .homeDirectory: "the name starts with '~' (a home folder)"
        case .outsidePayload: "the name is not below data/"
        }
    }
}
