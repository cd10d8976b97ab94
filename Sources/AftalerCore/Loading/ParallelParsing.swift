import Dispatch
import Foundation

/// One file to parse: its bytes, its id and the path shown in diagnostics.
struct PendingFile: Sendable {
    let data: Data
    let id: String
    let path: String
}

extension AgreementParser {
    /// Decodes and parses `files` on all cores, each file on its own (parsing shares nothing
    /// mutable): the agreement, if one could be built, and the file's diagnostics, in input order,
    /// exactly as if the files were parsed one after the other.
    func parseAll(_ files: [PendingFile]) -> [(agreement: Agreement?, diagnostics: [Diagnostic])] {
        let chunks = min(files.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard chunks > 1 else { return files.map(parse) }
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<[(Agreement?, [Diagnostic])]>.allocate(capacity: chunks)
        slots.initialize(repeating: [])
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each chunk writes only its own slot; concurrentPerform returns when all are done.
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (files.count * chunk / chunks)..<(files.count * (chunk + 1) / chunks)
            slots[chunk] = files[range].map(parse)
        }
        return slots.flatMap { $0.map { (agreement: $0.0, diagnostics: $0.1) } }
    }

    private func parse(_ file: PendingFile) -> (Agreement?, [Diagnostic]) {
        var (source, found) = SourceText.decode(bytes: file.data, path: file.path)
        guard let source else { return (nil, found) }
        return (parse(source, id: file.id, diagnostics: &found), found)
    }
}
