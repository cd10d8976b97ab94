extension CheckReport {
    /// `aftale validate --format json`: the counts (`agreements` valid, `files` read, valid,
    /// incomplete and invalid by path, `errors`, `warnings`) and every diagnostic with its stable
    /// code, location, message, hint (absent when none) and notes.
    public func json() -> String {
        let entries: [JSONValue] = diagnostics.map(\.json)
        let files: JSONValue = .object([
            ("incomplete", .array(tally.leftOut.filter { $0.state == .incomplete }.map { .string($0.path) })),
            ("invalid", .array(tally.leftOut.filter { $0.state == .invalid }.map { .string($0.path) })),
            ("read", .int(tally.read)), ("valid", .int(tally.valid)),
        ])
        let errors = diagnostics.errorCount
        return JSONText.document(.object([
            ("agreements", .int(agreementCount)), ("diagnostics", .array(entries)), ("errors", .int(errors)),
            ("files", files), ("warnings", .int(diagnostics.count - errors)),
        ]))
    }
}

extension Diagnostic {
    /// One diagnostic as `aftale validate --format json` and the drafting page write it: code,
    /// severity, file, line, column, message, hint (absent when none) and notes.
    public var json: JSONValue {
        func place(_ location: Diagnostic.Location) -> [(String, JSONValue)] {
            [("column", .int(location.column)), ("file", .string(location.file)), ("line", .int(location.line))]
        }
        return .object(place(location) + [
            ("code", .string(code.rawValue)), ("message", .string(message)),
            ("notes", .array(notes.map { .object(place($0.location) + [("message", .string($0.message))]) })),
            ("severity", .string(severity.rawValue)),
        ] + JSONValue.member("hint", hint.map(JSONValue.string)))
    }
}
