import Testing
@testable import ParallelWork

/// The parallel map gives what a plain loop gives: every index once, in order, and the error of
/// the lowest failing index.
@Suite struct ParallelTests {
    struct Failure: Error, Equatable {
        let index: Int
    }

    @Test(arguments: [0, 1, 2, 7, 1_000])
    func mapKeepsIndexOrder(_ count: Int) {
        #expect(Parallel.map(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }

    @Test func mapRethrowsTheLowestFailingIndex() {
        #expect(throws: Failure(index: 3)) {
            try Parallel.map(100) { (index: Int) throws(Failure) -> Int in
                if index % 10 == 3 || index == 97 { throw Failure(index: index) }
                return index
            }
        }
    }

    @Test(arguments: [nil, 1, 8, 500] as [Int?])
    func chunksCoverEveryIndexOnceInOrder(_ itemsPerChunk: Int?) {
        for count in [0, 1, 3, 17, 1_001] {
            let ranges = Parallel.chunked(count, itemsPerChunk: itemsPerChunk) { range in [range] }
            #expect(ranges.flatMap { Array($0) } == Array(0..<count), "\(count) items")
            #expect(ranges.allSatisfy { !$0.isEmpty })
            if let itemsPerChunk, count >= 2 * Parallel.coreCount * itemsPerChunk {
                // Chunks of about the size asked for (never more than twice it).
                #expect(ranges.allSatisfy { $0.count <= 2 * itemsPerChunk }, "\(count) items")
            }
        }
    }
}
