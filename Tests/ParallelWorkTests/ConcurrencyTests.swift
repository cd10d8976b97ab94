import Foundation
import Testing
@testable import ParallelWork

/// `Parallel.map` and `chunked` really run their work at the same time: each item waits (with a
/// bounded timeout) until a second item has started, which a plain loop can never give it. A serial
/// implementation fails these tests after the timeout instead of passing them.
@Suite(.enabled(if: Parallel.coreCount > 1, "needs at least two cores to see two items run at once; this machine has one"))
struct ConcurrencyTests {
    /// How long an item waits for a second one. Generous, for a machine busy with other builds;
    /// when the work runs in parallel the wait ends at once.
    static let timeout: TimeInterval = 20

    /// Counts the items that have started; `meet` returns once `count` have, or false on timeout.
    final class Rendezvous: @unchecked Sendable {
        private let condition = NSCondition()
        private var arrived = 0
        let count: Int

        init(count: Int) { self.count = count }

        func meet() -> Bool {
            condition.lock()
            defer { condition.unlock() }
            arrived += 1
            condition.broadcast()
            let deadline = Date(timeIntervalSinceNow: ConcurrencyTests.timeout)
            while arrived < count {
                if !condition.wait(until: deadline) { return arrived >= count }
            }
            return true
        }
    }

    @Test(arguments: [2, 8])
    func mapRunsAtLeastTwoItemsAtOnce(_ count: Int) {
        let rendezvous = Rendezvous(count: 2)
        let met = Parallel.map(count) { _ in rendezvous.meet() }
        #expect(met == Array(repeating: true, count: count), "an item never saw a second one running beside it")
    }

    @Test(arguments: [nil, 1] as [Int?])
    func chunkedRunsAtLeastTwoChunksAtOnce(_ itemsPerChunk: Int?) {
        let rendezvous = Rendezvous(count: 2)
        // The first item of each chunk meets; the others just count.
        let met = Parallel.chunked(64, itemsPerChunk: itemsPerChunk) { range in
            [rendezvous.meet()] + range.dropFirst().map { _ in true }
        }
        #expect(met.count == 64)
        #expect(met.allSatisfy { $0 }, "a chunk never saw a second one running beside it")
    }
}
