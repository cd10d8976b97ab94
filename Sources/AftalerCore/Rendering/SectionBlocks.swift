import Foundation

/// The structure of a section's text, shared by every rendering that is not plain text (HTML,
/// Word): paragraphs (separated by blank lines, their lines joined by spaces), bullet lists
/// (lines starting with `- `, `* ` or `• `; an indented line continues the item) and headings
/// (lines starting with `#`). Numbered lines stay prose, because Danish sentences often start
/// with a date ("1. maj 2023 trådte …"); inline Markdown is kept as written.
public enum SectionBlock: Sendable, Hashable {
    case paragraph(String)
    case bulletList([String])
    case heading(String)

    /// The blocks of `text`, in order.
    public static func parse(_ text: String) -> [SectionBlock] {
        var out: [SectionBlock] = []
        var paragraph: [String] = []
        var items: [String]?
        func flushParagraph() {
            if !paragraph.isEmpty { out.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        func flushList() {
            if let list = items { out.append(.bulletList(list)) }
            items = nil
        }
        for raw in text.lines() {
            let line = raw.trimmingWhiteSpace(newlines: false)
            if line.isEmpty {
                flushParagraph()
                flushList()
            } else if let item = bulletItem(line) {
                flushParagraph()
                items = (items ?? []) + [item]
            } else if let heading = headingText(line) {
                flushParagraph()
                flushList()
                out.append(.heading(heading))
            } else if var list = items, raw.first == " " || raw.first == "\t" {
                list[list.count - 1] += " " + line
                items = list
            } else {
                flushList()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushList()
        return out
    }

    private static func bulletItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) {
            let item = line.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
            return item.isEmpty ? nil : item
        }
        return nil
    }

    private static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard !hashes.isEmpty, hashes.count <= 6, line.dropFirst(hashes.count).first == " " else { return nil }
        let text = line.dropFirst(hashes.count).trimmingCharacters(in: CharacterSet(charactersIn: " #"))
        return text.isEmpty ? nil : text
    }
}


