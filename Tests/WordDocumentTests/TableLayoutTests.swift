import Testing
@testable import WordDocument

/// Column widths of the fixed tables: the caller's proportions, widened where a column's widest
/// word would not fit, the room taken from columns with room to spare.
@Suite struct TableLayoutTests {
    static let width = 9638

    @Test func proportionalWhenEveryWordFits() {
        let widths = TableLayout.columnWidths([1, 2, 1], columns: 3, minimums: [100, 100, 100], textWidth: Self.width)
        #expect(widths == [2409, 4819, 2410])
        #expect(TableLayout.columnWidths([1, 2, 1], columns: 3, textWidth: Self.width) == widths)
        // A missing or invalid weight counts as 1.
        #expect(TableLayout.columnWidths([.nan, -1], columns: 3, textWidth: 9000) == [3000, 3000, 3000])
    }

    @Test func aColumnShortOfItsWordGetsItFromTheOthersByTheirRoomToSpare() {
        // Proportional: 1928, 2372, 1780, 3558 (the decisions' table); the second needs 2900.
        let minimums = [1000, 2900, 1200, 2400]
        let widths = TableLayout.columnWidths([1.3, 1.6, 1.2, 2.4], columns: 4, minimums: minimums, textWidth: Self.width)
        #expect(widths.reduce(0, +) == Self.width)
        #expect(widths[1] == 2900)
        #expect(zip(widths, minimums).allSatisfy { $0 >= $1 })
        // 528 twips come from the others' room above their minimums (928, 580, 1158): about 184, 115, 229.
        #expect(abs(widths[0] - (1928 - 184)) <= 2 && abs(widths[2] - (1780 - 115)) <= 2 && abs(widths[3] - (3558 - 229)) <= 2)
    }

    @Test func minimumsThatCannotAllFitLeaveTheProportions() {
        let widths = TableLayout.columnWidths([1, 1, 1], columns: 3, minimums: [4000, 4000, 4000], textWidth: Self.width)
        #expect(widths == [3212, 3212, 3214])
    }

    /// An address wider than the page must be cut wherever it goes; it gets half the page, and the
    /// other columns still get their words' room.
    @Test func aWordLongerThanHalfThePageCountsAsHalfThePage() {
        let widths = TableLayout.columnWidths([1, 1, 2], columns: 3, minimums: [3000, 1000, 20000], textWidth: Self.width)
        #expect(widths[2] == Self.width / 2)
        #expect(widths[0] >= 3000 && widths[1] >= 1000 && widths.reduce(0, +) == Self.width)
    }

    /// A word is measured whole; a soft hyphen or a hyphen ends a piece (with the hyphen's width),
    /// as does a space or a line break; bold is wider; a word may go on from one run into the next.
    @Test func theWidestPieceIsMeasuredWhereWordAndLibreOfficeCanBreak() {
        func minimum(_ text: String, bold: Bool = false, runs: [String]? = nil) -> Int {
            let paragraph = WordParagraph(.normal, (runs ?? [text]).map { .run(WordRun($0, bold: bold)) })
            let table = WordTable(header: [], rows: [[[paragraph]]])
            return TableLayout.minimumWidths(table, columns: 1, size: 11)[0]
        }
        let whole = minimum("Sundhedssamarbejdsudvalget")
        // Calibri's advance widths of the word, 24,913 font units (Carlito Regular, fontTools), at 11 pt.
        #expect(abs(whole - TableLayout.cellMargins - 2676) <= 30)
        #expect(minimum("Sundhedssamarbejdsudvalget (SSU)") == whole)
        #expect(minimum("Sundheds\u{AD}samarbejds\u{AD}udvalget") < whole / 2 + TableLayout.cellMargins)
        #expect(minimum("Sundheds-samarbejdsudvalget") < whole)
        #expect(minimum("Sundhedssamarbejdsudvalget", bold: true) > whole)
        #expect(minimum("", runs: ["Sundhedssamarbejds", "udvalget"]) == whole)
        #expect(minimum("ab\nab") == minimum("ab") && minimum("ab ab") == minimum("ab"))
        // Letters of two, three and four UTF-8 bytes, by hand: advance units × 11 pt × 20 / 2048, rounded up.
        #expect(minimum("æøå") == TableLayout.cellMargins + 392)  // 1583 + 1084 + 981 = 3648 units
        #expect(minimum("—") == TableLayout.cellMargins + 200)  // 1854 units
        #expect(minimum("😀") == TableLayout.cellMargins + 116)  // not in the table: the width of "n", 1076
        #expect(TableLayout.minimumWidths(WordTable(header: ["x"], rows: [[[]]]), columns: 2, size: 11)[1] == 0)
    }
}
