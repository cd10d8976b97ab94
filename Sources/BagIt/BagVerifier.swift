#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import ZipArchive

/// Verifies a BagIt 1.0 bag (RFC 8493) serialized as a zip, and optionally extracts it safely.
///
/// Every problem is reported, not only the first: unreadable or truncated
/// archives, unsafe entries (absolute, `..`, backslash, drive letter, symbolic
/// link — refused and never extracted), duplicate entries, CRC errors found by
/// libzip, the single top folder, `bagit.txt` (version 1.0, exactly its two
/// lines, the tag files' encoding: UTF-8, US-ASCII, ISO-8859-1 or UTF-16),
/// every line of every payload manifest and tag manifest against the bytes
/// (paths that would leave the bag are refused), payload files missing from or
/// extra to each manifest, `Payload-Oxum`, and fetch.txt: a handover package
/// must hold every file, so a fetch.txt that lists any is an error, and each of
/// its paths is checked as well. Manifests in md5, sha1, sha224, sha256, sha384
/// and sha512 are checked (digests from Debian's libcrypto).
///
/// Each problem has a ``BagProblem/severity``: the bag is valid when no problem
/// is an error (``isValid(_:)``); warnings mark what RFC 8493 says SHOULD be.
public enum BagVerifier {
    /// Checks the zipped bag at `url`; no problem at all means the bag is valid and clean.
    ///
    /// With `extractTo`, the folder is created if needed and the tag files and every file that a
    /// manifest lists are written inside it (whether or not the bag is valid); nothing is ever
    /// written outside it, no entry beyond its recorded size and no payload beyond `Payload-Oxum`.
    /// Existing files with the same names are overwritten.
    public static func verify(zipAt url: URL, extractTo destination: URL? = nil) -> [BagProblem] {
        let reader: ZipReader
        do {
            reader = try ZipReader(contentsOf: url)
        } catch let error as ZipError where error.code == .alreadyExists {
            return [.duplicateEntry(name: nil)]
        } catch {
            return [.unreadableArchive(reason: "\(error)")]
        }
        var scan = ArchiveScan(reader: reader, destination: destination)
        scan.run()
        guard let bag = scan.bag, let tags = scan.tags else {
            return scan.problems + [.missingBagDeclaration]
        }
        var checks = BagChecks(bag: bag, tags: tags)
        checks.run()
        return scan.problems + checks.problems
    }

    /// Whether a bag with these problems is valid: none is an error (warnings allowed).
    public static func isValid(_ problems: [BagProblem]) -> Bool {
        !problems.contains { $0.isError }
    }
}

/// The bag-level checks, on what ``ArchiveScan`` found.
struct BagChecks {
    let bag: ScannedBag
    let tags: TagFileSet
    private(set) var problems: [BagProblem] = []

    init(bag: ScannedBag, tags: TagFileSet) {
        self.bag = bag
        self.tags = tags
    }

    mutating func run() {
        problems += tags.problems
        if tags.fetchEntries > 0 { problems.append(.filesToFetch(count: tags.fetchEntries)) }
        if !bag.folders.contains(ExactPath("data")) { problems.append(.missingPayloadDirectory) }
        let payload = bag.files.filter { $0.key.string.hasPrefix("data/") }
        if !tags.hasPayloadManifest { problems.append(.missingPayloadManifest) }
        for manifest in tags.manifests where manifest.isPayload { check(manifest, expected: payload) }
        checkOxum(payload)
        for manifest in tags.manifests where !manifest.isPayload { check(manifest, expected: nil) }
        for path in payload.keys.sorted() where BagPaths.isSystemFile(path.string) {
            problems.append(.systemFile(path: path.string))
        }
    }

    /// Checks a manifest's lines against the files; with `expected`, also that those files are all listed (payload manifests).
    private mutating func check(_ manifest: TagFileSet.Manifest, expected: [ExactPath: ScannedBag.File]?) {
        var listed: Set<ExactPath> = []
        for line in manifest.lines {
            let isPayload = line.path.hasPrefix("data/")
            if isPayload != manifest.isPayload {
                let place = isPayload ? "a payload file" : "a file outside data/"
                problems.append(.malformedTagFile(file: manifest.file, line: line.line, reason: "‘\(line.path)’ is \(place)"))
                continue
            }
            listed.insert(ExactPath(line.path))
            guard let target = bag.files[ExactPath(line.path)] else {
                problems.append(.missingFile(path: line.path, manifest: manifest.file))
                continue
            }
            if target.readable, let actual = target.digests[manifest.algorithm], actual != line.digest {
                problems.append(.checksumMismatch(path: line.path, manifest: manifest.file, expected: line.digest, actual: actual))
            }
        }
        for path in (expected ?? [:]).keys.sorted() where !listed.contains(path) {
            problems.append(.fileNotInManifest(path: path.string, manifest: manifest.file))
        }
    }

    private mutating func checkOxum(_ payload: [ExactPath: ScannedBag.File]) {
        guard let oxum = tags.oxum, let bytes = oxum.bytes, let files = oxum.files else { return }
        let actualBytes = payload.values.reduce(0) { $0 + $1.size }
        if bytes != actualBytes || files != payload.count {
            problems.append(.payloadOxumMismatch(declared: oxum.text, actual: "\(actualBytes).\(payload.count)"))
        }
    }
}
