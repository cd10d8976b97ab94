import AftalerCore
import ArgumentParser
import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput

extension Aftale.Import {
    /// `aftale import report FILE.txt [--area-map "Heading=id" ...] --output FOLDER [--report FILE]`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write one draft agreement per item of a status report's text (in the shape of seed 001).",
            discussion: "The text is what a PDF of the report gives: area headings 'Kort status på samarbejdsaftaler og "
                + "igangsatte initiativer – AREA', agreement titles, and 'Hvad:', 'Betydning for borgerne:' and 'Status:' "
                + "paragraphs. Each draft takes only what the text states plainly; the rest is a «udfyld: …» placeholder, "
                + "and the import's report lists those and whatever it could not place, per item. An existing file is "
                + "never overwritten: if any draft's file exists, nothing is written and the exit status is 1.")

        @Argument(help: "The report as plain text (e.g. from pdftotext).")
        var file: String

        @Option(name: .customLong("area-map"), parsing: .singleValue,
                help: ArgumentHelp("An area heading and the indsatsområde id it stands for (repeatable).",
                                   valueName: "Heading=id"))
        var areaMap: [String] = []

        @Option(help: "The folder to write the drafts to (made when missing).")
        var output: String

        @Option(help: "Write the import's report to this file instead of standard output.")
        var report: String?

        @Option(name: .long, help: "The templates folder.")
        var templates: String = "Templates"

        func run() throws {
            let root = WorkspaceRoot.find(given: nil)
            var diagnostics: [Diagnostic] = []
            let folder = WorkspaceRoot.resolve(templates, isDefault: templates == "Templates", in: root)
            let library = TemplateLibrary.load(from: URL(filePath: folder), diagnostics: &diagnostics)
            if diagnostics.containsErrors {
                DiagnosticPrinter.printText(diagnostics)
                throw ExitCode(1)
            }
            var map: [String: String] = [:]
            for pair in areaMap {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimming(.whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw ValidationError("--area-map takes \"Heading=id\", not '\(pair)'")
                }
                guard let term = library.vocabulary.areas.resolve(parts[1]) else {
                    let ids = library.vocabulary.areas.ids
                    throw ValidationError("unknown indsatsområde '\(parts[1])' in --area-map ("
                                          + (Suggestion.hint(for: parts[1], in: ids) ?? "one of: \(ids.joined(separator: ", "))") + ")")
                }
                map[parts[0]] = term.id
            }
            let text: String
            do {
                text = try String(contentsOf: URL(filePath: file), encoding: .utf8)
            } catch {
                Console.error("aftale: cannot read \(file) as UTF-8 text: \(ErrorText.localizedDescription(of: error))")
                throw ExitCode(1)
            }
            let found = StatusReportImport(text: text, templates: library, areaMap: map)
            guard !found.items.isEmpty else {
                Console.error("aftale: \(file) has no item ('Hvad:' under a title); nothing written")
                throw ExitCode(1)
            }
            guard found.duplicateIDs.isEmpty else {
                Console.error("aftale: two items would get the same file: \(found.duplicateIDs.map { "\($0).md" }.joined(separator: ", ")); nothing written")
                throw ExitCode(1)
            }
            try write(found)
        }

        /// Writes every draft (each atomically) and the report, or, when any target exists or a
        /// write fails, nothing: drafts already written by this run are removed again.
        private func write(_ found: StatusReportImport) throws {
            let folder = URL(filePath: output)
            let targets = found.items.map { folder.appending(path: "\($0.id).md") }
            let reportTarget = report.map { URL(filePath: $0) }
            let existing = (targets + [reportTarget].compactMap { $0 }).filter { FileManager.default.fileExists(atPath: $0.path) }
            guard existing.isEmpty else {
                Console.error("aftale: \(existing.count) file(s) exist already, e.g. \(existing[0].relativePath); "
                              + "nothing written (an import never overwrites)")
                throw ExitCode(1)
            }
            var written: [URL] = []
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (item, target) in zip(found.items, targets) {
                    try AtomicFile.write(Data(item.text.utf8), to: target, overwrite: false)
                    written.append(target)
                }
                if let reportTarget {
                    try AtomicFile.write(Data(found.reportText.utf8), to: reportTarget, overwrite: false)
                }
            } catch {
                for target in written { try? FileManager.default.removeItem(at: target) }
                Console.error("aftale: \(error); nothing written")
                throw ExitCode(1)
            }
            if reportTarget == nil { Console.output(found.reportText) }
            let fills = found.items.reduce(0) { $0 + $1.toFill.count }
            Console.error("Wrote \(found.items.count) draft(s) to \(folder.relativePath); \(fills) placeholder(s) to fill in "
                          + "(the report lists them). Run 'aftale validate \(folder.relativePath)'.")
        }
    }
}
