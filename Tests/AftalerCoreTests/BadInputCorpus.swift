import Foundation
import Testing
@testable import AftalerCore

/// One bad input and the diagnostic it must produce: the exact code, line and column.
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let bytes: Data
    let code: Diagnostic.Code
    let line: Int
    let column: Int
    /// When set, the diagnostic must be in this file (a block file) rather than in the agreement.
    let inFile: String?
    let hint: String?

    var testDescription: String { name }
}

/// The corpus of bad inputs. Most cases are the valid `base` agreement with one line changed, so
/// the expected line and column can be read off the base text below.
enum BadInputCorpus {
    static let base = [
        "---",                                                      // 1
        "type: samarbejdsaftale",                                   // 2
        "titel: Samarbejdsaftale om rygestop",                      // 3
        "indsatsområde: forebyggelse",                              // 4
        "parter: [region-midtjylland, kommunerne, plo-midtjylland]", // 5
        "status: implementeret",                                    // 6
        "ikrafttrædelse: 2019-03-01",                               // 7
        "beslutninger:",                                            // 8
        "  - organ: ssu",                                           // 9
        "    dato: 2019-01-15",                                     // 10
        "    udfald: godkendt",                                     // 11
        "---",                                                      // 12
        "",                                                         // 13
        "## Hvad",                                                  // 14
        "",                                                         // 15
        "Hospitalerne henviser til kommunalt rygestop.",            // 16
        "",                                                         // 17
        "## Betydning for borgerne",                                // 18
        "",                                                         // 19
        "Hjælp på det rigtige tidspunkt.",                          // 20
        "",                                                         // 21
        "## Status",                                                // 22
        "",                                                         // 23
        "Implementeret i alle klynger.",                            // 24
    ]

    static var baseText: String { base.joined(separator: "\n") + "\n" }

    /// The base with lines replaced (1-based; an empty array removes the line, several lines insert).
    static func variant(_ changes: [Int: [String]]) -> String {
        var lines: [String] = []
        for (index, line) in base.enumerated() {
            if let replacement = changes[index + 1] { lines += replacement } else { lines.append(line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ name: String, _ text: String, _ code: Diagnostic.Code, _ line: Int, _ column: Int,
                     file: String = "aftale.md", inFile: String? = nil, hint: String? = nil) -> BadInput {
        BadInput(name: name, file: file, bytes: Data(text.utf8), code: code, line: line, column: column,
                 inFile: inFile, hint: hint)
    }

    static func change(_ name: String, _ changes: [Int: [String]], _ code: Diagnostic.Code, _ line: Int,
                       _ column: Int, inFile: String? = nil, hint: String? = nil) -> BadInput {
        text(name, variant(changes), code, line, column, inFile: inFile, hint: hint)
    }

    static func bytes(_ name: String, _ bytes: Data, _ code: Diagnostic.Code, _ line: Int, _ column: Int) -> BadInput {
        BadInput(name: name, file: "aftale.md", bytes: bytes, code: code, line: line, column: column, inFile: nil, hint: nil)
    }
}
