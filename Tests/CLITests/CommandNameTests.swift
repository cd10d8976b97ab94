import Foundation
import TestSupport
import Testing

/// Every command names itself. Without `commandName`, swift-argument-parser derives the name from
/// the type's name with `String(describing:)`, which asks the runtime for the type's conformances
/// by scanning every conformance record of the static binary: the name look-ups of one `aftale
/// validate` of the shipped folder were 10.7 of its 79.6 million instructions (70.6 million with
/// the names given). An explicit name also keeps a command's name from changing when its Swift
/// type is renamed.
@Suite struct CommandNameTests {
    @Test func everyCommandConfigurationGivesItsName() throws {
        let folders = ["aftale", "aftale-bench", "aftale-server"].map { Repository.root.appending(path: "Sources/\($0)") }
        var configurations = 0
        for folder in folders {
            let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                var rest = text[...]
                while let start = rest.range(of: "CommandConfiguration(") {
                    configurations += 1
                    // By convention the name is the first argument.
                    let arguments = rest[start.upperBound...].drop { $0 == " " || $0 == "\n" }
                    #expect(arguments.hasPrefix("commandName:"), "\(file.lastPathComponent): a CommandConfiguration without commandName first")
                    rest = rest[start.upperBound...]
                }
            }
        }
        #expect(configurations >= 25)
    }
}
