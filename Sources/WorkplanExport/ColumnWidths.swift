import AftalerCore
import ParallelWork

/// What the exporter learns from a first pass over a sheet: the column widths (libxlsxwriter has
/// no autofit) and the number of rows, which decides constant-memory mode.
struct SheetPlan {
    let widths: [Double]
    let rowCount: Int
    /// Data rows and group headings: the rows of the sheet's body.
    var lineCount: Int
}

/// Column widths and row heights computed from the content: the library has no autofit.
enum ColumnWidths {
    static let minimum = 10.0
    /// The widest column, in characters: five columns this wide print at 9 pt or more on A3
    /// landscape in LibreOffice, whose Carlito columns come out some 4 % wider than Excel's.
    static let maximum = 50.0
    /// Points per wrapped line of Calibri 11 in Excel: its 18-pixel line at 96 dpi (a one-line row
    /// is 20 pixels, 15 pt, with the cell's margin). LibreOffice's Carlito line is 11.1 pt, so its
    /// printed rows keep about a fifth of a line per line below their text.
    static let lineHeight = 13.5

    /// One pass over `sheet`: the widest line of each column (headings count at 0.9) and the rows.
    ///
    /// The lines are measured on two cores: the thread reading the sheet measures every other
    /// batch itself and hands the others to this one; a column's width is the larger of the two
    /// maxima, the same as measuring every line in turn.
    static func plan(_ sheet: any WorkplanSheet) throws -> SheetPlan {
        let headingWidths = sheet.headings.map { Double(longestLine($0)) * 0.9 + 2 }
        var readerWidths = headingWidths, widths = headingWidths
        var rows = 0, lines = 0
        try Parallel.pipeline(depth: 4, produce: { yield in
            var batch: [[WorkplanTable.Cell]] = []
            var handOver = false
            func pass() throws {
                if handOver { try yield(batch) } else { widen(&readerWidths, by: batch) }
                handOver.toggle()
                batch.removeAll(keepingCapacity: true)
            }
            try sheet.forEachLine { line in
                lines += 1
                guard case .row(let cells, _) = line else { return }
                rows += 1
                batch.append(cells)
                if batch.count == SheetWriter.batchSize { try pass() }
            }
            if !batch.isEmpty { try pass() }
        }, consume: { batch in
            widen(&widths, by: batch)
        })
        widths = zip(widths, readerWidths).map { max($0, $1) }
        return SheetPlan(widths: widths.map { min(maximum, max(minimum, $0.rounded())) }, rowCount: rows, lineCount: lines)
    }

    /// Widens `widths` to the longest line of each column of `rows`, plus 2.
    private static func widen(_ widths: inout [Double], by rows: [[WorkplanTable.Cell]]) {
        for cells in rows {
            for column in 0..<min(cells.count, widths.count) {
                widths[column] = max(widths[column], Double(longestLine(cells[column])) + 2)
            }
        }
    }

    /// The height that shows every line of the row's tallest cell: its text wrapped word by word
    /// into the column with the font's widths (see ``TextWidth``), each `\n` starting a new line,
    /// at ``lineHeight`` per line plus 3 pt: Excel's 1.5 pt margin and as much room below the last.
    static func rowHeight(_ cells: [WorkplanTable.Cell], widths: [Double]) -> Double {
        var lines = 1
        for column in 0..<min(cells.count, widths.count) {
            let text: String
            switch cells[column] {
            case .text(let value): text = value
            case .empty: continue
            default: text = self.text(cells[column])
            }
            let available = TextWidth.available(columnWidth: widths[column], indent: Styles.indent)
            lines = max(lines, TextWidth.lineCount(text, available: available))
        }
        return min(409, Double(lines) * lineHeight + 3)
    }

    /// The header row's height: its bold headings wrapped like ``rowHeight(_:widths:)`` wraps
    /// cells, in a column ``boldWidening`` narrower, since bold Calibri is wider than regular.
    /// Without it LibreOffice keeps one line and cuts a two-line heading in half.
    static func headerHeight(_ headings: [String], widths: [Double]) -> Double {
        rowHeight(headings.map { .text($0) }, widths: widths.map { $0 / boldWidening })
    }

    /// How much wider bold Calibri (Carlito) sets a text than regular: 2 % for the shipped
    /// layouts' headings, with room for headings of wider letters.
    static let boldWidening = 1.06

    static func text(_ cell: WorkplanTable.Cell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value), .rowTotal(let value), .columnTotal(let value): DanishFormat.amount(value)
        case .empty: ""
        }
    }

    /// Characters of the longest line (0 for an empty text).
    static func longestLine(_ cell: WorkplanTable.Cell) -> Int {
        var longest = 0
        forEachLineLength(cell, reset: { longest = 0 }) { longest = max(longest, $0) }
        return longest
    }

    static func longestLine(_ text: String) -> Int {
        longestLine(.text(text))
    }

    /// Calls `body` with the length in characters of every `\n`-separated line of the cell's
    /// text, empty lines included. Characters are what Swift counts (grapheme clusters); they are
    /// counted from the UTF-8 bytes when every scalar forms a cluster of its own (see
    /// ``TextLength``), which is what workplan texts are, and through `Character`s otherwise, in
    /// which case `reset` is called first to drop what the fast count delivered.
    static func forEachLineLength(_ cell: WorkplanTable.Cell, reset: () -> Void, _ body: (Int) -> Void) {
        let text: String
        switch cell {
        case .empty: return body(0)
        case .text(let value): text = value
        default: text = self.text(cell)
        }
        if TextLength.forEachLineLength(text, body) { return }
        reset()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { body(line.count) }
    }
}
