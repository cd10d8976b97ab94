#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The editable part of an agreement file as the drafting page's form holds it: the top-level
/// fields as texts, lists and rows of records, and each section's text as written (block uses
/// unexpanded). Read from a file with ``read(_:)``; ``apply(to:)`` writes a changed form back into
/// the file it was read from, changing only what the form changed (see there).
///
/// Values are the texts of the YAML as written (`dato: 12. juni 2024` is the text "12. juni
/// 2024"), so that the form never reformats a date or a period; the model reads them when the file
/// is checked. Fields the form does not hold (`arbejdsplaner`, `budget`, `partsgodkendelse`, any
/// nested mapping) are never touched.
public struct AgreementForm: Codable, Sendable, Hashable {
    /// A value of a record: a text, or yes/no (`planlagt: true`).
    public enum Value: Codable, Sendable, Hashable {
        case text(String)
        case flag(Bool)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .flag(let flag): try container.encode(flag)
            }
        }

        /// True for an empty text, which the form means as "not given".
        var isEmpty: Bool { if case .text(let text) = self { text.isEmpty } else { false } }
    }

    /// One row of a list of records (a decision, a follow-up, a step of the status history).
    public typealias Record = [String: Value]

    /// One `## ` section: its heading and its text as written.
    public struct SectionText: Codable, Sendable, Hashable {
        public var heading: String
        public var text: String

        public init(heading: String, text: String) {
            self.heading = heading
            self.text = text
        }
    }

    /// Top-level fields with one value (`titel`, `indsatsområde`, `ikrafttrædelse`, `godkendelse`, ...).
    public var values: [String: String] = [:]
    /// Top-level lists of single values (`parter`, `sundhedsaftaler`).
    public var lists: [String: [String]] = [:]
    /// Top-level lists of records (`beslutninger`, `opfølgning`, `links`), and `status`: its
    /// history, one record per step, or one record `{status}` for a status without history.
    public var records: [String: [Record]] = [:]
    /// The sections in file order.
    public var sections: [SectionText] = []

    public init(values: [String: String] = [:], lists: [String: [String]] = [:], records: [String: [Record]] = [:],
                sections: [SectionText] = []) {
        self.values = values
        self.lists = lists
        self.records = records
        self.sections = sections
    }

    private enum CodingKeys: String, CodingKey { case values, lists, records, sections }

    /// Decodes a form; a part that is left out is empty (and so changes nothing).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        values = try container.decodeIfPresent([String: String].self, forKey: .values) ?? [:]
        lists = try container.decodeIfPresent([String: [String]].self, forKey: .lists) ?? [:]
        records = try container.decodeIfPresent([String: [Record]].self, forKey: .records) ?? [:]
        sections = try container.decodeIfPresent([SectionText].self, forKey: .sections) ?? []
    }

    /// Why a file cannot be read into a form or a form cannot be written into it.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The order in which a record's keys are written when a changed list is written anew, per
    /// list, as docs/format.md writes them; keys not named here follow in alphabetical order.
    static let recordKeyOrder: [String: [String]] = [
        "status": ["dato", "status"],
        "beslutninger": ["organ", "dato", "udfald", "planlagt", "note"],
        "opfølgning": ["tid", "hvad", "udført", "resultat"],
        "milepæle": ["tid", "hvad", "udført", "resultat"],
        "links": ["titel", "url"],
        "relationer": ["type", "aftale"],
    ]

    /// The form of the agreement file `text` (LF line endings, front matter between `---` lines).
    public static func read(_ text: String) throws(Problem) -> AgreementForm {
        read(try EditableFile(text))
    }

    static func read(_ file: EditableFile) -> AgreementForm {
        var form = AgreementForm()
        guard case .mapping(let pairs, _) = file.root.content else { return form }
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.content else { continue }
            switch pair.value.content {
            case .scalar(let value, _):
                if key == "status" {
                    form.records[key] = [["status": .text(value)]]
                } else {
                    form.values[key] = value
                }
            case .sequence(let elements, _):
                if let texts = scalars(elements) {
                    form.lists[key] = texts
                } else if let rows = records(elements) {
                    form.records[key] = rows
                }
            case .mapping:
                continue
            }
        }
        form.sections = file.sections.map { SectionText(heading: $0.heading, text: $0.text) }
        return form
    }

    private static func scalars(_ elements: [YAMLSpan]) -> [String]? {
        var texts: [String] = []
        for element in elements {
            guard case .scalar(let text, _) = element.content else { return nil }
            texts.append(text)
        }
        return texts
    }

    private static func records(_ elements: [YAMLSpan]) -> [Record]? {
        var rows: [Record] = []
        for element in elements {
            guard case .mapping(let pairs, _) = element.content else { return nil }
            var row: Record = [:]
            for pair in pairs {
                guard case .scalar(let key, _) = pair.key.content, case .scalar(let value, let style) = pair.value.content
                else { return nil }
                row[key] = style == .plain && (value == "true" || value == "false") ? .flag(value == "true") : .text(value)
            }
            rows.append(row)
        }
        return rows
    }
}

/// An agreement file split for editing: its lines, the front matter as spans, and the sections.
struct EditableFile {
    /// One `## ` section: the line of its heading (0-based index in `lines`), the lines of its
    /// text (after the heading, up to the next heading or the end), and the text as the form shows it.
    struct SectionLines {
        let heading: String
        let headingIndex: Int
        let contentRange: Range<Int>
        /// The index of the text's first line (the first line after the heading that is not blank).
        let textStart: Int
        let text: String
    }

    let text: String
    let lines: [Substring]
    /// The index of the closing `---` line.
    let closingIndex: Int
    let root: YAMLSpan
    let sections: [SectionLines]

    init(_ text: String) throws(AgreementForm.Problem) {
        self.text = text
        // Split on the byte: a split by Character walks grapheme clusters, many times slower.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        self.lines = lines
        guard lines.first == "---", let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else {
            throw AgreementForm.Problem(message: "the file has no front matter between '---' lines")
        }
        closingIndex = close
        let yaml = text[lines[1].startIndex..<lines[close].startIndex]
        do {
            root = try YAMLSpan.compose(yaml) ?? YAMLSpan(content: .mapping([], isFlow: false),
                                                           start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
        } catch {
            let line = error.line.map { " (line \($0 + 1))" } ?? ""
            throw AgreementForm.Problem(message: "the front matter is not valid YAML: \(error.message)\(line)")
        }
        var sections: [SectionLines] = []
        var headings = lines.indices.filter { $0 > close && lines[$0].hasPrefix("## ") }
        headings.append(lines.count)
        for (index, next) in zip(headings, headings.dropFirst()) {
            let heading = String(lines[index].dropFirst(3).drop { $0 == " " || $0 == "\t" }.reversed()
                .drop { $0 == " " || $0 == "\t" }.reversed())
            let content = lines[(index + 1)..<next]
            let kept = content.drop { $0.allSatisfy(\.isWhitespace) }
            var body = Array(kept)
            while let last = body.last, last.allSatisfy(\.isWhitespace) { body.removeLast() }
            sections.append(SectionLines(heading: heading, headingIndex: index, contentRange: (index + 1)..<next,
                                         textStart: kept.startIndex, text: body.joined(separator: "\n")))
        }
        self.sections = sections
    }
}
