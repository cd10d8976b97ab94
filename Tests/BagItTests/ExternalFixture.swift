import BagIt
import Foundation
import Testing

/// Everything that needs external programs, made once per test run (not once per test):
/// the sample bag, the damaged copies Python's zipfile makes of it, its unzipped form
/// validated by the reference validator bagit.py, and `unzip -t`.
struct ExternalFixture: Sendable {
    /// The suite's folder (kept for the whole run).
    let folder: URL
    /// The sample bag written by BagWriter.
    let bagZip: URL
    /// Where the Python script put its output.
    let output: URL
    /// A folder an absolute entry and a symlink entry of `escape.zip` point into.
    let sentinel: URL
    /// `bagit.py --validate` on the unzipped bag, or nil when bagit.py is not installed.
    let bagit: ProcessResult?
    /// `unzip -tq` on the bag, or nil when unzip is not installed.
    let unzipTest: ProcessResult?

    /// One of the zips the script made.
    func zip(_ name: String) -> URL { output.appendingPathComponent(name) }

    static let shared: Result<ExternalFixture, any Error> = Result { try make() }

    static func get() throws -> ExternalFixture { try shared.get() }

    /// The suite's folder, removed when the test process exits.
    private static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("bagit-suite-\(UUID().uuidString)", isDirectory: true)

    private static func make() throws -> ExternalFixture {
        let folder = Self.folder
        atexit { try? FileManager.default.removeItem(at: ExternalFixture.folder) }
        let output = folder.appendingPathComponent("out", isDirectory: true)
        let sentinel = folder.appendingPathComponent("sentinel", isDirectory: true)
        try FileManager.default.createDirectory(at: sentinel, withIntermediateDirectories: true)
        let bagZip = folder.appendingPathComponent("bag.zip")
        // Compressed on several threads whatever the machine, so the reference tools read that path.
        try BagWriter.write(try Sample.bag(), to: bagZip, modified: Sample.when, compressionThreads: 3)

        guard let python = which("python3") else { throw FixtureError("python3 is not on PATH") }
        let script = folder.appendingPathComponent("make_damaged.py")
        try Data(DamageScript.source.utf8).write(to: script)
        let result = try run(python, [script.path, bagZip.path, output.path, sentinel.path])
        guard result.status == 0 else { throw FixtureError("make_damaged.py failed:\n\(result.output)") }

        let unzipped = output.appendingPathComponent("unzipped").appendingPathComponent(Sample.name)
        let bagit = try which("bagit.py").map { try run($0, ["--validate", unzipped.path]) }
        let unzipTest = try which("unzip").map { try run($0, ["-tq", bagZip.path]) }
        return ExternalFixture(folder: folder, bagZip: bagZip, output: output, sentinel: sentinel,
                               bagit: bagit, unzipTest: unzipTest)
    }
}

/// A fixture that could not be made.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
