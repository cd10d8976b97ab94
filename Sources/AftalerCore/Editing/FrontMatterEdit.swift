import UnicodeText
/// Changes values of an agreement's front matter in place: each value is rewritten where it
/// stands, in the style it was written in where that style can hold the new text, and every other
/// byte of the file is kept. A key that is missing is added after the last key of its mapping; a
/// value set to nothing is removed with its key.
///
/// `aftale import workplan` edits the top-level `status` (when it is one word, not a dated
/// history) and the texts of a workplan entry; the drafting page (`AgreementForm`) edits any
/// top-level field, and replaces a list it changed as a whole. A new top-level key goes where
/// `AgreementParser.knownFields` puts it (docs/format.md's order), before the first key that
/// comes after it there.
struct FrontMatterEdit {
    /// Which value to change.
    enum Target: Hashable {
        /// The top-level `status:`.
        case status
        /// Key `key` of entry `entry` (0-based) of `arbejdsplaner.WORKPLAN`.
        case entry(workplan: String, entry: Int, key: String)
        /// A top-level key with one value, rewritten in place in its style.
        case field(String)
        /// A top-level key with its whole value: the new value is the key's lines as they are to
        /// be written (`key:` and what follows, ending in a line break).
        case wholeField(String)
    }

    /// Why a file cannot be edited as asked.
    struct Problem: Error {
        let message: String
    }

