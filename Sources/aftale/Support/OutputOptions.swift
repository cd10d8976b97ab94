import AftalerCore
import ArgumentParser
import Foundation
import SafeOutput

/// `--as-of`, shared by the reports and exports: the day they are made as of, never the clock.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: "The day (YYYY-MM-DD) the output is as of; default: the latest decision date in the agreements.")
    var asOf: String?

    /// The `--as-of` day if one was given.
    var date: CivilDate? { asOf.flatMap { CivilDate(iso: $0) } }

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'")
        }
    }

    /// The `--as-of` day, or the latest decision in the whole portfolio (said on stderr).
    func resolve(for portfolio: Portfolio) throws -> CivilDate {
        if let asOf, let date = CivilDate(iso: asOf) { return date }
        guard let latest = portfolio.latestDecisionDate() else {
            throw ValidationError("the agreements record no decisions to date the output from; pass --as-of YYYY-MM-DD")
        }
        Console.error("aftale: as of \(latest.iso), the latest decision in the agreements (--as-of chooses another day)")
        return latest
    }
}

/// `--output`: where requested output goes instead of stdout, written atomically.
struct OutputOption: ParsableArguments {
    @Option(help: "Write to this file (atomically) instead of stdout; its path is then printed.")
    var output: String?

    /// Prints `text` on stdout, or writes it to `--output` and prints the path. A failed write
    /// leaves any existing file untouched and exits 1.
    func emit(_ text: String) throws {
        guard let output else {
            Console.output(text)
            return
        }
        let target = URL(filePath: output)
        do {
            try AtomicFile.write(Data(text.utf8), to: target)
        } catch {
            Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
            throw ExitCode(1)
        }
        Console.output(target.relativePath + "\n")
    }
}
