import Yams

/// A Markdown file split into YAML front matter and body, with the YAML composed into nodes that
/// still know their line and column in the file.
struct FrontMatterDocument {
    /// Deeper YAML than this is refused: no agreement needs more than a few levels.
    static let maximumDepth = 12

    let source: SourceText
    /// The composed front matter, or nil when it is missing or broken (a diagnostic says why).
    let frontMatter: Node.Mapping?
    /// Body lines, each with its 1-based line number in the file.
    let body: [(line: Int, text: Substring)]

    static func parse(_ source: SourceText, diagnostics: inout [Diagnostic]) -> FrontMatterDocument {
        let lines = source.text.lines()
        let path = source.path
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            diagnostics.append(Diagnostic(.missingFrontMatter, "file does not start with YAML front matter",
                                          at: .init(file: path, line: 1, column: 1),
                                          hint: "the first line must be '---', followed by the metadata and another '---'"))
            return FrontMatterDocument(source: source, frontMatter: nil, body: numbered(lines, from: 0))
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            diagnostics.append(Diagnostic(.unterminatedFrontMatter, "front matter is not closed",
                                          at: .init(file: path, line: 1, column: 1),
                                          hint: "add a line '---' after the metadata"))
            return FrontMatterDocument(source: source, frontMatter: nil, body: [])
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let mapping = compose(yaml, path: path, lineOffset: 1, diagnostics: &diagnostics)
        return FrontMatterDocument(source: source, frontMatter: mapping, body: numbered(lines, from: end + 1))
    }

    private static func numbered(_ lines: [Substring], from start: Int) -> [(line: Int, text: Substring)] {
        guard start < lines.count else { return [] }
        return (start..<lines.count).map { (line: $0 + 1, text: lines[$0]) }
    }

    /// Composes YAML text into a mapping, turning every Yams error into a located diagnostic.
    static func compose(_ yaml: String, path: String, lineOffset: Int,
                        diagnostics: inout [Diagnostic]) -> Node.Mapping? {
        func location(_ mark: Mark?) -> Diagnostic.Location {
            .init(file: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        // The parser must outlive the structural check: nodes hold their anchors weakly.
        let parser: Parser
        let node: Node?
        do {
            // `.basic`: keys are compared as the strings they are (our readers never use resolved
            // tags), which spares Yams a regular-expression match per key; `.utf8` spares it a read
            // of the whole environment per parser (`Parser.Encoding.default`).
            parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            node = try parser.singleRoot()
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, location: location))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.yamlSyntax, "cannot read the front matter: \(error)",
                                          at: location(nil)))
            return nil
        }
        guard let node else {
            diagnostics.append(Diagnostic(.missingField, "front matter is empty", at: location(nil),
                                          hint: "add at least type, titel, indsatsområde and status"))
            return nil
        }
        let problem = withExtendedLifetime(parser) { firstStructuralProblem(in: node, depth: 0) }
        if let problem {
            diagnostics.append(Diagnostic(problem.code, problem.message, at: location(problem.mark),
                                          hint: problem.hint))
            return nil
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(Diagnostic(.wrongType, "front matter must be a mapping of keys to values",
                                          at: location(node.mark), hint: "write one 'key: value' per line"))
            return nil
        }
        return mapping
    }

    private static func yamlDiagnostic(_ error: YamlError,
                                       location: (Mark?) -> Diagnostic.Location) -> Diagnostic {
        switch error {
        case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level"):
            // libyaml's own limit (1,000 levels) stops the parse before our limit can be checked.
            return Diagnostic(.yamlTooDeep, "YAML is nested more than \(maximumDepth) levels deep",
                              at: location(mark), hint: "agreements need only a few levels")
        case .memory:
            // libyaml reports its limit on nested block indentation (1,000 levels) as a memory error.
            return Diagnostic(.yamlTooDeep, "YAML is nested more than \(maximumDepth) levels deep",
                              at: location(nil), hint: "agreements need only a few levels; check the indentation")
        case let .composer(_, problem, mark, _) where problem.contains("undefined alias"):
            return Diagnostic(.yamlAnchor, "YAML aliases (*name) are not supported", at: location(mark),
                              hint: "write the value out where it is needed")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.yamlSyntax, "YAML error: \(detail)", at: location(mark),
                              hint: "check indentation and quote values that contain ':' or '#'")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.yamlDuplicateKey, "key \(keys) appears more than once", at: location(context.mark),
                              hint: "keep one of them")
        case let .reader(problem, _, _, _):
            return Diagnostic(.yamlSyntax, "YAML error: \(problem)", at: location(nil))
        default:
            return Diagnostic(.yamlSyntax, "YAML error: \(error)", at: location(nil))
        }
    }

    private struct StructuralProblem {
        let code: Diagnostic.Code
        let message: String
        let mark: Mark?
        let hint: String?
    }

    /// Refuses anchors (and so aliases, which need one) and excessive nesting before anything
    /// walks the tree: an alias bomb stays a small tree this way.
    private static func firstStructuralProblem(in node: Node, depth: Int) -> StructuralProblem? {
        if depth > maximumDepth {
            return StructuralProblem(code: .yamlTooDeep, message: "YAML is nested more than \(maximumDepth) levels deep",
                                     mark: node.mark, hint: "agreements need only a few levels")
        }
        let anchored: Bool
        switch node {
        case .scalar(let scalar): anchored = scalar.anchor != nil
        case .mapping(let mapping): anchored = mapping.anchor != nil
        case .sequence(let sequence): anchored = sequence.anchor != nil
        case .alias: anchored = true
        }
        if anchored {
            return StructuralProblem(code: .yamlAnchor, message: "YAML anchors and aliases (&name, *name) are not supported",
                                     mark: node.mark, hint: "write the value out where it is needed")
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let problem = firstStructuralProblem(in: key, depth: depth + 1)
                    ?? firstStructuralProblem(in: value, depth: depth + 1) { return problem }
            }
        case .sequence(let sequence):
            for element in sequence {
                if let problem = firstStructuralProblem(in: element, depth: depth + 1) { return problem }
            }
        default: break
        }
        return nil
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
