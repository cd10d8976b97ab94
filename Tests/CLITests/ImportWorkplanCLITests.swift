import Foundation
import Testing

/// `aftale import workplan` on workbooks edited by readers we did not write: openpyxl (as a person
/// in Excel: two status texts, a status from the drop-down, the rows sorted by another column) and
/// LibreOffice headless (re-saved: shared strings, its own styles). The files must change in exactly
/// the edited values, byte for byte elsewhere; errors and hostile files change nothing.
@Suite(.serialized) struct ImportWorkplanCLITests {
    typealias CLI = CLITests

    static let karsygdom = "tidlig-indsats-mod-truende-karsygdom"
    static let overvaegt = "intentionspapir-om-faelles-indsats-vedr-overvaegt"
    static let henvendelse = "henvendelse-til-sundhedsministeren-om-roegfri-nikotinprodukter"

    /// A workspace with the shipped agreements and the arbejdsplan exported as of 2024-11-01 to `a.xlsx`.
    static func exported() throws -> URL {
        let folder = try CLI.workspace([:])
        try FileManager.default.removeItem(at: folder.appending(path: "Agreements"))
        try FileManager.default.copyItem(at: CLI.root.appending(path: "Agreements"), to: folder.appending(path: "Agreements"))
        let run = try CLI.aftale(["export", "workplan", "--layout", "arbejdsplan", "--as-of", "2024-11-01",
                                  "--output", "a.xlsx"], in: folder)
        try #require(run.status == 0, "\(run.stderr)")
        return folder
    }

    /// Runs a Python script with openpyxl in `folder`.
    static func python(_ script: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 failed (pip install openpyxl)")
    }

