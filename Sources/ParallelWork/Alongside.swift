import Dispatch

extension Parallel {
    /// Runs `background` on a thread of its own while `foreground` runs on the calling thread, and
    /// returns both results once both have finished (also when `foreground` throws: the background
    /// is waited for first). For a helper that follows the main work, such as reading back a file
    /// while it is being written; `background` must end by itself once `foreground` has (the
    /// caller tells it so, typically through a flag `foreground` sets as it ends).
    package static func alongside<Background, Foreground>(_ background: () -> Background,
                                                          while foreground: () throws -> Foreground) throws
        -> (foreground: Foreground, background: Background) {
        try withoutActuallyEscaping(background) { background in
            let job = BackgroundJob(background)
            detachThread { job.run() }
            let result = Result { try foreground() }
            let backgroundResult = job.wait()
            return (try result.get(), backgroundResult)
        }
    }
}

/// The work of ``Parallel/alongside(_:while:)``'s thread and its result. The thread lets go of
/// the closure before it says it is done, so nothing holds it when the caller returns.
private final class BackgroundJob<Result>: @unchecked Sendable {
    private var work: (() -> Result)?
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Result) { self.work = work }

    func run() {
        result = work?()
        work = nil
        done.signal()
    }

    /// The result, once the thread has finished (the semaphore orders its writes before this read).
    func wait() -> Result {
        done.wait()
        return result!
    }
}
