/// The agreement ids admitted so far in a run, each kept as the place of its file among the run's
/// files, by the id's hash: 16 bytes a bucket, where a dictionary of the ids as text held 40
/// (10 MiB at 100,000 files, plus the ids themselves). The rare id whose hash another id has is
/// kept by its text. An id is its file's name without `.md`, so nothing else is stored.
struct SeenIDs {
    private var byHash: [Int: Int] = [:]
    private var byText: [Substring: Int] = [:]
    /// The name of the file at a place.
    private let nameOfFile: (Int) -> String
    /// The hash an id is kept by: its `hashValue`; tests give one that collides.
    private let hash: (Substring) -> Int

    /// Room for `capacity` ids at once (no growing, when the old and the new table would both be held).
    init(capacity: Int, nameOfFile: @escaping (Int) -> String, hash: @escaping (Substring) -> Int = { $0.hashValue }) {
        byHash.reserveCapacity(capacity)
        self.nameOfFile = nameOfFile
        self.hash = hash
    }

    /// The id of the file `name`: the name without `.md`.
    static func id(ofName name: String) -> Substring {
        name.hasSuffix(".md") ? name.dropLast(3) : name[...]
    }

    /// The place of the first file with `id`, or nil when no file had it.
    func place(of id: Substring) -> Int? {
        guard let place = byHash[hash(id)] else { return nil }
        return Self.id(ofName: nameOfFile(place)) == id ? place : byText[id]
    }

    /// Records `id`, which no file had, as that of the file at `place`.
    mutating func insert(_ id: Substring, at place: Int) {
        let key = hash(id)
        if byHash[key] == nil { byHash[key] = place } else { byText[id] = place }
    }

    /// Every id recorded, sorted.
    var sortedIDs: [String] {
        (byHash.values.map { String(Self.id(ofName: nameOfFile($0))) } + byText.keys.map(String.init)).sorted()
    }
}
