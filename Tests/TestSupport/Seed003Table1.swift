import Foundation

/// Seed 003 (`../shared/seeds/003_a43759da347d303e.txt`), the Midtklyngen minute of 7 June 2023, its
/// Tabel 1 as taken from the seed by hand: each initiative's name and its amounts per year (in 1.000 kr.,
/// as the seed prints them, "." the thousands separator) with its row total, in the seed's order, and
/// the total row. The PDF's line breaks are read as spaces.
///
/// The seed's total row prints 2.402 for 2023, but the four amounts of 2023 add up to 2.404, which is
/// also what its grand total 4.870 implies; the files carry the amounts over exactly, and the budget
/// sheet's SUM shows 2.404 (see the README). `printedTotals` is what the seed prints.
public enum Seed003 {
    /// The seed's text file, relative to the repository.
    public static let path = "../shared/seeds/003_a43759da347d303e.txt"

    /// The table's years, as its column headings print them.
    public static let years = [2023, 2024]

    /// The table's lines in the seed: its title, the column headings, the four rows and the total row.
    public static let table1Lines: ClosedRange<Int> = 145...163

    /// One row of Tabel 1: the agreement whose `budget.midtklyngen-2023` line it is, the seed's lines
    /// that print it, the initiative's name (the agreement's `titel`, which the budget sheet shows) and
    /// the amounts per year and the row total as the seed prints them.
    public struct Row: Sendable, CustomStringConvertible {
        public let id: String
        public let seedLines: ClosedRange<Int>
        public let initiativ: String
        public let amounts: [String]
        public let total: String

        public var description: String { "\(id) (seed lines \(seedLines.lowerBound)-\(seedLines.upperBound))" }
    }

    /// Tabel 1's rows in the seed's order.
    public static let rows: [Row] = [
        Row(id: "styrket-samarbejde-om-udskrivelser-udskrivningsterapeuter-i-akutafdelingen", seedLines: 147...150,
            initiativ: "Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen",
            amounts: ["623", "646"], total: "1.269"),
        Row(id: "fragile-fast-track-hospitalsbehandling-i-eget-hjem", seedLines: 152...155,
            initiativ: "Fragile fast track – Hospitalsbehandling i eget hjem",
            amounts: ["139", "248"], total: "387"),
        Row(id: "forberedelse-af-implementering-af-tele-kol", seedLines: 157...157,
            initiativ: "Forberedelse af implementering af Tele-KOL",
            amounts: ["1.267", "733"], total: "2.000"),
        Row(id: "etablering-af-samarbejdsmodel-om-boern-og-unge-i-psykisk-mistrivsel", seedLines: 158...161,
            initiativ: "Etablering af samarbejdsmodel om børn og unge i psykisk mistrivsel",
            amounts: ["375", "839"], total: "1.214"),
    ]

    /// The total row's line, its label and the totals per year and in all as the seed prints them.
    public static let totalLine = 163
    public static let totalLabel = "I alt"
    public static let printedTotals = ["2.402", "2.466", "4.870"]

    /// The table's title and column headings, as the seed prints them (lines 145 and 146).
    public static let title = "Tabel 1. Godkendte foreløbige budgetter – forventet fordeling på budgetår beløb i 1.000,-"
    public static let headings = ["Initiativ", "2023", "2024", "I alt"]

    /// An amount as the seed prints it, read as a whole number of 1.000 kr.: "1.267" is 1267.
    public static func number(_ printed: String) -> Int? {
        Int(printed.replacingOccurrences(of: ".", with: ""))
    }

    /// Where a name differs from the seed's text, what the seed prints instead, and why. The PDF
    /// hyphenates "udskrivningsterapeuter" at a line break, and the cell of Tele-KOL prints a space after
    /// the hyphen (its line break in the table, joined with the amounts on one line; the minute writes
    /// "Tele-KOL" in its text, seed line 206).
    public static let seedReadsOtherwise: [String: (pieces: [String], why: String)] = [
        "Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen": (
            ["Styrket samarbejde om udskrivelser – udskriv-", "ningsterapeuter i Akutafdelingen"],
            "the PDF hyphenates the word at the line break"),
        "Forberedelse af implementering af Tele-KOL": (
            ["Forberedelse af implementering af Tele- KOL"],
            "the table's cell breaks after the hyphen; the minute's text writes Tele-KOL"),
    ]
}
