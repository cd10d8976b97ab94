import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The structure of a section's text, shared by every rendering that is not plain text (HTML,
/// Word): paragraphs (separated by blank lines, their lines joined by spaces), bullet lists
/// (lines starting with `- `, `* ` or `• `; an indented line continues the item), numbered lists
/// and headings (lines starting with `#`); inline Markdown is kept as written.
///
/// A numbered list is two or more consecutive lines numbered 1, 2, 3 … (`1. ` or `1) `). A line that
/// reads as a date ("1. maj 2023 trådte …", a month after the number) is never an item, and a lone
/// numbered line stays prose: Danish sentences often start with a date.
public enum SectionBlock: Sendable, Hashable {
    case paragraph(String)
    case bulletList([String])
    case numberedList([String])
    case heading(String)

    /// The blocks of `text`, in order.
    public static func parse(_ text: String) -> [SectionBlock] {
        var out: [SectionBlock] = []
        var paragraph: [String] = []
        var items: [String]?
        var numbered: [String] = []
        func flushNumbered() {
            guard !numbered.isEmpty else { return }
            if numbered.count >= 2 {
                // The lines before the list are its lead-in paragraph.
                if !paragraph.isEmpty { out.append(.paragraph(paragraph.joined(separator: " "))) }
                paragraph = []
                out.append(.numberedList(numbered.map { numberedItem($0)!.text }))
            } else {
                paragraph += numbered
            }
            numbered = []
        }
        func flushParagraph() {
            flushNumbered()
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
            } else if let item = numberedItem(line), item.number == numbered.count + 1 {
                flushList()
                numbered.append(line)
            } else if !numbered.isEmpty, raw.first == " " || raw.first == "\t" {
                numbered[numbered.count - 1] += " " + line
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
                flushNumbered()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushList()
        return out
    }

    /// Danish month names: "1. maj 2023" is a date, not an item.
    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                         "oktober", "november", "december"]

    /// `(n, text)` for a line `n. text` or `n) text` (n from 1 to 99) that does not read as a date.
    private static func numberedItem(_ line: String) -> (number: Int, text: String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let number = Int(digits), number >= 1 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        let text = rest.dropFirst(2).trimming(.whitespaces)
        let firstWord = text.prefix { $0.isLetter }.lowercased()
        guard !text.isEmpty, !months.contains(firstWord) else { return nil }
        return (number, text)
    }

    private static func bulletItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) {
            let item = line.dropFirst(marker.count).trimming(.whitespaces)
            return item.isEmpty ? nil : item
        }
        return nil
    }

    private static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard !hashes.isEmpty, hashes.count <= 6, line.dropFirst(hashes.count).first == " " else { return nil }
        let text = line.dropFirst(hashes.count).trimming(ScalarSet(charactersIn: " #"))
        return text.isEmpty ? nil : text
    }
}


