/// One agreement file read and parsed on its own (``Portfolio/parse(_:templates:)``), before the
/// checks that need the other files (a unique id, relations to agreements that exist).
public struct ParsedFile: Sendable {
    /// The file name, `ID.md`.
    public let name: String
    /// The path shown in diagnostics.
    public let path: String
    let loaded: LoadedFile

    /// The agreement as far as it could be built (also a draft's or a broken file's, for a preview).
    public var agreement: Agreement? { loaded.agreement }

    /// Whether the file is complete, an incomplete draft or has errors, on its own.
    public var state: FileTally.State? { loaded.leftOut }

    /// The file's own diagnostics: reading, decoding, parsing and validation, sorted.
    public var diagnostics: [Diagnostic] { (loaded.readDiagnostics + Portfolio.capped(loaded.diagnostics)).sorted() }

    /// The file's diagnostics when it is checked beside agreements with the ids `knownIDs`: its own,
    /// plus its relations to ids none of them has, exactly as a whole run reports them.
    public func diagnostics(besideAgreements knownIDs: Set<String>) -> [Diagnostic] {
        guard let agreement = loaded.agreement else { return diagnostics }
        let references = RelationRules.references(of: agreement, path: path)
        return (diagnostics + RelationRules.check(references, knownIDs: knownIDs)).sorted()
    }
}
