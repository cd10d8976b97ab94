@testable import AftalerCore
import Synchronization
import Testing

/// The period cache behind `Period.parse`: what it remembers is what parsing gives, errors
/// included, and it never keeps more texts than its capacity. Each test has a cache of its own,
/// with a parse that counts its calls, so nothing here depends on what other tests parsed.
@Suite("Period cache")
struct PeriodCacheTests {
    /// An uncached parse, counting its calls.
    final class CountingParse: Sendable {
        private let calls = Mutex(0)
        var count: Int { calls.withLock { $0 } }

        func callAsFunction(_ text: String) -> Result<Period, PeriodError> {
            calls.withLock { $0 += 1 }
            return Result { () throws(PeriodError) in
                var parser = PeriodParser(input: text)
                return try parser.parse()
            }
        }
    }

    @Test func aRememberedResultIsTheParsedOneErrorsIncluded() throws {
        let cache = PeriodCache(capacity: 8)
        let parse = CountingParse()
        let first = cache.result(of: "2. halvår 2023", parse: parse.callAsFunction)
        let again = cache.result(of: "2. halvår 2023", parse: parse.callAsFunction)
        #expect(parse.count == 1)
        #expect(try first.get() == again.get())
        #expect(try again.get().start == CivilDate(iso: "2023-07-01"))
        #expect(try again.get().end == CivilDate(iso: "2023-12-31"))

        let wrong = cache.result(of: "5. kvartal 2025", parse: parse.callAsFunction)
        let wrongAgain = cache.result(of: "5. kvartal 2025", parse: parse.callAsFunction)
        #expect(parse.count == 2)
        guard case .failure(let error) = wrongAgain, case .failure(let firstError) = wrong else {
            Issue.record("an impossible quarter parsed")
            return
        }
        #expect(error == firstError)
        #expect(error.message == "quarter 5 does not exist; expected 1.–4. kvartal")
    }

    @Test func textsBeyondTheCapacityAreParsedEveryTime() throws {
        let cache = PeriodCache(capacity: 2)
        let parse = CountingParse()
        for text in ["2025", "primo 2025", "ultimo 2025", "ultimo 2025"] {
            _ = cache.result(of: text, parse: parse.callAsFunction)
        }
        #expect(cache.count == 2)
        #expect(parse.count == 4)  // the third text twice: never kept
        _ = cache.result(of: "2025", parse: parse.callAsFunction)
        _ = cache.result(of: "primo 2025", parse: parse.callAsFunction)
        #expect(parse.count == 4)  // the first two still answered from the cache
        #expect(try cache.result(of: "ultimo 2025", parse: parse.callAsFunction).get().start == CivilDate(iso: "2025-09-01"))
    }

    @Test func manyThreadsGetWhatParsingGives() async throws {
        let texts = PeriodTests.valid.map(\.text) + PeriodTests.invalid.map(\.text)
        let cache = PeriodCache(capacity: 4096)
        let parse = CountingParse()
        let expected = texts.map { parse($0) }
        let results = await withTaskGroup(of: [Result<Period, PeriodError>].self) { group in
            for _ in 0..<8 {
                group.addTask { texts.map { cache.result(of: $0, parse: parse.callAsFunction) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results {
            #expect(result == expected)
        }
        #expect(cache.count == Set(texts).count)
    }
}
