/// One entry of a zip archive as listed in its central directory.
public struct ZipEntry: Sendable, Hashable {
    /// The entry's position in the archive (0-based).
    public let index: Int
    /// The entry's name: UTF-8 when the archive flags it so, otherwise decoded from CP437 by libzip.
    public let name: String
    /// The uncompressed size in bytes, as recorded in the archive.
    public let size: UInt64
    /// The compressed size in bytes, as recorded in the archive.
    public let compressedSize: UInt64
    /// The CRC-32 recorded for the uncompressed data.
    public let crc32: UInt32
    /// The modification time recorded for the entry (libzip converts it through the local time zone
    /// and back, so the civil fields are those stored), or `nil` if it is not a valid date.
    public let modified: ZipDateTime?
    /// The host system that wrote the entry (3 = Unix), from the "version made by" field.
    public let hostSystem: UInt8
    /// The raw external file attributes; for Unix hosts the upper 16 bits hold `st_mode`.
    public let externalAttributes: UInt32

    /// The Unix file mode (type and permission bits), when the entry was written on a Unix host.
    public var unixMode: UInt32? {
        hostSystem == ZipEntry.unixHost ? externalAttributes >> 16 : nil
    }

    /// Whether the entry is a folder (its name ends with `/`).
    public var isDirectory: Bool { name.hasSuffix("/") }

    /// Whether the entry is a symbolic link (Unix mode `S_IFLNK`).
    public var isSymbolicLink: Bool { unixMode.map { $0 & 0o170000 == 0o120000 } ?? false }

    /// Whether the entry is a special file (device, FIFO or socket) rather than a file, folder or link.
    public var isSpecialFile: Bool {
        guard let type = unixMode.map({ $0 & 0o170000 }), type != 0 else { return false }
        return type != 0o100000 && type != 0o040000 && type != 0o120000
    }

    /// Why the entry's name is unsafe to extract, or `nil` when it is a plain relative path.
    public var pathProblem: ZipPathProblem? { ZipPathProblem.check(name) }

    static let unixHost: UInt8 = 3
}

/// Why an entry name cannot safely be used as a relative path below an extraction folder.
public enum ZipPathProblem: Sendable, Hashable, CustomStringConvertible {
    /// The name is empty.
    case empty
    /// The name starts with `/`.
    case absolute
    /// The name starts with a drive letter such as `C:`.
    case driveLetter
    /// The name contains a backslash, which Windows treats as a separator (also UNC paths, `\\server\share`).
    case backslash
    /// A component is `..`.
    case parentReference
    /// A component is `.`.
    case currentDirectoryReference
    /// A component is empty (`a//b`).
    case emptyComponent
    /// The name contains a NUL or another control character other than CR and LF.
    case controlCharacter

    /// A short explanation.
    public var description: String {
        switch self {
        case .empty: "the name is empty"
        case .absolute: "the name is an absolute path"
        case .driveLetter: "the name starts with a drive letter"
        case .backslash: "the name contains a backslash"
        case .parentReference: "the name contains a '..' component"
        case .currentDirectoryReference: "the name contains a '.' component"
        case .emptyComponent: "the name contains an empty component"
        case .controlCharacter: "the name contains a control character"
        }
    }

    /// Checks a `/`-separated relative path; one trailing `/` (a folder) is allowed.
    ///
    /// Works on the UTF-8 bytes (every entry of every bag goes through here): each rule concerns
    /// ASCII characters, which are single bytes in UTF-8 that never occur inside another character.
    public static func check(_ name: String) -> ZipPathProblem? {
        let bytes = name.utf8
        guard let first = bytes.first else { return .empty }
        if first == UInt8(ascii: "/") { return .absolute }
        if bytes.count >= 2, bytes[bytes.index(after: bytes.startIndex)] == UInt8(ascii: ":"),
           (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first & ~0x20) {
            return .driveLetter
        }
        if bytes.contains(UInt8(ascii: "\\")) { return .backslash }
        if bytes.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) { return .controlCharacter }
        var components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "/") { components.removeLast() }
        for component in components {
            if component.isEmpty { return .emptyComponent }
            if component.elementsEqual("..".utf8) { return .parentReference }
            if component.elementsEqual(".".utf8) { return .currentDirectoryReference }
        }
        return nil
    }
}
