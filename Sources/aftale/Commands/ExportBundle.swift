import AftalerCore
import ArgumentParser
import BagIt
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandoverBundle

extension Aftale.Export {
    /// `aftale export bundle`: the reform handover package as a BagIt bag in a zip.
    struct Bundle: ParsableCommand {
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
}

