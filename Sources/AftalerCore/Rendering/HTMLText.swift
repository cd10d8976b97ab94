#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import UnicodeText

/// Escaping and the small part of Markdown that agreement sections use, turned into HTML.
///
/// Every piece of text from the sources goes through `escape`, so nothing an author writes can
/// become markup. Section text is read as paragraphs (separated by blank lines), bullet lists
/// (lines starting with `- `, `* ` or `• `) and headings (lines starting with `#`); inline
/// Markdown is shown as written. Numbered lines stay prose, because Danish sentences often
/// start with a date ("1. maj 2023 trådte …").
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in element content and
    /// in double- or single-quoted attribute values. Characters HTML forbids (controls other than
    /// tab and line breaks, noncharacters) become U+FFFD.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape or replace: then it is returned as it is. A byte that
        // might start something to escape (a markup character, a control, C2 for the C1
        // controls, EF and F0–F4 for noncharacters) sends the text the long way.
        if !text.containsUTF8Byte(where: { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
                || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Controls other than tab and line breaks, and noncharacters, are errors in HTML.
                let value = scalar.value
                let control = (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
                    || (0x7F...0x9F).contains(value)
                let noncharacter = value >= 0xFDD0 && scalar.properties.isNoncharacterCodePoint
                out.unicodeScalars.append(control || noncharacter ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// An element with escaped text content: `element("td", "a < b")` is `<td>a &lt; b</td>`.
    /// `attributes` are written in the order given, their values escaped.
    public static func element(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String> = [:]) -> String {
        "<\(name)\(attributeList(attributes))>\(escape(text))</\(name)>"
    }

    /// The start of a table that may be wider than the page: a focusable region named by the
    /// caption that scrolls sideways (`.table-scroll` in ``HTMLStyle``), the table with `attributes`,
    /// and the caption, its text in a `span` that stays in view while the table scrolls. The
    /// caller closes it with `</table>` and `</div>`.
    public static func scrollingTableStart(caption: String, _ attributes: KeyValuePairs<String, String> = [:]) -> String {
        ["<div\(attributeList(["class": "table-scroll", "role": "region", "aria-label": caption, "tabindex": "0"]))>",
         "<table\(attributeList(attributes))>",
         "<caption>" + element("span", caption) + "</caption>"].joined(separator: "\n")
    }

    /// ` name="value"` for each attribute, values escaped.
    public static func attributeList(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// Section text as HTML blocks (see `SectionBlock`): paragraphs, bullet lists, and headings
    /// at `headingLevel` (the level just below the section's own heading, at most 6, so levels
    /// never skip).
    public static func blocks(_ text: String, headingLevel: Int) -> String {
        SectionBlock.parse(text).map { block in
            switch block {
            case .paragraph(let text):
                return "<p>\(escape(text))</p>"
            case .bulletList(let items):
                return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>"
            case .numberedList(let items):
                return "<ol>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ol>"
            case .heading(let text):
                let level = min(max(headingLevel, 1), 6)
                return "<h\(level)>\(escape(text))</h\(level)>"
            }
        }.joined(separator: "\n")
    }
}
