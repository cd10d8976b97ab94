/// Splitting an agreement's body into `## ` sections and expanding their blocks.
extension AgreementParser {
    func parseSections(_ document: FrontMatterDocument, diagnostics: inout [Diagnostic]) -> [Section] {
        let path = document.source.path
        var sections: [Section] = []
        var heading: (text: String, location: Diagnostic.Location)?
        var lines: [(line: Int, text: Substring)] = []

        func finish() {
            guard let heading else { return }
            let content = lines.drop { $0.text.allSatisfy(\.isWhitespace) }
            var text = Self.joined(content.map(\.text))
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
            let shown = failed && expanded.allSatisfy(\.isWhitespace) ? text : expanded
            sections.append(Section(heading: heading.text, text: shown, location: heading.location))
        }

        var reportedStrayText = false
        for line in document.body {
            if line.text.hasPrefix("## ") {
                finish()
                let title = line.text.dropFirst(3).trimmingTrailingSpaces
                heading = (String(title.drop { $0 == " " }), .init(file: path, line: line.line, column: 1))
                lines = []
            } else if heading == nil {
                if !line.text.allSatisfy(\.isWhitespace), !reportedStrayText, document.frontMatter != nil {
                    reportedStrayText = true
                    diagnostics.append(SectionRules.textBeforeFirstSection(at: .init(file: path, line: line.line, column: 1)))
                }
            } else {
                lines.append(line)
            }
        }
        finish()
        return sections
    }

    /// Consecutive lines of one text joined with `\n`: the slice of the text from the first line's
    /// start to the last line's end, taken in one piece when the lines are views of one string.
    static func joined(_ lines: [Substring]) -> String {
        guard let first = lines.first, let last = lines.last else { return "" }
        let base = first.base
        if last.base == base, first.startIndex <= last.endIndex,
           base[first.startIndex..<last.endIndex].utf8.count
            == lines.reduce(lines.count - 1, { $0 + $1.utf8.count }) {
            return String(base[first.startIndex..<last.endIndex])
        }
        return lines.joined(separator: "\n")
    }
}
