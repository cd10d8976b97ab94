/// Composes the plain block YAML that front matter and template files are written in, without
/// libyaml, and says "not sure" (nil) for everything else.
///
/// Front matter is a handful of shapes: `key: value` lines, nested mappings, `- ` lists, one-line
/// `[a, b]` lists and `{a: 1, b: [c]}` mappings, one-line quoted values and `|`/`>` blocks. For
/// those shapes this reader builds exactly the `YAMLNode`s that `YAMLComposer` builds from libyaml's
/// events (the same texts, styles, lines and columns), at a fraction of the cost: libyaml and the
/// composition of its events were 40 % of validating an agreement (callgrind, README "Benchmark").
///
/// libyaml stays the reference and the only judge of errors. This reader never reports a problem:
/// on anything it does not recognise with certainty (a tab, a comment after a value, a plain value
/// over several lines, an escape in a double-quoted value, a repeated key, an empty value, a flow
/// collection over several lines or nested deeper, anchors, tags, document markers, unusual
/// characters) it returns nil and the caller asks libyaml, which then composes the text or reports
/// the problem in its own words. So what it accepts must compose identically through libyaml;
/// `PlainYAMLComposerTests` hold it to that on every shipped and generated file and on thousands of
/// mutated ones.
enum PlainYAMLComposer {
    /// The root node of `bytes`, or nil when the text is not in the shapes this reader knows
    /// (libyaml must then be asked). Never nil for a reason other than "not sure".
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard !bytes.isEmpty, let lines = PlainYAMLLines(bytes) else { return nil }
        var reader = Reader(bytes: bytes, lines: lines)
        return reader.document()
    }

    /// Deepest nesting read here; deeper (and libyaml's own limit) is left to `YAMLComposer`.
    static let maximumDepth = YAMLComposer.maximumDepth - 2

    /// Mappings with more keys are left to `YAMLComposer`, which checks big ones for repeats with a set.
    static let maximumKeys = 64

    /// libyaml counts a plain key longer than this as no key at all.
    static let maximumKeyLength = 1000
}

private let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), colon = UInt8(ascii: ":"),
    hash = UInt8(ascii: "#"), dash = UInt8(ascii: "-"), comma = UInt8(ascii: ","),
    openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), singleQuote = UInt8(ascii: "'"),
    doubleQuote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), pipe = UInt8(ascii: "|"),
    greater = UInt8(ascii: ">"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

/// Characters that may not start a plain scalar here (YAML's indicators), so a value or key
/// beginning with one is left to libyaml.
private let indicators: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for character in "-?:,[]{}#&*!|>'\"%@`" { table[Int(character.asciiValue!)] = true }
    return table
}()

/// Where the last column was counted. Nodes on a line are made left to right, so each count goes on
/// from the last instead of from the line's start, and a long line of `[æ, æ, …]` entries is read
/// in linear time (counting from the start each time took 7.5 s for 240 KB in a release build).
private final class ColumnMark {
    var line = -1, offset = 0, column = 1
}

