import AftalerCore
import Foundation
import TestSupport
import Testing
import WorkplanExport

/// LibreOffice, a reader the secretariat's XLSX files meet, opens each shipped layout's workbook
/// (as of 2025-02-03) and converts its sheet to CSV: every cell must be there as the workplan table
/// has it, and the budget totals must be what LibreOffice itself computes from our SUM formulas
/// (a copy whose stored results are all 0 still shows 2.404, 2.466 and 4.870). One `soffice` run
/// converts all four files for the whole suite, with a private profile so parallel runs never share
/// one. Skipped only when `soffice` is not installed (`scripts/setup --with-test-tools` installs it).
@Suite(.enabled(if: LibreOffice.soffice != nil,
                "soffice is not installed; scripts/setup --with-test-tools installs libreoffice-calc-nogui"))
struct LibreOfficeTests {
    static let layouts = ["arbejdsplan", "overblik", "budget"]
    /// The budget workbook with the stored result of every SUM formula set to 0.
    static let wrongResults = "budget-forkerte-resultater"

    /// The workbooks, the tables they were written from, and LibreOffice's CSV of each.
    struct Converted: Sendable {
        let tables: [String: WorkplanTable]
        let csv: [String: [[String]]]
    }

    static let converted: Result<Converted, any Error> = Result {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2025-02-03")!, origin: .given))
        let folder = Repository.makeFolder()
        var tables: [String: WorkplanTable] = [:]
        var files: [URL] = []
        for name in layouts {
            let table = plan.table(portfolio.templates.layouts[name]!)
            let url = folder.appending(path: "\(name).xlsx")
            do { try WorkplanExporter().export([table], to: url, created: plan.created) } catch {
                throw LibreOffice.Failure(message: "export of \(name) failed: \(error)")
            }
            tables[name] = table
            files.append(url)
        }
        let wrong = folder.appending(path: "\(wrongResults).xlsx")
        do {
            _ = try ProcessRunner.python(zeroSumResults, [folder.appending(path: "budget.xlsx").path, wrong.path], module: "zipfile")
        } catch {
            throw LibreOffice.Failure(message: "\(error)")
        }
        files.append(wrong)
        let csv = try LibreOffice.convertToCSV(files, in: folder)
        return Converted(tables: tables, csv: csv)
    }

