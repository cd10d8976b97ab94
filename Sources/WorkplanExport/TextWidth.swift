import FontMetrics

/// How many lines a wrapped cell takes in the sheets' font, Calibri 11 (LibreOffice substitutes
/// Carlito, which has the same advance widths): libxlsxwriter has no autofit, so the exporter sets
/// every row's height itself. The widths are `CalibriAdvances`', shared with the Word tables.
enum TextWidth {
    /// Font units per em in Calibri and Carlito.
    static let unitsPerEm = CalibriAdvances.unitsPerEm
    /// Pixels per em at 11 pt on a 96-dpi screen, the resolution Excel's column widths are defined at.
    static let pixelsPerEm = 11.0 * 96 / 72
    /// Excel's column width unit for Calibri 11: the pixel width of the digit "0", rounded.
    static let maximumDigitWidth = 7.0
    /// Pixels of a cell's width that text never uses: Excel's and LibreOffice's inner margins.
    static let cellMargin = 6.0
    /// Pixels one indent level takes (three spaces in LibreOffice, about the same in Excel).
    static let indentWidth = 10.0
    /// The width of a character the table does not have.
    static let defaultAdvance = CalibriAdvances.defaultAdvance
    /// The advance widths by scalar value, for the Latin range.
    static var latinAdvances: [UInt16] { CalibriAdvances.latinAdvances }

    /// The advance width of one scalar, in font units.
    @inline(__always)
    static func advance(_ scalar: Unicode.Scalar) -> UInt16 {
        CalibriAdvances.advance(scalar)
    }

    /// The width in font units that text can use in a column `width` characters wide (Excel's
    /// unit, as `Worksheet.setColumnWidth` takes it) with `indent` levels of padding.
    static func available(columnWidth width: Double, indent: Int) -> Double {
        // Excel's pixel width of a column: the digit widths, rounded, plus 5 pixels of padding.
        let pixels = (width * maximumDigitWidth).rounded() + 5 - cellMargin - Double(indent) * indentWidth
        return max(1, pixels) / pixelsPerEm * unitsPerEm
    }

    /// The lines `text` takes when wrapped into `available` font units, as Excel and LibreOffice
    /// wrap: every `\n` starts a new line; a line breaks at the last space before the text would
    /// overflow it, spaces at the end of a line taking no room; a word longer than a whole line is
    /// broken where the line is full. Never less than 1.
    static func lineCount(_ text: String, available: Double) -> Int {
        if let lines = text.utf8.withContiguousStorageIfAvailable({ lineCount(utf8: $0, available: available) }) {
            return lines
        }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { lineCount(utf8: $0, available: available) } ?? 1
    }

    /// What an ASCII byte adds to a word: its advance width, or one of the two marks for the bytes
    /// that end a word (a line break and a space). Read once per byte of every wrapped cell.
    private static let asciiAdvances: [UInt16] = (0..<128).map { byte in
        byte == 0x0A ? lineBreakMark : byte == 0x20 ? spaceMark : latinAdvances[byte]
    }
    /// Marks in ``asciiAdvances``, above every advance width.
    private static let lineBreakMark: UInt16 = 0xFFFF, spaceMark: UInt16 = 0xFFFE

    /// ``lineCount(_:available:)`` over the text's UTF-8 bytes (valid UTF-8, as every `String`'s),
    /// decoded here: a word's width is summed in whole font units and placed at its end, so an
    /// ASCII byte costs one lookup in ``asciiAdvances``, a comparison and an addition. The sums are
    /// those a `Double` would make (whole numbers far below 2^53), so the lines are the same.
    private static func lineCount(utf8 bytes: UnsafeBufferPointer<UInt8>, available: Double) -> Int {
        var lines = 1
        var lineWidth = 0.0
        var wordWidth = 0, spaces = 0
        let space = Int(advance(" "))
        func placeWord() {
            guard wordWidth > 0 else { return }
            let word = Double(wordWidth)
            if lineWidth > 0, lineWidth + Double(spaces) + word <= available {
                lineWidth += Double(spaces) + word
            } else {
                if lineWidth > 0 { lines += 1 }
                let extra = max(0, Int((word / available).rounded(.up)) - 1)
                lines += extra
                lineWidth = word - Double(extra) * available
            }
            wordWidth = 0
            spaces = 0
        }
        asciiAdvances.withUnsafeBufferPointer { ascii in
            latinAdvances.withUnsafeBufferPointer { latin in
                var index = 0
                let count = bytes.count
                while index < count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        let advance = ascii[Int(lead)]
                        if advance < spaceMark {
                            wordWidth += Int(advance)
                            continue
                        }
                        placeWord()
                        if advance == lineBreakMark {
                            lines += 1
                            lineWidth = 0
                            spaces = 0
                        } else if lineWidth > 0 {
                            spaces += space
                        }
                        continue
                    }
                    let value = CalibriAdvances.multibyteScalarValue(bytes, at: &index)
                    wordWidth += Int(value < latin.count ? latin[value] : defaultAdvance)
                }
            }
        }
        placeWord()
        return lines
    }
}
