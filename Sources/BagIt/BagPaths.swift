#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import ZipArchive
import UnicodeText

/// Path rules shared by the writer and the verifier.
enum BagPaths {
    /// Byte order of the UTF-8 encoding: deterministic and independent of locale.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// Whether the string is in Unicode Normalization Form C (compared byte for byte).
    static func isNFC(_ text: String) -> Bool {
        if surelyNFC(text) { return true }
        return text.utf8.elementsEqual(text.nfc.utf8)
    }

    /// The string in Unicode Normalization Form C.
    static func nfc(_ text: String) -> String {
        surelyNFC(text) ? text : text.nfc
    }

    /// Every scalar below U+0300 (UTF-8 lead bytes below 0xCC) is NFC on its own and cannot combine
    /// with a neighbour: such text, most paths, needs no normalization (Foundation's, through
    /// UTF-16) to tell.
    private static func surelyNFC(_ text: String) -> Bool {
        !text.containsUTF8Byte { $0 >= 0xCC }
    }

    /// Why a zip entry name cannot be extracted below a folder, if it cannot.
    static func entryProblem(_ name: String) -> ZipPathProblem? {
        ZipPathProblem.check(name)
    }

    /// Why a path named in a manifest or fetch.txt cannot name a file of the bag, if it cannot: the
    /// rules for entry names, and no leading `~` (which shells expand to a home folder).
    static func listedPathProblem(_ path: String) -> BagPathProblem? {
        if path.hasPrefix("~") { return .homeDirectory }
        return entryProblem(path).map(BagPathProblem.name)
    }

    /// Files that operating systems make and change on their own, by their last component.
    static func isSystemFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        return ["thumbs.db", ".ds_store", "desktop.ini", "ehthumbs.db"].contains(name) || name.hasPrefix("._")
    }

    /// A payload path (below `data/`) must be a relative, NFC, `/`-separated path of plain components.
    static func checkPayloadPath(_ path: String) throws {
        func fail(_ reason: String) -> BagError { .invalidPayloadPath(path, reason: reason) }
        if let problem = ZipPathProblem.check(path) { throw fail("\(problem)") }
        if path.hasSuffix("/") { throw fail("it ends with '/'") }
        if path.unicodeScalars.contains(where: { $0 == "\u{FFFD}" }) {
            throw fail("it contains U+FFFD, a sign of bytes that were not valid UTF-8")
        }
        if !isNFC(path) { throw fail("it is not in Unicode Normalization Form C (NFC)") }
        if path.split(separator: "/").contains(where: { $0.utf8.count > 255 }) {
            throw fail("a component is longer than 255 bytes")
        }
    }

    /// A bag name must be one safe folder name, usable on Unix, macOS and Windows.
    static func checkBagName(_ name: String) throws {
        func fail(_ reason: String) -> BagError { .invalidBagName(name, reason: reason) }
        if name.isEmpty { throw fail("it is empty") }
        if name == "." || name == ".." { throw fail("it is '.' or '..'") }
        if name.hasPrefix(".") { throw fail("it starts with '.' (a hidden folder)") }
        if let bad = name.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || "/\\:<>\"|?*".unicodeScalars.contains($0) }) {
            throw fail("it contains the character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if name.first!.isWhitespace || name.last!.isWhitespace { throw fail("it starts or ends with whitespace") }
        if name.hasSuffix(".") { throw fail("it ends with '.'") }
        if !isNFC(name) { throw fail("it is not in Unicode Normalization Form C (NFC)") }
        if name.utf8.count > 255 { throw fail("it is longer than 255 bytes") }
    }

    /// `items` sorted by their payload paths' UTF-8 bytes (the order of the manifest and of the
    /// zip), after checking that no two paths collide (``checkForConflicts(_:)``).
    static func sortedPayload<Item>(_ items: [Item], path: (Item) -> String) throws -> [Item] {
        // Compared as arrays made once.
        let sorted = items.map { (key: Array(path($0).utf8), item: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.item)
        try checkForConflicts(sorted.map(path))
        return sorted
    }

    /// Payload paths (sorted) must not collide: no duplicates, no case-only differences, no file used as a folder.
    static func checkForConflicts(_ sortedPaths: [String]) throws {
        var files: [String: String] = [:]
        var folders: [String: String] = [:]
        for path in sortedPaths {
            let folded = caseFolded(path)
            if let other = files[folded] {
                throw BagError.conflictingPayloadPaths(other, path, reason: other == path ? "are the same" : "differ only in case")
            }
            if let other = folders[folded] {
                throw BagError.conflictingPayloadPaths(other, path, reason: "use the same name for a file and a folder")
            }
            files[folded] = path
            var prefix = ""
            for component in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(component) : "/\(component)"
                let key = caseFolded(prefix)
                if let other = files[key] {
                    throw BagError.conflictingPayloadPaths(other, path, reason: "use the same name for a file and a folder")
                }
                folders[key] = folders[key] ?? path
            }
        }
    }

    /// A case-insensitive key (paths are NFC, so `String` equality is byte equality here).
    private static func caseFolded(_ path: String) -> String {
        path.lowercased()
    }

    /// RFC 8493 §2.1.3: in manifests, `%`, CR and LF in paths are percent-encoded (and only those).
    static func percentEncode(_ path: String) -> String {
        if !path.containsUTF8Byte(where: { $0 == UInt8(ascii: "%") || $0 == 0x0D || $0 == 0x0A }) { return path }
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Reverses ``percentEncode(_:)``; any other `%` sequence is left as it is.
    static func percentDecode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count {
                let code = String(String.UnicodeScalarView(scalars[index + 1...index + 2])).uppercased()
                let decoded: Unicode.Scalar? = switch code {
                case "25": "%"
                case "0D": "\r"
                case "0A": "\n"
                default: nil
                }
                if let decoded {
                    result.append(decoded)
                    index += 3
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}

/// A path compared by its exact UTF-8 bytes (Swift's `String` equality ignores normalization differences).
struct ExactPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: ExactPath, rhs: ExactPath) -> Bool { lhs.string.utf8.elementsEqual(rhs.string.utf8) }
    static func < (lhs: ExactPath, rhs: ExactPath) -> Bool { BagPaths.precedes(lhs.string, rhs.string) }
    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
    var description: String { string }
}
