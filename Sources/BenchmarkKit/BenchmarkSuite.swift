import CorpusGenerator
import Foundation

/// Runs every measurement of issues 6 and 18 and collects the one table: load + compose + validate
/// against a Python script and a C floor, the arbejdsplan XLSX against raw C and Python XlsxWriter,
/// a streamed constant-memory XLSX, reading the XLSX back against openpyxl, the handover bundle
/// against `zip` + `sha256sum` and bagit-python, `aftale verify` against `unzip` + `bagit.py`, the
/// status report as DOCX against pandoc, the shipped folder's whole-process validate (hyperfine)
/// and the shipped binary's size. Where issue 18 set a new target for a line, that one is judged.
///
/// Every command runs in a child process of its own (``ChildProcess``), `runs` times; the table
/// shows the median time and the largest peak memory.
public struct BenchmarkSuite {
    /// What to measure.
    public let configuration: SuiteConfiguration
    /// Progress lines (to stderr in `aftale-bench`).
    public let log: (String) -> Void
    /// The table so far.
    public internal(set) var table = ResultTable()

    /// A suite for `configuration` that reports progress to `log`.
    public init(configuration: SuiteConfiguration, log: @escaping (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    var config: SuiteConfiguration { configuration }

    /// The measurements by name, in the order they run (`aftale-bench run --only`).
    public static let measurementNames = ["validate", "xlsx", "stream", "read-back", "bundle", "verify", "word",
                                          "start-up", "binary"]

    /// Runs everything (or the measurements `only` names); a measurement that fails becomes a
    /// failed row, and the rest go on.
    public mutating func run() throws {
        try FileManager.default.createDirectory(at: config.work, withIntermediateDirectories: true)
        let only = config.only
        let wanted = { (name: String) in only?.contains(name) ?? true }
        let cBaseline = config.baselines && (wanted("xlsx") || wanted("stream"))
            ? try buildC("xlsx_cells", package: "xlsxwriter") : nil
        let floor = config.baselines && wanted("validate") ? try buildC("frontmatter_floor", package: "yaml-0.1") : nil
        attempt("validate") { try $0.validate(floor: floor) }
        attempt("xlsx") { try $0.xlsx(cBaseline: cBaseline) }
        attempt("stream") { try $0.stream(cBaseline: cBaseline) }
        attempt("read-back") { try $0.readBack() }
        attempt("bundle") { try $0.bundle() }
        attempt("verify") { try $0.verify() }
        attempt("word") { try $0.word() }
        attempt("start-up") { try $0.shippedFolder() }
        attempt("binary") { try $0.binarySize() }
    }

    private mutating func attempt(_ name: String, _ body: (inout BenchmarkSuite) throws -> Void) {
        guard config.only?.contains(name) ?? true else { return }
        do { try body(&self) } catch {
            log("\(name) failed: \(error)")
            table.rows.append(.failed(name, reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "?"))
        }
    }

    /// Compiles the C baseline `Benchmarks/c/NAME.c` with `cc -O2` and pkg-config's flags for `package`
    /// (libxlsxwriter for xlsx_cells, libyaml for frontmatter_floor).
    func buildC(_ name: String, package: String) throws -> URL {
        let binary = config.folder("bin/\(name)")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        let source = config.script("c/\(name).c").path
        log("building the C baseline: cc -O2 \(source)")
        _ = try ChildProcess.shell("cc -O2 -o '\(binary.path)' '\(source)' $(pkg-config --cflags --libs \(package)) -lm")
        return binary
    }

    /// One command to measure: a label for the log, and how to run it once.
    struct Contender {
        let label: String
        let run: () throws -> (seconds: Double, peak: Int)

        /// A command whose whole process is timed; `before` runs untimed before each run.
        init(_ label: String, _ arguments: [String], before: (() throws -> Void)? = nil) {
            self.label = label
            self.run = {
                try before?()
                let result = try ChildProcess.run(arguments)
                return (result.seconds, result.peakRSS)
            }
        }

        /// A command that reports its own time.
        init(_ label: String, reporting run: @escaping () throws -> (seconds: Double, peak: Int)) {
            self.label = label
            self.run = run
        }
    }

    /// `runs` rounds of every contender, interleaved (ours, baseline, ours, baseline, ...) so that
    /// a busy moment of the machine hits all of them alike; one measurement per contender.
    func measure(_ contenders: [Contender]) throws -> [Measurement] {
        var times = Array(repeating: [Double](), count: contenders.count)
        var peaks = Array(repeating: [Int](), count: contenders.count)
        for round in 1...max(1, config.runs) {
            for (index, contender) in contenders.enumerated() {
                let (seconds, peak) = try contender.run()
                log("  \(contender.label) \(round)/\(config.runs): \(Format.seconds(seconds)), \(Format.bytes(peak))")
                times[index].append(seconds)
                peaks[index].append(peak)
            }
        }
        return zip(times, peaks).map { Measurement(times: $0, peaks: $1) }
    }

    /// A file an earlier measurement of this run wrote (the workbook, the bundle), which a later
    /// one reads; `what` names it when it is missing.
    func earlierOutput(_ name: String, what: String) throws -> URL {
        let file = config.folder(name)
        guard FileManager.default.fileExists(atPath: file.path) else { throw WorkerError("\(what) is missing") }
        return file
    }

    /// The corpus of `count` agreements, generated once per seed and size, and read once untimed.
    func corpus(_ count: Int) throws -> URL {
        let folder = config.folder("corpus-\(config.seed)-\(count)")
        let marker = folder.appending(path: ".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return try readOnce(folder) }
        try? FileManager.default.removeItem(at: folder)
        log("generating \(Format.count(count)) agreements into \(folder.path)")
        let bytes = try CorpusGenerator(seed: config.seed).write(count: count, to: folder)
        log("  \(Format.bytes(bytes)) of agreement files")
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        return folder
    }

    /// Reads every file of `input` (a folder, or one file) once, untimed, and gives it back, so that
    /// the first timed run, ours as it comes first, does not pay alone for reading the disk. The
    /// machine's page cache does not keep a large corpus between measurements: on 2026-12-03 the
    /// first `aftale validate` of the 100k corpus took 20.7 s, the two after it 7.5 and 5.6 s.
    func readOnce(_ input: URL) throws -> URL {
        let isFolder = (try? input.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
        let files = isFolder ? (FileManager.default.enumerator(at: input, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL } ?? []) : [input]
        var bytes = 0
        for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty { bytes += piece.count }
        }
        log("  read \(Format.bytes(bytes)) once, untimed, into the page cache")
        return input
    }

    /// The cells file of `rows` arbejdsplan rows, generated once per seed and size.
    func cells(_ rows: Int) throws -> URL {
        let file = config.folder("cells-\(config.seed)-\(rows).tsv")
        if FileManager.default.fileExists(atPath: file.path) { return try readOnce(file) }
        log("generating \(Format.count(rows)) workplan rows into \(file.path)")
        let partial = config.folder("cells-partial.tsv")
        try Workers.writeCells(rows: rows, seed: config.seed, layout: try Workers.layout(templates: config.templates),
                               to: partial)
        try FileManager.default.moveItem(at: partial, to: file)
        return file
    }

    /// `aftale validate` of each corpus against the Python script; at the largest size also against
    /// `floor` (Benchmarks/c/frontmatter_floor.c: only reading the files and parsing their front
    /// matter with libyaml's events), in the same interleaved rounds.
    mutating func validate(floor: URL?) throws {
        var ours: [(Int, Measurement)] = []
        for size in config.validateSizes {
            log("validate \(Format.count(size)) agreements")
            let folder = try corpus(size)
            var contenders = [Contender("aftale validate", [config.aftale.path, "validate", "--templates",
                                                            config.templates.path, folder.path])]
            if config.baselines {
                contenders.append(Contender("python", ["python3", config.script("python/validate_corpus.py").path,
                                                       config.templates.path, folder.path]))
            }
            let largest = size == config.validateSizes.last
            if let floor, largest { contenders.append(Contender("C floor", [floor.path, folder.path])) }
            let results = try measure(contenders)
            ours.append((size, results[0]))
            let measure = "load + compose + validate, \(Format.count(size)) agreements"
            // Issue 18 asks for 25× at its two largest sizes (10k and 100k); issue 6's 10× holds below.
            let twoLargest = config.validateSizes.suffix(2).contains(size)
            table.rows.append(.compare(measure, ours: results[0],
                                       baseline: results.count > 1 ? ("Python frontmatter+PyYAML+jsonschema", results[1]) : nil,
                                       target: .fasterBy(twoLargest ? 25 : 10), items: (size, "agreement")))
            if floor != nil, largest, let floorResult = results.last {
                table.rows.append(.compare(measure, ours: results[0], baseline: ("C floor: read + libyaml events", floorResult),
                                           target: .atMostTimes(2.5)))
            }
            if largest {
                table.rows.append(.compare(measure + ", peak memory", ours: results[0], baseline: nil, target: .peakBelow(48 << 20)))
            }
        }
        if let first = ours.first, let last = ours.last, ours.count > 1 {
            table.rows.append(.flatness("validate cost per agreement, \(Format.count(last.0)) vs \(Format.count(first.0))",
                                        small: first, large: last, within: 1.25, unit: "agreement"))
        }
    }

    mutating func xlsx(cBaseline: URL?) throws {
        log("arbejdsplan XLSX, \(Format.count(config.xlsxRows)) rows")
        let input = try cells(config.xlsxRows)
        var contenders = [Contender("aftale-bench xlsx", [config.bench.path, "xlsx", "--templates", config.templates.path,
                                                          input.path, config.folder("xlsx-ours.xlsx").path])]
        if let cBaseline {
            contenders.append(Contender("raw C", [cBaseline.path, input.path, config.folder("xlsx-c.xlsx").path]))
            contenders.append(Contender("python", ["python3", config.script("python/xlsx_cells.py").path, input.path,
                                                   config.folder("xlsx-python.xlsx").path]))
        }
        let results = try measure(contenders)
        let measure = "arbejdsplan XLSX, \(Format.count(config.xlsxRows)) rows"
        guard results.count == 3 else {
            return table.rows.append(.compare(measure, ours: results[0], baseline: nil, target: nil))
        }
        table.rows.append(.compare(measure, ours: results[0], baseline: ("raw C libxlsxwriter", results[1]),
                                   target: .atMostTimes(1.08)))
        table.rows.append(.compare(measure, ours: results[0], baseline: ("Python XlsxWriter", results[2]),
                                   target: .fasterBy(4)))
    }

    /// Reading the arbejdsplan written by `xlsx` back, as `aftale import workplan` does, against
    /// openpyxl's read-only mode on the same file (issue 16: at least 5× faster).
    mutating func readBack() throws {
        let file = try earlierOutput("xlsx-ours.xlsx", what: "the arbejdsplan of the xlsx measurement")
        log("reading back the arbejdsplan XLSX, \(Format.count(config.xlsxRows)) rows")
        var contenders = [Contender("aftale-bench read-xlsx", [config.bench.path, "read-xlsx", file.path])]
        if config.baselines {
            contenders.append(Contender("openpyxl read-only", ["python3", config.script("python/read_xlsx.py").path, file.path]))
        }
        let results = try measure(contenders)
        table.rows.append(.compare("read back the arbejdsplan XLSX, \(Format.count(config.xlsxRows)) rows", ours: results[0],
                                   baseline: results.dropFirst().first.map { ("openpyxl read-only", $0) },
                                   target: .fasterBy(5), items: (config.xlsxRows, "row")))
    }

    mutating func stream(cBaseline: URL?) throws {
        log("streamed XLSX, \(Format.count(config.streamRows)) rows, constant memory")
        let input = try cells(config.streamRows)
        var contenders = [Contender("aftale-bench xlsx --stream", [
            config.bench.path, "xlsx", "--stream", "--templates", config.templates.path, input.path,
            config.folder("stream-ours.xlsx").path,
        ])]
        if let cBaseline {
            contenders.append(Contender("raw C", [cBaseline.path, input.path, config.folder("stream-c.xlsx").path]))
        }
        let results = try measure(contenders)
        table.rows.append(.compare("streamed XLSX, \(Format.count(config.streamRows)) rows (constant memory)",
                                   ours: results[0], baseline: results.dropFirst().first.map { ("raw C libxlsxwriter", $0) },
                                   target: .peakBelow(64 << 20)))
    }
}
