import AftalerCore
import ArgumentParser
import BagIt
import Foundation
import HandoverBundle

/// `aftale export bundle`: the reform handover package as a BagIt bag in a zip.
struct ExportBundle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write the reform handover package: a BagIt bag in a zip.",
        discussion: """
            Holds every selected agreement as text and source, aftaler.json, the workplan spreadsheets and \
            an index of open follow-ups. Without --status, agreements that are afsluttet or udgået are left out. \
            Refuses to write while an agreement file has errors (--skip-invalid leaves them out); writes atomically; the same \
            agreements give a byte-identical zip.
            """)

    @Option(help: "The bag's name, also its folder in the zip (default: aftaler-overdragelse-DATE).")
    var name: String?

    @OptionGroup var export: ExportOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let portfolio = try workspace.source.loadForExport(skipInvalid: export.skipInvalid)
        let bundle: HandoverBundle
        do {
            bundle = try HandoverBundle(plan: try export.plan.plan(for: portfolio), name: name)
        } catch let error as HandoverBundleError {
            Console.error("aftale: \(error)")
            throw ExitCode(64)
        }
        let target = export.target(default: "\(bundle.name).zip")
        Console.error("Bundling \(bundle.agreements.count) agreement(s) into \(target.relativePath) …")
        var reported = -1
        do {
            try bundle.write(to: target) { progress in
                let percent = progress.totalFiles == 0 ? 100 : progress.filesDone * 100 / progress.totalFiles
                if progress.phase == .hashing, percent / 25 != reported / 25 {
                    reported = percent
                    Console.error("  checksums: \(progress.filesDone)/\(progress.totalFiles) files")
                }
            }
        } catch {
            Console.error("aftale: could not write \(target.relativePath): \(ErrorAdvice.describe(error, output: target))")
            throw ExitCode(1)
        }
        Console.output(target.relativePath + "\n")
    }
}

/// `aftale verify`: checks a handover package as a receiver would.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a handover package: checksums, completeness, Payload-Oxum, zip CRCs and safe paths.",
        discussion: "Reports every problem found and exits 1 if there is any. With --extract, safe entries are "
            + "unpacked into that folder and nowhere else.")

    @Argument(help: "The bundle zip.")
    var bundle: String

    @Option(help: "A folder to unpack the bag into (created if missing).")
    var extract: String?

    func run() throws {
        let problems = BagVerifier.verify(zipAt: URL(filePath: bundle), extractTo: extract.map { URL(filePath: $0) })
        for problem in problems { Console.error("\(bundle): \(problem)") }
        guard problems.isEmpty else {
            Console.error("\(problems.count) problem(s) found: the package cannot be trusted as it is.")
            throw ExitCode(1)
        }
        Console.error("\(bundle): valid BagIt 1.0 package; every checksum matches.")
    }
}
