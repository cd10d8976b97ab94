/// How wide text is in Calibri (the documents' and sheets' font; LibreOffice substitutes Carlito,
/// which has the same advance widths): the one table that the spreadsheets' row heights
/// (`TextWidth` in WorkplanExport) and the Word tables' column widths (`BodyWriter` in
/// WordDocument) measure with.
///
/// Widths are the fonts' advance widths in font units (2048 to the em) for the letters, digits and
/// punctuation of Danish texts; any other character counts as ``defaultAdvance``, the width of "n",
/// wider than most lowercase letters, so that an estimate errs towards more room rather than less.
/// Bold is about 3 % wider (Carlito Bold against Regular, over Danish words: 1.018–1.027);
/// ``boldFactor`` rounds that up.
public enum CalibriAdvances {
    /// Font units per em in Calibri and Carlito.
    public static let unitsPerEm = 2048.0
    /// The width of a character the table does not have.
    public static let defaultAdvance: UInt16 = 1076
    /// How much wider bold text is than regular, at most, for words of Danish text.
    public static let boldFactor = 1.04

    /// Advance widths of the characters that Danish texts are made of, grouped by width.
    static let widthGroups: [(advance: UInt16, characters: String)] = [
        (0, "\r"), (452, "'"), (463, " "), (470, "il"), (490, "j"), (511, ",‘’"), (516, "I"), (517, "."),
        (548, ";:"), (598, "´"), (621, "()"), (625, "f"), (627, "-"), (628, "[]"), (653, "J"), (667, "!"),
        (686, "t"), (714, "r"), (791, "/"), (801, "s"), (809, "z"), (821, "\""), (857, "“”"), (861, "L"),
        (866, "c"), (887, "x"), (925, "v"), (927, "y"), (931, "k"), (941, "FS"), (949, "?"), (959, "Z"),
        (964, "g"), (981, "aåäá"), (998, "TY"), (1000, "EÉ"), (1019, "eéè"), (1020, "–+*=§#_<>•"),
        (1038, "0123456789"), (1058, "P"), (1063, "X"), (1064, "K"), (1076, "bdhnpquü"), (1080, "oöó"),
        (1084, "ø"), (1092, "C"), (1112, "R"), (1114, "B"), (1162, "V"), (1185, "AÅÄ"), (1260, "D"),
        (1276, "H"), (1292, "G"), (1314, "UÜ"), (1322, "N"), (1356, "OÖ"), (1359, "Ø"), (1378, "Q"),
        (1397, "&"), (1414, "…"), (1464, "w%"), (1563, "Æ"), (1583, "æ"), (1636, "m"), (1751, "M"),
        (1822, "W"), (1831, "@"), (1854, "—"),
    ]

    /// ``widthGroups`` by scalar value, for the Latin range; `defaultAdvance` where not listed.
    public static let latinAdvances: [UInt16] = {
        var table = [UInt16](repeating: defaultAdvance, count: 0x2030)
        for (advance, characters) in widthGroups {
            for scalar in characters.unicodeScalars { table[Int(scalar.value)] = advance }
        }
        // Combining accents (U+0300–U+036F) add no width to the letter they sit on.
        for value in 0x300...0x36F { table[value] = 0 }
        return table
    }()

    /// The advance width of one scalar, in font units.
    public static func advance(_ scalar: Unicode.Scalar) -> UInt16 {
        let value = Int(scalar.value)
        return value < latinAdvances.count ? latinAdvances[value] : defaultAdvance
    }

    /// The scalar value of the UTF-8 sequence of two, three or four bytes that starts at
    /// `bytes[index]` (valid UTF-8, as every `String`'s), moving `index` past it. A four-byte
    /// sequence, beyond every table of advances, gives `Int.max`. The loops that measure text a
    /// byte at a time (row heights, table columns) decode with it.
    @inlinable
    public static func multibyteScalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Int {
        let lead = bytes[index]
        if lead < 0xE0 {
            defer { index += 2 }
            return Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { index += 3 }
            return Int(lead & 0x0F) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
        }
        index += 4
        return Int.max
    }

    /// The width of `text` in font units, on one line.
    public static func width(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + Int(advance($1)) }
    }
}
