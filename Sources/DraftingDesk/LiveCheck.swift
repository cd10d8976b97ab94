import AftalerCore

/// The check of a text being edited: its diagnostics, each with the place in the form it is
/// about, and the agreement as far as it could be built, for the preview.
public struct LiveCheck: Sendable {
    /// The text checked.
    public let text: String
    /// Every problem, sorted by line (the same codes, messages and hints as `aftale validate`).
    public let diagnostics: [Diagnostic]
    /// The agreement as far as it could be built (a draft's too), its relations showing the titles
    /// of the agreements they point to; nil when too little could be read.
    public let agreement: Agreement?

    /// The file as parsed, for the desk to keep when the text is saved.
    let parsed: ParsedFile

    init(text: String, parsed: ParsedFile, knownIDs: Set<String>, beside portfolio: Portfolio) {
        self.text = text
        self.parsed = parsed
        diagnostics = parsed.diagnostics(besideAgreements: knownIDs)
        agreement = parsed.agreement.map(portfolio.showingRelationTitles)
    }

    /// Complete and without errors: as an agreement of record.
    public var isValid: Bool { state == nil }

    /// Why the text would be left out of reports and exports, or nil when it would not.
    public var state: FileTally.State? {
        if diagnostics.containsErrors { return .invalid }
        if diagnostics.contains(where: { $0.code == .placeholder }) { return .incomplete }
        return agreement == nil ? .invalid : nil
    }

    /// Where in the form `diagnostic` points.
    public func place(of diagnostic: Diagnostic) -> FormPlace {
        FormPlace.of(line: diagnostic.location.line, in: text)
    }
}

/// What a save did.
public enum SaveOutcome: Sendable {
    /// Written; the new content tag, and the check of what was written.
    case saved(tag: ContentTag, LiveCheck)
    /// Not written: the file on disk is not the version the edit started from. `disk` is the file
    /// as it is now (nil: it was removed), `tag` its tag.
    case conflict(disk: String?, tag: ContentTag?)
    /// Not written: the text has errors and the caller did not ask to keep it as a draft.
    case refused(LiveCheck)
    /// Not written: the file system refused (the message says why).
    case failed(String)
}

/// A request the desk cannot carry out, with a message for the person who made it.
public struct DeskError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