    /// Rewrites a workbook with the stored result of every SUM formula set to 0.
    static let zeroSumResults = #"""
    import re, sys, zipfile
    source, target = sys.argv[1:3]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data, count = re.subn(rb"(<f>SUM\([^<]*\)</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
                assert count > 0, "no SUM formula with a stored result"
            zout.writestr(info, data)
    """#

    func csv(_ name: String) throws -> [[String]] {
        let converted = try Self.converted.get()
        return try #require(converted.csv[name], "LibreOffice wrote no CSV for \(name)")
    }

    /// The rows a reader must see: title, headings, then each group's heading and rows, then the total
    /// row; workplans also have the hidden key column last (its heading and each row's `id#n`).
    func expectedRows(_ table: WorkplanTable) -> [[String]] {
        let keyed = table.keyHeading != nil
        let width = table.headings.count + (keyed ? 1 : 0)
        func padded(_ text: String) -> [String] { [text] + Array(repeating: "", count: width - 1) }
        func shown(_ cell: WorkplanTable.Cell) -> String {
            switch cell {
            case .text(let text): text
            case .number(let value), .rowTotal(let value), .columnTotal(let value): String(value)
            case .empty: ""
            }
        }
        var rows = [padded(table.title), table.headings + (table.keyHeading.map { [$0.description] } ?? [])]
        for group in table.groups {
            if let heading = group.heading { rows.append(padded(heading)) }
            rows += group.rows.map { row in row.cells.map(shown) + (keyed ? [row.key?.description ?? ""] : []) }
        }
        if let total = table.totalRow { rows.append(total.map(shown)) }
        return rows
    }

    @Test(arguments: layouts)
    func libreOfficeReadsEveryCellOfTheTable(_ name: String) throws {
        let table = try #require(try Self.converted.get().tables[name])
        #expect(table.rowCount > 3)
        #expect(try csv(name) == expectedRows(table))
    }

    @Test func arbejdsplanHasItsHeadingsAndAKnownRow() throws {
        let rows = try csv("arbejdsplan")
        #expect(rows[0][0] == "Sundhedsstyregruppens arbejdsplan for 2023")
        // The CSV has every column, the hidden key column (last) too.
        #expect(rows[1] == ["Målsætning", "Indsatser", "Status pr. okt. 2023", "Bestillinger der rækker ind i 2024",
                            "Aftalestatus pr. 3. februar 2025", "aftale-id ssg-2023 pr. 2025-02-03"])
        #expect(rows[2] == ["Fælles investering i forebyggelse", "", "", "", "", ""])
        let row = try #require(rows.first { $0[1].hasPrefix("Intentionspapir om fælles politisk retning for overvægt") })
        #expect(row[0] == "Vi vil reducere andelen af børn og unge med overvægt og svær overvægt i Midtjylland i løbet af de næste 5-10 år")
        #expect(row[4] == "Under implementering")
    }

    @Test func overblikHasItsHeadingsAndAKnownRow() throws {
        let rows = try csv("overblik")
        #expect(rows[0][0] == "Overblik over indsatser i regi af sundhedsaftalen")
        #expect(rows[1] == ["Tid", "Indsats", "Status", "Forslag til handling fra formandskabet for Sundhedsstyregruppen",
                            "Aftalestatus pr. 3. februar 2025", "aftale-id overblik-2025 pr. 2025-02-03"])
        let row = try #require(rows.first { $0[1] == "Inddragelse af patientinddragelsesudvalget" })
        #expect(row[0] == "Primo 2025" && row[4] == "Pauseret")
    }

    @Test(arguments: ["budget", wrongResults])
    func budgetTotalsAreWhatLibreOfficeComputes(_ name: String) throws {
        let rows = try csv(name)
        #expect(rows[1] == ["Initiativ", "2023", "2024", "I alt"])
        #expect(rows.contains(["Forberedelse af implementering af Tele-KOL", "1267", "733", "2000"]))
        // Seed 003 prints 2.402, but its four amounts add up to 2.404 (see the README).
        #expect(rows.last == ["I alt", "2404", "2466", "4870"])
    }
}

/// Runs LibreOffice headless.
enum LibreOffice {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// `soffice` on the PATH, or nil.
    static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `pdftotext` (poppler-utils, which reads the PDFs LibreOffice prints) is on the PATH.
    static let pdftotext: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
    }()

    /// The CSV filter: comma, double quotes, UTF-8 (76), from line 1, English number format, and cell
    /// contents as values, not as shown (so 1.267 is "1267" whatever the format).
    static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false"

    /// A profile that recalculates every formula of an XLSX file on loading (LibreOffice's default
    /// shows the stored results), so the totals are LibreOffice's own.
    static let recalculatingProfile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>0</value></prop></item>
        </oor:items>

        """

    /// Converts `files` to CSV in one `soffice` run, with a private profile in `folder`; the rows
    /// of each file's first sheet by file name without extension.
    static func convertToCSV(_ files: [URL], in folder: URL) throws(Failure) -> [String: [[String]]] {
        let (output, result) = try convert(files, filter: csvFilter, in: folder, outputName: "csv")
        var sheets: [String: [[String]]] = [:]
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            guard let data = try? Data(contentsOf: output.appending(path: "\(name).csv")) else {
                throw Failure(message: "soffice wrote no \(name).csv: \(String(decoding: result.output, as: UTF8.self)) \(result.errors)")
            }
            sheets[name] = rows(String(decoding: data, as: UTF8.self))
        }
        return sheets
    }

    /// Prints `files` to PDF in one `soffice` run (each file's print settings: paper, scale, page
    /// breaks), with a private profile in `folder`; the PDF of each file by name without extension.
    static func convertToPDF(_ files: [URL], in folder: URL) throws(Failure) -> [String: URL] {
        let (output, result) = try convert(files, filter: "pdf", in: folder, outputName: "pdf")
        var pdfs: [String: URL] = [:]
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let pdf = output.appending(path: "\(name).pdf")
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                throw Failure(message: "soffice wrote no \(name).pdf: \(result.errors)")
            }
            pdfs[name] = pdf
        }
        return pdfs
    }

    /// Runs one `soffice --convert-to filter` over `files` into `folder/outputName`.
    private static func convert(_ files: [URL], filter: String, in folder: URL,
                                outputName: String) throws(Failure) -> (URL, ProcessRunner.Outcome) {
        guard let soffice else { throw Failure(message: "soffice is not installed") }
        let profile = folder.appending(path: "profile"), output = folder.appending(path: outputName)
        do {
            try FileManager.default.createDirectory(at: profile.appending(path: "user"), withIntermediateDirectories: true)
            try Data(recalculatingProfile.utf8).write(to: profile.appending(path: "user/registrymodifications.xcu"))
        } catch {
            throw Failure(message: "cannot make the LibreOffice profile: \(error)")
        }
        let result: ProcessRunner.Outcome
        do {
            result = try ProcessRunner.run(soffice, ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                                                    "--convert-to", filter, "--outdir", output.path] + files.map(\.path))
        } catch {
            throw Failure(message: "cannot run soffice: \(error)")
        }
        guard result.status == 0 else { throw Failure(message: "soffice failed (\(result.status)): \(result.errors)") }
        return (output, result)
    }

    /// The rows of CSV text (RFC 4180: quoted fields may hold commas, quotes doubled and line breaks).
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
