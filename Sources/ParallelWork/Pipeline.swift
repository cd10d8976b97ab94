import Dispatch

extension Parallel {
    /// Two stages of one sequential job on two cores: `produce` runs on a thread of its own and
    /// hands its items, in order, to `consume` on the calling thread, at most `depth` items ahead
    /// (so memory stays bounded however many items there are). The same as calling `consume` with
    /// every item `produce` yields, one after the other; for work whose first stage (measuring,
    /// preparing) can run ahead of a second that must stay on one thread (a C library's writer).
    ///
    /// `produce` gets a `yield` that blocks while `depth` items wait. If `consume` throws, `yield`
    /// throws ``PipelineStopped`` in the producer from then on, the producer is waited for and the
    /// consumer's error is rethrown. If `produce` throws, the items it yielded before are consumed
    /// and then its error is rethrown. Returns only when the producer's thread has finished.
    package static func pipeline<Item>(depth: Int,
                                       produce: (_ yield: (Item) throws -> Void) throws -> Void,
                                       consume: (Item) throws -> Void) throws {
        let channel = PipelineChannel<Item>(depth: max(1, depth))
        try withoutActuallyEscaping(produce) { produce in
            // The thread reaches `produce` through a box it empties before it says it is done, so
            // nothing holds the closure when this block ends (the thread itself may still be exiting).
            let work = ProducerBox(produce)
            detachThread {
                var failure: (any Error)?
                do { try work.run { try channel.send($0) } } catch { failure = error }
                work.release()
                channel.finish(failure)
            }
            var consumerError: (any Error)?
            while let item = channel.receive() {
                do { try consume(item) } catch {
                    consumerError = error
                    break
                }
            }
            let producerError = channel.stopAndWait()
            if let consumerError { throw consumerError }
            if let producerError, !(producerError is PipelineStopped) { throw producerError }
        }
    }
}

/// Holds a pipeline's producer for its thread, until the thread lets it go.
private final class ProducerBox<Item>: @unchecked Sendable {
    private var produce: ((_ yield: (Item) throws -> Void) throws -> Void)?

    init(_ produce: @escaping (_ yield: (Item) throws -> Void) throws -> Void) { self.produce = produce }

    func run(_ yield: (Item) throws -> Void) throws { try produce?(yield) }

    func release() { produce = nil }
}

/// Thrown by a pipeline's `yield` once its consumer has stopped: the producer should end.
package struct PipelineStopped: Error {}

/// The bounded queue between the two stages of ``Parallel/pipeline(depth:produce:consume:)``.
private final class PipelineChannel<Item>: @unchecked Sendable {
    private let lock = Lock()
    private var items: [Item?] = []
    private var head = 0
    private var finished = false
    private var stopped = false
    private var failure: (any Error)?
    /// Free places in the queue; the producer waits on it. Made at 0 and raised to the depth, since
    /// libdispatch traps when a semaphore is freed below its initial value (items left unconsumed).
    private let free = DispatchSemaphore(value: 0)
    /// Items (and the end) waiting; the consumer waits on it.
    private let filled = DispatchSemaphore(value: 0)
    /// Signalled once when the producer's thread is done.
    private let done = DispatchSemaphore(value: 0)

    init(depth: Int) {
        for _ in 0..<depth { free.signal() }
    }

    /// Producer: waits for room, then queues `item`; throws once the consumer has stopped.
    func send(_ item: Item) throws {
        // Once stopped, nobody frees places any more: a producer that goes on must not wait.
        guard !lock.withLock({ stopped }) else { throw PipelineStopped() }
        free.wait()
        try lock.withLock {
            guard !stopped else { throw PipelineStopped() }
            items.append(item)
        }
        filled.signal()
    }

    /// Producer: no more items (with the producer's error, if any).
    func finish(_ error: (any Error)?) {
        lock.withLock {
            finished = true
            failure = error
        }
        filled.signal()
        done.signal()
    }

    /// Consumer: the next item, or nil at the end.
    func receive() -> Item? {
        filled.wait()
        let item: Item? = lock.withLock {
            guard head < items.count else { return nil }
            defer {
                items[head] = nil
                head += 1
                if head > 64, head * 2 > items.count {
                    items.removeFirst(head)
                    head = 0
                }
            }
            return items[head]
        }
        if item != nil { free.signal() }
        return item
    }

    /// Consumer: stops the producer (if it still runs), waits for its thread and returns its error.
    func stopAndWait() -> (any Error)? {
        lock.withLock { stopped = true }
        // Wakes a producer waiting for room, which then sees `stopped`.
        free.signal()
        done.wait()
        return lock.withLock { failure }
    }
}
