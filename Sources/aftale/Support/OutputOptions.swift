import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput

/// `--as-of`, shared by the reports and exports. The rule for the day when it is not given lives
/// in `AsOfDay` (SOURCE_DATE_EPOCH, else today in Denmark).
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: "The day (YYYY-MM-DD) the output is as of; default: $SOURCE_DATE_EPOCH, else today in Denmark.")
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'")
        }
    }

    /// The day, said on stderr when it was not given.
    func resolve() throws -> AsOfDay {
        let day: AsOfDay
        do {
            day = try AsOfDay.resolve(given: asOf.flatMap { CivilDate(iso: $0) },
                                      environment: ProcessInfo.processInfo.environment,
                                      now: Date().timeIntervalSince1970)
        } catch {
            throw ValidationError("\(error)")
        }
        if day.origin != .given { Console.error("aftale: \(day.explanation) (--as-of chooses another day)") }
        return day
    }
}

/// `--as-of` with `--area`/`--status`: everything an `ExportPlan` is made from.
struct PlanOptions: ParsableArguments {
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var filter: FilterOptions

    /// The plan for `portfolio`: the day, then the agreements as they stood that day, filtered.
    func plan(for portfolio: Portfolio) throws -> ExportPlan {
        ExportPlan(portfolio: portfolio, filter: try filter.selection(for: portfolio), asOf: try asOf.resolve())
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
