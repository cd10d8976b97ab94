extension CheckReport {
    /// `aftale validate --format json`: the counts (`agreements` valid, `files` read, valid,
    /// incomplete and invalid by path, `errors`, `warnings`) and every diagnostic with its stable
    /// code, location, message, hint (absent when none) and notes.
    public func json() -> String {
        func location(_ location: Diagnostic.Location) -> [(String, JSONValue)] {
            [("column", .int(location.column)), ("file", .string(location.file)), ("line", .int(location.line))]
        }
        let entries: [JSONValue] = diagnostics.map { diagnostic in
            .object(location(diagnostic.location) + [
                ("code", .string(diagnostic.code.rawValue)), ("message", .string(diagnostic.message)),
                ("notes", .array(diagnostic.notes.map { .object(location($0.location) + [("message", .string($0.message))]) })),
                ("severity", .string(diagnostic.severity.rawValue)),
            ] + JSONValue.member("hint", diagnostic.hint.map(JSONValue.string)))
        }
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
