import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints diagnostics as compiler-style text lines on stderr (the JSON shape is `CheckReport.json()`).
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { Console.error(diagnostic.description) }
    }
}
