import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Independent pieces of work spread over the machine's cores, results kept in order: the same
/// output as doing them one after the other, sooner. Used by loading (AftalerCore), hashing
/// (BagIt), bundling (HandoverBundle) and the XLSX export (WorkplanExport, XLSXWriter: see
/// `pipeline` and `alongside`); a module of its own so that none of them depends on another for it.
package enum Parallel {
    /// Active processor cores.
    package static let coreCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body(0) ... body(count - 1)`, run concurrently; the results in index order. If any throws,
    /// the error of the lowest index is rethrown (after all have finished).
    package static func map<T, E: Error>(_ count: Int, _ body: (Int) throws(E) -> T) throws(E) -> [T] {
        guard count > 1 else { return try (0..<count).map(body) }
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<Result<T, E>?>.allocate(capacity: count)
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
                slots[index] = Result { () throws(E) in try work(index) }
            }
        }
        return try slots.map { slot throws(E) in try slot!.get() }
    }

    /// `body` over consecutive chunks of `0..<count`, results flattened in order. Without
    /// `itemsPerChunk` there are about two chunks per core (for work whose items cost alike);
    /// with it, chunks of about that many items, so that the cores finish together when items
    /// cost differently (a core left idle while another ends a long chunk costs that chunk's time).
    package static func chunked<T, E: Error>(_ count: Int, itemsPerChunk: Int? = nil,
                                             _ body: (Range<Int>) throws(E) -> [T]) throws(E) -> [T] {
        guard count > 0 else { return [] }
        let perCore = coreCount * 2
        let chunks = min(count, itemsPerChunk.map { max(perCore, count / max(1, $0)) } ?? perCore)
        guard chunks > 1 else { return try body(0..<count) }
        return try map(chunks) { chunk throws(E) in
            try body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
        }.flatMap { $0 }
    }
}
