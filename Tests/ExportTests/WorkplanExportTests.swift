import AftalerCore
import Foundation
import TestSupport
import SafeOutput
import Testing
import WorkplanExport

/// The shipped agreements exported with the three shipped layouts, read back by openpyxl.
@Suite struct WorkplanExportTests {
    /// Exports and openpyxl's reading of them, made once for the whole suite.
    struct Exported: Sendable {
        let folder: URL
        let portfolio: Portfolio
        let files: [String: URL]
    }

    static let exported: Exported = {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let folder = Repository.makeFolder()
        var files: [String: URL] = [:]
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2023-10-01")!, origin: .given))
        for name in ["arbejdsplan", "overblik", "budget"] {
            let layout = portfolio.templates.layouts[name]!
            let url = folder.appending(path: "\(name).xlsx")
            try! WorkplanExporter().export([plan.table(layout)], to: url, created: plan.created)
            files[name] = url
        }
        return Exported(folder: folder, portfolio: portfolio, files: files)
    }()

    static let dumps: Result<[String: XLSXDump], any Error> = Result {
        try XLSXDump.read(["arbejdsplan", "overblik", "budget"].map { exported.files[$0]! })
    }

    func dump(_ name: String) throws -> XLSXDump {
        try #require(try Self.dumps.get()[Self.exported.files[name]!.path])
    }

    struct SeedRows: Decodable {
        struct Budget: Decodable {
            struct Line: Decodable { let id: String; let y2023: Int; let y2024: Int; let total: Int
                enum CodingKeys: String, CodingKey { case id, y2023 = "2023", y2024 = "2024", total } }
            struct Totals: Decodable { let y2023: Int; let y2024: Int; let total: Int
                enum CodingKeys: String, CodingKey { case y2023 = "2023", y2024 = "2024", total } }
            let rows: [Line]
            let totals: Totals
        }
        let budget: Budget
        enum CodingKeys: String, CodingKey { case budget = "midtklyngen-2023" }
    }

    static let seed = try! JSONDecoder().decode(
        SeedRows.self, from: Data(contentsOf: Repository.fixtures.appending(path: "seed-rows.json")))

    /// Data rows with the group heading they stand under.
    func groupedRows(_ sheet: XLSXDump.Sheet) -> [(group: String, cells: [XLSXDump.Cell])] {
        var group = ""
        var result: [(String, [XLSXDump.Cell])] = []
        for row in sheet.rows.dropFirst(2) {
            let filled = row.filter { $0.value != .null }
            if filled.count == 1, let heading = row.first?.value.string { group = heading; continue }
            result.append((group, row))
        }
        return result
    }

    @Test func portfolioIsValid() {
        #expect(Self.exported.portfolio.isValid, "\(Self.exported.portfolio.diagnostics.prefix(5))")
    }

