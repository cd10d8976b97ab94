import FontMetrics

/// The column widths of a `WordTable`, in twips: the table is fixed to the text width of the page
/// (`w:tblLayout fixed`), so Word and LibreOffice never widen a column for its content, and a word
/// wider than its column is cut between two letters ("Sundhedssamarbejdsud" / "valget" in the
/// decisions' "Organ" column, until 2026-12-03). So the widths start from the caller's proportions
/// and then give every column at least the room of its widest unbreakable piece of text, taken
/// from the columns that have room to spare, whenever the page has room for all of them.
enum TableLayout {
    /// The room a cell's text never uses: Word's default cell margins of the table style, 108
    /// twips on either side, and 30 twips against rounding in the layout.
    static let cellMargins = 2 * 108 + 30

    /// Column widths in twips that fill `textWidth`: proportional to `relative` (any positive
    /// numbers; a missing or invalid one counts as 1), each column then widened to `minimums` where
    /// it falls short, the room coming from the others in proportion to what they have above their
    /// own minimum. A minimum counts for at most half the text width: a "word" longer than that
    /// (an address, a long number) is cut anyway, and must not cost the other columns theirs. When
    /// the minimums still add up to more than `textWidth`, the widths stay proportional (some word
    /// is cut however they are shared). The last column takes what rounding leaves.
    static func columnWidths(_ relative: [Double], columns: Int, minimums: [Int] = [], textWidth: Int) -> [Int] {
        let weights = (0..<columns).map { $0 < relative.count && relative[$0] > 0 && relative[$0].isFinite ? relative[$0] : 1 }
        let total = weights.reduce(0, +)
        var widths = weights.map { Double(textWidth) * $0 / total }
        let need = (0..<columns).map { $0 < minimums.count ? Double(min(max(0, minimums[$0]), textWidth / 2)) : 0 }
        if need.reduce(0, +) <= Double(textWidth) {
            let deficit = widths.indices.reduce(0.0) { $0 + max(0, need[$1] - widths[$1]) }
            let surplus = widths.indices.map { max(0, widths[$0] - need[$0]) }
            let spare = surplus.reduce(0, +)
            if deficit > 0, spare > 0 {
                widths = widths.indices.map { widths[$0] < need[$0] ? need[$0] : widths[$0] - deficit * surplus[$0] / spare }
            }
        }
        var rounded = widths.map { Int($0.rounded(.down)) }
        rounded[rounded.count - 1] += textWidth - rounded.reduce(0, +)
        return rounded
    }

    /// The room, in twips, that the widest unbreakable piece of text in each column needs at
    /// `size` points, cell margins included: a word between spaces and line breaks, or a part of
    /// one up to a soft hyphen (with the hyphen it shows) or after a hyphen, where Word and
    /// LibreOffice may also break. A bold run (and the header row) measures ``CalibriAdvances/boldFactor`` wider.
    static func minimumWidths(_ table: WordTable, columns: Int, size: Double) -> [Int] {
        var widest = [Double](repeating: 0, count: columns)
        for (column, text) in table.header.enumerated() where column < columns {
            var measure = PieceMeasure()
            measure.add(text, bold: true)
            widest[column] = max(widest[column], measure.finish())
        }
        for row in table.rows {
            for (column, paragraphs) in row.enumerated() where column < columns {
                for paragraph in paragraphs {
                    var measure = PieceMeasure()
                    for inline in paragraph.content {
                        switch inline {
                        case .run(let run): measure.add(run.text, bold: run.bold)
                        case .hyperlink(_, let runs), .insertion(_, let runs), .deletion(_, let runs):
                            for run in runs { measure.add(run.text, bold: run.bold) }
                        }
                    }
                    widest[column] = max(widest[column], measure.finish())
                }
            }
        }
        let twipsPerUnit = size * 20 / CalibriAdvances.unitsPerEm
        return widest.map { $0 == 0 ? 0 : Int(($0 * twipsPerUnit).rounded(.up)) + cellMargins }
    }

    /// The widest unbreakable piece of one paragraph, in font units, its runs added in order (a
    /// word may go on from one run into the next).
    private struct PieceMeasure {
        private var piece = 0.0
        private var widest = 0.0
        private static let hyphen = Double(CalibriAdvances.advance("-"))
        /// The advance widths, fetched once per paragraph rather than once per character.
        private let advances = CalibriAdvances.latinAdvances

        /// Adds a run's text, decoded from its UTF-8 bytes here (valid UTF-8, as every `String`'s):
        /// every cell of every table is measured, so this is on the bundle's path.
        mutating func add(_ text: String, bold: Bool) {
            let factor = bold ? CalibriAdvances.boldFactor : 1
            var text = text
            text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let value: Int
                    if bytes[index] < 0x80 {
                        value = Int(bytes[index])
                        index += 1
                    } else {
                        value = CalibriAdvances.multibyteScalarValue(bytes, at: &index)
                    }
                    switch value {
                    case 0x20, 0x09, 0x0A, 0x0D:  // space, tab, line feed, carriage return
                        end()
                    case 0xAD, 0x2D:  // soft hyphen, hyphen-minus
                        piece += Self.hyphen * factor
                        end()
                    default:
                        piece += Double(value < advances.count ? advances[value] : CalibriAdvances.defaultAdvance) * factor
                    }
                }
            }
        }

        private mutating func end() {
            widest = max(widest, piece)
            piece = 0
        }

        mutating func finish() -> Double {
            end()
            return widest
        }
    }
}
