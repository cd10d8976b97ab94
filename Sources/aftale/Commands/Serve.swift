import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

extension Aftale {
    /// `aftale serve`: starts the drafting web page, the `aftale-server` program built beside
    /// `aftale`. The web framework lives in that program only, so `aftale` itself builds in a
    /// fraction of the time and stays small; this command finds the workspace as every other
    /// command does and hands over to the server with `exec` (same process id, same signals).
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the drafting web page (portfolio, agreements, editor with live validation).",
            discussion: """
                Runs the aftale-server program that is built beside aftale (swift build --product aftale-server). \
                Binds 127.0.0.1 unless --host says otherwise; open the address it prints in a browser.
                """)

        @Option(help: "The address to listen on (0.0.0.0 makes the page reachable from other machines).")
        var host = "127.0.0.1"

        @Option(help: "The port (0: any free port).")
        var port = 8080

        @Option(name: .customLong("as-of"), help: "The day pages are dated (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else today).")
        var asOf: String?

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let source = workspace.source
            // This program's own file (found through /proc/self/exe, so also when run from PATH).
            let own = Self.ownExecutable() ?? URL(filePath: CommandLine.arguments[0])
            let program = own.resolvingSymlinksInPath().deletingLastPathComponent().appending(path: "aftale-server")
            guard FileManager.default.isExecutableFile(atPath: program.path) else {
                Console.error("aftale: the web server is not built: \(program.path) is missing; run 'swift build -c release --static-swift-stdlib --product aftale-server' (or without -c release for a debug aftale)")
                throw ExitCode(1)
            }
            var arguments = [program.path, "--host", host, "--port", String(port),
                             "--agreements", source.paths[0], "--templates", source.templates]
            if let asOf { arguments += ["--as-of", asOf] }
            let cArguments = arguments.map { strdup($0) } + [nil]
            execv(program.path, cArguments)
            Console.error("aftale: could not start \(program.path): \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }

        /// This program's file, from /proc/self/exe (what Foundation's `Bundle.main.executableURL` read).
        static func ownExecutable() -> URL? {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            guard length > 0 else { return nil }
            return URL(filePath: String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}
