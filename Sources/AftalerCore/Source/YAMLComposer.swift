import CYAML

/// Composes YAML text into `YAMLNode`s straight from libyaml's event parser, after
/// `PlainYAMLComposer` has had the first look.
///
/// This is the one place that touches libyaml: `LibYAMLParser` owns the C parser and frees it,
/// and every libyaml error becomes a `YAMLProblem` here. Composing our small nodes from events,
/// rather than a general-purpose node tree first, is what makes loading 100,000 agreements fast
/// (see the benchmark in the README). Anchors, aliases and tags are refused on sight and nesting is
/// limited while the events arrive, so an alias bomb or a file nested thousands of levels deep
/// never becomes a tree at all, and a tag (`!!python/object:...`) is never silently dropped.
enum YAMLComposer {
    /// Deeper YAML than this is refused: no agreement needs more than a few levels.
    static let maximumDepth = 12

    /// The single document in `bytes` (UTF-8), or nil when the text holds no document at all.
    /// Plain front matter is read by `PlainYAMLComposer`; everything else, and every problem, by libyaml.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) -> YAMLNode? {
        if let node = PlainYAMLComposer.compose(bytes) { return node }
        return try composeWithLibYAML(bytes)
    }

    /// The single document in `bytes` as libyaml reads it: the reference `PlainYAMLComposer` is held to.
    static func composeWithLibYAML(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) -> YAMLNode? {
        guard !bytes.isEmpty else { return nil }
        var composer = try Composer(parser: LibYAMLParser(bytes))
        return try composer.document()
    }

    /// A tag as written rather than as libyaml resolves it (`!!str`, not `tag:yaml.org,2002:str`),
    /// cut short so that a hostile tag cannot flood the diagnostic. libyaml decodes `%XX` escapes
    /// in tags, so anything but printable ASCII is shown as `?`.
    static func shown(tag: String) -> String {
        let standard = "tag:yaml.org,2002:"
        let written = tag.hasPrefix(standard) ? "!!" + tag.dropFirst(standard.count) : Substring(tag)
        var shown = String(String.UnicodeScalarView(written.unicodeScalars.prefix(40).map {
            (0x21..<0x7F).contains($0.value) ? $0 : "?"
        }))
        if written.unicodeScalars.count > 40 { shown += "…" }
        return shown
    }

    /// Walks the events of one stream, building nodes as the events arrive.
    private struct Composer {
        let parser: LibYAMLParser

        mutating func document() throws(YAMLProblem) -> YAMLNode? {
            _ = try parser.next()  // the stream start
            let start = try parser.next()
            if case .streamEnd = start.event { return nil }
            let root = try node(try parser.next(), depth: 0)
            _ = try parser.next()  // the document end
            let after = try parser.next()
            guard case .streamEnd = after.event else {
                throw YAMLProblem(.syntax, "the YAML holds more than one document", line: after.line, column: after.column,
                                  hint: "remove the '---' or '...' line inside the front matter")
            }
            return root
        }

        private mutating func node(_ first: LibYAMLParser.Event, depth: Int) throws(YAMLProblem) -> YAMLNode {
            if depth > YAMLComposer.maximumDepth {
                throw YAMLProblem(.tooDeep, "YAML is nested more than \(YAMLComposer.maximumDepth) levels deep",
                                  line: first.line, column: first.column, hint: "agreements need only a few levels")
            }
            if first.isAnchored {
                throw YAMLProblem(.anchor, "YAML anchors and aliases (&name, *name) are not supported",
                                  line: first.line, column: first.column, hint: "write the value out where it is needed")
            }
            if let tag = first.tag {
                throw YAMLProblem(.tag, "YAML tags (\(YAMLComposer.shown(tag: tag))) are not supported",
                                  line: first.line, column: first.column,
                                  hint: "remove the tag; every value is read as the text written after it")
            }
            switch first.event {
            case .scalar(let text, let isPlain):
                return YAMLNode(content: .scalar(text, isPlain: isPlain), line: first.line, column: first.column)
            case .sequenceStart:
                var elements: [YAMLNode] = []
                while true {
                    let next = try parser.next()
                    if case .sequenceEnd = next.event { break }
                    elements.append(try node(next, depth: depth + 1))
                }
                return YAMLNode(content: .sequence(elements), line: first.line, column: first.column)
            case .mappingStart:
                return try mapping(first, depth: depth)
            case .alias:
                throw YAMLProblem(.anchor, "YAML aliases (*name) are not supported", line: first.line,
                                  column: first.column, hint: "write the value out where it is needed")
            case .streamEnd, .other:
                throw YAMLProblem(.syntax, "YAML error: unexpected end of the YAML", line: first.line,
                                  column: first.column, hint: nil)
            case .sequenceEnd, .mappingEnd:
                throw YAMLProblem(.syntax, "YAML error: unexpected end of a list or mapping", line: first.line,
                                  column: first.column, hint: nil)
            }
        }

        /// A mapping whose start event is `first`; a key written twice is reported where it repeats.
        private mutating func mapping(_ first: LibYAMLParser.Event, depth: Int) throws(YAMLProblem) -> YAMLNode {
            // Room for the keys of most mappings at once: growing one pair at a time reallocated 3–5 times.
            var pairs: [YAMLNode.Pair] = []
            pairs.reserveCapacity(8)
            // Keys are compared one by one while mappings are small (as field names are, with each
            // key's length beside it); a big (hostile) one gets a set.
            var keys: [(text: String, length: Int)] = []
            keys.reserveCapacity(8)
            var seen: Set<String>?
            while true {
                let next = try parser.next()
                if case .mappingEnd = next.event { break }
                let key = try node(next, depth: depth + 1)
                let value = try node(try parser.next(), depth: depth + 1)
                if let text = key.scalarText {
                    let repeated: Bool
                    if seen != nil {
                        repeated = !seen!.insert(text).inserted
                    } else {
                        let length = FieldName.comparableLength(text)
                        repeated = keys.contains { FieldName.same($0.text, $0.length, text, length) }
                        keys.append((text, length))
                        if pairs.count == 16 { seen = Set(pairs.compactMap(\.key.scalarText) + [text]) }
                    }
                    if repeated {
                        throw YAMLProblem(.duplicateKey, "key '\(text)' appears more than once", line: key.line,
                                          column: key.column, hint: "keep one of them")
                    }
                }
                pairs.append(YAMLNode.Pair(key: key, value: value))
            }
            return YAMLNode(content: .mapping(pairs), line: first.line, column: first.column)
        }
    }
}

