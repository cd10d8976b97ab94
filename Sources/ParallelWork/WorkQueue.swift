import Dispatch

extension Parallel {
    /// Work that reports progress and can be stopped: the items of `order` (indices of `weights`)
    /// taken one at a time by `threads` threads, while the calling thread waits and calls
    /// `progress` (only there) after each item with the fraction of the total weight done (0...1,
    /// never decreasing).
    ///
    /// If `progress` throws, or an item fails, no further item is started; the threads are waited
    /// for. Returns each item's result, nil for an item never started; rethrows `progress`'s error.
    /// `map` is for work that needs neither; both are this module's, so no other target runs
    /// threads of its own.
    package static func queue<T>(order: [Int], weights: [Int], threads: Int, progress: (Double) throws -> Void,
                                 _ body: @escaping @Sendable (Int) throws -> T) throws -> [Result<T, any Error>?] {
        let workers = max(1, min(threads, order.count))
        let state = QueueState(order: order, totalWeight: max(1, weights.reduce(0, +)), workers: workers)
        let results = ResultSlots<T>(count: weights.count)
        // Signalled after each item and when a thread ends, so the waiting thread can report.
        let events = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            detachThread {
                while let item = state.next() {
                    let result = Result { try body(item) }
                    results[item] = result
                    state.finished(weight: weights[item], failed: (try? result.get()) == nil)
                    events.signal()
                }
                state.exited()
                events.signal()
            }
        }
        var reportError: (any Error)?
        func report(_ fraction: Double) {
            guard reportError == nil else { return }
            do { try progress(fraction) } catch {
                reportError = error
                state.stop()
            }
        }
        report(0)
        repeat {
            events.wait()
            report(state.fractionDone)
        } while !state.allExited
        if let reportError { throw reportError }
        return results.all
    }
}

/// The shared counters of ``Parallel/queue(order:weights:threads:progress:_:)``, behind a lock.
private final class QueueState: @unchecked Sendable {
    private let lock = Lock()
    private let order: [Int]
    private let totalWeight: Int
    private var nextPosition = 0
    private var doneWeight = 0
    private var stopped = false
    private var running: Int

    init(order: [Int], totalWeight: Int, workers: Int) {
        self.order = order
        self.totalWeight = totalWeight
        running = workers
    }

    /// A thread has taken its last item and ends.
    func exited() { lock.withLock { running -= 1 } }

    /// Whether every thread has ended.
    var allExited: Bool { lock.withLock { running == 0 } }

    /// The next item, or nil when all are taken or the work was stopped.
    func next() -> Int? {
        lock.withLock {
            guard !stopped, nextPosition < order.count else { return nil }
            defer { nextPosition += 1 }
            return order[nextPosition]
        }
    }

    /// Records a finished item; a failed one stops the others from starting more.
    func finished(weight: Int, failed: Bool) {
        lock.withLock {
            doneWeight += weight
            if failed { stopped = true }
        }
    }

    /// No further item is started.
    func stop() { lock.withLock { stopped = true } }

    /// The fraction of the total weight in finished items.
    var fractionDone: Double { lock.withLock { Double(doneWeight) / Double(totalWeight) } }
}

/// One result per item, each written by the one thread that ran it, read after all have ended.
private final class ResultSlots<T>: @unchecked Sendable {
    private let lock = Lock()
    private var slots: [Result<T, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(item: Int) -> Result<T, any Error>? {
        get { lock.withLock { slots[item] } }
        set { lock.withLock { slots[item] = newValue } }
    }

    var all: [Result<T, any Error>?] { lock.withLock { slots } }
}
