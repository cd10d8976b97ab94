import AftalerCore
import Foundation
import Testing
import TestSupport

/// The reports' HTML pages as a person reads them, in real headless Chromium (Debian's `chromium`,
/// driven by Playwright): the status report's overview and the sign-off matrix scroll sideways in
/// their own regions, their captions and row headers stay in view while they do, the sign-off
/// page's notes stand on the page, its matrix printed on A3 keeps every column, an agreement's
/// two-column tables fit a phone's window with every word whole, and an overview of all ten
/// statuses fits a desktop's text column. The measurements are in `report_steps.py`; its screenshots go
/// to `.build/report-screenshots/`.
@Suite struct ReportPageTests {
    @Test("wide tables scroll under their captions and beside their row headers, and notes stay on the page, at 390 and 1000 px")
    func wideTablesScrollUnderTheirCaptionsAndRowHeaders() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
                     "Chromium is missing: run scripts/setup --with-test-tools (Debian package chromium)")
        let folder = Repository.makeFolder("aftaler-report-page")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pages: [URL] = []
        for report in ["status", "signoff"] {
            let page = folder.appending(path: "\(report).html")
            try ProcessRunner.run(BuiltProgram.aftale.path, [
                "report", report, "--format", "html", "--as-of", "2024-11-01", "--output", page.path,
                "--templates", Repository.templates.path, "--agreements", Repository.agreements.path,
            ]).check()
            pages.append(page)
        }
        let agreement = folder.appending(path: "agreement.html")
        try ProcessRunner.run(BuiltProgram.aftale.path, [
            "render", "kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet", "--format", "html",
            "--as-of", "2024-11-01", "--output", agreement.path,
            "--templates", Repository.templates.path, "--agreements", Repository.agreements.path,
        ]).check()
        pages.append(agreement)
        // The shipped agreements spread over all ten statuses: the widest overview there can be.
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let day = try #require(CivilDate(iso: "2024-11-01"))
        let spread = portfolio.agreements.enumerated().map { index, agreement in
            var agreement = agreement
            agreement.statusHistory = [StatusChange(date: nil, status: Status.allCases[index % Status.allCases.count])]
            return agreement
        }
        let report = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: day, origin: .given)).statusReport(of: spread)
        #expect(report.overview.statuses == Status.allCases)
        let allStatuses = folder.appending(path: "alle-statusser.html")
        try Data(report.html().utf8).write(to: allStatuses)
        pages.append(allStatuses)
        let script = Repository.root.appending(path: "Tests/WebTests/report_steps.py")
        let shots = Repository.root.appending(path: ".build/report-screenshots")
        let outcome = try ProcessRunner.run("python3", [script.path] + pages.map(\.path) + [shots.path])
        #expect(!outcome.errors.contains("No module named 'playwright'"),
                "Playwright is missing: run scripts/setup --with-test-tools (pip install playwright)")
        #expect(outcome.status == 0, "\(outcome.stdout)\n\(outcome.errors)")
        #expect(outcome.stdout.split(separator: "\n") == ["ok status 390", "ok status 1000", "ok signoff 390", "ok signoff 1000",
                                                       "ok agreement 390", "ok all statuses 1000"])
        for name in ["status-390", "status-390-scrolled", "status-1000-scrolled", "signoff-390-notes", "signoff-1000-scrolled", "agreement-390"] {
            #expect(FileManager.default.fileExists(atPath: shots.appending(path: "\(name).png").path), "\(name).png")
        }
    }
}
