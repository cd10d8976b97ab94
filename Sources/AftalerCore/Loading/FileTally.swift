/// How the agreement files of a run fared, so that no command has to guess: how many were read,
/// how many are valid, and which were left out and why.
///
/// Files with errors do not hold the others hostage: every reading command works on the valid
/// agreements and says which files it left out. A draft (`status: under udarbejdelse` or `ikke
/// igangsat`) whose only problems are unfilled placeholders is *incomplete*, not broken: its
/// placeholders are warnings, and it is left out of outputs until it is filled in.
public struct FileTally: Sendable, Hashable {
    /// Why a file is not among the agreements.
    public enum State: String, Sendable, Hashable, Codable {
        /// A draft with unfilled placeholders.
        case incomplete = "incomplete"
        /// A file with errors.
        case invalid = "invalid"
    }

    /// A file left out of the agreements.
    public struct LeftOut: Sendable, Hashable {
        public let path: String
        public let state: State
        /// Its errors (for an incomplete draft: its unfilled placeholders).
        public let problemCount: Int
    }

    /// Agreement files found.
    public internal(set) var read = 0
    /// Files that gave an agreement without errors.
    public internal(set) var valid = 0
    /// Files left out, in the order they were read.
    public internal(set) var leftOut: [LeftOut] = []

    public init() {}

    /// How many files were left out in `state`.
    public func count(_ state: State) -> Int { leftOut.filter { $0.state == state }.count }

    /// "63 file(s) read: 62 valid, 1 incomplete draft, 0 with errors".
    public var summary: String {
        let incomplete = count(.incomplete)
        return "\(read) file(s) read: \(valid) valid, \(incomplete) incomplete draft\(incomplete == 1 ? "" : "s"), "
            + "\(count(.invalid)) with errors"
    }

    /// The errors of `diagnostics` that belong to no file left out: the templates', the folders',
    /// a run over its byte budget.
    public func runErrors(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        let files = Set(leftOut.map(\.path))
        return diagnostics.filter { $0.severity == .error && !files.contains($0.location.file) }
    }

    /// Statuses of a file that may still hold placeholders.
    static let draftStatuses: Set<Status> = [.drafting, .notStarted]

    /// Files whose diagnostics say this: settles the file's state, and turns a draft's placeholder
    /// errors into warnings. Returns whether the file counts as valid.
    static func classify(_ diagnostics: inout [Diagnostic], status: Status?) -> State? {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        if let status, draftStatuses.contains(status), errors.allSatisfy({ $0.code == .placeholder }) {
            diagnostics = diagnostics.map { diagnostic in
                guard diagnostic.code == .placeholder else { return diagnostic }
                var incomplete = diagnostic
                incomplete.severity = .warning
                return incomplete
            }
            return .incomplete
        }
        return .invalid
    }
}
