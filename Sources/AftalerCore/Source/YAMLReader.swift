import Foundation
import Yams

/// Reads typed values out of composed YAML, adding a located diagnostic for every value that has
/// the wrong shape. Readers return nil for a bad value and carry on, so one run finds everything.
struct YAMLReader {
    let path: String
    /// Added to libyaml's line numbers: front matter starts on the file's second line.
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func location(_ node: Node) -> Diagnostic.Location {
        .init(file: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    mutating func report(_ code: Diagnostic.Code, _ message: String, at node: Node, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location(node), hint: hint))
    }

    /// A non-empty scalar string, trimmed.
    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.wrongType, "'\(what)' must be a single value, not a \(node.shapeName)", at: node)
            return nil
        }
        let value = Self.trimmed(scalar.string)
        if value.isEmpty || (scalar.style == .plain && value == "~") || (scalar.style == .plain && value == "null") {
            report(.emptyValue, "'\(what)' is empty", at: node)
            return nil
        }
        if value.containsBytes(of: Placeholder.marker) {
            report(.placeholder, "'\(what)' still holds a placeholder", at: node, hint: "fill it in")
            return nil
        }
        return value
    }

    /// `text` without leading and trailing white space and line breaks (fast when there are none).
    static func trimmed(_ text: String) -> String {
        text.trimmingWhiteSpace()
    }

    /// The elements of a sequence; a single scalar is read as a one-element list.
    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default:
            report(.wrongType, "'\(what)' must be a list", at: node, hint: "write '- item' lines or [a, b]")
            return nil
        }
    }

    /// The key/value pairs of a mapping with string keys.
    mutating func mapping(_ node: Node, _ what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "'\(what)' must be a mapping of 'key: value' lines", at: node)
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(.wrongType, "keys in '\(what)' must be plain words", at: key)
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        return pairs
    }

    /// Checks that a mapping has only known keys and all required ones; returns the values by key.
    mutating func fields(_ node: Node, _ what: String, known: [String], required: [String] = [])
        -> [String: Node]?
    {
        guard let pairs = mapping(node, what) else { return nil }
        var result: [String: Node] = [:]
        for pair in pairs {
            if known.contains(pair.key) {
                result[pair.key] = pair.value
            } else {
                report(.unknownField, "unknown field '\(pair.key)' in \(what)", at: pair.keyNode,
                       hint: Suggestion.hint(for: pair.key, in: known) ?? "known fields: \(known.joined(separator: ", "))")
            }
        }
        for key in required where result[key] == nil {
            report(.missingField, "\(what) is missing '\(key)'", at: node)
        }
        return result
    }

    /// A term of the controlled vocabulary, with a did-you-mean hint for typos.
    mutating func term<Category>(_ node: Node, in list: TermList<Category>, _ what: String) -> Term<Category>? {
        guard let id = string(node, what) else { return nil }
        if let term = list[id] { return term }
        report(Category.unknownCode, "unknown \(Category.noun) '\(id)'", at: node,
               hint: Suggestion.hint(for: id, in: list.ids) ?? "see \(Category.vocabularyKey) in Templates/vocabulary.yaml")
        return nil
    }

    /// A value of a fixed enumeration written as its Danish words.
    mutating func enumValue<Value: RawRepresentable & CaseIterable>(
        _ node: Node, _ what: String, code: Diagnostic.Code
    ) -> Value? where Value.RawValue == String {
        guard let raw = string(node, what) else { return nil }
        if let value = Value(rawValue: raw.lowercased()) { return value }
        let names = Value.allCases.map(\.rawValue)
        report(code, "unknown \(what) '\(raw)'", at: node,
               hint: Suggestion.hint(for: raw, in: names) ?? "one of: \(names.joined(separator: ", "))")
        return nil
    }

    /// A Danish period expression ("primo 2025", "2. kvartal 2025", an ISO date, ...).
    mutating func period(_ node: Node, _ what: String) -> Period? {
        guard let text = string(node, what) else { return nil }
        do {
            return try Period.parse(text)
        } catch {
            report(.invalidPeriod, "'\(what)': \(error.message)", at: node, hint: error.hint)
            return nil
        }
    }

    /// An ISO date (`2023-05-01`).
    mutating func date(_ node: Node, _ what: String) -> CivilDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = CivilDate(iso: text) else {
            report(.invalidDate, "'\(what)' must be a date written YYYY-MM-DD, not '\(text)'", at: node)
            return nil
        }
        return date
    }

    /// A whole number within a range.
    mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>, code: Diagnostic.Code) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report(code, "'\(what)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                   at: node)
            return nil
        }
        return value
    }
}

extension Node {
    var shapeName: String {
        switch self {
        case .scalar: "single value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}

/// The marker that `aftale new` writes where the user must fill something in. Validation reports
/// every one left, so an unfinished draft can never pass.
public enum Placeholder {
    public static let marker = "«udfyld"

    /// A placeholder text such as `«udfyld: titel»`.
    public static func text(_ what: String) -> String { "\(marker): \(what)»" }
}