/// Why YAML text could not be composed: what kind of problem, the message and hint for the
/// diagnostic, and the 1-based position in the YAML text (nil when libyaml gives none).
struct YAMLProblem: Error {
    enum Kind {
        case syntax, tooDeep, anchor, tag, duplicateKey
    }

    let kind: Kind
    let message: String
    let line: Int?
    let column: Int?
    let hint: String?

    init(_ kind: Kind, _ message: String, line: Int?, column: Int?, hint: String?) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }
}

/// Owns one libyaml `yaml_parser_t` reading a UTF-8 buffer (which must outlive it), hands out its
/// events as Swift values and frees the parser in `deinit`.
final class LibYAMLParser {
    /// One parser event, copied out of libyaml's struct (which is freed at once).
    struct Event {
        enum Kind {
            case scalar(String, isPlain: Bool)
            case sequenceStart, sequenceEnd, mappingStart, mappingEnd, alias, streamEnd
            /// Stream and document starts and document ends.
            case other
        }

        let event: Kind
        let isAnchored: Bool
        /// The node's explicit tag (`!!str`, `!local`, `!`) as libyaml resolves it; nil without one.
        var tag: String? = nil
        /// 1-based, in the YAML text.
        let line: Int
        let column: Int
        /// Where the event ends (1-based, in the YAML text), for editing a value in place.
        var endLine = 0
        var endColumn = 0
        /// libyaml's style of a scalar (plain, quoted, literal, folded) or collection (block, flow).
        var style: UInt32 = 0
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>

    /// A parser of `bytes`, which must not be empty.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) {
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLProblem(.syntax, "libyaml could not allocate a parser", line: nil, column: nil, hint: nil)
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event, or the parser's error as a `YAMLProblem`.
    func next() throws(YAMLProblem) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
        defer { yaml_event_delete(&event) }
        var result = copy(event)
        result.endLine = event.end_mark.line + 1
        result.endColumn = event.end_mark.column + 1
        switch event.type {
        case YAML_SCALAR_EVENT: result.style = event.data.scalar.style.rawValue
        case YAML_SEQUENCE_START_EVENT: result.style = event.data.sequence_start.style.rawValue
        case YAML_MAPPING_START_EVENT: result.style = event.data.mapping_start.style.rawValue
        default: break
        }
        return result
    }

    /// The event as a Swift value (start position, content, anchor and tag).
    private func copy(_ event: yaml_event_t) -> Event {
        let line = event.start_mark.line + 1, column = event.start_mark.column + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return Event(event: .scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE),
                         isAnchored: scalar.anchor != nil, tag: Self.text(scalar.tag), line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return Event(event: .sequenceStart, isAnchored: start.anchor != nil, tag: Self.text(start.tag),
                         line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return Event(event: .mappingStart, isAnchored: start.anchor != nil, tag: Self.text(start.tag),
                         line: line, column: column)
        case YAML_SEQUENCE_END_EVENT:
            return Event(event: .sequenceEnd, isAnchored: false, line: line, column: column)
        case YAML_MAPPING_END_EVENT:
            return Event(event: .mappingEnd, isAnchored: false, line: line, column: column)
        case YAML_ALIAS_EVENT:
            return Event(event: .alias, isAnchored: false, line: line, column: column)
        case YAML_STREAM_END_EVENT:
            return Event(event: .streamEnd, isAnchored: false, line: line, column: column)
        default:
            return Event(event: .other, isAnchored: false, line: line, column: column)
        }
    }

    /// A C string of libyaml's (a tag), or nil.
    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The parser's error, mapped once for all callers. libyaml's messages are kept as it words them.
    private func problem() -> YAMLProblem {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLProblem(.syntax, "YAML error: libyaml ran out of memory", line: nil, column: nil,
                               hint: "the front matter is too big or too deeply indented")
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let detail = state.context.map { "\(problem) \(String(cString: $0))" } ?? problem
            return YAMLProblem(.syntax, "YAML error: \(detail)", line: state.problem_mark.line + 1,
                               column: state.problem_mark.column + 1,
                               hint: "check indentation and quote values that contain ':' or '#'")
        default:
            return YAMLProblem(.syntax, "YAML error: \(problem)", line: nil, column: nil, hint: nil)
        }
    }
}