    @Test func arbejdsplanHasEverySeedRowInItsGroup() throws {
        let sheet = try #require(try dump("arbejdsplan").sheets.first)
        #expect(sheet.name == "Arbejdsplan 2023")
        // The five visible headings, then the hidden key column's (see keyColumnIsHiddenInsideTheFilter).
        #expect(sheet.rows[1].prefix(5).map(\.value.string) == ["Målsætning", "Indsatser", "Status pr. okt. 2023",
                                                                 "Bestillinger der rækker ind i 2024", "Aftalestatus pr. 1. oktober 2023"])
        // Seed 000 row by row, taken from the seed by hand: its four group headings (the last one the
        // workplan's own, not an indsatsområde) and the start of each Indsatser cell, in the seed's
        // order. The seed's one akut-handleplan cell with three bullets is three agreements here,
        // hence three rows.
        let seed: [(group: String, rows: [String])] = [
            ("Fælles investering i forebyggelse", [
                "Intentionspapir om fælles politisk retning for overvægt", "Først med fokus på tidlig indsats",
                "Henvendelse fra Sundhedssamarbejdsudvalget til sundhedsministeren"]),
            ("Sammen om ældre borgere", [
                "Handleplan ift. ældre borgere med akutsygdom", "Handleplan ift. ældre borgere med akutsygdom",
                "Handleplan ift. ældre borgere med akutsygdom", "Samarbejdsaftale om kommunale akutfunktioner",
                "Styrkelse af samarbejdet mellem Præhospitalet og de kommunale akutfunktioner"]),
            ("Den nære psykiatri", [
                "Initiativer i 10 årsplanen for psykiatrien", "Samarbejdsaftale om børn og unge i psykisk mistrivsel",
                "Fælles forpligtende forløb og handleplan", "Overblik over virkningsfulde indsatser/tilbud til børn",
                "Forebyggelse og behandling af selvskade", "Anbefalinger til fælles indsatser målrettet mental",
                "Samarbejdsaftale om den gode indlæggelse og udskrivelse psykiatri", "Bedre kommunikation mellem sektorer",
                "Undersøge mulighed for revision af Rammepapir om udgående ambulante"]),
            ("Øvrige prioriteringer i 2023", [
                "Arbejdsspor: Forberedende arbejde frem mod næste sundhedsaftale", "Webløsning 'De Nære Behandlingstilbud'",
                "Prøvehandling for udlevering af ortoser til børn og unge", "Kæbekirurgisk Afdeling på Aarhus Universitetshospital",
                "Regionsdækkende elementer fra projekt Livets afslutning", "Snitfladekatalog høreområdet børn",
                "Igangsat afklaring af varetagelse af service- og justeringsopgaver",
                "Igangsat afklaring vedr. bevilling af kompressionsstrømper",
                "Fælles model for patientinddragelse i de politiske klynger"]),
        ]
        let rows = groupedRows(sheet)
        #expect(rows.count == seed.reduce(0) { $0 + $1.rows.count })
        let expected = seed.flatMap { group in group.rows.map { (group.group, $0) } }
        for (row, (group, start)) in zip(rows, expected) {
            let indsats = row.cells[1].value.string ?? ""
            #expect(row.group == group && indsats.lowercased().hasPrefix(start.lowercased()),
                    "expected '\(start)' under '\(group)', found '\(indsats.prefix(60))' under '\(row.group)'")
        }
    }

    @Test func overviewReproducesSeed002RowByRow() throws {
        let sheet = try #require(try dump("overblik").sheets.first)
        // Seed 002, taken by hand: its three numbered category headings and each row's Tid and the
        // start of its Indsats, in the seed's order (the seed writes "1.halvår 2025" without the space
        // and misspells "Tværasektoriel"; the files keep the Danish as it should be).
        let seed: [(group: String, rows: [(tid: String, indsats: String)])] = [
            ("1. Allerede iværksatte indsatser til politisk beslutning i Sundhedssamarbejdsudvalget", [
                ("Primo 2025", "Prøvehandling for udlevering af ortoser"), ("Primo 2025", "Samarbejdsaftale om varetagelse af service"),
                ("Primo 2025", "Inddragelse af patientinddragelsesudvalget"), ("2. kvartal 2025", "Samarbejdsaftale om tidlig"),
                ("3. eller 4. kvartal 2025", "Dobbeltdiagnosetilbud"), ("2026", "Samarbejdsaftale om børn og unge, der lever med overvægt")]),
            ("2. Allerede iværksatte indsatser til administrativ beslutning i Sundhedsstyregruppen (SSG)", [
                ("Primo 2025", "Styrkelse af samarbejdet mellem Præhospitalet og den kommunale hjemmepleje"),
                ("Primo 2025", "Webløsning 'De Nære Behandlingstilbud'"), ("1. halvår 2025", "Udrulning af fasttilknyttede læger"),
                ("Primo 2025", "72 timers behandlingsansvar i psykiatrien"),
                ("2. kvartal 2025", "Samarbejdsaftale om den gode indlæggelse og udskrivelse"),
                ("Medio 2025", "Styrket tværsektorielt samarbejde om sårbare patienter"),
                ("2025-2026", "Indsats fra økonomiaftalerne: Opstart af den telemedicinske")]),
            ("3. Politisk besluttede indsatser SSU, men som endnu ikke er igangsat", [
                ("Primo 2025", "Prioriteringer 2025 ift. udmøntning af sundhedsaftalen"),
                ("2025", "Fortsat drøftelse ift. indsatser målrettet borgere med kronisk sygdom"),
                ("2025", "Igangsætning af prøvehandlinger"), ("2025", "Tværsektoriel handleplan på akutområdet"),
                ("2025", "Revision af Samarbejdsaftalen for mennesker med demens"),
                ("2025", "Tværsektorielt samarbejde med tidstro journaldata")]),
        ]
        let rows = groupedRows(sheet)
        let expected = seed.flatMap { group in group.rows.map { (group.group, $0) } }
        #expect(rows.count == expected.count)
        for (row, (group, seedRow)) in zip(rows, expected) {
            let (tid, indsats) = (row.cells[0].value.string ?? "", row.cells[1].value.string ?? "")
            #expect(row.group == group && tid == seedRow.tid && indsats.hasPrefix(seedRow.indsats),
                    "expected \(seedRow.tid) '\(seedRow.indsats)' under '\(group)', found \(tid) '\(indsats.prefix(50))' under '\(row.group)'")
        }
    }

    @Test func budgetHasNumbersAndStoredTotals() throws {
        let sheet = try #require(try dump("budget").sheets.first)
        // Seed 003's Tabel 1: its title and its rows in its order.
        #expect(sheet.rows[0].first?.value.string
                == "Tabel 1. Godkendte foreløbige budgetter – forventet fordeling på budgetår beløb i 1.000,-")
        #expect(sheet.rows[1].map(\.value.string) == ["Initiativ", "2023", "2024", "I alt"])
        let order = sheet.rows.dropFirst(2).dropLast().compactMap { $0.first?.value.string?.prefix(20) }.map(String.init)
        #expect(order == ["Styrket samarbejde o", "Fragile fast track –", "Forberedelse af impl", "Etablering af samarb"])
        let data = sheet.rows.dropFirst(2)
        for line in Self.seed.budget.rows {
            let title = try #require(Self.exported.portfolio.agreement(line.id)?.title)
            let row = try #require(data.first { $0[0].value.string == title })
            #expect(row[1].type == "n" && row[1].value.number == Double(line.y2023))
            #expect(row[2].type == "n" && row[2].value.number == Double(line.y2024))
            #expect(row[3].value.number == Double(line.total), "a non-recalculating reader must see the row total")
            #expect(row[3].formula?.hasPrefix("=SUM(B") == true)
            #expect(row[1].numberFormat == "#,##0")
        }
        let total = try #require(data.last)
        #expect(total[0].value.string == "I alt")
        #expect(total.dropFirst().map(\.value.number) == [2404, 2466, 4870].map(Double.init))
        #expect(total.dropFirst().allSatisfy { $0.formula?.hasPrefix("=SUM(") == true })
    }

    @Test(arguments: ["arbejdsplan", "overblik", "budget"])
    func sheetIsReadyForPrintAndFiltering(_ name: String) throws {
        let sheet = try #require(try dump(name).sheets.first)
        #expect(sheet.freezePanes == "A3")
        #expect(sheet.autoFilter?.hasPrefix("A2:") == true)
        #expect(sheet.orientation == "landscape")
        // A3 (8), not A4: the workplans' five wide columns printed at about 6.5 pt on A4
        // (see printedTextIsAtLeastNinePoints).
        #expect(sheet.paperSize == 8)
        // fitToWidth="1" is the OOXML default, which libxlsxwriter leaves out and openpyxl reads as None.
        #expect(sheet.fitToPage && (sheet.fitToWidth ?? 1) == 1 && sheet.fitToHeight == 0)
        #expect(sheet.printTitleRows == "2:2" || sheet.printTitleRows == "$2:$2")
        #expect(sheet.footer?.contains("&P") == true)
        // The title is row 1 only: a page header with it too printed it twice on page 1.
        let title = try #require(sheet.rows.first?.first?.value.string)
        #expect(!title.isEmpty)
        #expect(sheet.header == nil)
    }

    /// Paper widths in inches, by Excel's paper code, for the landscape pages the sheets print on.
    static let landscapeWidths: [Int: Double] = [8: 420 / 25.4, 9: 297 / 25.4]

    /// The text prints at 9 pt or more: the 11 pt font times the scale at which fit-to-width puts
    /// every printed column onto the landscape page's width between the margins (Excel's column
    /// width w is 7·w + 5 pixels at 96 dpi for Calibri 11).
    @Test(arguments: ["arbejdsplan", "overblik", "budget"])
    func printedTextIsAtLeastNinePoints(_ name: String) throws {
        let sheet = try #require(try dump(name).sheets.first)
        let code = try #require(sheet.paperSize)
        let paper = try #require(Self.landscapeWidths[code])
        let printable = (paper - sheet.marginLeft - sheet.marginRight) * 96
        let columns = sheet.printedColumnWidths.reduce(0) { $0 + ($1 * 7).rounded() + 5 }
        #expect(sheet.printedColumnWidths.count >= 4)
        let scale = sheet.fitToPage ? min(1, printable / columns) : Double(sheet.scale ?? 100) / 100
        #expect(11 * scale >= 9, "\(name): \(columns) pixels of columns on \(printable) print at \(11 * scale) pt")
    }

    /// Budget year headings stand right-aligned over their right-aligned amounts, and every table
    /// cell has one level of indent as inner padding.
    @Test func budgetHeadingsAlignWithTheirNumbers() throws {
        let script = #"""
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
        print(json.dumps([[c.alignment.horizontal, int(c.alignment.indent)] for c in ws[2]] +
                         [[c.alignment.horizontal, int(c.alignment.indent)] for c in ws[3]]))
        """#
        let output = try ProcessRunner.python(script, [Self.exported.files["budget"]!.path], module: "openpyxl")
        let cells = try JSONDecoder().decode([[JSONValue]].self, from: output)
        let left: [JSONValue] = [.string("left"), .number(1)], right: [JSONValue] = [.string("right"), .number(1)]
        let expected = [left, right, right, right]
        #expect(Array(cells.prefix(4)) == expected, "headings")
        #expect(Array(cells.suffix(4)) == expected, "first row")
    }

    /// The key column that `aftale import workplan` matches rows by: after the visible columns, hidden
    /// (so the screen and the printed page are as before), inside the autofilter (so sorting in Excel
    /// moves it with its row), `id#n` on every data row and nothing on group rows.
    @Test(arguments: ["arbejdsplan", "overblik"])
    func keyColumnIsHiddenInsideTheFilter(_ name: String) throws {
        let sheet = try #require(try dump(name).sheets.first)
        #expect(sheet.hiddenColumns == ["F"])
        #expect(sheet.autoFilter?.hasPrefix("A2:F") == true)
        #expect(sheet.rows[1][5].value.string?.hasPrefix("aftale-id ") == true)
        for row in groupedRows(sheet) {
            let key = try #require(row.cells[5].value.string)
            #expect(WorkplanRowKey(key) != nil, "not a key: \(key)")
        }
        let budget = try #require(try dump("budget").sheets.first)
        #expect(budget.hiddenColumns.isEmpty)
    }

    @Test(arguments: ["arbejdsplan", "overblik"])
    func statusColumnHasDropDownAndColours(_ name: String) throws {
        let sheet = try #require(try dump(name).sheets.first)
        let validation = try #require(sheet.validations.first)
        #expect(validation.type == "list")
        #expect(validation.formula1?.contains("Under implementering") == true)
        #expect(validation.sqref.hasPrefix("E3:E"))
        #expect(sheet.conditionalFormatRanges.contains(validation.sqref))
    }

    @Test func documentPropertiesComeFromTheData() throws {
        let properties = try dump("arbejdsplan").properties
        #expect(properties.title == "Sundhedsstyregruppens arbejdsplan for 2023")
        #expect(properties.created?.hasPrefix("2023-10-01") == true)
        #expect(properties.company == "Sundhedsaftalen i Region Midtjylland")
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let portfolio = Self.exported.portfolio
        let layout = try #require(portfolio.templates.layouts["overblik"])
        let again = Repository.makeFolder().appending(path: "overblik.xlsx")
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2023-10-01")!, origin: .given))
        try WorkplanExporter().export([plan.table(layout)], to: again, created: plan.created)
        #expect(try Data(contentsOf: again) == Data(contentsOf: Self.exported.files["overblik"]!))
    }

    @Test func constantMemoryModeWritesTheSameCells() throws {
        let portfolio = Self.exported.portfolio
        let layout = try #require(portfolio.templates.layouts["arbejdsplan"])
        let url = Repository.makeFolder().appending(path: "arbejdsplan-lav-hukommelse.xlsx")
        try WorkplanExporter(constantMemoryThreshold: 0)
            .export([ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2023-10-01")!, origin: .given))
                .table(layout)], to: url, created: layout.statusDate!)
        let streamed = try #require(try XLSXDump.read([url])[url.path]?.sheets.first)
        let normal = try #require(try dump("arbejdsplan").sheets.first)
        #expect(streamed.rows.map { $0.map(\.value) } == normal.rows.map { $0.map(\.value) })
        #expect(streamed.freezePanes == "A3")
        #expect(streamed.validations.count == 1)
    }

    @Test func missingOutputFolderIsAClearErrorAndWritesNothing() throws {
        let layout = try #require(Self.exported.portfolio.templates.layouts["budget"])
        let folder = Repository.makeFolder()
        let target = folder.appending(path: "mangler/budget.xlsx")
        #expect(throws: OutputError(.checkFolder, path: folder.appending(path: "mangler").path, errno: ENOENT)) {
            try WorkplanExporter().export([WorkplanTable(layout: layout, agreements: Self.exported.portfolio.agreements,
                                                         headingDate: layout.statusDate, asOf: nil)],
                                          to: target, created: CivilDate(iso: "2023-06-07")!)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
