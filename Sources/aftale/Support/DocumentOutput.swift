import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WordDocument

extension OutputOption {
    /// Writes a Word document to `--output` atomically and prints the path. A `.docx` is binary, so
    /// it is never written to stdout (a terminal would show garbage): `--output` is required.
    /// A failed write leaves any existing file untouched and exits 1.
    func emit(_ document: WordDocument) throws {
        guard let output else {
            throw ValidationError("--format docx writes a binary file: give --output FILE.docx")
        }
        let target = URL(filePath: output)
        do {
            try document.write(to: target)
        } catch {
            Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
            throw ExitCode(1)
        }
        Console.output(target.relativePath + "\n")
    }
}
