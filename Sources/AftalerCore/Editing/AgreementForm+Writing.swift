import UnicodeText
/// Writing a form back into its file.
///
/// Only what the form changed is written: a field whose value is the one in the file keeps its
/// bytes (comments, quotes, folded lines); a changed one-value field is rewritten where it stands,
/// in its style (`FrontMatterEdit`); a changed list is written anew as a whole (comments inside it
/// go with it), in the key order of `recordKeyOrder`; an emptied field is removed with its key; a
/// new one goes to its place in docs/format.md's order. A changed section's text replaces the lines
/// between its heading and the next, with one blank line after the heading and one before the next
/// heading; a section the file does not have yet is added at the end. Headings themselves are not
/// renamed or removed here.
extension AgreementForm {
    /// `text` with this form's changes against the form of `text` written into it.
    public func apply(to text: String) throws(Problem) -> String {
        // An empty form changes nothing, whatever the text holds (the source editor sends one with
        // the whole text, which may not even parse).
        if values.isEmpty, lists.isEmpty, records.isEmpty, sections.isEmpty { return text }
        let file = try EditableFile(text)
        let original = AgreementForm.read(file)
        var changes: [(target: FrontMatterEdit.Target, value: String?)] = []
        for (key, value) in values.sorted(by: { $0.key < $1.key }) where (original.values[key] ?? "") != value {
            if original.values[key] == nil, file.root.pair(key) != nil {
                changes.append((.wholeField(key), value.isEmpty ? nil : Self.line(key, value)))
            } else {
                changes.append((.field(key), value.isEmpty ? nil : value))
            }
        }
        for (key, list) in lists.sorted(by: { $0.key < $1.key }) {
            let items = list.filter { !$0.isEmpty }
            guard (original.lists[key] ?? []) != items else { continue }
            if items.isEmpty, file.root.pair(key) == nil { continue }
            changes.append((.wholeField(key), items.isEmpty ? nil : Self.listLines(key, items)))
        }
        for (key, rows) in records.sorted(by: { $0.key < $1.key }) {
            let kept = rows.map { $0.filter { !$0.value.isEmpty } }.filter { !$0.isEmpty }
            guard (original.records[key] ?? []) != kept else { continue }
            if kept.isEmpty, file.root.pair(key) == nil { continue }
            if key == "status", kept.count == 1, kept[0].count == 1, case .text(let status)? = kept[0]["status"] {
                let isOneValue = if case .scalar? = file.root.pair(key)?.value.content { true } else { false }
                changes.append(isOneValue ? (.field(key), status) : (.wholeField(key), Self.line(key, status)))
                continue
            }
            changes.append((.wholeField(key), kept.isEmpty ? nil : Self.recordLines(key, kept)))
        }
        // Front-matter edits leave the sections as they are: whether any changed is known now.
        let sectionsChanged = sections.contains { wanted in
            !file.sections.contains { $0.heading == wanted.heading && $0.text == wanted.text }
        }
        if changes.isEmpty { return sectionsChanged ? try applySections(to: file) : text }
        let edited: String
        do {
            edited = try FrontMatterEdit.apply(changes, to: text)
        } catch {
            throw Problem(message: error.message)
        }
        return sectionsChanged ? try applySections(to: try EditableFile(edited)) : edited
    }

