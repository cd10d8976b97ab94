/// A Markdown file split into YAML front matter and body, with the YAML composed into nodes that
/// still know their line and column in the file.
struct FrontMatterDocument {
    let source: SourceText
    /// The composed front matter (a mapping), or nil when it is missing or broken (a diagnostic says why).
    let frontMatter: YAMLNode?
    /// Body lines, each with its 1-based line number in the file.
    let body: [(line: Int, text: Substring)]

    /// Splits `source`; `emptyHint` says what empty front matter must hold (see `compose`).
    static func parse(_ source: SourceText, emptyHint: String = emptyFrontMatterHint,
                      diagnostics: inout [Diagnostic]) -> FrontMatterDocument {
        let lines = source.text.lines()
        let path = source.path
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            diagnostics.append(Diagnostic(.missingFrontMatter, "file does not start with YAML front matter",
                                          at: .init(file: path, line: 1, column: 1),
                                          hint: "the first line must be '---', followed by the metadata and another '---'"))
            return FrontMatterDocument(source: source, frontMatter: nil, body: numbered(lines, from: 0))
        }
        // Only a line that starts with '-' can be the closing '---': the others are not trimmed to see.
        guard let end = lines.indices.dropFirst().first(where: {
            lines[$0].utf8.first == UInt8(ascii: "-") && lines[$0].trimmingTrailingSpaces == "---"
        }) else {
            diagnostics.append(Diagnostic(.unterminatedFrontMatter, "front matter is not closed",
                                          at: .init(file: path, line: 1, column: 1),
                                          hint: "add a line '---' after the metadata"))
            return FrontMatterDocument(source: source, frontMatter: nil, body: [])
        }
        // The YAML is read in place: from the second line up to the closing '---'.
        let yaml = source.text[lines[1].startIndex..<lines[end].startIndex]
        let mapping = compose(yaml, path: path, lineOffset: 1, emptyHint: emptyHint, diagnostics: &diagnostics)
        return FrontMatterDocument(source: source, frontMatter: mapping, body: numbered(lines, from: end + 1))
    }

    private static func numbered(_ lines: [Substring], from start: Int) -> [(line: Int, text: Substring)] {
        guard start < lines.count else { return [] }
        return (start..<lines.count).map { (line: $0 + 1, text: lines[$0]) }
    }

    /// What empty agreement front matter is told to hold.
    static let emptyFrontMatterHint = "add at least type, titel, indsatsområde and status"

    /// Composes YAML text into its root mapping, turning every problem into a located diagnostic.
    /// `what` names the YAML in messages ("front matter", "kinds.yaml") and `emptyHint` says what it
    /// must hold when it holds nothing.
    static func compose<Text: StringProtocol>(_ yaml: Text, path: String, lineOffset: Int, what: String = "front matter",
                                              emptyHint: String = emptyFrontMatterHint,
                                              diagnostics: inout [Diagnostic]) -> YAMLNode? {
        func location(line: Int?, column: Int?) -> Diagnostic.Location {
            .init(file: path, line: (line ?? 1) + lineOffset, column: column ?? 1)
        }
        let composed: Result<YAMLNode?, YAMLProblem> =
            yaml.utf8.withContiguousStorageIfAvailable { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.compose(bytes) } }
            ?? Array(yaml.utf8).withUnsafeBufferPointer { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.compose(bytes) } }
        let node: YAMLNode
        switch composed {
        case .failure(let problem):
            diagnostics.append(Diagnostic(problem.kind.code, problem.message,
                                          at: location(line: problem.line, column: problem.column), hint: problem.hint))
            return nil
        case .success(nil):
            diagnostics.append(Diagnostic(.missingField, "\(what) is empty", at: location(line: nil, column: nil),
                                          hint: emptyHint))
            return nil
        case .success(let root?):
            node = root
        }
        guard case .mapping = node.content else {
            diagnostics.append(Diagnostic(.wrongType, "\(what) must be a mapping of keys to values",
                                          at: location(line: node.line, column: node.column),
                                          hint: "write one 'key: value' per line"))
            return nil
        }
        return node
    }
}

extension YAMLProblem.Kind {
    /// The diagnostic code of a problem of this kind.
    var code: Diagnostic.Code {
        switch self {
        case .syntax: .yamlSyntax
        case .tooDeep: .yamlTooDeep
        case .anchor: .yamlAnchor
        case .tag: .yamlTag
        case .duplicateKey: .yamlDuplicateKey
        }
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
