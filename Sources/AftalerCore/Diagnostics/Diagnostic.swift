/// One problem found in the sources: where it is, how bad it is, what it is and what to do.
///
/// Diagnostics are collected, never thrown: validation reports every problem of a run at once.
/// They sort by file, line and column so that output is stable.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A position in a source file. Lines and columns count from 1; columns count Unicode scalars
    /// (as libyaml does), so a Danish letter is one column.
    public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        /// A place in a spreadsheet instead of a line (`Arbejdsplan!C7`); `line` and `column` then
        /// hold the row and column for sorting.
        public var cell: String?

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// A cell of a spreadsheet: `file:Sheet!C7` (`cell` is `Sheet!C7`), `row` 1-based, `column` 0-based.
        public init(file: String, cell: String, row: Int, column: Int) {
            self.file = file
            self.line = row
            self.column = column
            self.cell = cell
        }

        public var description: String { cell.map { "\(file):\($0)" } ?? "\(file):\(line):\(column)" }

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }

    /// How serious a diagnostic is. Only errors make a run fail.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// A secondary location that explains the primary one, such as the place a block was included from.
    public struct Note: Sendable, Hashable {
        public var location: Location
        public var message: String

        public init(location: Location, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    public var location: Location
    /// A short suggestion, such as "did you mean 'implementeret'?".
    public var hint: String?
    public var notes: [Note]

    public init(
        _ code: Code, _ message: String, at location: Location, severity: Severity = .error,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.notes = notes
    }

    /// The compiler-style rendering: `file:line:column: error[code]: message (hint)`, then the notes.
    public var description: String {
        var text = "\(location): \(severity.rawValue)[\(code.rawValue)]: \(message)"
        if let hint { text += " (\(hint))" }
        for note in notes { text += "\n\(note.location): note: \(note.message)" }
        return text
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
    /// The number of errors.
    public var errorCount: Int { count { $0.severity == .error } }
}
