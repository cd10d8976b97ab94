import Dispatch
import Foundation

/// One agreement to load: its file name (`ID.md`), the path shown in diagnostics, and where its
/// bytes come from.
struct PendingFile: Sendable {
    enum Origin: Sendable {
        /// A file on disk, read with `SourceFile.read`.
        case disk(fileSystemPath: String)
        /// Bytes already in memory.
        case memory(Data)
    }

    let name: String
    let path: String
    let origin: Origin
}

/// What reading, decoding and parsing one file gave.
struct LoadedFile: Sendable {
    /// The bytes read, or nil when the file could not be read (`readDiagnostics` says why).
    let byteCount: Int?
    let readDiagnostics: [Diagnostic]
    let agreement: Agreement?
    /// Decoding and parsing diagnostics.
    let diagnostics: [Diagnostic]
}

extension AgreementParser {
    /// Reads, decodes and parses `files` on all cores, each file on its own (nothing mutable is
    /// shared), and returns the results in input order, exactly as if the files were handled one
    /// after the other.
    func load(_ files: ArraySlice<(id: String, file: PendingFile)>) -> [LoadedFile] {
        Parallel.map(files.count) { offset in
            let (id, file) = files[files.startIndex + offset]
            var readDiagnostics: [Diagnostic] = []
            let data: Data?
            switch file.origin {
            case .disk(let fileSystemPath):
                data = SourceFile.read(atPath: fileSystemPath, path: file.path, diagnostics: &readDiagnostics)
            case .memory(let bytes):
                data = bytes
            }
            guard let data else {
                return LoadedFile(byteCount: nil, readDiagnostics: readDiagnostics, agreement: nil, diagnostics: [])
            }
            var (source, found) = SourceText.decode(bytes: data, path: file.path)
            let agreement = source.flatMap { parse($0, id: id, diagnostics: &found) }
            return LoadedFile(byteCount: data.count, readDiagnostics: readDiagnostics, agreement: agreement, diagnostics: found)
        }
    }
}

/// `map` over `0..<count` on all cores, results in index order.
enum Parallel {
    /// Work is handed out in chunks of about this many items: small enough that the cores finish
    /// together (a core left idle while another ends a long chunk costs the whole chunk's time),
    /// big enough that handing out costs nothing.
    static let itemsPerChunk = 8

    static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let chunks = min(count, max(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), count / itemsPerChunk))
        guard chunks > 1 else { return (0..<count).map(transform) }
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<[Result]>.allocate(capacity: chunks)
        slots.initialize(repeating: [])
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each chunk writes only its own slot; concurrentPerform returns when all are done.
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots[chunk] = (count * chunk / chunks..<count * (chunk + 1) / chunks).map(transform)
        }
        return Array(slots.joined())
    }
}
