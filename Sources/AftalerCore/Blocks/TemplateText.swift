/// Text with block uses (`{{> name key="value"}}`) and parameter references (`{{key}}`), scanned
/// once into segments that remember where each use and reference stands in its file.
struct TemplateText: Sendable {
    /// One piece of scanned text.
    enum Segment: Sendable {
        case text(String)
        case parameter(name: String, location: Diagnostic.Location)
        case use(BlockUse)
    }

    let segments: [Segment]

    /// Scans `text`, which starts at `start` in its file. Parameter references are allowed only when
    /// `allowsParameters` (inside blocks); malformed tags are reported and kept as plain text.
    static func scan(_ text: String, start: Diagnostic.Location, allowsParameters: Bool,
                     diagnostics: inout [Diagnostic]) -> TemplateText {
        // Most text has no tag at all: then it is one plain segment, and nothing needs scanning.
        if !text.containsBytes(of: "{{") {
            return TemplateText(segments: text.isEmpty ? [] : [.text(text)])
        }
        var scanner = TemplateScanner(text, location: start)
        var segments: [Segment] = []
        // Plain text is taken from the text's bytes in one piece: from `plainStart` to the next tag.
        var plainStart = 0
        func flush(upTo end: Int) {
            if end > plainStart { segments.append(.text(scanner.text(plainStart..<end))) }
        }
        while !scanner.atEnd {
            guard scanner.looking(at: "{{") else {
                scanner.advance(upToByte: UInt8(ascii: "{"))
                continue
            }
            let tagStart = scanner.location
            let checkpoint = scanner
            scanner.skip(2)
            scanner.skipSpaces()
            let result: Result<Segment, TagError>
            if scanner.looking(at: ">") {
                scanner.skip(1)
                result = scanUse(&scanner, at: tagStart).map { Segment.use($0) }
            } else {
                result = scanParameter(&scanner, at: tagStart, allowed: allowsParameters)
            }
            switch result {
            case .success(let segment):
                flush(upTo: checkpoint.index)
                segments.append(segment)
                plainStart = scanner.index
            case .failure(let error):
                diagnostics.append(Diagnostic(.malformedBlockUse, error.message, at: error.location ?? tagStart,
                                              hint: error.hint))
                scanner = checkpoint
                _ = scanner.advance()
            }
        }
        flush(upTo: scanner.index)
        return TemplateText(segments: segments)
    }

    private struct TagError: Error {
        var message: String
        var hint: String?
        var location: Diagnostic.Location?
    }

    private static let useSyntax = "write {{> block-name parameter=\"value\"}}"

    private static func scanUse(_ scanner: inout TemplateScanner, at start: Diagnostic.Location) -> Result<BlockUse, TagError> {
        scanner.skipSpaces()
        let nameLocation = scanner.location
        let name = scanner.take(while: Block.isNameScalar)
        guard !name.isEmpty else {
            return .failure(TagError(message: "block use without a block name", hint: useSyntax))
        }
        var arguments: [BlockUse.Argument] = []
        while true {
            let hadSpace = scanner.skipSpaces()
            if scanner.looking(at: "}}") { scanner.skip(2); break }
            if scanner.atEnd || scanner.looking(at: "\n") {
                return .failure(TagError(message: "block use '\(name)' is not closed with '}}' on the same line",
                                         hint: useSyntax))
            }
            guard hadSpace else {
                return .failure(TagError(message: "unexpected '\(scanner.peek(1))' in block use '\(name)'",
                                         hint: useSyntax, location: scanner.location))
            }
            let keyLocation = scanner.location
            let key = scanner.take(while: Block.isParameterNameScalar)
            guard !key.isEmpty, scanner.looking(at: "=") else {
                return .failure(TagError(message: "expected parameter=\"value\" in block use '\(name)'",
                                         hint: useSyntax, location: keyLocation))
            }
            scanner.skip(1)
            guard scanner.looking(at: "\"") else {
                return .failure(TagError(message: "value of parameter '\(key)' must be in double quotes",
                                         hint: useSyntax, location: scanner.location))
            }
            scanner.skip(1)
            guard let value = scanner.quotedValue() else {
                return .failure(TagError(message: "value of parameter '\(key)' is not closed with '\"'",
                                         hint: useSyntax, location: keyLocation))
            }
            arguments.append(BlockUse.Argument(name: key, value: value, location: keyLocation))
        }
        return .success(BlockUse(name: name, arguments: arguments, location: start, nameLocation: nameLocation))
    }

    private static func scanParameter(_ scanner: inout TemplateScanner, at start: Diagnostic.Location,
                                      allowed: Bool) -> Result<Segment, TagError> {
        let name = scanner.take(while: Block.isParameterNameScalar)
        scanner.skipSpaces()
        guard !name.isEmpty, scanner.looking(at: "}}") else {
            return .failure(TagError(message: "'{{' does not start a block use or a parameter",
                                     hint: "block uses start with '{{>'; " + useSyntax))
        }
        scanner.skip(2)
        guard allowed else {
            return .failure(TagError(message: "parameter '{{\(name)}}' outside a block",
                                     hint: "parameters can be used only inside Templates/blocks; did you mean '{{> \(name)}}'?"))
        }
        return .success(.parameter(name: name, location: start))
    }
}

/// One use of a block in an agreement or in another block.
struct BlockUse: Sendable {
    /// One `parameter="value"` of a use.
    struct Argument: Sendable {
        var name: String
        var value: String
        var location: Diagnostic.Location
    }

    var name: String
    var arguments: [Argument]
    /// Where the `{{>` stands.
    var location: Diagnostic.Location
    var nameLocation: Diagnostic.Location
}
