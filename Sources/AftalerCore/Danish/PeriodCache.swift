import Synchronization

/// The periods parsed so far in this process, by their text: a portfolio writes the same few
/// hundred period texts thousands of times (`2. halvår 2023`, `ultimo april 2026`), and parsing one
/// costs some forty times a lookup. Parsing is a function of the text alone, so a remembered
/// result, period or error, is the one parsing would give. At most `capacity` texts are kept;
/// later ones are parsed every time, so a hostile file cannot grow the cache.
///
/// `Period.parse` uses ``shared``; tests make caches of their own, so that what they fill and count
/// is theirs alone.
final class PeriodCache: Sendable {
    /// The cache `Period.parse` uses: 4,096 texts, some hundreds of kilobytes at most.
    static let shared = PeriodCache(capacity: 4096)

    /// The most texts kept.
    let capacity: Int
    private let results = Mutex<[String: Result<Period, PeriodError>]>([:])

    /// An empty cache that keeps at most `capacity` texts.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The number of texts kept.
    var count: Int { results.withLock { $0.count } }

    /// The result of parsing `text`, remembered or computed by `parse`.
    func result(of text: String, parse: (String) -> Result<Period, PeriodError>) -> Result<Period, PeriodError> {
        if let known = results.withLock({ $0[text] }) { return known }
        let result = parse(text)
        results.withLock { cache in
            if cache.count < capacity { cache[text] = result }
        }
        return result
    }
}
