import AftalerCore
import Foundation

/// Prints diagnostics as compiler-style text lines (stderr) or as JSON (stdout).
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { Console.error(diagnostic.description) }
    }

    /// The JSON shape of one diagnostic, stable for scripts.
    struct JSONDiagnostic: Encodable {
        struct Note: Encodable { let file: String; let line: Int; let column: Int; let message: String }
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String
        let hint: String?
        let notes: [Note]
    }

    /// The JSON document of a validation run.
    struct Report: Encodable {
        let agreements: Int
        let files: JSONFiles
        let errors: Int
        let warnings: Int
        let diagnostics: [JSONDiagnostic]
    }

    /// How the files fared: counts, and the paths of those left out.
    struct JSONFiles: Encodable {
        let read: Int
        let valid: Int
        let incomplete: [String]
        let invalid: [String]
    }

    static func json(_ report: CheckReport) throws -> String {
        let diagnostics = report.diagnostics.map { d in
            JSONDiagnostic(file: d.location.file, line: d.location.line, column: d.location.column,
                           severity: d.severity.rawValue, code: d.code.rawValue, message: d.message, hint: d.hint,
                           notes: d.notes.map { .init(file: $0.location.file, line: $0.location.line,
                                                      column: $0.location.column, message: $0.message) })
        }
        let files = JSONFiles(read: report.tally.read, valid: report.tally.valid,
                              incomplete: report.tally.leftOut.filter { $0.state == .incomplete }.map(\.path),
                              invalid: report.tally.leftOut.filter { $0.state == .invalid }.map(\.path))
        let output = Report(agreements: report.agreementCount, files: files, errors: report.diagnostics.errorCount,
                            warnings: report.diagnostics.count - report.diagnostics.errorCount,
                            diagnostics: diagnostics)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self) + "\n"
    }
}
