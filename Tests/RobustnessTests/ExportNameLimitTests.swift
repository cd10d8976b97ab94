import Foundation
import Testing

/// Names the file system and libzip see: the output file name (255 bytes) and the bundle's name,
/// which is the folder of every zip entry (255 bytes). At the limit the export works; just past it
/// `aftale` exits 1 with an error that names the option to change, and writes nothing.
@Suite struct ExportNameLimitTests {
    static let workspace: URL = try! Workspace.make()

    func run(_ arguments: [String]) throws -> Child.Outcome {
        try Child.run(Workspace.aftale, ["export"] + arguments, in: Self.workspace, timeout: 300)
    }

    /// A name of `bytes` UTF-8 bytes made of "æ" (2 bytes each), ending in `suffix`.
    func name(bytes: Int, suffix: String) -> String {
        let body = bytes - suffix.utf8.count
        return String(repeating: "æ", count: body / 2) + String(repeating: "x", count: body % 2) + suffix
    }

    @Test(arguments: [("workplan", ".xlsx"), ("bundle", ".zip")])
    func outputFileNameAtTheLimitWorksAndJustPastIsRefused(_ command: String, _ suffix: String) throws {
        let folder = try Workspace.folder()
        let extra = command == "workplan" ? ["--layout", "arbejdsplan"] : []
        let good = folder.appending(path: name(bytes: 255, suffix: suffix))
        let written = try run([command, "--output", good.path] + extra)
        #expect(written.status == 0, "\(written)")
        #expect(Workspace.names(in: folder) == [good.lastPathComponent])
        let bad = folder.appending(path: name(bytes: 256, suffix: suffix))
        let refused = try run([command, "--output", bad.path] + extra)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("is 256 bytes, more than the 255 a file system allows; choose a shorter --output"),
                "\(refused)")
        #expect(Workspace.names(in: folder) == [good.lastPathComponent])
    }

    @Test func bundleNameAtTheLimitVerifiesAndJustPastIsRefused() throws {
        let folder = try Workspace.folder()
        let good = folder.appending(path: "graense.zip")
        let written = try run(["bundle", "--name", name(bytes: 255, suffix: ""), "--output", good.path])
        #expect(written.status == 0, "\(written)")
        let verified = try Child.run(Workspace.aftale, ["verify", good.path], in: Self.workspace)
        #expect(verified.status == 0, "\(verified)")
        let refused = try run(["bundle", "--name", name(bytes: 256, suffix: ""), "--output", folder.appending(path: "for-lang.zip").path])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("it is longer than 255 bytes; choose another --name"), "\(refused)")
        #expect(Workspace.names(in: folder) == ["graense.zip"])
    }
}
