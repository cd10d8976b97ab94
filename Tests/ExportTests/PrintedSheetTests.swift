import AftalerCore
import Foundation
import TestSupport
import Testing
import WorkplanExport

/// The workplans as printed: LibreOffice prints the arbejdsplan and overblik workbooks (as of
/// 2023-10-01) to PDF once for the suite, and poppler's `pdftotext -bbox` gives every word's box.
/// Cells are top-aligned, so each row's text starts on the row's first line and its lines follow at
/// the font's line pitch; the space between a row's last line and the next row's first line is
/// what the row height adds beyond its text. Skipped when `soffice` or `pdftotext` is missing.
@Suite(.enabled(if: LibreOffice.soffice != nil && LibreOffice.pdftotext,
                "soffice or pdftotext is missing; scripts/setup --with-test-tools installs them"))
struct PrintedSheetTests {
    static let layouts = ["arbejdsplan", "overblik"]

    /// What the printed pages show, by layout.
    struct Printed: Decodable, Sendable {
        /// One row of the printed table: its text lines and the empty points below its last line.
        struct Row: Decodable, Sendable {
            let lines: Int
            let emptyBelow: Double
        }

        /// The distance between consecutive text lines of a cell, in points on the page.
        let pitch: Double
        /// The commonest font size the pages' text is set in (`Tf` in the content streams, times
        /// the page's scale, which LibreOffice applies to the size itself): the printed body text.
        let fontSize: Double
        /// Every row that has a next row on its page, in page order.
        let rows: [Row]
    }

    static let printed: Result<[String: Printed], any Error> = Result {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2023-10-01")!, origin: .given))
        let folder = Repository.makeFolder()
        let files = try layouts.map { name in
            let url = folder.appending(path: "\(name).xlsx")
            try WorkplanExporter().export([plan.table(portfolio.templates.layouts[name]!)], to: url, created: plan.created)
            return url
        }
        let pdfs = try LibreOffice.convertToPDF(files, in: folder)
        var printed: [String: Printed] = [:]
        for (name, pdf) in pdfs {
            let output = try ProcessRunner.python(measure, [pdf.path], module: "json")
            printed[name] = try JSONDecoder().decode(Printed.self, from: output)
        }
        return printed
    }

    /// Reads a PDF's word boxes and splits each page's text lines into rows: a line that starts
    /// more than the line pitch (the commonest distance between line tops) after the one before
    /// starts a new row. The title, the header row and group headings count as rows too (short
    /// ones); the footer does not.
    static let measure = #"""
    import json, re, subprocess, sys, zlib
    from collections import Counter
    xhtml = subprocess.run(["pdftotext", "-bbox", sys.argv[1], "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", xhtml, re.S):
        words = [tuple(map(float, m)) for m in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', page)]
        tops = []
        for y in sorted(w[1] for w in words):
            if not tops or y - tops[-1] > 1.0:
                tops.append(y)
        pages.append({"tops": tops})
    diffs = [round(b - a, 1) for p in pages for a, b in zip(p["tops"], p["tops"][1:])]
    pitch = Counter(diffs).most_common(1)[0][0]
    rows = []
    for p in pages:
        segments = []
        for top in p["tops"]:
            if segments and top - segments[-1][-1] <= pitch * 1.08:
                segments[-1].append(top)
            else:
                segments.append([top])
        # The last segment is the page footer: the row above it has no next row on the page.
        for this, following in zip(segments[:-2], segments[1:-1]):
            rows.append({"lines": len(this), "emptyBelow": following[0] - (this[-1] + pitch)})
    sizes = Counter()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", open(sys.argv[1], "rb").read(), re.S):
        try:
            sizes.update(float(size) for size in re.findall(rb"/F\d+ ([\d.]+) Tf", zlib.decompress(stream)))
        except zlib.error:
            pass
    print(json.dumps({"pitch": pitch, "fontSize": sizes.most_common(1)[0][0], "rows": rows}))
    """#

    func printed(_ name: String) throws -> Printed {
        try #require(try Self.printed.get()[name])
    }

    /// A tall row (5 printed lines or more) keeps less than half a line per line of empty space
    /// below its text. The heights are sized for Excel, whose Calibri line is 13.5 pt and whose
    /// text area is some 7 % narrower than LibreOffice's for the same column; LibreOffice prints
    /// Carlito at 11.1 pt a line, so 0.2–0.5 of a line per line stays empty here by design (a
    /// tighter row would cut text off in Excel). The old estimate, characters ÷ width at 15 pt a
    /// line, left 6.1 empty lines under a 9-line row of the arbejdsplan, 3.7 under two 6-line rows
    /// and 7.5 under the 17-line row (now 2.75 under 6 lines, 4.8 under 10 and 5.1 under 17).
    /// A row is sized for the lines Excel wraps its text into, which can be one more than LibreOffice
    /// prints (Excel's narrower text area), so that line counts among the row's: seed 002's
    /// Dobbeltdiagnose and overvægt rows, sized for 6 and 7 Excel lines, print 5 and 6 lines here with
    /// 2.5 and 3.0 lines below them. Never negative: no row cuts off its last line or runs into the next.
    @Test(arguments: layouts)
    func tallRowsEndCloseBelowTheirText(_ name: String) throws {
        let printed = try printed(name)
        let tall = printed.rows.filter { $0.lines >= 5 }
        #expect(tall.count >= 3, "\(name): only \(tall.count) rows of 5 lines or more")
        for row in tall {
            let emptyLines = row.emptyBelow / printed.pitch
            #expect(emptyLines <= 0.5 * Double(row.lines + 1),
                    "\(name): \(String(format: "%.1f", emptyLines)) empty lines below a row of \(row.lines)")
        }
        #expect(printed.rows.allSatisfy { $0.emptyBelow > -1 }, "a row overlaps the next")
    }

    /// The body text prints at 9 pt or more: A3 and the column widths keep the page's scale up.
    @Test(arguments: layouts)
    func printedTextIsAtLeastNinePoints(_ name: String) throws {
        let printed = try printed(name)
        #expect(printed.fontSize >= 9, "\(name): the text prints at \(printed.fontSize) pt")
    }
}
