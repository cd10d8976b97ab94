import Foundation

/// Runs real external tools (python3 with openpyxl or bagit, unzip) for the export tests. A missing
/// tool is a failure that says how to install it, never a skip: CI installs them (scripts/setup).
enum ExternalTool {
    struct Result {
        let status: Int32
        let output: Data
        let errors: String
    }

    /// Runs `executable` with `arguments`; output and errors are collected through files, so a
    /// large output cannot block the pipe.
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "aftaler-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appending(path: "out"), err = scratch.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try Data(contentsOf: out),
                      errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs a Python script; a missing module fails with the pip command that installs it.
    static func python(_ script: String, _ arguments: [String], module: String) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appending(path: "aftaler-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run("python3", [file.path] + arguments)
        if result.errors.contains("No module named") {
            throw ToolMissing(message: "python3 lacks '\(module)': run 'pip install \(module)' (scripts/setup does)")
        }
        guard result.status == 0 else {
            throw ToolMissing(message: "python3 failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// The repository's folders, found from this file's path.
enum Repository {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let agreements = root.appending(path: "Agreements")
    static let templates = root.appending(path: "Templates")
    static let fixtures = root.appending(path: "Tests/ExportTests/Fixtures")

    static func makeFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftaler-export-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