    /// The edit a person makes in Excel, by key (column F): two status texts, a status picked from the
    /// drop-down, then every data row sorted by Indsatser (column B), group rows left where they are.
    static let personEdits = #"""
    import openpyxl
    wb = openpyxl.load_workbook("a.xlsx")
    ws = wb["Arbejdsplan 2023"]
    rows = {r[5].value: r for r in ws.iter_rows(min_row=3) if r[5].value}
    rows["tidlig-indsats-mod-truende-karsygdom#1"][3].value = "Nye bestillinger: spor 3"
    rows["intentionspapir-om-faelles-indsats-vedr-overvaegt#1"][2].value = "Anbefalingerne er implementeret i alle klynger"
    rows["henvendelse-til-sundhedsministeren-om-roegfri-nikotinprodukter#1"][4].value = "Under implementering"
    data = [r for r in ws.iter_rows(min_row=3) if r[5].value]
    values = sorted(([c.value for c in r] for r in data), key=lambda v: v[1])
    for r, v in zip(data, values):
        for c, x in zip(r, v):
            c.value = x
    wb.save("b.xlsx")
    """#

    /// Every agreement file's bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        let agreements = folder.appending(path: "Agreements")
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: agreements.path) {
            result[name] = try Data(contentsOf: agreements.appending(path: name))
        }
        return result
    }

    /// The three files as the edit must leave them: the original with exactly those values rewritten.
    static func expectedAfterEdits(_ before: [String: Data]) throws -> [String: Data] {
        var after = before
        func replace(_ id: String, _ old: String, _ new: String) throws {
            let text = String(decoding: try #require(before["\(id).md"]), as: UTF8.self)
            try #require(text.components(separatedBy: old).count == 2, "'\(old)' is not once in \(id)")
            after["\(id).md"] = Data(text.replacingOccurrences(of: old, with: new).utf8)
        }
        try replace(karsygdom, "    bestillinger: Arbejdsgruppen arbejder videre ind i 2024 med spor 2 vedr. forebyggelsestiltag.\n",
                    "    bestillinger: 'Nye bestillinger: spor 3'\n".replacingOccurrences(of: "'", with: "\""))
        let overvaegtText = String(decoding: try #require(before["\(overvaegt).md"]), as: UTF8.self)
        // The status is a literal block (its lists kept line by line); a one-line edit stays a literal block.
        let start = try #require(overvaegtText.range(of: "    status: |-\n      SSU har 7/2"))
        let end = try #require(overvaegtText.range(of: "ikrafttrædelse 1/1-24\n", range: start.upperBound..<overvaegtText.endIndex))
        try replace(overvaegt, String(overvaegtText[start.lowerBound..<end.upperBound]),
                    "    status: |-\n      Anbefalingerne er implementeret i alle klynger\n")
        try replace(henvendelse, "\nstatus: godkendt\n", "\nstatus: under implementering\n")
        return after
    }

    @Test func personEditsInOpenpyxlAreShownThenWrittenByteForByte() throws {
        let folder = try Self.exported()
        try Self.python(Self.personEdits, in: folder)
        let before = try Self.snapshot(folder)
        let shown = try CLI.aftale(["import", "workplan", "b.xlsx"], in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stderr.contains("26 row(s) matched; 3 change(s) in 3 agreement(s)"), "\(shown.stderr)")
        #expect(shown.stdout.contains("Agreements/\(Self.karsygdom).md"))
        #expect(shown.stdout.contains("arbejdsplaner.ssg-2023[1].bestillinger  ← b.xlsx:'Arbejdsplan 2023'!D"))
        #expect(shown.stdout.contains("    + Nye bestillinger: spor 3"))
        #expect(shown.stdout.contains("    - godkendt\n    + under implementering"))
        #expect(try Self.snapshot(folder) == before, "without --apply nothing is written")

        let applied = try CLI.aftale(["import", "workplan", "b.xlsx", "--apply"], in: folder)
        #expect(applied.status == 0, "\(applied.stderr)")
        let after = try Self.snapshot(folder)
        let expected = try Self.expectedAfterEdits(before)
        for name in before.keys.sorted() {
            #expect(after[name] == expected[name], "\(name) is not exactly the original with the edited values")
        }
        #expect(try CLI.aftale(["validate"], in: folder).status == 0)
        let again = try CLI.aftale(["import", "workplan", "b.xlsx"], in: folder)
        #expect(again.stderr.contains("0 change(s)"), "importing the same sheet twice changes nothing: \(again.stderr)")
    }

    @Test func libreOfficeResavedWorkbookGivesTheSameChanges() throws {
        guard FileManager.default.fileExists(atPath: "/usr/bin/soffice") else {
            Issue.record("soffice is missing: scripts/setup --with-test-tools installs LibreOffice")
            return
        }
        let folder = try Self.exported()
        try Self.python(Self.personEdits, in: folder)
        let out = folder.appending(path: "lo")
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/soffice")
        process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/lo-profile",
                             "--convert-to", "xlsx", "--outdir", out.path, "a.xlsx", "b.xlsx"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let strings = try String(decoding: Data(contentsOf: out.appending(path: "b.xlsx")), as: UTF8.self)
        #expect(strings.contains("sharedStrings"), "LibreOffice writes shared strings")
        let unchanged = try CLI.aftale(["import", "workplan", "lo/a.xlsx"], in: folder)
        #expect(unchanged.status == 0 && unchanged.stderr.contains("26 row(s) matched; 0 change(s)"), "\(unchanged.stderr)")
        let before = try Self.snapshot(folder)
        let applied = try CLI.aftale(["import", "workplan", "lo/b.xlsx", "--apply"], in: folder)
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("← b.xlsx:'Arbejdsplan 2023'!"))
        #expect(try Self.snapshot(folder) == Self.expectedAfterEdits(before))
    }

    /// Cells with several lines (seed 000's lists) read back unchanged from a workbook openpyxl
    /// re-saved, and a list edited into another list is written as a literal block, one item a line,
    /// which the next import reads back unchanged.
    @Test func listCellsReadBackLineByLine() throws {
        let folder = try Self.exported()
        let id = "72-timers-behandlingsansvar"
        try Self.python(#"""
        import openpyxl
        wb = openpyxl.load_workbook("a.xlsx")
        wb.save("c.xlsx")
        ws = wb["Arbejdsplan 2023"]
        rows = {r[5].value: r for r in ws.iter_rows(min_row=3) if r[5].value}
        cell = rows["72-timers-behandlingsansvar#1"][3]
        assert cell.value.count("\n") == 1, cell.value
        cell.value = "• Indsatsen evalueres regionalt i uge 4, 2024\n• Ny bestilling\n• Endnu en"
        wb.save("b.xlsx")
        """#, in: folder)
        let unchanged = try CLI.aftale(["import", "workplan", "c.xlsx"], in: folder)
        #expect(unchanged.status == 0 && unchanged.stderr.contains("26 row(s) matched; 0 change(s)"), "\(unchanged.stderr)")

        let before = try Self.snapshot(folder)
        let applied = try CLI.aftale(["import", "workplan", "b.xlsx", "--apply"], in: folder)
        #expect(applied.status == 0, "\(applied.stderr)")
        let text = String(decoding: try #require(before["\(id).md"]), as: UTF8.self)
        let start = try #require(text.range(of: "    bestillinger: |-\n"))
        let end = try #require(text.range(of: "(det vil være en politisk beslutning i regionsrådet)\n", range: start.upperBound..<text.endIndex))
        var expected = before
        expected["\(id).md"] = Data(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: """
                bestillinger: |-
                  • Indsatsen evalueres regionalt i uge 4, 2024
                  • Ny bestilling
                  • Endnu en

