import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Text extracted from a PDF made Markdown again: lines rejoined, hyphenations undone, bullets and
/// numbered points kept as lists.
enum ReportText {
    /// Words that follow a hyphen which stands for a left-out part of a word ("sundhedsfremme- og
    /// forebyggelsestilbud"): the hyphen stays.
    static let conjunctions: Set<String> = ["og", "eller", "samt", "til", "som"]

    /// `lines` joined into one line: a word broken with a hyphen at a line's end is joined
    /// ("udskriv-" + "ningsterapeuter"), other lines with one space.
    static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines.map({ $0.trimming(.whitespaces) }) where !line.isEmpty {
            result = join(result, line)
        }
        return result
    }

    /// `next` appended to `text` as the next line of the same paragraph.
    static func join(_ text: String, _ next: String) -> String {
        guard !text.isEmpty else { return next }
        let firstWord = next.prefix { $0.isLetter }.lowercased()
        if text.hasSuffix("-"), text.dropLast().last?.isLetter == true, next.first?.isLowercase == true,
           !conjunctions.contains(firstWord) {
            return text.dropLast() + next
        }
        return text + " " + next
    }

    /// The paragraph lines of one section as Markdown: a blank line after a sentence's end, a line
    /// after one ending in ":" and a line ending in ":" after a blank line start a new paragraph;
    /// "•", "-" and "–" start list items, "1." a numbered point.
    static func markdown(_ lines: [String]) -> String {
        var blocks: [(marker: String, text: String)] = []
        var blankBefore = false
        for line in lines {
            if line.isEmpty {
                blankBefore = true
                continue
            }
            if let bullet = line.first, "•-–▪".contains(bullet), line.dropFirst().first == " " {
                blocks.append(("- ", line.dropFirst(2).trimming(.whitespaces)))
            } else if let number = numberedPoint(line), blankBefore || blocks.last.map({ $0.marker == "\(number - 1). " }) == true
                        || blocks.last?.text.hasSuffix(":") == true {
                blocks.append(("\(number). ", String(line.drop { $0 != " " }.dropFirst())))
            } else if let last = blocks.last, !(blankBefore && last.text.last.map { ".:!?".contains($0) } == true),
                      !last.text.hasSuffix(":"), !(blankBefore && line.hasSuffix(":")) {
                blocks[blocks.count - 1].text = join(last.text, line)
            } else {
                blocks.append(("", line))
            }
            blankBefore = false
        }
        var result = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                // List items stand on consecutive lines; everything else is separated by a blank line.
                let previousIsItem = !blocks[index - 1].marker.isEmpty
                result += previousIsItem && !block.marker.isEmpty ? "\n" : "\n\n"
            }
            result += block.marker + escaped(block.text)
        }
        return result
    }

    /// The number of a numbered point ("2. Styrkede kompetencer"), or nil.
    static func numberedPoint(_ line: String) -> Int? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return Int(digits)
    }

    /// `text` with what Markdown or the block syntax would read as markup made plain: a leading "#"
    /// and "{{".
    static func escaped(_ text: String) -> String {
        var text = text.replacingText("{{", with: "{ {")
        if text.hasPrefix("#") { text = "\\" + text }
        return text
    }
}

/// The facts a Status paragraph states plainly: an approval by a body on a day, and the day of
/// entry into force. Sentences about approval or force it does not take are reported, never guessed at.
struct ReportFacts {
    private(set) var decision: StatusReportImport.Decision?
    private(set) var inForce: String?
    private(set) var unplaced: [String] = []

    /// Words that end the clause an approval's body and date are looked for in.
    static let clauseEnds: Set<String> = ["og", "men", "samt", "hvor", "som"]
    /// Words before "godkendt" that make it no approval that happened.
    static let hedges: Set<String> = ["ikke", "forventes", "forventet", "forventeligt", "skal", "kan", "vil"]

