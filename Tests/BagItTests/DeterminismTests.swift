import BagIt
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two writes of the same bag must give the same bytes, whatever the clock, umask and time zone.
///
/// The second write runs in a child process (this test binary, filtered to this same test, which
/// only writes when it finds ``outputVariable`` in its environment) with another `TZ` and umask:
/// changing them inside this process would race with other tests that read zips at the same time
/// (libzip converts entry times through the local time zone when it checks an archive's consistency).
@Suite("Determinism")
struct DeterminismTests {
    static let outputVariable = "BAGIT_TESTS_DETERMINISM_OUTPUT"

    @Test("two writes of the same bag are byte-identical, also later, under another umask and TZ")
    func identical() throws {
        if let output = ProcessInfo.processInfo.environment[Self.outputVariable] {
            return try Self.childWrite(to: output)
        }
        let folder = try TemporaryFolder()
        let first = folder.file("first.zip")
        let second = folder.file("second.zip")
        try BagWriter.write(try Sample.bag(), to: first, modified: Sample.when)
        Thread.sleep(forTimeInterval: 2.1)  // the clock moves past one zip time step (2 s)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "DeterminismTests/identical"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.outputVariable] = second.path
        environment["TZ"] = "KIR-14"  // UTC+14, a POSIX TZ string that needs no tzdata
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "child test run failed:\n\(output)")
        let secondBytes = try #require(try? bytes(of: second), "the child wrote no bag:\n\(output)")
        #expect(try bytes(of: first) == secondBytes)
    }

    /// The child's part: writes the sample bag under umask 077 and the `TZ` it was given.
    static func childWrite(to output: String) throws {
        umask(0o077)
        tzset()
        try BagWriter.write(try Sample.bag(), to: URL(fileURLWithPath: output), modified: Sample.when)
    }
}
