#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tag files the verifier reads (bagit.txt, bag-info.txt, fetch.txt, manifests and tag
/// manifests), decoded in the declared encoding and parsed once, before the payload is read: the
/// scan needs the manifests and `Payload-Oxum` to know what to extract and how much.
struct TagFileSet {
    /// A manifest whose algorithm is supported.
    struct Manifest {
        let file: String
        let algorithm: ChecksumAlgorithm
        /// A payload manifest (`manifest-ALG.txt`) rather than a tag manifest.
        let isPayload: Bool
        let lines: [TagFiles.ManifestLine]
    }

    /// `Payload-Oxum` as declared.
    struct Oxum {
        let text: String
        /// Nil when the value is not `OCTETS.FILES`.
        let bytes: UInt64?
        let files: Int?
    }

    private(set) var manifests: [Manifest] = []
    /// Whether any `manifest-*.txt` exists, supported or not.
    private(set) var hasPayloadManifest = false
    private(set) var oxum: Oxum?
    /// Lines of fetch.txt that name a file to fetch.
    private(set) var fetchEntries = 0
    /// Problems found while decoding and parsing.
    private(set) var problems: [BagProblem] = []

    /// Fields of bag-info.txt that RFC 8493 §2.2.2 says SHOULD NOT be repeated.
    static let nonRepeatableFields = ["Bagging-Date", "Bag-Size", "Bag-Group-Identifier", "Bag-Count"]

    /// Whether a top-level file is one of the tag files read here (and so kept in memory).
    static func isReadTagFile(_ name: String) -> Bool {
        name == "bagit.txt" || name == "bag-info.txt" || name == "fetch.txt"
            || (name.hasSuffix(".txt") && (name.hasPrefix("manifest-") || name.hasPrefix("tagmanifest-")))
    }

    /// Parses the tag files among `contents` (keyed by path relative to the bag folder; nil for a file
    /// that could not be read, already reported).
    init(contents: [ExactPath: Data?]) {
        hasPayloadManifest = contents.keys.contains { $0.string.hasPrefix("manifest-") && $0.string.hasSuffix(".txt") }
        guard let encoding = readDeclaration(contents) else { return }
        if let info = contents[ExactPath("bag-info.txt")] ?? nil { readInfo(info, encoding: encoding) }
        if let fetch = contents[ExactPath("fetch.txt")] ?? nil {
            let (entries, fetchProblems) = TagFiles.parseFetch(fetch, encoding: encoding)
            fetchEntries = entries
            problems += fetchProblems
        }
        for isPayload in [true, false] {
            let prefix = isPayload ? "manifest-" : "tagmanifest-"
            let names = contents.keys.map(\.string)
                .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }
                .sorted(by: BagPaths.precedes)
            for name in names {
                guard let algorithm = ChecksumAlgorithm(manifestSuffix: String(name.dropFirst(prefix.count).dropLast(4))) else {
                    problems.append(.unsupportedManifestAlgorithm(file: name))
                    continue
                }
                guard let content = contents[ExactPath(name)] ?? nil else { continue }
                let (lines, lineProblems) = TagFiles.parseManifest(content, file: name, algorithm: algorithm, encoding: encoding)
                problems += lineProblems
                manifests.append(Manifest(file: name, algorithm: algorithm, isPayload: isPayload, lines: lines))
            }
        }
    }

    /// Checks bagit.txt (RFC 8493 §2.1.1); returns the encoding of the other tag files, or nil when
    /// they cannot be decoded. A missing or unreadable bagit.txt is reported and UTF-8 assumed, so the
    /// rest of the bag is still checked.
    private mutating func readDeclaration(_ contents: [ExactPath: Data?]) -> TagEncoding? {
        guard let entry = contents[ExactPath("bagit.txt")] else {
            problems.append(.missingBagDeclaration)
            return .utf8
        }
        guard let content = entry else { return .utf8 }
        let file = "bagit.txt"
        if content.starts(with: [0xEF, 0xBB, 0xBF]) {
            problems.append(.malformedTagFile(file: file, line: 1, reason: "it must not start with a byte-order mark"))
        }
        let (fields, parseProblems) = TagFiles.parseFields(content, file: file, strictLabels: true)
        problems += parseProblems
        let version = fields.first { $0.label == "BagIt-Version" }?.value
        let declared = fields.first { $0.label == "Tag-File-Character-Encoding" }?.value
        switch version {
        case nil: problems.append(.malformedTagFile(file: file, line: nil, reason: "BagIt-Version is missing"))
        case "1.0"?: break
        case let other?: problems.append(.unsupportedVersion(found: other))
        }
        guard let declared else {
            problems.append(.malformedTagFile(file: file, line: nil, reason: "Tag-File-Character-Encoding is missing"))
            return .utf8
        }
        if version != nil, fields.map(\.label) != ["BagIt-Version", "Tag-File-Character-Encoding"] {
            problems.append(.malformedTagFile(file: file, line: nil,
                                              reason: "it must hold exactly BagIt-Version, then Tag-File-Character-Encoding"))
        }
        guard let encoding = TagEncoding(declared: declared) else {
            problems.append(.unsupportedTagFileEncoding(declared: declared))
            return nil
        }
        if encoding != .utf8 { problems.append(.nonUTF8TagFileEncoding(declared: declared)) }
        return encoding
    }

    private mutating func readInfo(_ content: Data, encoding: TagEncoding) {
        let (fields, parseProblems) = TagFiles.parseFields(content, file: "bag-info.txt", encoding: encoding)
        problems += parseProblems
        for label in Self.nonRepeatableFields where fields.count(where: { $0.label == label }) > 1 {
            problems.append(.repeatedField(label: label))
        }
        let oxums = fields.filter { $0.label == "Payload-Oxum" }.map(\.value)
        guard let declared = oxums.first else { return }
        if oxums.count > 1 {
            problems.append(.malformedTagFile(file: "bag-info.txt", line: nil, reason: "Payload-Oxum appears more than once"))
        }
        let parts = declared.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let bytes = UInt64(parts[0]), let files = Int(parts[1])
        else {
            problems.append(.malformedTagFile(file: "bag-info.txt", line: nil, reason: "Payload-Oxum ‘\(declared)’ is not OCTETS.FILES"))
            oxum = Oxum(text: declared, bytes: nil, files: nil)
            return
        }
        oxum = Oxum(text: declared, bytes: bytes, files: files)
    }
}
