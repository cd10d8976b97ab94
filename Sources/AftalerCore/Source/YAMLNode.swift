/// A composed YAML value: a scalar, a list or a mapping, with the 1-based line and column (in
/// Unicode scalars, as libyaml counts) where it starts in the YAML text.
///
/// Only what agreements and templates use is kept: every scalar is its text, and tags, anchors and
/// aliases never get this far (`YAMLComposer` refuses them); no document markers.
struct YAMLNode: Sendable, Equatable {
    /// What the node holds.
    enum Content: Sendable, Equatable {
        /// A scalar's text; `isPlain` when it was written without quotes or block indicators, so
        /// that `~` and `null` can be told apart from the quoted words.
        case scalar(String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// One `key: value` of a mapping, in file order.
    struct Pair: Sendable, Equatable {
        let key: YAMLNode
        let value: YAMLNode
    }

    let content: Content
    let line: Int
    let column: Int

    /// "single value", "list" or "mapping", for diagnostics.
    var shapeName: String {
        switch content {
        case .scalar: "single value"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }

    /// The text of a scalar node; nil for lists and mappings.
    var scalarText: String? {
        if case .scalar(let text, _) = content { text } else { nil }
    }
}

/// The values of a mapping's known fields by key, in file order. Mappings are small (a dozen keys
/// at most), so a linear search beats hashing; keys are unique (the composer refuses duplicates).
struct YAMLFields: Sequence, Sendable {
    /// The fields in file order, each key with its ``FieldName/comparableLength(_:)``.
    private var fields: [(key: String, keyLength: Int, value: YAMLNode)] = []

    init() {
        fields.reserveCapacity(8)
    }

    /// How many fields were read.
    var count: Int { fields.count }

    subscript(key: String) -> YAMLNode? {
        let length = FieldName.comparableLength(key)
        return fields.first { FieldName.same($0.key, $0.keyLength, key, length) }?.value
    }

    mutating func append(_ key: String, _ value: YAMLNode) {
        fields.append((key, FieldName.comparableLength(key), value))
    }

    /// Each field as `(key, value)`, in file order.
    struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[(key: String, keyLength: Int, value: YAMLNode)]>

        mutating func next() -> (key: String, value: YAMLNode)? {
            base.next().map { ($0.key, $0.value) }
        }
    }

    func makeIterator() -> Iterator {
        Iterator(base: fields.makeIterator())
    }
}
