import Foundation
import Testing
import TestSupport

/// The drafting page as a person uses it, in real headless Chromium (Debian's `chromium`, driven
/// by Playwright from PyPI; `scripts/setup --with-test-tools` installs both): the portfolio and the editor also on a phone, an
/// agreement, the editor's live preview and diagnostics, the block picker, a save checked byte for
/// byte on disk, a save refused because the file changed behind the page, the review before a
/// status change to godkendt, the keyboard alone, a new agreement, and a file with broken YAML
/// mended in the source editor. The steps and their
/// assertions are in `browser_steps.py`; each saves a screenshot in `.build/web-screenshots/`.
@Suite struct BrowserTests {
    static let screenshots = Repository.root.appending(path: ".build/web-screenshots")

    @Test("every step of drafting works in Chromium, with a screenshot of each")
    func drafting() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
                     "Chromium is missing: run scripts/setup --with-test-tools (Debian package chromium)")
        let server = try ServerProcess()
        defer { server.stop() }
        try? FileManager.default.removeItem(at: Self.screenshots)
        let script = Repository.root.appending(path: "Tests/WebTests/browser_steps.py")
        let outcome = try ProcessRunner.run("python3", [script.path, server.base, server.agreements.path, Self.screenshots.path])
        #expect(!outcome.errors.contains("No module named 'playwright'"),
                "Playwright is missing: run scripts/setup --with-test-tools (pip install playwright)")
        #expect(outcome.status == 0, "\(outcome.stdout)\n\(outcome.errors)")
        let passed = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("ok ") }.map { String($0.dropFirst(3)) }
        #expect(passed == ["portfolio", "portfolio on a phone", "agreement", "status changes the preview", "misspelt status", "insert block", "save",
                           "conflict", "review before release", "keyboard only", "new agreement",
                           "session renewed", "broken file mended as text"])
        for name in ["01-portfolio", "01c-portfolio-phone", "01d-editor-phone", "02-agreement", "03-status-preview", "04-misspelt-status", "05-block-inserted", "06-saved",
                     "07-conflict", "08-review", "09-keyboard", "10-new", "11-new-editor", "12-broken-file"] {
            #expect(FileManager.default.fileExists(atPath: Self.screenshots.appending(path: "\(name).png").path), "\(name).png")
        }
    }
}
