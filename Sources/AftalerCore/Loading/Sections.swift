/// Splitting an agreement's body into `## ` sections and expanding their blocks.
extension AgreementParser {
    func parseSections(_ document: FrontMatterDocument, diagnostics: inout [Diagnostic]) -> [Section] {
        let path = document.source.path
        let body = document.body
        var sections: [Section] = []
        var heading: (text: String, location: Diagnostic.Location)?
        // The section's lines after its heading: from its first line that is not blank to its last.
        var firstContent: Int?
        var lastLine = 0

        func finish() {
            guard let heading else { return }
            let content = firstContent.map { body[$0...lastLine] } ?? []
            var text = Self.joined(content)
            // Trailing spaces and newlines are nearly always ASCII: drop those by byte first.
            while let last = text.utf8.last, last == 0x20 || last == 0x0A { text.removeLast() }
            while let last = text.last, last.isWhitespace { text.removeLast() }
            let start = Diagnostic.Location(file: path, line: content.first?.line ?? heading.location.line, column: 1)
            if text.containsBytes(of: Placeholder.marker) {
                diagnostics.append(SectionRules.placeholder(in: heading.text, at: start))
            }
            let template = TemplateText.scan(text, start: start, allowsParameters: false, diagnostics: &diagnostics)
            let reported = diagnostics.count
            let expanded = resolver.expand(template, diagnostics: &diagnostics)
            // A section whose only text is a block use that failed keeps its text as written: the
            // failed use is the one diagnostic, not also an "empty section".
            let failed = diagnostics[reported...].contains { $0.severity == .error }
            let shown = failed && expanded.isBlank ? text : expanded
            sections.append(Section(heading: heading.text, text: shown, location: heading.location))
        }

        var reportedStrayText = false
        for index in body.indices {
            let line = body[index]
            if Self.isHeading(line.text) {
                finish()
                let title = line.text.dropFirst(3).trimmingTrailingSpaces
                heading = (String(title.drop { $0 == " " }), .init(file: path, line: line.line, column: 1))
                firstContent = nil
            } else if heading == nil {
                if !line.text.isBlank, !reportedStrayText, document.frontMatter != nil {
                    reportedStrayText = true
                    diagnostics.append(SectionRules.textBeforeFirstSection(at: .init(file: path, line: line.line, column: 1)))
                }
            } else {
                if firstContent == nil, !line.text.isBlank { firstContent = index }
                lastLine = index
            }
        }
        finish()
        return sections
    }

    /// Whether `line` is a section heading: `hasPrefix("## ")` (by `Character`), answered from the
    /// bytes when the character after the space is ASCII, which never joins the space into one
    /// character (most lines do not start with '#' at all).
    static func isHeading(_ line: Substring) -> Bool {
        let bytes = line.utf8
        var index = bytes.startIndex
        for byte in "## ".utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            index = bytes.index(after: index)
        }
        return index == bytes.endIndex || bytes[index] < 0x80 ? true : line.hasPrefix("## ")
    }

    /// Consecutive lines of one text joined with `\n`: the slice of the text from the first line's
    /// start to the last line's end, taken in one piece when the lines are views of one string.
    static func joined(_ lines: ArraySlice<(line: Int, text: Substring)>) -> String {
        guard let first = lines.first?.text, let last = lines.last?.text else { return "" }
        let base = first.base
        if last.base == base, first.startIndex <= last.endIndex,
           base.utf8[first.startIndex..<last.endIndex].count
            == lines.reduce(lines.count - 1, { $0 + $1.text.utf8.count }) {
            return String(base[first.startIndex..<last.endIndex])
        }
        return lines.map(\.text).joined(separator: "\n")
    }
}
