import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A BagIt bag to be written: its name, its bag-info fields and its payload files.
///
/// Everything is checked when the value is made (see ``BagError``), so a `Bag`
/// that exists can always be written. The payload is kept sorted by the UTF-8
/// bytes of each path, which fixes the order of the manifest and of the zip.
public struct Bag: Sendable, Hashable {
    /// The bag's folder name: the single top-level folder of the zip.
    public let name: String
    /// Caller-supplied bag-info fields, in order. `Payload-Oxum` and `Bag-Size` are added when writing.
    public let info: [BagInfoField]
    /// The payload files, sorted by path.
    public let payload: [BagPayloadFile]

    /// Makes a bag from payload files keyed by their path below `data/`.
    public init(name: String, payload: [String: Data], info: [BagInfoField] = []) throws {
        try self.init(name: name, files: payload.map { BagPayloadFile(path: $0.key, data: $0.value) }, info: info)
    }

    /// Makes a bag from a list of payload files (paths below `data/`); a path may occur only once.
    public init(name: String, files: [BagPayloadFile], info: [BagInfoField] = []) throws {
        try BagPaths.checkBagName(name)
        for field in info { try field.check() }
        for file in files { try BagPaths.checkPayloadPath(file.path) }
        self.name = name
        self.info = info
        self.payload = try BagPaths.sortedPayload(files, path: \.path)
    }

    /// The total payload size in bytes.
    public var payloadByteCount: Int { payload.reduce(0) { $0 + $1.size } }

    /// The `Payload-Oxum` value: `octets.files`.
    public var payloadOxum: String { BagLayout.payloadOxum(bytes: payloadByteCount, files: payload.count) }
}

/// One payload file: a relative path below `data/` and its bytes, whole or in the pieces it was
/// made in (a file of tens of MB written in parts: ``StreamingBagWriter`` hashes and compresses the
/// pieces one after the other and never joins them).
public struct BagPayloadFile: Sendable, Hashable {
    /// The path below `data/`, `/`-separated, NFC (e.g. `notater/møde.txt`).
    public let path: String
    /// The file's bytes in order: one piece, or the pieces it was made in.
    public let pieces: [Data]

    /// Makes a payload file; the path is checked when the ``Bag`` is made.
    public init(path: String, data: Data) {
        self.path = path
        pieces = [data]
    }

    /// Makes a payload file of `pieces`, one after the other.
    public init(path: String, pieces: [Data]) {
        self.path = path
        self.pieces = pieces
    }

    /// The file's bytes (the pieces joined, when there are several).
    public var data: Data {
        pieces.count == 1 ? pieces[0] : pieces.reduce(into: Data(capacity: size)) { $0.append($1) }
    }

    /// The number of bytes.
    public var size: Int { pieces.reduce(0) { $0 + $1.count } }

    /// The same path and bytes, however they are split.
    public static func == (lhs: BagPayloadFile, rhs: BagPayloadFile) -> Bool {
        lhs.path == rhs.path && lhs.data == rhs.data
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(data)
    }
}

/// One `Label: value` line of `bag-info.txt`.
public struct BagInfoField: Sendable, Hashable {
    /// The label, e.g. `Source-Organization`.
    public let label: String
    /// The value, on one line.
    public let value: String

    /// Makes a field; it is checked when the ``Bag`` is made.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }

    /// Labels the writer computes itself and callers may not supply.
    public static let computedLabels: Set<String> = ["Payload-Oxum", "Bag-Size"]

    func check() throws {
        func fail(_ reason: String) -> BagError { .invalidInfoField(label: label, reason: reason) }
        if label.isEmpty { throw fail("the label is empty") }
        if label.containsText(":") { throw fail("the label contains ':'") }
        if label.first!.isWhitespace || label.last!.isWhitespace {
            throw fail("the label starts or ends with whitespace")
        }
        if Self.computedLabels.contains(where: { label.equalsIgnoringCase(ascii: $0) }) {
            throw fail("this field is computed when the bag is written")
        }
        if (label + value).unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
            throw fail("line breaks are not allowed")
        }
        if let first = value.first, first.isWhitespace { throw fail("the value starts with whitespace") }
        if let last = value.last, last.isWhitespace { throw fail("the value ends with whitespace") }
    }
}

/// Why a ``Bag`` cannot be made.
public enum BagError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bag name is not a safe single folder name.
    case invalidBagName(String, reason: String)
    /// A payload path is not a safe relative path.
    case invalidPayloadPath(String, reason: String)
    /// Two payload paths collide (equal, equal ignoring case, or a file where a folder is needed).
    case conflictingPayloadPaths(String, String, reason: String)
    /// A bag-info field cannot be written.
    case invalidInfoField(label: String, reason: String)

    /// A readable sentence.
    public var description: String {
        switch self {
        case let .invalidBagName(name, reason): "invalid bag name ‘\(name)’: \(reason)"
        case let .invalidPayloadPath(path, reason): "invalid payload path ‘\(path)’: \(reason)"
        case let .conflictingPayloadPaths(first, second, reason): "payload paths ‘\(first)’ and ‘\(second)’ \(reason)"
        case let .invalidInfoField(label, reason): "invalid bag-info field ‘\(label)’: \(reason)"
        }
    }
}
