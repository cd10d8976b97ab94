import Foundation
import Testing

/// One `ExportPlan` behind every export: the same day gives the same workplan alone and in the
/// bundle, and a day a zip cannot hold is refused before anything is made.
@Suite struct ExportPlanCLITests {
    typealias CLI = CLITests

    /// Reads every cell and the creation date of each XLSX with openpyxl, as JSON.
    static func openpyxl(_ files: [URL]) throws -> [[String: Any]] {
        let script = #"""
        import sys, json, openpyxl
        out = []
        for path in sys.argv[1:]:
            wb = openpyxl.load_workbook(path)
            cells = [[None if c is None else str(c) for c in row] for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]
            out.append({"cells": json.dumps(cells, ensure_ascii=False), "created": wb.properties.created.date().isoformat(), "title": wb.properties.title})
        print(json.dumps(out))
        """#
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openpyxl could not read the files")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test(arguments: ["arbejdsplan", "overblik", "budget"])
    func theWorkplanAloneAndInTheBundleAreTheSame(layout: String) throws {
        let folder = try CLI.workspace([:])
        try FileManager.default.removeItem(at: folder.appending(path: "Agreements"))
        try FileManager.default.copyItem(at: CLI.root.appending(path: "Agreements"), to: folder.appending(path: "Agreements"))
        let alone = try CLI.aftale(["export", "workplan", "--layout", layout, "--as-of", "2024-11-01",
                                    "--output", "Exports/alene.xlsx"], in: folder)
        #expect(alone.status == 0, "\(alone.stderr)")
        let bundle = try CLI.aftale(["export", "bundle", "--as-of", "2024-11-01", "--output", "Exports/pakke.zip"], in: folder)
        #expect(bundle.status == 0, "\(bundle.stderr)")
        let unzip = Process()
        unzip.executableURL = URL(filePath: "/usr/bin/unzip")
        unzip.arguments = ["-q", "-j", "Exports/pakke.zip", "*/data/regneark/\(layout).xlsx", "-d", "Exports/pakke"]
        unzip.currentDirectoryURL = folder
        try unzip.run()
        unzip.waitUntilExit()
        try #require(unzip.terminationStatus == 0)
        let read = try Self.openpyxl([folder.appending(path: "Exports/alene.xlsx"),
                                      folder.appending(path: "Exports/pakke/\(layout).xlsx")])
        let (first, second) = (read[0], read[1])
        #expect(first["created"] as? String == "2024-11-01")
        #expect(second["created"] as? String == "2024-11-01")
        let cells = try #require(first["cells"] as? String)
        #expect(cells.count > 100 && cells == second["cells"] as? String)
        let same = try Data(contentsOf: folder.appending(path: "Exports/alene.xlsx"))
            == Data(contentsOf: folder.appending(path: "Exports/pakke/\(layout).xlsx"))
        #expect(same, "the same plan gives the same bytes")
        if layout == "arbejdsplan" {
            #expect(cells.contains("\"Status pr. okt. 2023\""), "the workplan's texts keep their own date")
            #expect(cells.contains("\"Aftalestatus pr. 1. november 2024\""))
        }
    }

    @Test func aBundleDayOutsideTheZipYearsIsAUsageErrorBeforeBundling() throws {
        let folder = try CLI.workspace(["rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        for day in ["1979-12-31", "2108-01-01"] {
            let run = try CLI.aftale(["export", "bundle", "--as-of", day], in: folder)
            #expect(run.status == 64, "\(run.stderr)")
            #expect(run.stderr.contains("cannot be dated \(day)") && !run.stderr.contains("Bundling"), "\(run.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Exports").path).isEmpty)
        }
    }

    @Test func theCalendarAtTheEndOfTime() throws {
        let folder = try CLI.workspace(["rygestop.md": try CLI.shipped("samarbejdsaftale-om-rygestop")])
        let run = try CLI.aftale(["due", "--as-of", "9999-12-31", "--within", "36500"], in: folder)
        #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
        #expect(run.stdout.hasPrefix("Opfølgning pr. 31. december 9999:"))
    }
}
