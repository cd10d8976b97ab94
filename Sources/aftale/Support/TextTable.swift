import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain-text table with columns padded to their widest cell, for terminal output. On a terminal
/// the table is fitted to its width: the columns marked shrinkable give up room, phase by phase
/// (a phase's columns widest first), and a cut cell ends in "…". Piped output and `--format tsv|json` keep every
/// cell whole.
enum TextTable {
    /// The narrowest a shrinkable column gets.
    static let minimumShrunkWidth = 12

    static func render(header: [String], rows: [[String]], width: Int? = nil, shrinkable: [Set<Int>] = []) -> String {
        let all = [header] + rows
        var widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        if let width { for phase in shrinkable { fit(&widths, into: width, shrinkable: phase) } }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                let shown = cell.count > width ? String(cell.prefix(max(width - 1, 0))) + "…" : cell
                return shown + String(repeating: " ", count: width - shown.count)
            }
            .joined(separator: "  ").trimmingEnd(.whiteSpaceProperty)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(header), line(rule)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Tab-separated values: a header line, then one line per row; tabs and line breaks in cells
    /// become spaces. Never cut.
    static func tsv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { cells in
            cells.map { $0.split(whereSeparator: { $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ") }
                .joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }

    /// Narrows the shrinkable columns, the widest first, until the line fits `width` or each is at
    /// `minimumShrunkWidth`.
    static func fit(_ widths: inout [Int], into width: Int, shrinkable: Set<Int>) {
        var total: Int { widths.reduce(0, +) + 2 * max(widths.count - 1, 0) }
        while total > width {
            guard let column = shrinkable.filter({ widths[$0] > minimumShrunkWidth }).max(by: { widths[$0] < widths[$1] })
            else { return }
            let others = shrinkable.filter { $0 != column }.map { widths[$0] }.max() ?? minimumShrunkWidth
            let target = max(minimumShrunkWidth, others, widths[column] - (total - width))
            widths[column] = target < widths[column] ? target : widths[column] - 1
        }
    }
}

/// The width of the terminal that stdout is, or nil when stdout is not a terminal (piped or
/// redirected output is never cut). `COLUMNS`, when set to a number, overrides the size the
/// terminal reports (as in most Unix tools); a terminal that reports none counts as 80 wide.
enum TerminalWidth {
    static func ofStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
