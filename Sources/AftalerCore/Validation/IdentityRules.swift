import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Agreement ids: lowercase ASCII slugs, also used as file names.
public enum AgreementID {
    public static let maximumLength = 80

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.count > maximumLength { return "it is longer than \(maximumLength) characters" }
        if !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            return "only a-z, 0-9 and '-' are allowed"
        }
        if id.hasPrefix("-") || id.hasSuffix("-") || id.containsBytes(of: "--") { return "hyphens must stand between words" }
        return nil
    }

    /// A valid id made from any title: Danish letters transliterated, everything else a hyphen.
    public static func slug(from title: String) -> String {
        var result = ""
        for character in title.lowercased() {
            switch character {
            case "æ", "ä": result += "ae"
            case "ø", "ö": result += "oe"
            case "å": result += "aa"
            default:
                if let base = character.asciiWithoutDiacritics, ("a"..."z").contains(base) || ("0"..."9").contains(base) {
                    result.append(base)
                } else if !result.hasSuffix("-") {
                    result += "-"
                }
            }
        }
        var trimmed = result.trimming(ScalarSet(charactersIn: "-"))
        if trimmed.count > maximumLength {
            trimmed = String(trimmed.prefix(maximumLength)).trimming(ScalarSet(charactersIn: "-"))
        }
        return trimmed.isEmpty ? "aftale" : trimmed
    }
}

/// An agreement's identity: its id is its file name, a lowercase slug, unique in the run.
enum IdentityRules: RuleFamily {
    static let name = "identity"

    /// Why the file at `path` cannot be the agreement `id` (seen before at `firstSeenAt`), or nil.
    static func check(id: String, path: String, firstSeenAt other: String?) -> Diagnostic? {
        let start = Diagnostic.Location(file: path, line: 1, column: 1)
        if let problem = AgreementID.problem(with: id) {
            return Diagnostic(.invalidID, "file name '\(id)' is not a valid agreement id: \(problem)",
                              at: start, hint: "rename the file to '\(AgreementID.slug(from: id)).md'")
        }
        if let other {
            return Diagnostic(.duplicateID, "agreement id '\(id)' is also used by \(other)", at: start,
                              hint: "rename one of the files")
        }
        return nil
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .invalidID, summary: "the file name is not a valid agreement id",
            details: "An agreement's id is its file name without .md: lowercase a-z, 0-9 and single hyphens, at most "
                + "80 characters (Danish letters transliterated: æ → ae, ø → oe, å → aa). Ids appear in links, "
                + "the bundle and the workplans' hidden columns, so they must be safe everywhere.",
            example: .situation("an agreement file named 'Aftale om sår.md'")),
        RuleExplanation(
            .duplicateID, summary: "two files give the same agreement id",
            details: "Happens when two folders given on the command line hold a file of the same name; rename one.",
            example: .situation("two folders given to one run, each with 'rygestop.md'")),
    ]
}
