#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork

/// Deflates file entries on several threads (`Parallel.queue` of ParallelWork), with libzip alone.
///
/// libzip compresses every entry of an archive one after the other, in `zip_close`. To use more
/// than one core, the entries are split into runs of consecutive entries (chunks), and each
/// chunk becomes a ``ChunkArchive`` in memory that one thread fills and closes, so libzip deflates it there.
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
                         progress: (Double) throws -> Void) throws -> (archives: [ChunkArchive], locations: [Location]) {
        let sizes = jobs.map(\.data.count)
        let chunks = chunks(of: sizes, threads: threads)
        let chunkBytes = chunks.map { sizes[$0].reduce(0, +) }
        // Largest first: a big entry started last would leave the other threads idle.
        let order = chunks.indices.sorted { (chunkBytes[$1], $0) < (chunkBytes[$0], $1) }
        let results = try Parallel.queue(order: order, weights: chunkBytes, threads: threads, progress: progress) { chunk in
            let archive = try ChunkArchive(for: targetPath)
            var indices: [UInt64] = []
            for job in jobs[chunks[chunk]] {
                indices.append(try archive.add(job.name, data: job.data, modified: job.modified))
            }
            try archive.finish()
            return UncheckedArchive(archive: archive, indices: indices)
        }

        let finished = try results.map { try $0?.get() }
        var archives: [ChunkArchive] = []
        var locations: [Location] = []
        for (chunk, result) in finished.enumerated() {
            guard let (archive, indices) = result.map({ ($0.archive, $0.indices) }) else {
                throw ZipError(.cancelled, "compression stopped before every entry was done", path: targetPath)
            }
            archives.append(archive)
            locations += indices.map { Location(chunk: chunk, index: $0) }
        }
        try progress(1)
        return (archives, locations)
    }
}

/// A finished chunk archive handed from the thread that filled it to the one that copies it: only
/// one thread uses it at a time.
private struct UncheckedArchive: @unchecked Sendable {
    let archive: ChunkArchive
    let indices: [UInt64]
}
