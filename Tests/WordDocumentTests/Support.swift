import AftalerCore
import Foundation
import WordDocument
import WordExport

/// The repository's folders and the shipped agreements, and the external readers the tests use.
enum Fixture {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let agreements = root.appending(path: "Agreements")
    static let templates = root.appending(path: "Templates")

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

    static func makeFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftaler-docx-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Runs an external tool; a missing tool fails with how to install it (scripts/setup does), never skips.
enum Tool {
    struct Failure: Error, CustomStringConvertible { let description: String }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appending(path: "out"), err = folder.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let errors = String(decoding: try Data(contentsOf: err), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) failed (\(process.terminationStatus)): \(errors) "
                          + "(scripts/setup --with-test-tools installs python-docx, LibreOffice and poppler-utils)")
        }
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
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
