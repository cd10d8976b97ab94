import ArgumentParser
import BenchmarkKit
import CorpusGenerator
import Foundation

/// `aftale-bench`: the performance benchmark of issue 6. `scripts/bench` builds it and runs
/// `aftale-bench run`; the other subcommands are the worker processes that `run` measures.
@main
struct AftaleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aftale-bench",
        abstract: "Measure Aftaler against raw libxlsxwriter, Python tools and zip, and print one table.",
        subcommands: [Run.self, Generate.self, XLSXWorker.self, ReadXLSXWorker.self, BundleWorker.self],
        defaultSubcommand: Run.self)
}

/// `aftale-bench run`: every measurement, then the table on stdout.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every measurement and print the table (Markdown) on stdout; progress goes to stderr.",
        discussion: "Never fails on a missed target: the table says which targets are met.")

    @Flag(help: "Small sizes (a tenth or less) for a run of a minute or two.")
    var quick = false

    @Option(help: "Measured runs of each command (the table shows the median).")
    var runs: Int?

    @Option(help: "Corpus and row seed.")
    var seed: UInt64 = 2024

    @Option(help: "The repository root (Templates/ and Benchmarks/ are read from it).")
    var root: String = "."

    @Option(help: "Folder for corpora, inputs and outputs; corpora are reused between runs.")
    var work: String = NSTemporaryDirectory() + "aftale-bench"

    @Option(help: ArgumentHelp("Only these measurements, comma-separated: "
                               + BenchmarkSuite.measurementNames.joined(separator: ", ") + ".", valueName: "names"))
    var only: String?

    @Option(help: ArgumentHelp("Corpus sizes of the validate lines instead of the run's, comma-separated; the last is "
                               + "the largest (peak memory, the C floor).", valueName: "sizes"))
    var validateSizes: String?

    func run() throws {
        let root = URL(filePath: root).standardizedFileURL
        let binaries = (Bundle.main.executableURL ?? URL(filePath: CommandLine.arguments[0])).deletingLastPathComponent()
        let bench = binaries.appending(path: "aftale-bench")
        let aftale = binaries.appending(path: "aftale")
        let work = URL(filePath: work).standardizedFileURL
        var configuration = quick ? SuiteConfiguration.quick(root: root, work: work, aftale: aftale, bench: bench)
            : SuiteConfiguration.full(root: root, work: work, aftale: aftale, bench: bench)
        if let runs { configuration.runs = max(1, runs) }
        configuration.seed = seed
        if let only {
            let names = Set(only.split(separator: ",").map(String.init))
            guard names.isSubset(of: BenchmarkSuite.measurementNames) else {
                throw ValidationError("--only takes: " + BenchmarkSuite.measurementNames.joined(separator: ", "))
            }
            configuration.only = names
        }
        if let validateSizes {
            let sizes = validateSizes.split(separator: ",").compactMap { Int($0) }
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--validate-sizes takes sizes like 1000,10000") }
            configuration.validateSizes = sizes
        }
        let started = ChildProcess.now()
        var suite = BenchmarkSuite(configuration: configuration) { line in
            FileHandle.standardError.write(Data(("aftale-bench: " + line + "\n").utf8))
        }
        try suite.run()
        let (met, total) = suite.table.targetsMet
        let notes = suite.table.notes.map { $0 + "\n\n" }.joined()
        let report = Self.heading(configuration) + "\n\n" + suite.table.markdown() + "\n" + notes
            + "Targets met: \(met) of \(total). Whole run: \(Format.seconds(ChildProcess.now() - started)).\n"
        print(report, terminator: "")
        try? Data(report.utf8).write(to: work.appending(path: "results.md"))
    }

    /// `Aftaler benchmark, 2025-01-31, 2 cores, 24 GiB, median of 3 runs, seed 2024`.
    static func heading(_ configuration: SuiteConfiguration) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let memory = String(format: "%.0f GiB", Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let date = formatter.string(from: Date())
        return "Aftaler benchmark, \(date), \(cores) cores, \(memory), median of \(configuration.runs) run(s), "
            + "seed \(configuration.seed)"
    }
}

/// `aftale-bench generate`: writes a synthetic corpus.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a synthetic corpus of agreement files.")

    @Option(help: "Number of agreements.")
    var count: Int

    @Option(help: "The seed: the same seed gives the same files.")
    var seed: UInt64 = 2024

    @Argument(help: "The folder to write into (created if needed).")
    var folder: String

    func run() throws {
        let bytes = try CorpusGenerator(seed: seed).write(count: count, to: URL(filePath: folder))
        FileHandle.standardError.write(Data("wrote \(count) agreements, \(bytes) bytes, to \(folder)\n".utf8))
    }
}

/// `aftale-bench xlsx`: the XLSX worker (our side of the XLSX measurements).
struct XLSXWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "xlsx", abstract: "Write the arbejdsplan XLSX of a cells file.")

    @Flag(help: "Stream the rows (never held in memory) instead of building a WorkplanTable.")
    var stream = false

    @Option(help: "The templates folder.")
    var templates: String = "Templates"

    @Argument(help: "The cells file.")
    var cells: String

    @Argument(help: "The XLSX file to write.")
    var output: String

    func run() throws {
        let layout = try Workers.layout(templates: URL(filePath: templates))
        if stream {
            try Workers.exportStream(cells: URL(filePath: cells), layout: layout, to: URL(filePath: output))
        } else {
            try Workers.exportTable(cells: URL(filePath: cells), layout: layout, to: URL(filePath: output))
        }
    }
}

/// `aftale-bench read-xlsx`: every cell of every sheet through XLSXReader (what `aftale import
/// workplan` reads with); prints the number of non-empty cells, as the openpyxl baseline does.
struct ReadXLSXWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read-xlsx", abstract: "Read every cell of an XLSX.")

    @Argument(help: "The XLSX file.")
    var file: String

    func run() throws {
        print(try Workers.readBack(URL(filePath: file)))
    }
}

/// `aftale-bench bundle`: the bundle worker; prints `load=SECONDS write=SECONDS agreements=N`.
struct BundleWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bundle", abstract: "Write the handover bundle of a corpus and time it.")

    @Option(help: "The templates folder.")
    var templates: String = "Templates"

    @Option(help: "The agreements folder.")
    var agreements: String

    @Argument(help: "The zip to write.")
    var output: String

    func run() throws {
        let timing = try Workers.writeBundle(agreements: URL(filePath: agreements), templates: URL(filePath: templates),
                                             to: URL(filePath: output))
        print("load=\(timing.loadSeconds) write=\(timing.writeSeconds) agreements=\(timing.agreements)")
    }
}
