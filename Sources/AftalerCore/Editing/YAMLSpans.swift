import CYAML

/// The front matter as nodes that know where they start and end and how they are written, for
/// changing one value in place (`FrontMatterEdit`) rather than writing the YAML anew. Built from
/// the same libyaml events as `YAMLComposer` (which keeps only start positions, for speed).
struct YAMLSpan {
    /// A 1-based line and column (Unicode scalars) in the YAML text.
    struct Mark: Comparable {
        let line: Int
        let column: Int
        static func < (a: Mark, b: Mark) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    /// How a scalar is written.
    enum Style {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    enum Content {
        case scalar(String, Style)
        case sequence([YAMLSpan], isFlow: Bool)
        case mapping([(key: YAMLSpan, value: YAMLSpan)], isFlow: Bool)
    }

    let content: Content
    let start: Mark
    let end: Mark

    /// The value of `key` in a mapping, with its key node.
    func pair(_ key: String) -> (key: YAMLSpan, value: YAMLSpan)? {
        guard case .mapping(let pairs, _) = content else { return nil }
        return pairs.first { if case .scalar(key, _) = $0.key.content { true } else { false } }
    }

    /// The root of `yaml` (already known to compose: the agreement validated).
    static func compose(_ yaml: Substring) throws(YAMLProblem) -> YAMLSpan? {
        var bytes = Array(yaml.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLProblem) -> YAMLSpan? in
            let parser = try LibYAMLParser(buffer)
            _ = try parser.next()
            let start = try parser.next()
            if case .streamEnd = start.event { return nil }
            return try node(try parser.next(), parser)
        }
    }

    private static func node(_ first: LibYAMLParser.Event, _ parser: LibYAMLParser) throws(YAMLProblem) -> YAMLSpan {
        let start = Mark(line: first.line, column: first.column)
        switch first.event {
        case .scalar(let text, _):
            let style: Style = switch yaml_scalar_style_t(first.style) {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            return YAMLSpan(content: .scalar(text, style), start: start,
                            end: Mark(line: first.endLine, column: first.endColumn))
        case .sequenceStart:
            var elements: [YAMLSpan] = []
            while true {
                let next = try parser.next()
                if case .sequenceEnd = next.event {
                    return YAMLSpan(content: .sequence(elements, isFlow: first.style == YAML_FLOW_SEQUENCE_STYLE.rawValue),
                                    start: start, end: Mark(line: next.endLine, column: next.endColumn))
                }
                elements.append(try node(next, parser))
            }
        case .mappingStart:
            var pairs: [(key: YAMLSpan, value: YAMLSpan)] = []
            while true {
                let next = try parser.next()
                if case .mappingEnd = next.event {
                    return YAMLSpan(content: .mapping(pairs, isFlow: first.style == YAML_FLOW_MAPPING_STYLE.rawValue),
                                    start: start, end: Mark(line: next.endLine, column: next.endColumn))
                }
                let key = try node(next, parser)
                pairs.append((key, try node(try parser.next(), parser)))
            }
        default:
            throw YAMLProblem(.syntax, "unexpected YAML event", line: first.line, column: first.column, hint: nil)
        }
    }
}
