import UnicodeText
/// A sheet read back from a spreadsheet file, as the import needs it: the texts of its cells by
/// row and column. Whatever reads the file (`XLSXReader`) fills it in; the import knows nothing of
/// the file format.
public struct ImportedSheet: Sendable {
    /// One row that has a cell.
    public struct Row: Sendable {
        /// 1-based, as the spreadsheet numbers it.
        public let number: Int
        /// Cell texts by 0-based column; empty cells are left out.
        public let cells: [Int: String]

        /// A row numbered `number` with `cells`.
        public init(number: Int, cells: [Int: String]) {
            self.number = number
            self.cells = cells
        }
    }

    /// The file's name as shown in diagnostics (`arbejdsplan.xlsx`).
    public let file: String
    /// The sheet's name.
    public let name: String
    public let rows: [Row]

    /// The sheet `name` of `file` with `rows`.
    public init(file: String, name: String, rows: [Row]) {
        self.file = file
        self.name = name
        self.rows = rows
    }

    /// The location of a cell: `arbejdsplan.xlsx:Arbejdsplan!C7`.
    public func location(row: Int, column: Int) -> Diagnostic.Location {
        Diagnostic.Location(file: file, cell: "\(Self.quoted(name))!\(Self.columnName(column))\(row)", row: row, column: column)
    }

    /// The location of the whole sheet.
    public var sheetLocation: Diagnostic.Location {
        Diagnostic.Location(file: file, cell: Self.quoted(name), row: 0, column: 0)
    }

    /// A sheet name as Excel writes it in a reference: quoted when it has a space or punctuation.
    static func quoted(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'" + name.replacingText("'", with: "''") + "'"
    }

    /// Column letters, 0 → `A`.
    static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (rest - 1) % 26))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }
}
