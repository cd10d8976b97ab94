import AftalerCore
import Foundation

/// What must hold after any input, however broken: the run ends with diagnostics that point at a
/// real line and column of a real file, and an input that gives no agreement says why.
enum Invariants {
    static func check(_ portfolio: Portfolio, input: FuzzCase) {
        var files: [String: Data] = ["fuzz.md": input.agreement]
        for block in input.blocks { files[block.path] = block.bytes }
        let lines = files.mapValues(lineLengths)
        for diagnostic in portfolio.diagnostics {
            let location = diagnostic.location
            guard location.line >= 1, location.column >= 1 else {
                fail("a diagnostic before the start of its file", diagnostic)
            }
            if let lengths = lines[location.file] ?? nil {
                guard location.line <= lengths.count + 1 else { fail("a diagnostic after the end of its file", diagnostic) }
                let length = location.line <= lengths.count ? lengths[location.line - 1] : 0
                guard location.column <= length + 1 else { fail("a diagnostic after the end of its line", diagnostic) }
            } else if files[location.file] == nil, !location.file.hasSuffix(".md") {
                fail("a diagnostic in a file that was not read", diagnostic)
            }
        }
        if portfolio.agreements.isEmpty, !portfolio.diagnostics.containsErrors {
            fail("no agreement and no error that says why", nil)
        }
    }

    /// The length in Unicode scalars of every line of the decoded text, or nil when it does not decode.
    private static func lineLengths(_ bytes: Data) -> [Int]? {
        guard let text = SourceText.decode(bytes: bytes, path: "x").0?.text else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.count }
    }

    private static func fail(_ what: String, _ diagnostic: Diagnostic?) -> Never {
        fatalError("invariant broken: \(what): \(diagnostic.map(\.description) ?? "")")
    }
}
