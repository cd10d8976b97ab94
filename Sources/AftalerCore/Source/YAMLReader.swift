#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    func location(_ node: YAMLNode) -> Diagnostic.Location {
        .init(file: path, line: node.line + lineOffset, column: node.column)
    }

    mutating func report(_ code: Diagnostic.Code, _ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location(node), hint: hint))
    }

    /// A non-empty scalar string, trimmed.
    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        guard case .scalar(let text, let isPlain) = node.content else {
            report(.wrongType, "'\(what)' must be a single value, not a \(node.shapeName)", at: node)
            return nil
        }
        let value = Self.trimmed(text)
        // No text of more than four bytes is canonically equal to `~` or `null` (no character
        // decomposes to one of theirs), so longer values skip the Unicode comparison.
        if value.isEmpty || (isPlain && value.utf8.count <= 4 && (value == "~" || value == "null")) {
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
    mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        switch node.content {
        case .sequence(let elements): return elements
        case .scalar: return [node]
        default:
            report(.wrongType, "'\(what)' must be a list", at: node, hint: "write '- item' lines or [a, b]")
            return nil
        }
    }

    /// The key/value pairs of a mapping with string keys.
    mutating func mapping(_ node: YAMLNode, _ what: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let mapping) = node.content else {
            report(.wrongType, "'\(what)' must be a mapping of 'key: value' lines", at: node)
            return nil
        }
        var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(mapping.count)
        for pair in mapping {
            guard let key = pair.key.scalarText else {
                report(.wrongType, "keys in '\(what)' must be plain words", at: pair.key)
                continue
            }
            pairs.append((key, pair.key, pair.value))
        }
        return pairs
    }

    /// Checks that a mapping has only known keys and all required ones; returns the values by key.
    mutating func fields(_ node: YAMLNode, _ what: String, known: [String], required: [String] = [])
        -> YAMLFields?
    {
        guard case .mapping(let pairs) = node.content else {
            report(.wrongType, "'\(what)' must be a mapping of 'key: value' lines", at: node)
            return nil
        }
        var result = YAMLFields()
        for pair in pairs {
            guard let key = pair.key.scalarText else {
                report(.wrongType, "keys in '\(what)' must be plain words", at: pair.key)
                continue
            }
            if known.contains(key) {
                result.append(key, pair.value)
            } else {
                report(.unknownField, "unknown field '\(key)' in \(what)", at: pair.key,
                       hint: Suggestion.hint(for: key, in: known) ?? "known fields: \(known.joined(separator: ", "))")
            }
        }
        for key in required where result[key] == nil {
            report(.missingField, "\(what) is missing '\(key)'", at: node)
        }
        return result
    }

    /// A term of the controlled vocabulary: its id, or its Danish label or a declared alias as
    /// people write them (`Borgere med kronisk sygdom`, `PLO`), with a did-you-mean hint for typos
    /// that names the id (and its label when the typo is closer to that).
    mutating func term<Category>(_ node: YAMLNode, in list: TermList<Category>, _ what: String) -> Term<Category>? {
        guard let id = string(node, what) else { return nil }
        if let term = list.resolve(id) { return term }
        let hint: String?
        if let near = Suggestion.closest(to: id, in: list.ids) {
            hint = "did you mean '\(near)'?"
        } else if let label = Suggestion.closest(to: id, in: list.terms.map(\.label)),
                  let term = list.terms.first(where: { $0.label == label }) {
            hint = "did you mean '\(term.id)' (\(term.label))?"
        } else {
            hint = "see \(Category.vocabularyKey) in Templates/vocabulary.yaml"
        }
        report(Category.unknownCode, "unknown \(Category.noun) '\(id)'", at: node, hint: hint)
        return nil
    }

    /// A value of a fixed enumeration written as its Danish words.
    mutating func enumValue<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, _ what: String, code: Diagnostic.Code
    ) -> Value? where Value.RawValue == String {
        guard let raw = string(node, what) else { return nil }
        if let value = Value(rawValue: raw.lowercased()) { return value }
        let names = Value.allCases.map(\.rawValue)
        report(code, "unknown \(what) '\(raw)'", at: node,
               hint: Suggestion.hint(for: raw, in: names) ?? "one of: \(names.joined(separator: ", "))")
        return nil
    }

    /// The word a source writes for a fact it does not know (`organ: ukendt`, `dato: ukendt`).
    static let unknownWord = "ukendt"

    /// Whether `node` is the scalar `ukendt`: the fact is not known, and that is not an error.
    func saysUnknown(_ node: YAMLNode) -> Bool {
        guard case .scalar(let text, _) = node.content else { return false }
        let trimmed = Self.trimmed(text)
        // An ASCII first letter lowercases to an ASCII letter: other than `u`, the text cannot say
        // `ukendt`, and no lowercased copy is made (most values: dates, bodies, times).
        if let first = trimmed.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "u") { return false }
        return trimmed.lowercased() == Self.unknownWord
    }

    /// The text of a scalar that holds a placeholder (`«udfyld: …»`), or nil. Reports nothing.
    func placeholderText(_ node: YAMLNode) -> String? {
        guard case .scalar(let text, _) = node.content, text.containsBytes(of: Placeholder.marker) else { return nil }
        return Self.trimmed(text)
    }

    /// `true` or `false`.
    mutating func boolean(_ node: YAMLNode, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(.wrongType, "'\(what)' must be true or false, not '\(text)'", at: node)
            return nil
        }
    }

    /// A Danish period expression ("primo 2025", "2. kvartal 2025", an ISO date, ...).
    mutating func period(_ node: YAMLNode, _ what: String) -> Period? {
        guard let text = string(node, what) else { return nil }
        do {
            return try Period.parse(text)
        } catch {
            report(.invalidPeriod, "'\(what)': \(error.message)", at: node, hint: error.hint)
            return nil
        }
    }

    /// One day, written in any of the forms a period takes for a day (`2023-05-01`, `1. maj 2023`,
    /// `01.05.2023`, `1/5-23`): the same rules as every other date field. A day that does not exist
    /// says so; a longer period says that one day is needed.
    mutating func date(_ node: YAMLNode, _ what: String) -> CivilDate? {
        guard let text = string(node, what) else { return nil }
        if let date = CivilDate(iso: text) { return date }
        do {
            let period = try Period.parse(text)
            guard period.isDay else {
                report(.invalidDate, "'\(what)' must be one day, not the period '\(text)'", at: node,
                       hint: "write the day, e.g. '1. \(DanishFormat.monthName(period.start.month)) \(period.start.year)'")
                return nil
            }
            return period.start
        } catch {
            report(.invalidDate, "'\(what)': \(error.message)", at: node, hint: error.hint)
            return nil
        }
    }

    /// A whole number within a range.
    mutating func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>, code: Diagnostic.Code) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report(code, "'\(what)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                   at: node)
            return nil
        }
        return value
    }
}

/// The marker that `aftale new` writes where the user must fill something in. Validation reports
/// every one left, so an unfinished draft can never pass.
public enum Placeholder {
    public static let marker = "«udfyld"

    /// A placeholder text such as `«udfyld: titel»`.
    public static func text(_ what: String) -> String { "\(marker): \(what)»" }
}
