import Foundation
import Testing
@testable import ParallelWork

/// `Parallel.pipeline` gives the consumer every item in order, never lets the producer run more
/// than `depth` items ahead, and ends cleanly when either side throws.
@Suite struct PipelineTests {
    struct Failure: Error, Equatable {
        let at: Int
    }

    /// The producer's and the consumer's counters, shared across their threads.
    final class Counters: @unchecked Sendable {
        private let lock = NSLock()
        private var produced = 0
        private var consumed = 0
        private(set) var largestLead = 0

        func didProduce() { lock.withLock { produced += 1; largestLead = max(largestLead, produced - consumed) } }
        func didConsume() { lock.withLock { consumed += 1 } }
        var producedCount: Int { lock.withLock { produced } }
    }

    @Test(arguments: [0, 1, 7, 5_000])
    func everyItemArrivesInOrder(_ count: Int) throws {
        var received: [Int] = []
        try Parallel.pipeline(depth: 3, produce: { yield in
            for item in 0..<count { try yield(item) }
        }, consume: { received.append($0) })
        #expect(received == Array(0..<count))
    }

    @Test func theProducerRunsAtMostDepthItemsAhead() throws {
        let counters = Counters()
        try Parallel.pipeline(depth: 4, produce: { yield in
            for item in 0..<200 {
                try yield(item)
                counters.didProduce()
            }
        }, consume: { _ in
            // A slow consumer: a producer without a bound would run far ahead meanwhile.
            usleep(200)
            counters.didConsume()
        })
        // An item counts as produced once `yield` returns, which may be just before the
        // consumer takes the next one: at most depth + 1 ahead.
        #expect(counters.largestLead <= 5, "the producer ran \(counters.largestLead) items ahead")
    }

    @Test func aConsumerErrorStopsTheProducerAndIsRethrown() {
        let counters = Counters()
        var producerSawStop = false
        #expect(throws: Failure(at: 10)) {
            try Parallel.pipeline(depth: 2, produce: { yield in
                do {
                    for item in 0..<100_000 {
                        try yield(item)
                        counters.didProduce()
                    }
                } catch is PipelineStopped {
                    producerSawStop = true
                    throw PipelineStopped()
                }
            }, consume: { item in
                if item == 10 { throw Failure(at: item) }
            })
        }
        #expect(producerSawStop)
        #expect(counters.producedCount < 100, "the producer went on after the consumer stopped")
    }

    @Test func aProducerErrorComesAfterTheItemsBeforeIt() {
        var received: [Int] = []
        #expect(throws: Failure(at: 5)) {
            try Parallel.pipeline(depth: 2, produce: { yield in
                for item in 0..<5 { try yield(item) }
                throw Failure(at: 5)
            }, consume: { received.append($0) })
        }
        #expect(received == Array(0..<5))
    }
}
