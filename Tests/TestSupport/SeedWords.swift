import Foundation

/// For tests that hold text kept by hand to a seed's text: what of the seed no kept text covers.
public enum SeedWords {
    /// The runs of `text` whose characters are not `covered`, each trimmed, in order; runs of spaces
    /// alone are left out.
    public static func uncoveredRuns(_ text: [Character], covered: [Bool]) -> [String] {
        var runs: [String] = [], run = ""
        for (character, isCovered) in Array(zip(text, covered)) + [(" ", true)] {
            if isCovered {
                let words = run.trimmingCharacters(in: .whitespaces)
                if !words.isEmpty { runs.append(words) }
                run = ""
            } else {
                run.append(character)
            }
        }
        return runs
    }
}
