/// A small deterministic pseudo-random generator (SplitMix64).
///
/// The corpus must be the same for the same seed on every machine and with every Swift version,
/// so nothing here uses the standard library's `random(in:using:)` or `shuffled(using:)`, whose
/// algorithms are not promised to stay the same; every draw is computed from the raw 64-bit output.
/// It is a `RandomNumberGenerator` all the same, for tests that shuffle or draw with the standard
/// library where only "the same on every run of this build" matters.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for item `index` of the stream `seed`: items are independent of each other, so
    /// item 5 of a corpus of 10 is item 5 of a corpus of 100,000, and items can be made in any order.
    public init(seed: UInt64, index: Int, stream: UInt64 = 0) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
        let base = mixer.next()
        state = base ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<upperBound` (`upperBound` > 0), by multiply-and-shift.
    public mutating func below(_ upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        let product = next().multipliedFullWidth(by: UInt64(upperBound))
        return Int(product.high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An element chosen by weight: `(value, weight)` pairs with positive total weight.
    public mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = below(total)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements of `items`, in the order of `items`.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var chosen = Array(repeating: false, count: items.count)
        var left = min(count, items.count)
        while left > 0 {
            let index = below(items.count)
            if !chosen[index] {
                chosen[index] = true
                left -= 1
            }
        }
        return items.indices.filter { chosen[$0] }.map { items[$0] }
    }
}