    /// The file with the sections whose text this form changed written anew, and the new ones added.
    func applySections(to file: EditableFile) throws(Problem) -> String {
        var lines = file.lines.map(String.init)
        var wanted = sections
        var replacements: [(range: Range<Int>, lines: [String])] = []
        for section in file.sections {
            guard let index = wanted.firstIndex(where: { $0.heading == section.heading }) else { continue }
            let new = wanted.remove(at: index)
            guard new.text != section.text else { continue }
            let body = new.text.isEmpty ? [] : new.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // One blank line after the heading; the text; a blank line before the next heading (or the
            // file's last line break).
            replacements.append((section.contentRange, body.isEmpty ? [""] : [""] + body + [""]))
        }
        for replacement in replacements.reversed() {
            lines.replaceSubrange(replacement.range, with: replacement.lines)
        }
        let added = wanted.filter { !$0.text.isEmpty }
        if !added.isEmpty {
            while let last = lines.last, last.allSatisfy(\.isWhitespace), lines.count > file.closingIndex + 1 {
                lines.removeLast()
            }
            for section in added {
                lines += ["", "## " + section.heading, ""]
                lines += section.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// `key: value` as one line with its line break.
    static func line(_ key: String, _ value: String) -> String {
        let rendered = YAMLScalarText.render(value, like: .plain, indent: 2, column: key.count + 3)
        return key + ": " + rendered + (rendered.hasSuffix("\n") ? "" : "\n")
    }

    /// A list of single values: `key: [a, b]` when that fits on a line of 100 characters, else one
    /// `- item` per line.
    static func listLines(_ key: String, _ items: [String]) -> String {
        let rendered = items.map { YAMLScalarText.render($0, like: .plain, indent: 4, column: 5) }
        let flow = key + ": [" + rendered.joined(separator: ", ") + "]"
        if flow.count <= YAMLScalarText.width, !rendered.contains(where: { $0.containsText("\n") || $0.containsText(",") }) {
            return flow + "\n"
        }
        return key + ":\n" + rendered.map { "  - " + $0 + ($0.hasSuffix("\n") ? "" : "\n") }.joined()
    }

    /// A list of records, one `- ` per record, its keys in the list's `recordKeyOrder`.
    static func recordLines(_ key: String, _ rows: [Record]) -> String {
        var text = key + ":\n"
        for row in rows {
            let order = recordKeyOrder[key] ?? []
            let keys = row.keys.sorted { a, b in
                let (ra, rb) = (order.firstIndex(of: a) ?? order.count, order.firstIndex(of: b) ?? order.count)
                return ra != rb ? ra < rb : a < b
            }
            for (index, field) in keys.enumerated() {
                let value: String = switch row[field]! {
                case .flag(let flag): flag ? "true" : "false"
                case .text(let text): YAMLScalarText.render(text, like: .plain, indent: 6, column: field.count + 7)
                }
                text += (index == 0 ? "  - " : "    ") + field + ": " + value + (value.hasSuffix("\n") ? "" : "\n")
            }
        }
        return text
    }
}

/// Where in the form a line of the file is: a field (and the row of a list), or a section (and the
/// line of its text), so that the drafting page shows a diagnostic beside what it is about.
public enum FormPlace: Sendable, Hashable, Codable {
    /// A top-level field; `row` is the 0-based element of a list, when the line is in one.
    case field(String, row: Int?)
    /// A section's heading (`line` 0) or the line of its text (1-based).
    case section(String, line: Int)
    /// Anywhere else (the `---` lines, text before the first section).
    case file

    /// The place of the 1-based `line` of `text`.
    public static func of(line: Int, in text: String) -> FormPlace {
        guard let file = try? EditableFile(text) else { return .file }
        let index = line - 1
        if index > 0, index < file.closingIndex, case .mapping(let pairs, _) = file.root.content {
            // YAML line n is file line n + 1.
            for pair in pairs {
                guard case .scalar(let key, _) = pair.key.content else { continue }
                let last = pair.value.end.column == 1 ? pair.value.end.line - 1 : pair.value.end.line
                guard (pair.key.start.line...max(pair.key.start.line, last)).contains(index) else { continue }
                if case .sequence(let elements, false) = pair.value.content {
                    let row = elements.lastIndex { $0.start.line <= index }
                    return .field(key, row: row)
                }
                return .field(key, row: nil)
            }
        }
        for section in file.sections where (section.headingIndex..<section.contentRange.upperBound).contains(index) {
            return .section(section.heading, line: index == section.headingIndex ? 0 : max(1, index - section.textStart + 1))
        }
        return .file
    }
}
