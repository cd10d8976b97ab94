import ArgumentParser

/// The `aftale` command: drafting, validating, exporting and handing over agreements.
@main
struct Aftale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aftale",
        abstract: "Draft, validate, export and hand over the agreements of a Danish health agreement.",
        discussion: """
            Agreements are Markdown files with YAML front matter in Agreements/; reusable blocks, \
            document kinds, the vocabulary and workplan layouts are in Templates/. \
            Exit codes: 0 success, 1 validation errors or failed checks, 64 usage errors.
            """,
        version: Aftale.version,
        subcommands: [Validate.self, List.self, Render.self, New.self, Export.self, Verify.self,
                      Report.self, Due.self, Blocks.self, Diff.self, Import.self, Serve.self])
}

extension Aftale {
    /// `aftale --version`: the release of the tool and of the file format it reads.
    static let version = "0.3.0"
}
