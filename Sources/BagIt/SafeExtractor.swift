import UnicodeText
import SafeOutput
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an entry could not be extracted.
struct ExtractionFailure: Error {
    let reason: String
}

/// Writes entries below one folder and never outside it.
///
/// The folder is resolved once with `realpath`. Every entry name is checked
/// again (relative, no `..`, `.`, empty components or backslashes), each folder
/// on the way is created or must already be a real folder (`lstat`: a symbolic
/// link is never followed), the resolved parent must still lie inside the root,
/// and files are opened with `O_NOFOLLOW`.
struct SafeExtractor {
    /// The resolved extraction folder.
    let root: String

    /// Creates the folder if needed and resolves it.
    init(destination: URL) throws {
        do {
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        } catch {
            throw ExtractionFailure(reason: "cannot create the extraction folder: \(ErrorText.localizedDescription(of: error))")
        }
        let path = destination.withUnsafeFileSystemRepresentation { $0.map { String(cString: $0) } } ?? destination.path
        guard let resolved = Self.resolve(path) else {
            throw ExtractionFailure(reason: "cannot resolve the extraction folder (\(Self.lastError()))")
        }
        root = resolved
    }

    /// Creates a folder entry (and its parents).
    func makeDirectory(_ name: String) throws {
        _ = try folder(for: try components(of: name))
    }

    /// Creates (or truncates) a file entry for writing.
    func createFile(_ name: String) throws -> ExtractedFile {
        let parts = try components(of: name)
        guard let last = parts.last else { throw ExtractionFailure(reason: "the name is empty") }
        let parent = try folder(for: parts.dropLast())
        let path = parent + "/" + last
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "refusing to write through a symbolic link" : Self.lastError()
            throw ExtractionFailure(reason: "cannot create \(path): \(reason)")
        }
        return ExtractedFile(descriptor: descriptor, path: path)
    }

    private func components(of name: String) throws -> [String] {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let trimmed = name.hasSuffix("/") ? Array(parts.dropLast()) : parts
        guard !name.hasPrefix("/"), !name.containsText("\\"),
              trimmed.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.containsText("\0") })
        else { throw ExtractionFailure(reason: "the name is not a plain relative path") }
        return trimmed
    }

    /// Walks (and creates) the folders below the root without following links; returns the deepest one.
    private func folder(for parts: some Collection<String>) throws -> String {
        var current = root
        for part in parts {
            let next = current + "/" + part
            var info = stat()
            if lstat(next, &info) != 0 {
                guard errno == ENOENT, mkdir(next, 0o755) == 0 || errno == EEXIST else {
                    throw ExtractionFailure(reason: "cannot create folder \(next): \(Self.lastError())")
                }
                guard lstat(next, &info) == 0 else {
                    throw ExtractionFailure(reason: "cannot inspect \(next): \(Self.lastError())")
                }
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw ExtractionFailure(reason: "\(next) exists and is not a folder (symbolic links are not followed)")
            }
            current = next
        }
        guard let resolved = Self.resolve(current), resolved == root || resolved.hasPrefix(root + "/") else {
            throw ExtractionFailure(reason: "\(current) resolves to a place outside \(root)")
        }
        return current
    }

    private static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A file being extracted.
final class ExtractedFile {
    private var descriptor: Int32
    /// Where the file is written.
    let path: String

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// Appends bytes.
    func write(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ExtractionFailure(reason: "cannot write \(path): \(SafeExtractor.lastError())")
                }
                offset += written
            }
        }
    }

    /// Closes the finished file.
    func finish() throws {
        let status = close(descriptor)
        descriptor = -1
        if status != 0 { throw ExtractionFailure(reason: "cannot close \(path): \(SafeExtractor.lastError())") }
    }

    /// Closes and removes a file whose entry could not be read completely.
    func abandon() {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
        _ = unlink(path)
    }
}

/// `write(2)`, out of reach of `ExtractedFile.write(_:)`'s name.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
