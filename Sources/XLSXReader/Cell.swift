/// One cell as the file holds it: where it is and what it holds.
public struct XLSXCell: Sendable, Hashable {
    /// What a cell holds, by the cell's type (`t` attribute).
    public enum Value: Sendable, Hashable {
        /// A text: shared (`s`), inline (`inlineStr`, rich-text runs joined) or a formula's text result (`str`).
        case text(String)
        /// A number, as written (`1269`, `2.5E-3`), so nothing is lost to rounding.
        case number(String)
        case boolean(Bool)
        /// An error value such as `#REF!`.
        case error(String)
        /// An ISO 8601 date (`d`).
        case date(String)
    }

    /// 0-based column.
    public let column: Int
    /// 1-based row, as Excel numbers it.
    public let row: Int
    public let value: Value
    /// The formula, if the cell has one (its value is the stored result).
    public let formula: String?

    /// A cell at `column` (0-based) of `row` (1-based).
    public init(column: Int, row: Int, value: Value, formula: String? = nil) {
        self.column = column
        self.row = row
        self.value = value
        self.formula = formula
    }

    /// The cell's reference, `C7`.
    public var reference: String { XLSXCell.columnName(column) + String(row) }

    /// The value as text: a text as it is, a number as written, TRUE/FALSE, the error or date as written.
    public var text: String {
        switch value {
        case .text(let text), .number(let text), .error(let text), .date(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }

    /// Column letters, 0 → `A`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (rest - 1) % 26))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 0-based column and 1-based row of a reference such as `C7`, or nil.
    static func parse(reference: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0, column <= 16_384 else { return nil }
        return (column - 1, row)
    }
}

/// One row of a sheet: its 1-based number, whether it is hidden, and its cells left to right
/// (empty cells are not listed).
public struct XLSXRow: Sendable, Hashable {
    public let number: Int
    public let isHidden: Bool
    public let cells: [XLSXCell]

    /// A row numbered `number` (1-based).
    public init(number: Int, isHidden: Bool = false, cells: [XLSXCell]) {
        self.number = number
        self.isHidden = isHidden
        self.cells = cells
    }

    /// The cell in `column` (0-based), if it is not empty.
    public subscript(column: Int) -> XLSXCell? {
        cells.first { $0.column == column }
    }
}

/// A worksheet as the workbook lists it.
public struct XLSXSheet: Sendable, Hashable {
    /// The name on the tab.
    public let name: String
    /// The part that holds it, `xl/worksheets/sheet1.xml`.
    public let part: String
    /// Whether it is hidden (`state="hidden"` or `veryHidden`).
    public let isHidden: Bool
}
