import AftalerCore
import Foundation
import TestSupport
import WordDocument
import WordExport

/// The repository's folders and the shipped agreements, and the external readers the tests use.
enum Fixture {
    static let root = Repository.root
    static let agreements = Repository.agreements
    static let templates = Repository.templates

    /// The shipped portfolio, loaded once.
    static let portfolio = Workspace(templatesFolder: templates, agreementPaths: [agreements]).load()

    /// A shipped agreement with Danish letters, a list-free text, decisions, follow-ups and links.
    static let agreementID = "samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel"

    static func agreement(_ id: String = agreementID) -> Agreement { portfolio.agreement(id)! }

    /// A version of the shipped file with its bytes edited by `edit`, read with the shipped templates.
    static func version(_ id: String = agreementID, _ edit: (String) -> String) throws -> Agreement {
        let text = try String(contentsOf: agreements.appending(path: "\(id).md"), encoding: .utf8)
        let portfolio = Portfolio.load(sources: [.init(name: "\(id).md", bytes: Data(edit(text).utf8))],
                                       templates: Self.portfolio.templates)
        return portfolio.agreements[0]
    }

    static func makeFolder() -> URL { Repository.makeFolder("aftaler-docx") }
}

/// Runs an external tool; a missing tool fails with how to install it (scripts/setup does), never skips.
enum Tool {
    struct Failure: Error, CustomStringConvertible { let description: String }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outcome = try ProcessRunner.run(executable, arguments)
        guard outcome.status == 0 else {
            throw Failure(description: "\(executable) failed (\(outcome.status)): \(outcome.errors) "
                          + "(scripts/setup --with-test-tools installs python-docx, LibreOffice and poppler-utils)")
        }
        return outcome.stdout
    }

    /// Converts every file to PDF with LibreOffice headless (one run, a private profile) and
    /// returns each PDF's text as pdftotext reads it.
    static func pdfText(of files: [URL]) throws -> [String] {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try run("soffice", ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                            "--outdir", folder.path] + files.map(\.path))
        return try files.map { file in
            let pdf = folder.appending(path: file.deletingPathExtension().lastPathComponent + ".pdf")
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                throw Failure(description: "LibreOffice made no PDF of \(file.lastPathComponent)")
            }
            return try run("pdftotext", ["-layout", pdf.path, "-"])
        }
    }
}
