import Foundation

/// One line of the benchmark's table, already rendered to text, with whether its target is met.
public struct ResultRow: Sendable, Hashable {
    /// What was measured.
    public var measure: String
    /// Our median time (and per-item cost where it helps).
    public var ours: String
    /// The baseline's name.
    public var baseline: String
    /// The baseline's median time.
    public var baselineTime: String
    /// Our time divided by the baseline's.
    public var ratio: String
    /// Peak resident memory, ours / the baseline's.
    public var peak: String
    /// The goal, if any.
    public var target: String
    /// Whether the goal is met (nil: no goal).
    public var met: Bool?

    /// A row comparing `ours` with `baseline`; `items` adds a per-item time to our column.
    public static func compare(_ measure: String, ours: Measurement, baseline: (name: String, Measurement)?,
                               target: Target?, items: (count: Int, unit: String)? = nil) -> ResultRow {
        var oursText = Format.seconds(ours.median)
        if let items, items.count > 0 {
            oursText += " (\(Format.seconds(ours.median / Double(items.count))) per \(items.unit))"
        }
        let ratio = baseline.map { ours.median / $0.1.median }
        var met: Bool?
        switch target {
        case .atMostTimes(let factor)?: met = ratio.map { $0 <= factor }
        case .fasterBy(let factor)?: met = ratio.map { $0 * factor <= 1 }
        case .peakBelow(let bytes)?: met = ours.peakRSS < bytes
        case .atMostSeconds(let seconds)?: met = ours.median <= seconds
        case .flatWithin?, .atMostBytes?, nil: met = nil
        }
        return ResultRow(
            measure: measure, ours: oursText, baseline: baseline?.name ?? "–",
            baselineTime: baseline.map { Format.seconds($0.1.median) } ?? "–",
            ratio: ratio.map { Format.factor($0) } ?? "–",
            peak: Format.bytes(ours.peakRSS) + (baseline.map { " / " + Format.bytes($0.1.peakRSS) } ?? ""),
            target: target?.text ?? "–", met: met)
    }

    /// A row checking that the cost per item stays flat: `large` per item against `small` per item.
    public static func flatness(_ measure: String, small: (count: Int, Measurement), large: (count: Int, Measurement),
                                within factor: Double, unit: String) -> ResultRow {
        let smallEach = small.1.median / Double(small.count)
        let largeEach = large.1.median / Double(large.count)
        let ratio = largeEach / smallEach
        return ResultRow(
            measure: measure, ours: "\(Format.seconds(largeEach)) per \(unit)",
            baseline: "same at \(Format.count(small.count))", baselineTime: "\(Format.seconds(smallEach)) per \(unit)",
            ratio: Format.factor(ratio), peak: Format.bytes(large.1.peakRSS) + " / " + Format.bytes(small.1.peakRSS),
            target: Target.flatWithin(factor).text, met: ratio <= factor)
    }

    /// A row for the size of a file of ours (the shipped binary), in decimal megabytes as the target
    /// is written; `detail` follows the size (the stripped size, say).
    public static func size(_ measure: String, bytes: Int, detail: String?, target: Target?) -> ResultRow {
        var met: Bool?
        if case .atMostBytes(let limit)? = target { met = bytes <= limit }
        return ResultRow(measure: measure, ours: Format.megabytes(bytes) + (detail.map { " (\($0))" } ?? ""),
                         baseline: "–", baselineTime: "–", ratio: "–", peak: "–", target: target?.text ?? "–", met: met)
    }

    /// A row for a measurement that failed, so the table still shows what was not measured.
    public static func failed(_ measure: String, reason: String) -> ResultRow {
        ResultRow(measure: measure, ours: "failed: \(reason)", baseline: "–", baselineTime: "–", ratio: "–",
                  peak: "–", target: "–", met: false)
    }
}

/// The table the benchmark prints: Markdown, so that the README can quote it as it is.
public struct ResultTable: Sendable {
    /// The rows, in the order measured.
    public var rows: [ResultRow] = []
    /// Lines printed under the table: what a row cannot show (what each dependency adds to the binary).
    public var notes: [String] = []

    /// An empty table.
    public init() {}

    static let headings = ["measure", "ours (median)", "baseline", "baseline (median)", "ratio ours/base",
                           "peak RSS ours / base", "target", "met"]

    /// The table as Markdown with padded columns.
    public func markdown() -> String {
        let cells = rows.map { row in
            [row.measure, row.ours, row.baseline, row.baselineTime, row.ratio, row.peak, row.target,
             row.met.map { $0 ? "yes" : "**no**" } ?? "–"]
        }
        let all = [Self.headings] + cells
        let widths = Self.headings.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            "| " + zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: " | ") + " |"
        }
        let rule = "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |"
        return ([line(Self.headings), rule] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// How many rows with a target meet it, and how many have one.
    public var targetsMet: (met: Int, total: Int) {
        let judged = rows.compactMap(\.met)
        return (judged.filter { $0 }.count, judged.count)
    }
}

/// Number formatting for the table: fixed, locale-independent.
public enum Format {
    /// `842 ms`, `3.21 s`, `12 µs`.
    public static func seconds(_ value: Double) -> String {
        if value >= 1 { return String(format: "%.2f s", value) }
        if value >= 0.1 { return String(format: "%.0f ms", value * 1000) }
        if value >= 0.01 { return String(format: "%.1f ms", value * 1000) }
        if value >= 0.001 { return String(format: "%.2f ms", value * 1000) }
        return String(format: "%.0f µs", value * 1_000_000)
    }

    /// `640 KiB`, `41 MiB`, `1.2 GiB`.
    public static func bytes(_ value: Int) -> String {
        let mib = Double(value) / Double(1 << 20)
        if mib < 1 { return String(format: "%.0f KiB", Double(value) / 1024) }
        return mib >= 1024 ? String(format: "%.1f GiB", mib / 1024) : String(format: "%.0f MiB", mib)
    }

    /// `87.2 MB`: decimal megabytes, as file sizes and the binary's target are written.
    public static func megabytes(_ value: Int) -> String {
        String(format: "%.1f MB", Double(value) / 1e6)
    }

    /// `1.25×`, `0.08×`.
    public static func factor(_ value: Double) -> String {
        value >= 10 ? String(format: "%.0f×", value) : String(format: "%.2f×", value)
    }

    /// `1k`, `100k`, `1M`, or the plain number.
    public static func count(_ value: Int) -> String {
        if value >= 1_000_000, value % 1_000_000 == 0 { return "\(value / 1_000_000)M" }
        if value >= 1000, value % 1000 == 0 { return "\(value / 1000)k" }
        return "\(value)"
    }
}
