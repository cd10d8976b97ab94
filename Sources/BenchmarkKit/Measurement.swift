/// Several runs of one thing: the median time and the largest peak memory over the runs.
public struct Measurement: Sendable, Hashable {
    /// Seconds of each run, in the order they ran.
    public let times: [Double]
    /// Peak resident memory of each run, in bytes.
    public let peaks: [Int]

    /// A measurement of `times` and `peaks` (one of each per run, at least one run).
    public init(times: [Double], peaks: [Int]) {
        precondition(!times.isEmpty && times.count == peaks.count, "one time and one peak per run")
        self.times = times
        self.peaks = peaks
    }

    /// The median of the times (the mean of the middle two for an even count).
    public var median: Double { Self.median(times) }

    /// The largest peak resident memory of any run, in bytes.
    public var peakRSS: Int { peaks.max() ?? 0 }

    /// The median of `values` (at least one).
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Runs `body` `runs` times (after `warmups` unmeasured runs) and collects the results.
    /// `body` returns seconds and peak bytes, for example from ``ChildProcess/run(_:in:)``.
    public static func repeating(_ runs: Int, warmups: Int = 0,
                                 _ body: () throws -> (seconds: Double, peak: Int)) rethrows -> Measurement {
        for _ in 0..<warmups { _ = try body() }
        var times: [Double] = []
        var peaks: [Int] = []
        for _ in 0..<max(1, runs) {
            let (seconds, peak) = try body()
            times.append(seconds)
            peaks.append(peak)
        }
        return Measurement(times: times, peaks: peaks)
    }
}

/// A goal from issue 6, checked against a row of the table.
public enum Target: Sendable, Hashable {
    /// Ours takes at most this many times the baseline's time.
    case atMostTimes(Double)
    /// The baseline takes at least this many times our time.
    case fasterBy(Double)
    /// Our peak resident memory stays below this many bytes.
    case peakBelow(Int)
    /// The time per item at this size is at most this many times the time per item at the smallest size.
    case flatWithin(Double)
    /// Our median time is at most this many seconds, whatever the baseline takes.
    case atMostSeconds(Double)
    /// A file of ours (the shipped binary) is at most this many bytes (decimal megabytes in the table).
    case atMostBytes(Int)

    /// The goal as shown in the table.
    public var text: String {
        switch self {
        case .atMostTimes(let factor): "≤ \(Format.factor(factor)) base"
        case .fasterBy(let factor): "≥ \(Format.factor(factor)) faster"
        case .peakBelow(let bytes): "< \(bytes / (1 << 20)) MiB peak"
        case .flatWithin(let factor): "per item ≤ \(Format.factor(factor)) of smallest"
        case .atMostSeconds(let seconds): "≤ \(Format.seconds(seconds))"
        case .atMostBytes(let bytes): "≤ \(Format.megabytes(bytes))"
        }
    }
}
