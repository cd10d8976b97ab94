import Foundation
import ZipArchive

/// Verifies a BagIt 1.0 bag serialized as a zip, and optionally extracts it safely.
///
/// Every problem is reported, not only the first: unreadable or truncated
/// archives, unsafe entries (absolute, `..`, backslash, drive letter, symbolic
/// link — refused and never extracted), duplicate entries, CRC errors found by
/// libzip, the single top folder, `bagit.txt`, every line of every payload
/// manifest and tag manifest against the bytes, payload files missing from or
/// extra to each manifest, and `Payload-Oxum`. Manifests in md5, sha1, sha256,
/// sha224, sha384 and sha512 are checked (digests from Debian's libcrypto).
public enum BagVerifier {
    /// Checks the zipped bag at `url`; an empty result means the bag is valid.
    ///
    /// With `extractTo`, the folder is created if needed and every safe entry is
    /// written inside it (whether or not the bag is valid); nothing is ever
    /// written outside it. Existing files with the same names are overwritten.
    public static func verify(zipAt url: URL, extractTo destination: URL? = nil) -> [BagProblem] {
        let reader: ZipReader
        do {
            reader = try ZipReader(contentsOf: url)
        } catch {
            return [.unreadableArchive(reason: "\(error)")]
        }
        var scan = ArchiveScan(reader: reader, destination: destination)
        scan.run()
        guard let bag = scan.bag else {
            return scan.problems + [.missingBagDeclaration]
        }
        var checks = BagChecks(bag: bag)
        checks.run()
        return scan.problems + checks.problems
    }
}

/// The bag-level checks, on what ``ArchiveScan`` found.
struct BagChecks {
    let bag: ScannedBag
    private(set) var problems: [BagProblem] = []

    init(bag: ScannedBag) { self.bag = bag }

    mutating func run() {
        checkDeclaration()
        if !bag.folders.contains(ExactPath("data")) { problems.append(.missingPayloadDirectory) }
        let payload = bag.files.filter { $0.key.string.hasPrefix("data/") }
        checkManifests(prefix: "manifest-", expected: payload)
        checkOxum(payload)
        checkManifests(prefix: "tagmanifest-", expected: nil)
    }

    private func file(_ name: String) -> ScannedBag.File? { bag.files[ExactPath(name)] }

    private mutating func checkDeclaration() {
        guard let declaration = file("bagit.txt") else { return problems.append(.missingBagDeclaration) }
        guard let content = declaration.content else { return }
        if content.starts(with: [0xEF, 0xBB, 0xBF]) {
            problems.append(.malformedTagFile(file: "bagit.txt", line: 1, reason: "it must not start with a byte-order mark"))
        }
        let (fields, parseProblems) = TagFiles.parseFields(content, file: "bagit.txt")
        problems += parseProblems
        let version = fields.first { $0.label == "BagIt-Version" }?.value
        let encoding = fields.first { $0.label == "Tag-File-Character-Encoding" }?.value
        switch version {
        case nil: problems.append(.malformedTagFile(file: "bagit.txt", line: nil, reason: "BagIt-Version is missing"))
        case "1.0"?: break
        case let other?: problems.append(.unsupportedVersion(found: other))
        }
        if encoding == nil {
            problems.append(.malformedTagFile(file: "bagit.txt", line: nil, reason: "Tag-File-Character-Encoding is missing"))
        } else if encoding?.uppercased() != "UTF-8" {
            problems.append(.malformedTagFile(file: "bagit.txt", line: nil,
                                              reason: "Tag-File-Character-Encoding ‘\(encoding!)’ is not supported (only UTF-8)"))
        }
    }

    /// Checks every `PREFIX-ALG.txt`; with `expected`, also that those files are all listed (payload manifests).
    private mutating func checkManifests(prefix: String, expected: [ExactPath: ScannedBag.File]?) {
        let manifests = bag.files.keys.map(\.string)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") && !$0.contains("/") }
            .sorted(by: BagPaths.precedes)
        if manifests.isEmpty, expected != nil { problems.append(.missingPayloadManifest) }
        for manifest in manifests {
            let suffix = String(manifest.dropFirst(prefix.count).dropLast(4))
            guard let algorithm = ChecksumAlgorithm(manifestSuffix: suffix) else {
                problems.append(.unsupportedManifestAlgorithm(file: manifest))
                continue
            }
            guard let content = file(manifest)?.content else { continue }
            let (lines, parseProblems) = TagFiles.parseManifest(content, file: manifest, algorithm: algorithm)
            problems += parseProblems
            var listed: Set<ExactPath> = []
            for line in lines {
                let isPayload = line.path.hasPrefix("data/")
                if isPayload != (expected != nil) {
                    let place = isPayload ? "a payload file" : "a file outside data/"
                    problems.append(.malformedTagFile(file: manifest, line: line.line, reason: "‘\(line.path)’ is \(place)"))
                    continue
                }
                listed.insert(ExactPath(line.path))
                guard let target = file(line.path) else {
                    problems.append(.missingFile(path: line.path, manifest: manifest))
                    continue
                }
                if target.readable, let actual = target.digests[algorithm], actual != line.digest {
                    problems.append(.checksumMismatch(path: line.path, manifest: manifest, expected: line.digest, actual: actual))
                }
            }
            for path in (expected ?? [:]).keys.sorted() where !listed.contains(path) {
                problems.append(.fileNotInManifest(path: path.string, manifest: manifest))
            }
        }
    }

    private mutating func checkOxum(_ payload: [ExactPath: ScannedBag.File]) {
        guard let content = file("bag-info.txt")?.content else { return }
        let (fields, parseProblems) = TagFiles.parseFields(content, file: "bag-info.txt")
        problems += parseProblems
        let oxums = fields.filter { $0.label == "Payload-Oxum" }.map(\.value)
        guard let declared = oxums.first else { return }
        if oxums.count > 1 {
            problems.append(.malformedTagFile(file: "bag-info.txt", line: nil, reason: "Payload-Oxum appears more than once"))
        }
        let parts = declared.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return problems.append(.malformedTagFile(file: "bag-info.txt", line: nil,
                                                     reason: "Payload-Oxum ‘\(declared)’ is not OCTETS.FILES"))
        }
        let actual = "\(payload.values.reduce(0) { $0 + $1.size }).\(payload.count)"
        if declared != actual, "\(UInt64(parts[0]) ?? 0).\(Int(parts[1]) ?? 0)" != actual {
            problems.append(.payloadOxumMismatch(declared: declared, actual: actual))
        }
    }
}
