import Dispatch
import Foundation

/// Independent pieces of work spread over the machine's cores, results kept in order: the same
/// output as doing them one after the other, sooner.
package enum Parallel {
    /// `body(0) ... body(count - 1)`, run concurrently; the results in index order. If any throws,
    /// the error of the lowest index is rethrown (after all have finished).
    package static func map<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
        guard count > 1 else { return try (0..<count).map(body) }
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<Result<T, any Error>?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slot, and `concurrentPerform` returns only when all are
        // done, so neither the slots nor `body` (which callers keep free of shared mutable state)
        // need a lock.
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = Result { try work(index) }
            }
        }
        return try slots.map { try $0!.get() }
    }

    /// `body` over consecutive chunks of `0..<count`, about one chunk per core, results flattened in order.
    package static func chunked<T>(_ count: Int, _ body: (Range<Int>) throws -> [T]) throws -> [T] {
        let chunks = min(count, max(1, System.coreCount * 2))
        guard chunks > 1 else { return try body(0..<count) }
        return try map(chunks) { chunk in
            try body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
        }.flatMap { $0 }
    }
}

/// What the machine offers.
enum System {
    /// Active processor cores.
    static let coreCount = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
