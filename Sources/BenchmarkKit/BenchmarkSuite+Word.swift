import Foundation

extension BenchmarkSuite {
    /// The status report of the bundle's corpus as DOCX (issue 14): `aftale report status --format
    /// docx` against pandoc converting our Markdown rendering of the same report to DOCX (made
    /// untimed beforehand). Target: at least 5× faster, with a lower peak memory than pandoc's.
    mutating func word() throws {
        log("status report of \(Format.count(config.bundleAgreements)) agreements as DOCX")
        let corpus = try corpus(config.bundleAgreements)
        let day = "2025-02-03"
        let report = ["report", "status", "--as-of", day, "--templates", config.templates.path, "--agreements", corpus.path]
        var contenders = [Contender("aftale report status --format docx",
                                    [config.aftale.path] + report + ["--format", "docx", "--output", config.folder("report-ours.docx").path])]
        if config.baselines {
            let markdown = config.folder("report.md")
            _ = try ChildProcess.run([config.aftale.path] + report + ["--format", "markdown", "--output", markdown.path])
            contenders.append(Contender("pandoc", ["pandoc", markdown.path, "-o", config.folder("report-pandoc.docx").path]))
        }
        let results = try measure(contenders)
        let measure = "status report as DOCX, \(Format.count(config.bundleAgreements)) agreements"
        table.rows.append(.compare(measure, ours: results[0], baseline: results.dropFirst().first.map { ("pandoc from our Markdown", $0) },
                                   target: .fasterBy(5)))
        if let pandoc = results.dropFirst().first {
            table.rows.append(.compare(measure + ", peak memory", ours: results[0], baseline: ("pandoc from our Markdown", pandoc),
                                       target: .peakBelow(pandoc.peakRSS)))
        }
    }
}