/// Reads the lines top-down, one node at a time; every function returns nil for "not sure".
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: PlainYAMLLines
    /// The next line not yet read.
    var current = 0
    private let mark = ColumnMark()

    init(bytes: UnsafeBufferPointer<UInt8>, lines: PlainYAMLLines) {
        self.bytes = bytes
        self.lines = lines
    }

    mutating func document() -> YAMLNode? {
        guard let first = nextContentLine() else { return nil }
        let indent = indentation(first)
        guard !isListEntry(first, indent) else { return nil }
        guard let root = mapping(indent: indent, depth: 0, line: first, keyStart: lines.starts[first] + indent),
              nextContentLine() == nil else { return nil }
        return root
    }

    // MARK: Collections

    /// A block mapping whose keys stand at `indent`, its first key at `keyStart` on `line`.
    private mutating func mapping(indent: Int, depth: Int, line firstLine: Int, keyStart: Int) -> YAMLNode? {
        guard depth <= PlainYAMLComposer.maximumDepth else { return nil }
        var pairs: [YAMLNode.Pair] = []
        pairs.reserveCapacity(8)
        var keyLengths: [Int] = []
        keyLengths.reserveCapacity(8)
        var line = firstLine, start = keyStart
        while true {
            guard !indicators[Int(bytes[start])], let keyEnd = keyEnd(line, from: start),
                  pairs.count < PlainYAMLComposer.maximumKeys else { return nil }
            let keyText = text(start, trimmedEnd(start, keyEnd))
            let length = FieldName.comparableLength(keyText)
            for (index, pair) in pairs.enumerated() {
                if FieldName.same(pair.key.scalarText!, keyLengths[index], keyText, length) { return nil }
            }
            let key = scalar(keyText, isPlain: true, line: line, at: start)
            let valueStart = skipSpaces(keyEnd + 1, lines.ends[line])
            current = line + 1
            let value = valueStart == lines.ends[line]
                ? nestedValue(parentIndent: indent, depth: depth + 1)
                : inlineValue(line, valueStart, parentIndent: indent, depth: depth + 1)
            guard let value else { return nil }
            pairs.append(YAMLNode.Pair(key: key, value: value))
            keyLengths.append(length)
            guard let next = nextContentLine() else { break }
            let nextIndent = indentation(next)
            if nextIndent < indent { break }
            guard nextIndent == indent, !isListEntry(next, nextIndent) else { return nil }
            line = next
            start = lines.starts[next] + nextIndent
        }
        return YAMLNode(content: .mapping(pairs), line: firstLine + 1, column: column(firstLine, keyStart))
    }

    /// A block list whose `- ` entries stand at `indent`, starting on the current line.
    private mutating func list(indent: Int, depth: Int) -> YAMLNode? {
        guard depth <= PlainYAMLComposer.maximumDepth else { return nil }
        let firstLine = current
        var elements: [YAMLNode] = []
        var line = firstLine
        while true {
            let dashAt = lines.starts[line] + indent
            let start = skipSpaces(dashAt + 1, lines.ends[line])
            guard start < lines.ends[line], bytes[start] != dash else { return nil }
            current = line + 1
            let element: YAMLNode?
            if !indicators[Int(bytes[start])], keyEnd(line, from: start) != nil {
                element = mapping(indent: start - lines.starts[line], depth: depth + 1, line: line, keyStart: start)
            } else {
                element = inlineValue(line, start, parentIndent: indent, depth: depth + 1)
            }
            guard let element else { return nil }
            elements.append(element)
            guard let next = nextContentLine() else { break }
            let nextIndent = indentation(next)
            if nextIndent < indent { break }
            guard nextIndent == indent else { return nil }
            if !isListEntry(next, nextIndent) { break }
            line = next
        }
        return YAMLNode(content: .sequence(elements), line: firstLine + 1, column: indent + 1)
    }

    /// The value of a key written with nothing after its colon: a mapping indented under it, or a
    /// list indented under it or level with it. An empty value is left to libyaml.
    private mutating func nestedValue(parentIndent: Int, depth: Int) -> YAMLNode? {
        guard let next = nextContentLine() else { return nil }
        let indent = indentation(next)
        if isListEntry(next, indent) {
            return indent >= parentIndent ? list(indent: indent, depth: depth) : nil
        }
        guard indent > parentIndent else { return nil }
        return mapping(indent: indent, depth: depth, line: next, keyStart: lines.starts[next] + indent)
    }

    // MARK: Values on one line

    /// The value starting at `start` on `line`, after a key's colon or a list's dash.
    private mutating func inlineValue(_ line: Int, _ start: Int, parentIndent: Int, depth: Int) -> YAMLNode? {
        switch bytes[start] {
        case openBracket, openBrace: return flowCollection(line, start, depth: depth)
        case singleQuote: return singleQuoted(line, start)
        case doubleQuote: return doubleQuoted(line, start)
        case pipe, greater: return blockScalar(line, start, parentIndent: parentIndent)
        case let first where indicators[Int(first)]: return nil
        default: return plain(line, start)
        }
    }

    /// A plain value that ends on its line: no `: ` or ` #` inside it, and no more-indented line
    /// after it (the callers refuse that line), since either would make it something else.
    private func plain(_ line: Int, _ start: Int) -> YAMLNode? {
        let end = lines.ends[line]
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == colon, index + 1 == end || bytes[index + 1] == space { return nil }
            if byte == hash, bytes[index - 1] == space { return nil }
            index += 1
        }
        return scalar(text(start, trimmedEnd(start, end)), isPlain: true, line: line, at: start)
    }

    /// A `[…]` list or `{…}` mapping that ends on its line with nothing but spaces after it.
    private func flowCollection(_ line: Int, _ start: Int, depth: Int) -> YAMLNode? {
        let read = bytes[start] == openBracket ? flowList(line, start, depth: depth) : flowMapping(line, start, depth: depth)
        guard let (node, after) = read, skipSpaces(after, lines.ends[line]) == lines.ends[line] else { return nil }
        return node
    }

    /// `[a, b, c]` of plain words without quotes, colons, brackets or comments, and the offset
    /// just after its `]`.
    private func flowList(_ line: Int, _ start: Int, depth: Int) -> (YAMLNode, Int)? {
        guard depth < PlainYAMLComposer.maximumDepth else { return nil }
        var elements: [YAMLNode] = []
        let after = flowEntries(line, start, closing: closeBracket) { elementStart in
            guard let (element, end) = flowWord(line, elementStart, endingAt: [comma, closeBracket]) else { return nil }
            elements.append(element)
            return end
        }
        guard let after else { return nil }
        return (YAMLNode(content: .sequence(elements), line: line + 1, column: column(line, start)), after)
    }

    /// `{a: 1, b: [c, d]}` of plain words as in a `[…]` list (or such a list as a value), each key
    /// written once, and the offset just after its `}`.
    private func flowMapping(_ line: Int, _ start: Int, depth: Int) -> (YAMLNode, Int)? {
        guard depth < PlainYAMLComposer.maximumDepth else { return nil }
        let end = lines.ends[line]
        var pairs: [YAMLNode.Pair] = []
        let after = flowEntries(line, start, closing: closeBrace) { keyStart in
            guard pairs.count < PlainYAMLComposer.maximumKeys,
                  let (key, colonAt) = flowWord(line, keyStart, endingAt: [colon]),
                  colonAt + 1 < end, bytes[colonAt + 1] == space,
                  !pairs.contains(where: { $0.key.scalarText! == key.scalarText! }) else { return nil }
            let valueStart = skipSpaces(colonAt + 1, end)
            let value: YAMLNode, valueEnd: Int
            if valueStart < end, bytes[valueStart] == openBracket {
                guard let (list, listEnd) = flowList(line, valueStart, depth: depth + 1) else { return nil }
                valueEnd = skipSpaces(listEnd, end)
                guard valueEnd < end, bytes[valueEnd] == comma || bytes[valueEnd] == closeBrace else { return nil }
                value = list
            } else {
                guard let (word, wordEnd) = flowWord(line, valueStart, endingAt: [comma, closeBrace]) else { return nil }
                (value, valueEnd) = (word, wordEnd)
            }
            pairs.append(YAMLNode.Pair(key: key, value: value))
            return valueEnd
        }
        guard let after else { return nil }
        return (YAMLNode(content: .mapping(pairs), line: line + 1, column: column(line, start)), after)
    }

    /// Walks the entries of a flow collection opened at `start`: `entry` reads one from its first
    /// byte and returns where the comma or `closing` after it stands (nil: not sure). The offset
    /// just after `closing`, or nil when the collection does not close on the line.
    private func flowEntries(_ line: Int, _ start: Int, closing: UInt8, entry: (_ start: Int) -> Int?) -> Int? {
        let end = lines.ends[line]
        var index = skipSpaces(start + 1, end)
        guard index < end else { return nil }
        if bytes[index] == closing { return index + 1 }
        while true {
            guard index < end, let separator = entry(index) else { return nil }
            if bytes[separator] == closing { return separator + 1 }
            index = skipSpaces(separator + 1, end)
        }
    }

    /// A plain word of a flow collection starting at `start`, up to the first of `terminators`
    /// (trailing spaces trimmed), and where that terminator stands; nil for an empty word, one
    /// starting with an indicator, one running past the line, or one holding a colon, comment,
    /// bracket, brace or quote.
    private func flowWord(_ line: Int, _ start: Int, endingAt terminators: [UInt8]) -> (YAMLNode, Int)? {
        let end = lines.ends[line]
        guard start < end, !indicators[Int(bytes[start])] else { return nil }
        var index = start
        while index < end, !terminators.contains(bytes[index]) {
            switch bytes[index] {
            case colon, comma, hash, openBracket, closeBracket, openBrace, closeBrace, singleQuote, doubleQuote: return nil
            default: index += 1
            }
        }
        guard index < end else { return nil }
        return (scalar(text(start, trimmedEnd(start, index)), isPlain: true, line: line, at: start), index)
    }

    /// `'…'` on one line, `''` standing for one quote.
    private func singleQuoted(_ line: Int, _ start: Int) -> YAMLNode? {
        let end = lines.ends[line]
        var content: [UInt8] = []
        var index = start + 1
        while true {
            guard index < end else { return nil }
            if bytes[index] == singleQuote {
                guard index + 1 < end, bytes[index + 1] == singleQuote else { break }
                index += 1
            }
            content.append(bytes[index])
            index += 1
        }
        guard skipSpaces(index + 1, end) == end else { return nil }
        return scalar(String(decoding: content, as: UTF8.self), isPlain: false, line: line, at: start)
    }

    /// `"…"` on one line without escapes.
    private func doubleQuoted(_ line: Int, _ start: Int) -> YAMLNode? {
        let end = lines.ends[line]
        var index = start + 1
        while index < end, bytes[index] != doubleQuote {
            if bytes[index] == backslash { return nil }
            index += 1
        }
        guard index < end, skipSpaces(index + 1, end) == end else { return nil }
        return scalar(text(start + 1, index), isPlain: false, line: line, at: start)
    }

    // MARK: Blocks

    /// A `|`, `|-`, `>` or `>-` block whose lines all stand at one indentation (a literal block's
    /// may stand deeper), with no empty line inside it; empty lines after it are allowed.
    private mutating func blockScalar(_ line: Int, _ start: Int, parentIndent: Int) -> YAMLNode? {
        let end = lines.ends[line]
        let folded = bytes[start] == greater
        var index = start + 1
        let strip = index < end && bytes[index] == dash
        if strip { index += 1 }
        guard skipSpaces(index, end) == end else { return nil }
        var contentLine = line + 1
        guard contentLine < lines.count, !isBlank(contentLine) else { return nil }
        let blockIndent = indentation(contentLine)
        guard blockIndent > parentIndent else { return nil }
        var content: [UInt8] = []
        while contentLine < lines.count, !isBlank(contentLine) {
            let indent = indentation(contentLine)
            if indent < blockIndent { break }
            if folded, indent > blockIndent { return nil }
            if contentLine > line + 1 { content.append(folded ? space : newline) }
            let from = lines.starts[contentLine] + blockIndent, to = lines.ends[contentLine]
            content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
            contentLine += 1
        }
        var after = contentLine
        while after < lines.count, isBlank(after) {
            guard lines.ends[after] - lines.starts[after] <= blockIndent else { return nil }
            after += 1
        }
        if after < lines.count, indentation(after) >= blockIndent { return nil }
        if !strip {
            guard contentLine < lines.count || lines.endsWithBreak else { return nil }
            content.append(newline)
        }
        current = contentLine
        return scalar(String(decoding: content, as: UTF8.self), isPlain: false, line: line, at: start)
    }

    // MARK: Lines

    /// The next line that holds more than spaces or a comment, made current; nil at the end.
    private mutating func nextContentLine() -> Int? {
        while current < lines.count {
            let start = lines.starts[current], end = lines.ends[current]
            let first = skipSpaces(start, end)
            if first < end, bytes[first] != hash { return current }
            current += 1
        }
        return nil
    }

    /// Whether `line` at `indent` is a list entry: a dash followed by a space (a lone dash, whose
    /// entry is on the next line, is left to libyaml by the list).
    private func isListEntry(_ line: Int, _ indent: Int) -> Bool {
        let at = lines.starts[line] + indent
        return bytes[at] == dash && (at + 1 == lines.ends[line] || bytes[at + 1] == space)
    }

    /// The colon that ends the key starting at `start` on `line`: the first `:` followed by a space
    /// or the line's end; nil when there is none, or a comment or over-long key comes first.
    private func keyEnd(_ line: Int, from start: Int) -> Int? {
        let end = min(lines.ends[line], start + PlainYAMLComposer.maximumKeyLength)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == colon, index + 1 == lines.ends[line] || bytes[index + 1] == space {
                return index > start ? index : nil
            }
            if byte == hash, index > start, bytes[index - 1] == space { return nil }
            index += 1
        }
        return nil
    }

    private func indentation(_ line: Int) -> Int {
        skipSpaces(lines.starts[line], lines.ends[line]) - lines.starts[line]
    }

    private func isBlank(_ line: Int) -> Bool {
        skipSpaces(lines.starts[line], lines.ends[line]) == lines.ends[line]
    }

    private func skipSpaces(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == space { index += 1 }
        return index
    }

    private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start, bytes[index - 1] == space { index -= 1 }
        return index
    }

    // MARK: Nodes

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func scalar(_ text: String, isPlain: Bool, line: Int, at offset: Int) -> YAMLNode {
        YAMLNode(content: .scalar(text, isPlain: isPlain), line: line + 1, column: column(line, offset))
    }

    /// The 1-based column of `offset`, in Unicode scalars as libyaml counts.
    private func column(_ line: Int, _ offset: Int) -> Int {
        guard lines.hasNonASCII[line] else { return offset - lines.starts[line] + 1 }
        var from = lines.starts[line], scalars = 1
        if mark.line == line, mark.offset <= offset { (from, scalars) = (mark.offset, mark.column) }
        for index in from..<offset where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        (mark.line, mark.offset, mark.column) = (line, offset, scalars)
        return scalars
    }
}