    /// `text` with each target set to its value (nil: removed). `text` must be an agreement file
    /// that validated: front matter between `---` lines, LF line endings.
    static func apply(_ changes: [(target: Target, value: String?)], to text: String) throws(Problem) -> String {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        guard lines.first == "---", let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else {
            throw Problem(message: "the file has no front matter between '---' lines")
        }
        let yamlLines = Array(lines[1..<close])
        let yaml = text[lines[1].startIndex..<lines[close].startIndex]
        let root: YAMLSpan
        do {
            guard let composed = try YAMLSpan.compose(yaml) else { throw Problem(message: "the front matter is empty") }
            root = composed
        } catch let problem as YAMLProblem {
            throw Problem(message: problem.message)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(message: "\(error)")
        }
        var replacements: [(from: YAMLSpan.Mark, to: YAMLSpan.Mark, text: String)] = []
        for change in changes {
            replacements.append(try replacement(change.target, change.value, root: root, lines: yamlLines))
        }
        // From the end backwards; an insertion at the start of a replaced range goes after it in this
        // order, so it lands before the replacement's text.
        replacements.sort { $0.from != $1.from ? $0.from > $1.from : $0.to > $1.to }
        for (earlier, later) in zip(replacements.dropFirst(), replacements) where earlier.to > later.from {
            throw Problem(message: "two changes overlap")
        }
        // Byte offsets of the marks in the original text; replacements run from the end of the file
        // backwards, so the text before each one is still the original.
        let lineStarts = lines.map { text.utf8.distance(from: text.startIndex, to: $0.startIndex) }
        func offset(_ mark: YAMLSpan.Mark) -> Int {
            // YAML line n (1-based) is file line n + 1, whose 0-based index is n.
            guard mark.line < lines.count else { return text.utf8.count }
            let line = lines[mark.line]
            let column = line.unicodeScalars.index(line.startIndex, offsetBy: mark.column - 1,
                                                    limitedBy: line.endIndex) ?? line.endIndex
            return lineStarts[mark.line] + line.utf8.distance(from: line.startIndex, to: column)
        }
        var bytes = Array(text.utf8)
        for replacement in replacements {
            bytes.replaceSubrange(offset(replacement.from)..<offset(replacement.to), with: Array(replacement.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func replacement(_ target: Target, _ value: String?, root: YAMLSpan, lines: [Substring])
        throws(Problem) -> (from: YAMLSpan.Mark, to: YAMLSpan.Mark, text: String)
    {
        let mapping: YAMLSpan
        let key: String
        switch target {
        case .wholeField(let field):
            return try wholeFieldReplacement(field, value, root: root)
        case .field(let field):
            if root.pair(field) == nil, let value {
                let line = field + ": " + YAMLScalarText.render(value, like: .plain, indent: 2, column: field.count + 3)
                return try wholeFieldReplacement(field, line.hasSuffix("\n") ? line : line + "\n", root: root)
            }
            (mapping, key) = (root, field)
        case .status:
            (mapping, key) = (root, "status")
        case .entry(let workplan, let entry, let field):
            guard let plans = root.pair("arbejdsplaner")?.value, let list = plans.pair(workplan)?.value else {
                throw Problem(message: "the file has no 'arbejdsplaner.\(workplan)'")
            }
            switch list.content {
            case .sequence(let elements, false) where elements.indices.contains(entry):
                mapping = elements[entry]
            case .mapping where entry == 0:
                mapping = list
            default:
                throw Problem(message: "'arbejdsplaner.\(workplan)' has no entry \(entry + 1) written as a block")
            }
            key = field
        }
        guard case .mapping(let pairs, let isFlow) = mapping.content, !isFlow, let last = pairs.last else {
            throw Problem(message: "'\(key)' is not in a block mapping that can be edited in place")
        }
        let indent = last.key.start.column - 1
        if let pair = mapping.pair(key) {
            guard case .scalar(let old, let style) = pair.value.content else {
                throw Problem(message: key == "status"
                              ? "the status is a dated history; add the new status with its date by hand"
                              : "'\(key)' is not a single value")
            }
            guard let value else {
                // Removed with its key, whole lines only: the key must start its line.
                guard lines[pair.key.start.line - 1].prefix(pair.key.start.column - 1).allSatisfy({ $0 == " " }) else {
                    throw Problem(message: "'\(key)' shares its line with a list dash; empty it by hand")
                }
                return (YAMLSpan.Mark(line: pair.key.start.line, column: 1), lineAfter(pair.value), "")
            }
            _ = old
            let isBlock = style == .literal || style == .folded
            let rendered = YAMLScalarText.render(value, like: style, indent: indent + 2, column: pair.value.start.column)
            if isBlock, !rendered.hasPrefix(">") && !rendered.hasPrefix("|") {
                // A block scalar's span ends at the start of the next line; a flow scalar needs the line break back.
                return (pair.value.start, pair.value.end, rendered + "\n")
            }
            if !isBlock, rendered.hasPrefix(">") || rendered.hasPrefix("|") {
                return (pair.value.start, pair.value.end, String(rendered.dropLast()))
            }
            return (pair.value.start, pair.value.end, rendered)
        }
        guard let value else { throw Problem(message: "'\(key)' is not there to remove") }
        let rendered = YAMLScalarText.render(value, like: .plain, indent: indent + 2, column: indent + key.count + 3)
        let line = String(repeating: " ", count: indent) + key + ": " + rendered
        return (lineAfter(last.value), lineAfter(last.value), line.hasSuffix("\n") ? line : line + "\n")
    }

    /// The replacement of a top-level key's lines (key and value) by `lines`, or their removal, or
    /// their insertion at the key's place in the order of `AgreementParser.knownFields`.
    private static func wholeFieldReplacement(_ key: String, _ lines: String?, root: YAMLSpan)
        throws(Problem) -> (from: YAMLSpan.Mark, to: YAMLSpan.Mark, text: String)
    {
        guard case .mapping(let pairs, false) = root.content, let last = pairs.last else {
            throw Problem(message: "the front matter is not a block mapping that can be edited in place")
        }
        if let pair = root.pair(key) {
            guard pair.key.start.column == 1 else { throw Problem(message: "'\(key)' does not start its line") }
            return (YAMLSpan.Mark(line: pair.key.start.line, column: 1), lineAfter(pair.value), lines ?? "")
        }
        guard let lines else { throw Problem(message: "'\(key)' is not there to remove") }
        let order = AgreementParser.knownFields
        let rank = order.firstIndex(of: key) ?? order.count
        let next = pairs.first { pair in
            guard case .scalar(let name, _) = pair.key.content else { return false }
            return (order.firstIndex(of: name) ?? order.count) > rank
        }
        let at = next.map { YAMLSpan.Mark(line: $0.key.start.line, column: 1) } ?? lineAfter(last.value)
        return (at, at, lines)
    }

    /// The start of the line after `node` ends (a block scalar already ends at a line start).
    private static func lineAfter(_ node: YAMLSpan) -> YAMLSpan.Mark {
        node.end.column == 1 ? node.end : YAMLSpan.Mark(line: node.end.line + 1, column: 1)
    }
}

/// How a new text is written as a YAML scalar: plain when YAML reads it back unchanged, else in
/// the quotes it had, or double-quoted; as a folded block (`>-`) when it was one, wrapped for
/// reading; a text with line breaks as a literal block (`|-`).
enum YAMLScalarText {
    static let width = 100

    /// `text` as a scalar in the style of `style` where it can hold it. Block styles end with a
    /// line break; `indent` is the block's content indentation, `column` where the value starts.
    static func render(_ text: String, like style: YAMLSpan.Style, indent: Int, column: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        if text.containsText("\n") {
            guard !text.hasSuffix("\n"), text.split(separator: "\n", omittingEmptySubsequences: false)
                .allSatisfy({ !$0.hasPrefix(" ") && !$0.hasSuffix(" ") }) else { return doubleQuoted(text) }
            return "|-\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n") + "\n"
        }
        switch style {
        case .folded, .literal:
            guard !text.isEmpty, !text.hasPrefix(" "), !text.hasSuffix(" "), !text.containsText("  ") else {
                return doubleQuoted(text)
            }
            var lines: [String] = [], line = ""
            for word in text.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
            if style == .literal, lines.count > 1 { return doubleQuoted(text) }
            return (style == .folded ? ">-\n" : "|-\n") + lines.map { pad + $0 }.joined(separator: "\n") + "\n"
        case .singleQuoted:
            guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return doubleQuoted(text) }
            return "'" + text.replacingText("'", with: "''") + "'"
        case .plain:
            return isSafePlain(text) ? text : doubleQuoted(text)
        case .doubleQuoted:
            return doubleQuoted(text)
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether `text` written plain reads back as the same string (and not as null or a number).
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first != " ", last != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.containsText(": ") || text.containsText(" #") || text.hasSuffix(":") { return false }
        if !text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }) {
            return false
        }
        let lower = text.lowercased()
        if ["~", "null", "true", "false", "yes", "no", "on", "off"].contains(lower) { return false }
        if Double(text) != nil || Int(text) != nil { return false }
        return true
    }
}

private extension String {
    func leftPadded(to count: Int) -> String {
        String(repeating: "0", count: max(0, count - self.count)) + self
    }
}
