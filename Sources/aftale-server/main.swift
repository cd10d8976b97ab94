import AftalerCore
import AftalerServer
import ArgumentParser
import Foundation

/// `aftale-server`: the drafting web page's program (`aftale serve` starts it). Thin: the options,
/// then `DraftingServer`.
@main
struct AftaleServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aftale-server",
        abstract: "Serve the drafting web page for the agreements of a workspace.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. Prints the address on stdout once it listens \
            (with --port 0, a free port is chosen). Files changed on disk are seen within a second.
            """)

    @Option(help: "The address to listen on (0.0.0.0 makes the page reachable from other machines).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port).")
    var port = 8080

    @Option(help: "The workspace folder holding Agreements/ and Templates/.")
    var workspace = "."

    @Option(help: "The agreements folder (default: WORKSPACE/Agreements).")
    var agreements: String?

    @Option(help: "The templates folder (default: WORKSPACE/Templates).")
    var templates: String?

    @Option(name: .customLong("as-of"), help: "The day pages are dated (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else today in Copenhagen).")
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() async throws {
        let root = URL(filePath: workspace).standardizedFileURL
        let agreementsFolder = agreements.map { URL(filePath: $0).standardizedFileURL } ?? root.appending(path: "Agreements")
        let templatesFolder = templates.map { URL(filePath: $0).standardizedFileURL } ?? root.appending(path: "Templates")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: agreementsFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no agreements folder at \(agreementsFolder.path)")
        }
        let server = DraftingServer(configuration: .init(
            host: host, port: port, agreementsFolder: agreementsFolder, templatesFolder: templatesFolder,
            asOf: asOf.flatMap { CivilDate(iso: $0) }))
        let host = self.host
        try await server.run { port in
            // Written in one call on the unbuffered standard output, so a test reading it sees it at once.
            FileHandle.standardOutput.write(Data("Aftaler: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/\n".utf8))
        }
    }
}
