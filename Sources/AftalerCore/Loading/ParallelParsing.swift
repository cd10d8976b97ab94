#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork

/// One agreement to load: its file name (`ID.md`), the path shown in diagnostics, and where its
/// bytes come from.
struct PendingFile: Sendable {
    enum Origin: Sendable {
        /// A file on disk, read with `SourceFile.read`; its paths are joined when needed.
        case disk(AgreementFiles.Found)
        /// Bytes already in memory, with the file's name and the path shown.
        case memory(Data, name: String, path: String)
    }

    let origin: Origin

    /// A file held in memory.
    init(name: String, path: String, bytes: Data) {
        origin = .memory(bytes, name: name, path: path)
    }

    /// A file found on disk.
    init(_ found: AgreementFiles.Found) {
        origin = .disk(found)
    }

    var name: String {
        switch origin {
        case .disk(let found): found.name
        case .memory(_, let name, _): name
        }
    }

    /// The path shown in diagnostics.
    var path: String {
        switch origin {
        case .disk(let found): found.displayPath
        case .memory(_, _, let path): path
        }
    }
}

/// What reading, decoding and parsing one file gave.
struct LoadedFile: Sendable {
    /// The bytes read, or nil when the file could not be read (`readDiagnostics` says why).
    let byteCount: Int?
    let readDiagnostics: [Diagnostic]
    /// The agreement as far as it could be built; with `leftOut` set, for previews only. Nil also
    /// when it was built but not kept (`keepingAgreements: false`): then `built` says it was.
    let agreement: Agreement?
    /// Whether an agreement was built.
    var built: Bool
    /// The agreement's relations, to be checked once every file is read.
    var references: [RelationRules.Reference]
    /// Decoding and parsing diagnostics (an incomplete draft's placeholders as warnings).
    let diagnostics: [Diagnostic]
    /// Why the file is left out of the agreements, or nil when it is valid.
    var leftOut: FileTally.State? = nil
}

extension AgreementParser {
    /// Reads, decodes and parses `files` on all cores, each file on its own (nothing mutable is
    /// shared), and returns the results in input order, exactly as if the files were handled one
    /// after the other. Without `keepingAgreements` each agreement is dropped where it was built,
    /// on the core that built it, and only what checking the run needs of it is returned.
    func load(_ files: ArraySlice<(id: String, file: PendingFile)>, keepingAgreements: Bool = true) -> [LoadedFile] {
        // Files differ in size and content: small chunks let the cores finish together.
        Parallel.chunked(files.count, itemsPerChunk: 8) { range in range.map { offset in
            let (id, file) = files[files.startIndex + offset]
            let path = file.path
            var readDiagnostics: [Diagnostic] = []
            let data: Data?
            switch file.origin {
            case .disk(let found):
                data = SourceFile.read(atPath: found.fileSystemPath, path: path, diagnostics: &readDiagnostics)
            case .memory(let bytes, _, _):
                data = bytes
            }
            guard let data else {
                return LoadedFile(byteCount: nil, readDiagnostics: readDiagnostics, agreement: nil, built: false,
                                  references: [], diagnostics: [], leftOut: .invalid)
            }
            var (source, found) = SourceText.decode(bytes: data, path: path)
            let parsed = source.map { parseWithStatus($0, id: id, diagnostics: &found) }
            let state = FileTally.classify(&found, status: parsed?.status)
            let agreement = parsed?.agreement
            return LoadedFile(byteCount: data.count, readDiagnostics: readDiagnostics,
                              agreement: keepingAgreements ? agreement : nil, built: agreement != nil,
                              references: agreement.map { RelationRules.references(of: $0, path: path) } ?? [],
                              diagnostics: found, leftOut: state ?? (agreement == nil ? .invalid : nil))
        } }
    }
}