            """).utf8)
        #expect(try Self.snapshot(folder) == expected, "only the edited cell changed, as a literal block")
        let again = try CLI.aftale(["import", "workplan", "b.xlsx"], in: folder)
        #expect(again.status == 0 && again.stderr.contains("0 change(s)"), "\(again.stderr)")
    }

    @Test func anyErrorIsLocatedAndNothingIsWritten() throws {
        let folder = try Self.exported()
        try Self.python(Self.personEdits.replacingOccurrences(of: "wb.save", with: #"""
        rows["tidlig-indsats-mod-truende-karsygdom#1"][1].value = "En ny titel"
        rows["henvendelse-til-sundhedsministeren-om-roegfri-nikotinprodukter#1"][4].value = "Næsten færdig"
        rows["intentionspapir-om-faelles-indsats-vedr-overvaegt#1"][5].value = "findes-ikke#1"
        wb.save
        """#), in: folder)
        let before = try Self.snapshot(folder)
        let run = try CLI.aftale(["import", "workplan", "b.xlsx", "--apply"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[import-read-only-cell]"), "\(run.stderr)")
        #expect(run.stderr.contains("error[import-unknown-status]"))
        #expect(run.stderr.contains("error[import-unknown-row]"))
        #expect(run.stderr.range(of: #"b\.xlsx:'Arbejdsplan 2023'![BEF][0-9]+: error"#, options: .regularExpression) != nil)
        #expect(run.stderr.contains("no file was changed"))
        #expect(try Self.snapshot(folder) == before)
    }

    /// Builds hostile copies of `a.xlsx` with Python's zipfile: a zip bomb (1.1 GB of spaces in
    /// 1.1 MB), entity expansion, a million rows, and a zip that is no workbook.
    static let hostile = #"""
    import zipfile
    src = zipfile.ZipFile("a.xlsx")
    def copy(name, replace):
        with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                data = replace.get(info.filename, src.read(info.filename))
                z.writestr(info.filename, data)
    sheet = "xl/worksheets/sheet1.xml"
    # The bomb's 1.1 GB of spaces are streamed into the zip a megabyte at a time, never held.
    with zipfile.ZipFile("bombe.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != sheet:
                z.writestr(info.filename, src.read(info.filename))
                continue
            with z.open(sheet, "w") as f:
                f.write(b"<?xml version='1.0'?>")
                for _ in range(1100):
                    f.write(b" " * (1 << 20))
    lol = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9)) + b']><worksheet>&j;</worksheet>'
    copy("latter.xlsx", {sheet: lol})
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(1, 1000001))
    copy("million.xlsx", {sheet: b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"})
    with zipfile.ZipFile("tekst.xlsx", "w") as z:
        z.writestr("noter.txt", "ikke et regneark")
    """#

    @Test(arguments: [("bombe.xlsx", "allowed (a zip bomb"), ("latter.xlsx", "document type declaration"),
                      ("million.xlsx", "more than 200000 rows"), ("tekst.xlsx", "not an XLSX workbook")])
    func hostileWorkbooksAreRefusedInBoundedTime(file: String, words: String) throws {
        let folder = try Self.hostileFolder
        let before = try Self.snapshot(folder)
        let started = Date()
        let run = try CLI.aftale(["import", "workplan", file, "--layout", "arbejdsplan", "--apply"], in: folder)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[import-unreadable]") && run.stderr.contains(words), "\(run.stderr)")
        #expect(try Self.snapshot(folder) == before)
    }

    static let hostileFolder: URL = {
        let folder = try! exported()
        try! python(hostile, in: folder)
        return folder
    }()
}
