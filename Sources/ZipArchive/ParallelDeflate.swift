import Foundation

/// Deflates file entries on several threads, with libzip alone.
///
/// libzip compresses every entry of an archive one after the other, in `zip_close`. To use more
/// than one core, the entries are split into runs of consecutive entries (chunks), and each
/// chunk becomes a ``MemoryArchive`` that one thread fills and closes, so libzip deflates it there.
/// ``ZipWriter`` then copies each compressed entry into the real archive with `zip_source_zip`
/// (start 0, length -1: the compressed bytes as they are, with their CRC and sizes), so its own
/// `zip_close` only writes.
///
/// The result does not depend on the split: an entry's compressed bytes depend only on its data
/// and the compression level (libzip's default for deflate, 9), never on which chunk or thread
/// made them, and the real archive keeps the order in which entries were added. The tests check
/// that archives made with 1, 2 and more threads are byte-identical.
enum ParallelDeflate {
    /// One entry to compress.
    struct Job: Sendable {
        let name: String
        let data: Data
        let modified: ZipDateTime
    }

    /// Where a job's compressed entry is: the chunk's archive and the index in it.
    struct Location {
        let chunk: Int
        let index: UInt64
    }

    /// Chunks hold at least this many bytes (or one entry), so small archives are not split finely.
    static let minimumChunkBytes = 64 << 10

    /// Consecutive runs of `sizes`, about four per thread so that threads finishing early find
    /// more work; an entry larger than that is a chunk of its own.
    static func chunks(of sizes: [Int], threads: Int) -> [Range<Int>] {
        let total = sizes.reduce(0, +)
        let target = max(minimumChunkBytes, total / max(1, threads * 4))
        var result: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (offset, size) in sizes.enumerated() {
            if offset > start, bytes + size > target {
                result.append(start..<offset)
                start = offset
                bytes = 0
            }
            bytes += size
        }
        if start < sizes.count { result.append(start..<sizes.count) }
        return result
    }

    /// Compresses `jobs` on `threads` threads, returning the chunk archives, finished and open for
    /// reading, and where each job's entry is.
    ///
    /// The calling thread waits meanwhile and calls `progress` (only there) after each chunk, with
    /// the fraction of bytes compressed so far (0...1, never decreasing); if it throws, no further
    /// chunk is started, the threads are waited for and the error is rethrown. When chunks fail,
    /// the others are stopped too and the error of the first failed chunk is thrown.
    static func compress(_ jobs: [Job], threads: Int, targetPath: String,
                         progress: (Double) throws -> Void) throws -> (archives: [MemoryArchive], locations: [Location]) {
        let sizes = jobs.map(\.data.count)
        let chunks = chunks(of: sizes, threads: threads)
        let chunkBytes = chunks.map { sizes[$0].reduce(0, +) }
        // Largest first: a big entry started last would leave the other threads idle.
        let order = chunks.indices.sorted { (chunkBytes[$1], $0) < (chunkBytes[$0], $1) }
        let workers = max(1, min(threads, chunks.count))
        let state = WorkState(order: order, totalBytes: max(1, chunkBytes.reduce(0, +)), workers: workers)
        let results = ResultSlots(count: chunks.count)
        // Signalled after each chunk and when a thread ends, so the waiting thread can report.
        let events = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            Thread.detachNewThread {
                while let chunk = state.next() {
                    results[chunk] = Result {
                        let archive = try MemoryArchive(for: targetPath)
                        var indices: [UInt64] = []
                        for job in jobs[chunks[chunk]] {
                            indices.append(try archive.add(job.name, data: job.data, modified: job.modified))
                        }
                        try archive.finish()
                        return (archive, indices)
                    }
                    state.finished(bytes: chunkBytes[chunk], failed: results.failed(chunk))
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

        let finished = try (0..<chunks.count).map { chunk in
            guard let result = results[chunk] else { return nil as (MemoryArchive, [UInt64])? }
            return try result.get()
        }
        var archives: [MemoryArchive] = []
        var locations: [Location] = []
        for (chunk, result) in finished.enumerated() {
            guard let (archive, indices) = result else {
                throw ZipError(.cancelled, "compression stopped before every entry was done", path: targetPath)
            }
            archives.append(archive)
            locations += indices.map { Location(chunk: chunk, index: $0) }
        }
        try progress(1)
        return (archives, locations)
    }
}

/// The shared counters of ``ParallelDeflate/compress(_:threads:targetPath:progress:)``, behind a lock.
private final class WorkState: @unchecked Sendable {
    private let lock = NSLock()
    private let order: [Int]
    private let totalBytes: Int
    private var nextPosition = 0
    private var doneBytes = 0
    private var stopped = false
    private var running: Int

    init(order: [Int], totalBytes: Int, workers: Int) {
        self.order = order
        self.totalBytes = totalBytes
        running = workers
    }

    /// A thread has taken its last chunk and ends.
    func exited() {
        lock.withLock { running -= 1 }
    }

    /// Whether every thread has ended.
    var allExited: Bool {
        lock.withLock { running == 0 }
    }

    /// The next chunk to compress, or nil when all are taken or the work was stopped.
    func next() -> Int? {
        lock.withLock {
            guard !stopped, nextPosition < order.count else { return nil }
            defer { nextPosition += 1 }
            return order[nextPosition]
        }
    }

    /// Records a finished chunk; a failed one stops the others from starting more.
    func finished(bytes: Int, failed: Bool) {
        lock.withLock {
            doneBytes += bytes
            if failed { stopped = true }
        }
    }

    /// No further chunk is started.
    func stop() {
        lock.withLock { stopped = true }
    }

    /// The fraction of all bytes in finished chunks.
    var fractionDone: Double {
        lock.withLock { Double(doneBytes) / Double(totalBytes) }
    }
}

/// One result per chunk, each written by the one thread that compressed the chunk and read after
/// all threads have finished (the semaphore the waiting thread takes orders the two), behind a lock all the same.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<(MemoryArchive, [UInt64]), any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(chunk: Int) -> Result<(MemoryArchive, [UInt64]), any Error>? {
        get { lock.withLock { slots[chunk] } }
        set { lock.withLock { slots[chunk] = newValue } }
    }

    /// Whether the chunk's result is a failure.
    func failed(_ chunk: Int) -> Bool {
        lock.withLock { if case .failure = slots[chunk] { true } else { false } }
    }
}
