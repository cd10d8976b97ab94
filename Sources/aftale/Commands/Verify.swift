import ArgumentParser
import BagIt
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Aftale {
    /// `aftale verify`: checks a handover package as a receiver would.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check a handover package: checksums, completeness, Payload-Oxum, zip CRCs and safe paths.",
            discussion: """
                Checks the zip as a BagIt 1.0 bag (RFC 8493) and reports every problem found, each as an error \
                or a warning. Errors break a MUST of the RFC, or the handover policy: a package must hold every \
                file itself, so a fetch.txt that lists files to download is an error (and each of its paths is \
                checked too). Warnings mark what the RFC says SHOULD be (UTF-8 tag files, no repeated \
                Bagging-Date, ...). Exits 1 with any error, or with any warning under --strict; otherwise 0. \
                With --extract, the tag files and the files the manifests list are unpacked into that folder \
                and nowhere else, never more than the sizes the zip and Payload-Oxum declare.
                """)

        @Argument(help: "The bundle zip.")
        var bundle: String

        @Option(help: "A folder to unpack the bag into (created if missing).")
        var extract: String?

        @Flag(help: "Fail (exit 1) on warnings too, not only on errors.")
        var strict = false

        func run() throws {
            let problems = BagVerifier.verify(zipAt: URL(filePath: bundle), extractTo: extract.map { URL(filePath: $0) })
            for problem in problems {
                Console.error("\(bundle): \(problem.isError ? "error" : "warning"): \(problem)")
            }
            let errors = problems.filter(\.isError).count
            let warnings = problems.count - errors
            if errors > 0 {
                Console.error("\(errors) error(s) and \(warnings) warning(s) found: the package cannot be trusted as it is.")
                throw ExitCode(1)
            }
            if warnings > 0 {
                Console.error("\(bundle): valid BagIt 1.0 package; every checksum matches; \(warnings) warning(s)"
                    + (strict ? ", which --strict does not accept." : "."))
                if strict { throw ExitCode(1) }
                return
            }
            Console.error("\(bundle): valid BagIt 1.0 package; every checksum matches.")
        }
    }
}
