import AftalerCore
import CorpusGenerator
import Testing
@testable import WorkplanExport

/// The line count behind every row height: words wrapped with the font's widths, `\n` kept.
@Suite struct TextWidthTests {
    /// Room for exactly ten digits.
    let tenDigits = 10 * Double(TextWidth.advance("0"))

    @Test func everyLineBreakStartsALine() {
        #expect(TextWidth.lineCount("", available: tenDigits) == 1)
        #expect(TextWidth.lineCount("1. a\n2. b\n• c", available: tenDigits) == 3)
        #expect(TextWidth.lineCount("a\n", available: tenDigits) == 2)
        #expect(TextWidth.lineCount("a\n\nb", available: tenDigits) == 3)
    }

    @Test func wordsWrapAtTheLastSpaceThatFits() {
        #expect(TextWidth.lineCount("00000 0000", available: tenDigits) == 1)
        #expect(TextWidth.lineCount("00000 00000", available: tenDigits) == 2)
        #expect(TextWidth.lineCount("00000 00000 00000", available: tenDigits) == 3)
        // Spaces at the end of a line take no room.
        #expect(TextWidth.lineCount("0000000000   ", available: tenDigits) == 1)
    }

    @Test func aWordLongerThanALineBreaksWhereTheLineIsFull() {
        #expect(TextWidth.lineCount(String(repeating: "0", count: 25), available: tenDigits) == 3)
        #expect(TextWidth.lineCount("00 " + String(repeating: "0", count: 15), available: tenDigits) == 3)
    }

    /// Narrow and wide letters count as what they are, not as one character each.
    @Test func lettersCountWithTheirWidths() {
        #expect(TextWidth.lineCount(String(repeating: "i", count: 20), available: tenDigits) == 1)
        #expect(TextWidth.lineCount(String(repeating: "m", count: 7), available: tenDigits) == 2)
        #expect(TextWidth.advance("æ") > TextWidth.advance("a") && TextWidth.advance("ø") > TextWidth.advance("o"))
        #expect(TextWidth.advance("\u{0301}") == 0)
        #expect(TextWidth.advance("中") == TextWidth.defaultAdvance)
    }

    /// A column of width w is 7·w + 5 pixels in Excel; the cell margin and the indent are taken off.
    @Test func availableWidthIsTheColumnLessMarginAndIndent() {
        let pixels = TextWidth.available(columnWidth: 50, indent: 1) / TextWidth.unitsPerEm * TextWidth.pixelsPerEm
        #expect(abs(pixels - (355 - TextWidth.cellMargin - TextWidth.indentWidth)) < 0.001)
        #expect(TextWidth.available(columnWidth: 50, indent: 0) > TextWidth.available(columnWidth: 50, indent: 1))
    }

    /// Row heights follow the tallest cell at Excel's 13.5 pt a line plus 3 pt.
    @Test func rowHeightFollowsTheTallestCell() {
        let cells: [WorkplanTable.Cell] = [.text("kort"), .text("1. a\n2. b\n3. c\n4. d"), .empty]
        #expect(ColumnWidths.rowHeight(cells, widths: [20, 20, 20]) == 4 * 13.5 + 3)
        #expect(ColumnWidths.rowHeight([.number(1_234)], widths: [10]) == 13.5 + 3)
    }
    /// The byte loop against the rule as the doc comment states it, by Unicode scalars and in
    /// `Double`s, over texts mixing ASCII, Danish letters, combining accents, characters the table
    /// lacks (CJK, emoji), runs of spaces and line breaks, at several widths.
    @Test func theByteLoopCountsAsTheStatedRule() {
        let pieces = ["a", "m", "i", "W", "0", "æ", "Ø", "å", "e\u{0301}", "中", "🙂", "–", " ", "  ", "\n",
                      "Sundhedsstyregruppen", "kompressionsstrømper", String(repeating: "m", count: 40)]
        var generator = SeededRandom(seed: 7)
        for width in [4.0, 12, 30, 80] {
            let available = TextWidth.available(columnWidth: width, indent: 0)
            for _ in 0..<400 {
                let text = (0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
                #expect(TextWidth.lineCount(text, available: available) == Self.statedLineCount(text, available: available),
                        "\(text.debugDescription) at \(width)")
            }
        }
    }

    /// Lines by the rule of ``TextWidth/lineCount(_:available:)``, written plainly.
    static func statedLineCount(_ text: String, available: Double) -> Int {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += 1
            var lineWidth = 0.0, pendingSpaces = 0.0
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let width = word.unicodeScalars.reduce(0.0) { $0 + Double(TextWidth.advance($1)) }
                guard width > 0 else {
                    if lineWidth > 0 { pendingSpaces += Double(TextWidth.advance(" ")) }
                    continue
                }
                if lineWidth > 0, lineWidth + pendingSpaces + width <= available {
                    lineWidth += pendingSpaces + width
                } else {
                    if lineWidth > 0 { lines += 1 }
                    let extra = max(0, Int((width / available).rounded(.up)) - 1)
                    lines += extra
                    lineWidth = width - Double(extra) * available
                }
                pendingSpaces = lineWidth > 0 ? Double(TextWidth.advance(" ")) : 0
            }
        }
        return lines
    }
}