    init(status: String, vocabulary: Vocabulary) {
        let words = status.split(separator: " ").map(String.init)
        var used = Set<Int>()
        for (index, word) in words.enumerated() {
            let bare = Self.bare(word)
            if decision == nil, bare == "godkendt" || bare == "godkendte",
               !Self.hedges.contains(Self.bare(index > 0 ? words[index - 1] : "")) {
                let clause = Self.clause(words, after: index)
                let date = Self.period(in: clause)
                let before = words[max(0, index - 6)..<index]
                let body = Self.body(in: clause, vocabulary: vocabulary)
                    ?? (bare == "godkendte" ? Self.body(in: Array(before), vocabulary: vocabulary) : nil)
                decision = .init(body: body ?? "ukendt", date: date ?? "ukendt",
                                 note: words[index...min(words.count - 1, index + clause.count)].joined(separator: " ")
                                    .trimming(ScalarSet(charactersIn: ",")))
                used.formUnion(index...(index + clause.count))
                let next = index + clause.count + 1
                if next < words.count, Self.clauseEnds.contains(Self.bare(words[next])) {
                    let rest = words[next...min(words.count - 1, next + 10)].joined(separator: " ")
                    unplaced.append("status: only the first approval was taken; the sentence goes on: … \(rest) …")
                }
            } else if inForce == nil, bare == "kraft", index >= 1, Self.bare(words[index - 1]) == "i",
                      index < 2 || !Self.hedges.contains(Self.bare(words[index - 2])) {
                let clause = Self.clause(words, after: index)
                if let day = Self.period(in: clause), (try? Period.parse(day))?.isDay == true {
                    inForce = day
                    used.formUnion((index - 1)...(index + clause.count))
                }
            }
        }
        // Every other mention of an approval, a decision or entry into force is for a person to read.
        let keys = ["godkend", "kraft", "ikrafttræd", "besluttede", "vedtaget"]
        for (index, word) in words.enumerated() where !used.contains(index) {
            let bare = Self.bare(word)
            guard keys.contains(where: { bare.hasPrefix($0) }) else { continue }
            let phrase = words[max(0, index - 6)...min(words.count - 1, index + 8)].joined(separator: " ")
            if unplaced.last != "status: … \(phrase) …" { unplaced.append("status: … \(phrase) …") }
        }
        if decision != nil {
            for word in ["implementeret", "evalueret", "afsluttet", "pauseret"] where words.contains(where: { Self.bare($0) == word }) {
                unplaced.append("status: the text also says '\(word)'; the draft says godkendt, check it")
            }
        }
    }

    /// The word lowercased, without the punctuation around it.
    static func bare(_ word: String) -> String {
        word.lowercased().trimming(ScalarSet.punctuation.subtracting(ScalarSet(charactersIn: "/-")))
    }

    /// The words after `index` up to the clause's end: a comma, a full stop after a word, a
    /// conjunction, or ten words.
    static func clause(_ words: [String], after index: Int) -> [String] {
        var result: [String] = []
        for word in words.dropFirst(index + 1).prefix(10) {
            if clauseEnds.contains(bare(word)) { break }
            result.append(word)
            if word.hasSuffix(",") { break }
            if word.hasSuffix("."), word.dropLast().last?.isLetter == true, !["d.", "pr.", "ca."].contains(word.lowercased()) { break }
        }
        return result
    }

    /// The longest date or period in `words`, as written (without the punctuation after it).
    static func period(in words: [String]) -> String? {
        for start in words.indices {
            for length in stride(from: min(4, words.count - start), through: 1, by: -1) {
                let candidate = words[start..<(start + length)].joined(separator: " ")
                    .trimming(ScalarSet(charactersIn: ",;:)("))
                let text = candidate.hasSuffix(".") && candidate.dropLast().last?.isNumber == true && length > 1
                    ? String(candidate.dropLast()) : candidate
                if (try? Period.parse(text)) != nil { return text }
            }
        }
        return nil
    }

    /// The body of the vocabulary `words` name (its id, label, the label's abbreviation in
    /// parentheses, or an alias), when exactly one.
    static func body(in words: [String], vocabulary: Vocabulary) -> String? {
        let text = " " + words.map(bare).joined(separator: " ") + " "
        var found: [String] = []
        for id in vocabulary.bodies.ids {
            guard let term = vocabulary.bodies[id] else { continue }
            var names = [id, term.label] + term.aliases
            if let open = term.label.firstIndex(of: "("), let close = term.label.lastIndex(of: ")"), open < close {
                names.append(String(term.label[..<open]).trimming(.whitespaces))
                names.append(String(term.label[term.label.index(after: open)..<close]))
            }
            if names.contains(where: { text.containsText(" " + $0.lowercased() + " ") }) { found.append(id) }
        }
        return found.count == 1 ? found.first : nil
    }
}
