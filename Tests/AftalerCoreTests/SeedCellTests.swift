import Foundation
import Testing
import TestSupport

/// The seed's own words: seed 000's cells without a list, kept by hand in `Seed000.textCells`, are
/// held to the seed's text, and together with the list cells (`Seed000.listCells`) they account for
/// every word of the seed's table. (The exported arbejdsplan is held to them in ExportTests'
/// `WorkplanTextCellTests`.)
@Suite struct SeedCellTests {
    /// Each hand-kept text is the seed's text at the lines it names: every line (or the pieces the
    /// seed prints it in) found there in order, with the PDF's line breaks read as spaces; an empty
    /// cell is empty in the seed too, or the "-" the seed prints for one.
    @Test(arguments: Seed000.textCells)
    func theHandKeptTextIsTheSeedsText(_ cell: Seed000.TextCell) throws {
        guard let text = cell.text else {
            if let lines = cell.seedLines {
                let words = try SeedListTests.seedWords(lines)
                #expect(words == "-" || words.hasSuffix(" -"), "no '-' ending seed lines \(lines): \(words)")
            }
            return
        }
        let lines = try #require(cell.seedLines, "a text needs the seed's lines")
        var rest = try SeedListTests.seedWords(lines)[...]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            #expect(!line.isEmpty && line == line.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "a line with stray spaces: '\(line)'")
            for piece in Seed000.seedReadsOtherwise[line]?.pieces ?? [line] {
                let found = try #require(rest.range(of: piece),
                                         "not in seed lines \(lines), or out of order: \(piece)")
                rest = rest[found.upperBound...]
            }
        }
    }

    /// The seed's column headings, printed above each group's rows.
    static let headings = "Målsætning Indsatser Status pr. okt. 2023 Bestillinger der rækker ind i 2024"

    /// Nothing of the seed's table is dropped: each hand-kept cell (list or text, and the "-" of an
    /// empty one) is found within its own seed lines, and what no cell holds is only the seed's title,
    /// its opening sentence, the four group headings and the column headings above each group.
    @Test func everyWordOfTheSeedsTableIsInAHandKeptCell() throws {
        let lines = try SeedListTests.seedText.get().split(separator: "\n", omittingEmptySubsequences: false)
        // The whole seed as one run of words, and where each line's words start and end in it.
        var text: [Character] = []
        var start: [Int] = [], end: [Int] = []
        for line in lines {
            start.append(text.count)
            for word in line.split(whereSeparator: \.isWhitespace) {
                if !text.isEmpty { text.append(" ") }
                text.append(contentsOf: word)
            }
            end.append(text.count)
        }
        var covered = [Bool](repeating: false, count: text.count)
        func find(_ piece: String, from: Int, to: Int, last: Bool = false) -> Int? {
            let piece = Array(piece)
            guard to - from >= piece.count else { return nil }
            let starts = Array(from...(to - piece.count))
            return (last ? starts.reversed() : starts).first { Array(text[$0..<($0 + piece.count)]) == piece }
        }
        func cover(_ lines: [String], in range: ClosedRange<Int>, what: String) {
            var from = start[range.lowerBound - 1]
            let to = end[range.upperBound - 1]
            for line in lines {
                for piece in Seed000.seedReadsOtherwise[line]?.pieces ?? [line] {
                    guard let found = find(piece, from: from, to: to) else {
                        Issue.record("\(what): not in its seed lines \(range), or out of order: \(piece)")
                        return
                    }
                    for offset in found..<(found + piece.count) { covered[offset] = true }
                    from = found + piece.count
                }
            }
        }
        for cell in Seed000.listCells { cover(cell.lines, in: cell.seedLines, what: "\(cell)") }
        for cell in Seed000.textCells {
            guard let range = cell.seedLines else { continue }
            if let text = cell.text {
                cover(text.components(separatedBy: "\n"), in: range, what: "\(cell)")
            } else if let dash = find("-", from: start[range.lowerBound - 1], to: end[range.upperBound - 1],
                                      last: true) {
                covered[dash] = true
            } else {
                Issue.record("\(cell): no '-' in its seed lines")
            }
        }
        // What no cell holds, as runs of words.
        let left = SeedWords.uncoveredRuns(text, covered: covered)
        #expect(left == [
            "STATUS Sundhedsstyregruppens arbejdsplan for 2023 For at komme i mål med de politiske prioriteringer "
                + "i regi af Sundhedssamarbejdsudvalget (SSU) har Sundhedsstyregruppen (SSG) udarbejdet nedenstående "
                + "arbejdsplan for 2023. Fælles investering i forebyggelse " + Self.headings,
            "Sammen om ældre borgere " + Self.headings,
            "Den nære psykiatri " + Self.headings,
            "Øvrige prioriteringer i 2023 " + Self.headings,
        ])
    }
}
