import Foundation

/// What one benchmark run measures, how often, and where it finds its tools and keeps its files.
public struct SuiteConfiguration: Sendable {
    /// Corpus sizes for load + compose + validate; the first and last are compared for flatness.
    public var validateSizes: [Int]
    /// Rows of the arbejdsplan XLSX written from memory (the exporter's normal path).
    public var xlsxRows: Int
    /// Rows of the streamed, constant-memory XLSX.
    public var streamRows: Int
    /// Agreements in the handover bundle (a corpus of this size; the active ones are bundled).
    public var bundleAgreements: Int
    /// Measured runs of each command; the table shows the median.
    public var runs: Int
    /// The corpus and rows seed.
    public var seed: UInt64
    /// Whether to build and run the baselines (C, Python, zip, bagit); off only in tests.
    public var baselines: Bool
    /// The repository root: `Templates/` and `Benchmarks/` are found there.
    public var root: URL
    /// Where corpora, cells files and outputs go (kept between runs: corpora are reused).
    public var work: URL
    /// The `aftale` binary.
    public var aftale: URL
    /// The `aftale-bench` binary (for the worker processes).
    public var bench: URL
    /// Only the measurements of these names (``BenchmarkSuite/measurementNames``); nil for all.
    public var only: Set<String>? = nil

    /// The full run of issue 6 (about 15–20 minutes on 2 cores): 1k/10k/100k agreements,
    /// 100k XLSX rows, 1M streamed rows and a bundle of 10k agreements.
    public static func full(root: URL, work: URL, aftale: URL, bench: URL) -> SuiteConfiguration {
        SuiteConfiguration(validateSizes: [1000, 10000, 100_000], xlsxRows: 100_000, streamRows: 1_000_000,
                           bundleAgreements: 10000, runs: 3, seed: 2024, baselines: true, root: root, work: work,
                           aftale: aftale, bench: bench)
    }

    /// A run of a minute or two with sizes a tenth (or less) of the full run's.
    public static func quick(root: URL, work: URL, aftale: URL, bench: URL) -> SuiteConfiguration {
        SuiteConfiguration(validateSizes: [100, 1000, 5000], xlsxRows: 10000, streamRows: 100_000,
                           bundleAgreements: 1000, runs: 3, seed: 2024, baselines: true, root: root, work: work,
                           aftale: aftale, bench: bench)
    }

    /// The shipped templates.
    public var templates: URL { root.appending(path: "Templates") }
    /// A folder below the work folder.
    func folder(_ name: String) -> URL { work.appending(path: name) }
    /// A baseline script below `Benchmarks/`.
    func script(_ path: String) -> URL { root.appending(path: "Benchmarks/\(path)") }
}
