import Foundation
import SafeOutput

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct Folder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "safe-output-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    func file(_ name: String) -> URL { url.appending(path: name) }

    /// The names in the folder, sorted.
    func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The id of a process that has ended: `/bin/true`, run and waited for.
func deadProcessID() throws -> Int32 {
    let gone = Process()
    gone.executableURL = URL(filePath: "/bin/true")
    try gone.run()
    gone.waitUntilExit()
    return gone.processIdentifier
}

/// The error `body` throws, as an `OutputError`, or nil.
func outputError(_ body: () throws -> Void) -> OutputError? {
    do {
        try body()
        return nil
    } catch let error as OutputError {
        return error
    } catch {
        return nil
    }
}
