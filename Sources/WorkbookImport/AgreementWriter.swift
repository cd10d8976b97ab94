import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput

/// Writes the agreement files an import edited, each atomically (`SafeOutput.AtomicFile`), after
/// checking that none changed on disk since it was read: a file someone saved in the meantime is
/// an error and nothing is written.
public enum AgreementWriter {
    /// Writes every file of `files`; throws before writing anything when one changed on disk.
    public static func write(_ files: [EditedAgreementFile]) throws {
        for file in files {
            let current = try? Data(contentsOf: URL(filePath: file.agreement.source.path))
            guard current == file.agreement.source.bytes else {
                throw ImportFailure([Diagnostic(.importConflict, "\(file.agreement.source.path) changed on disk during the "
                                                + "import; nothing was written",
                                                at: Diagnostic.Location(file: file.agreement.source.path, line: 1, column: 1),
                                                hint: "run the import again")])
            }
        }
        for file in files {
            try AtomicFile.write(file.bytes, to: URL(filePath: file.agreement.source.path))
        }
    }
}
