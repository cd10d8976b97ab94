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
        var scanner = Scanner(scalars: Array(text.unicodeScalars), location: start)
        var segments: [Segment] = []
        var plain = String.UnicodeScalarView()
        func flush() {
            if !plain.isEmpty { segments.append(.text(String(plain))); plain = .init() }
        }
        while !scanner.atEnd {
            guard scanner.peek(2) == "{{" else {
                plain.append(scanner.advance())
                continue
            }
            let tagStart = scanner.location
            let checkpoint = scanner
            scanner.skip(2)
            scanner.skipSpaces()
            let result: Result<Segment, TagError>
            if scanner.peek(1) == ">" {
                scanner.skip(1)
                result = scanUse(&scanner, at: tagStart).map { Segment.use($0) }
            } else {
                result = scanParameter(&scanner, at: tagStart, allowed: allowsParameters)
            }
            switch result {
            case .success(let segment):
                flush()
                segments.append(segment)
            case .failure(let error):
                diagnostics.append(Diagnostic(.malformedBlockUse, error.message, at: error.location ?? tagStart,
                                              hint: error.hint))
                scanner = checkpoint
                plain.append(scanner.advance())
            }
        }
        flush()
        return TemplateText(segments: segments)
    }

    private struct TagError: Error {
        var message: String
        var hint: String?
        var location: Diagnostic.Location?
    }

    private static let useSyntax = "write {{> block-name parameter=\"value\"}}"

    private static func scanUse(_ scanner: inout Scanner, at start: Diagnostic.Location) -> Result<BlockUse, TagError> {
        scanner.skipSpaces()
        let nameLocation = scanner.location
        let name = scanner.take(while: { Block.isNameScalar($0) })
        guard !name.isEmpty else {
            return .failure(TagError(message: "block use without a block name", hint: useSyntax))
        }
        var arguments: [BlockUse.Argument] = []
        while true {
            let hadSpace = scanner.skipSpaces()
            if scanner.peek(2) == "}}" { scanner.skip(2); break }
            if scanner.atEnd || scanner.peek(1) == "\n" {
                return .failure(TagError(message: "block use '\(name)' is not closed with '}}' on the same line",
                                         hint: useSyntax))
            }
            guard hadSpace else {
                return .failure(TagError(message: "unexpected '\(scanner.peek(1))' in block use '\(name)'",
                                         hint: useSyntax, location: scanner.location))
            }
            let keyLocation = scanner.location
            let key = scanner.take(while: { Block.isNameScalar($0) || $0 == "_" || $0.properties.isAlphabetic })
            guard !key.isEmpty, scanner.peek(1) == "=" else {
                return .failure(TagError(message: "expected parameter=\"value\" in block use '\(name)'",
                                         hint: useSyntax, location: keyLocation))
            }
            scanner.skip(1)
            guard scanner.peek(1) == "\"" else {
                return .failure(TagError(message: "value of parameter '\(key)' must be in double quotes",
                                         hint: useSyntax, location: scanner.location))
            }
            scanner.skip(1)
            var value = String.UnicodeScalarView()
            var closed = false
            while !scanner.atEnd, scanner.peek(1) != "\n" {
                let scalar = scanner.advance()
                if scalar == "\\", !scanner.atEnd, scanner.peek(1) == "\"" || scanner.peek(1) == "\\" {
                    value.append(scanner.advance())
                } else if scalar == "\"" {
                    closed = true
                    break
                } else {
                    value.append(scalar)
                }
            }
            guard closed else {
                return .failure(TagError(message: "value of parameter '\(key)' is not closed with '\"'",
                                         hint: useSyntax, location: keyLocation))
            }
            arguments.append(BlockUse.Argument(name: key, value: String(value), location: keyLocation))
        }
        return .success(BlockUse(name: name, arguments: arguments, location: start, nameLocation: nameLocation))
    }

    private static func scanParameter(_ scanner: inout Scanner, at start: Diagnostic.Location,
                                      allowed: Bool) -> Result<Segment, TagError> {
        let name = scanner.take(while: { Block.isNameScalar($0) || $0 == "_" || $0.properties.isAlphabetic })
        scanner.skipSpaces()
        guard !name.isEmpty, scanner.peek(2) == "}}" else {
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

    /// A cursor over scalars that keeps its line and column.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var location: Diagnostic.Location

        init(scalars: [Unicode.Scalar], location: Diagnostic.Location) {
            self.scalars = scalars
            self.location = location
        }

        var atEnd: Bool { index >= scalars.count }

        func peek(_ count: Int) -> String {
            var result = String.UnicodeScalarView()
            for offset in 0..<count where index + offset < scalars.count { result.append(scalars[index + offset]) }
            return String(result)
        }

        mutating func advance() -> Unicode.Scalar {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
            return scalar
        }

        mutating func skip(_ count: Int) { for _ in 0..<count where !atEnd { _ = advance() } }

        @discardableResult
        mutating func skipSpaces() -> Bool {
            var skipped = false
            while !atEnd, scalars[index] == " " { _ = advance(); skipped = true }
            return skipped
        }

        mutating func take(while predicate: (Unicode.Scalar) -> Bool) -> String {
            var result = String.UnicodeScalarView()
            while !atEnd, predicate(scalars[index]) { result.append(advance()) }
            return String(result)
        }
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
