/// Why a workbook could not be read: what kind of problem, where (the zip part and, when libxml2
/// knows it, the line in that part) and a message for people.
public struct XLSXReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Hashable {
        /// The file is not a zip, or is not a workbook (no `workbook.xml` found through the
        /// relationships, no worksheet).
        case notAWorkbook
        /// A part is damaged: bad XML, a CRC error, a missing part it refers to.
        case damaged
        /// Refused on purpose: a part larger than the limits, a document type declaration, a cell
        /// or a sheet beyond Excel's own limits.
        case refused
        /// A sheet asked for by name that the workbook does not have.
        case noSuchSheet
    }

    public let kind: Kind
    public let message: String
    /// The part of the zip (`xl/worksheets/sheet1.xml`), if the problem is in one.
    public let part: String?
    /// The 1-based line in the part, if known.
    public let line: Int?

    /// A problem of `kind`, located in `part` at `line` when known.
    public init(_ kind: Kind, _ message: String, part: String? = nil, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.part = part
        self.line = line
    }

    /// `xl/worksheets/sheet1.xml:3: message`, or the message alone.
    public var description: String {
        guard let part else { return message }
        return "\(part)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// The bounds every read keeps to, so that a hostile file (a zip bomb, a million rows) is refused
/// with a clear error in bounded time and memory instead of filling either.
public struct XLSXReadLimits: Sendable, Hashable {
    /// Largest uncompressed size of the small parts (relationships, `workbook.xml`).
    public var maximumSmallPart: UInt64 = 4 << 20
    /// Largest uncompressed size of the shared strings, which are held in memory.
    public var maximumSharedStrings: UInt64 = 128 << 20
    /// Largest uncompressed size of one worksheet, which is streamed and never held.
    public var maximumSheet: UInt64 = 1 << 30
    /// Most rows read from one sheet (Excel's own limit is 1,048,576).
    public var maximumRows = 1_048_576
    /// Longest text of one cell, in characters (Excel's own limit).
    public var maximumCellText = 32_767

    /// The default bounds.
    public init() {}
}
