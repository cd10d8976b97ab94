import Foundation

/// The repository's folders, found from this file's path (Tests/TestSupport/TestSupport.swift).
public enum Repository {
    public static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let agreements = root.appending(path: "Agreements")
    public static let templates = root.appending(path: "Templates")

    /// The text of a shipped agreement.
    public static func shippedAgreement(_ id: String) throws -> String {
        try String(contentsOf: agreements.appending(path: "\(id).md"), encoding: .utf8)
    }

    /// A fresh empty folder in the temporary directory.
    public static func makeFolder(_ prefix: String = "aftaler-test") -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Programs the package builds (`aftale`, `aftale-bench`, `AftalerFuzz`), found beside the test bundle.
public enum BuiltProgram {
    public static func url(_ name: String) -> URL {
        var folder = Bundle.main.bundleURL
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appending(path: name).path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appending(path: name)
    }

    /// The built `aftale`.
    public static let aftale = url("aftale")
}

/// Runs a program to its end. Output and errors go through files, so a large output cannot block
/// a pipe; stdin is /dev/null.
public enum ProcessRunner {
    /// What a run gave.
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: Data
        public let errors: String

        /// stdout as UTF-8 text.
        public var stdout: String { String(decoding: output, as: UTF8.self) }

        /// Throws when the program did not exit 0.
        public func check() throws {
            guard status == 0 else { throw ToolFailure(description: "exit \(status): \(errors)") }
        }
    }

    /// Runs `executable` (a path, or a name looked up on PATH) with `arguments` in `folder`; the
    /// child's environment is this process's with `environment` merged in (a nil value removes a
    /// variable).
    public static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil,
                           environment: [String: String?] = [:]) throws -> Outcome {
        let scratch = Repository.makeFolder("aftaler-run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appending(path: "out"), err = scratch.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(filePath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(filePath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        var childEnvironment = ProcessInfo.processInfo.environment
        for (key, value) in environment { childEnvironment[key] = value }
        process.environment = childEnvironment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: try Data(contentsOf: out),
                       errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// A readable failure of an external tool: what to install when it is missing.
    public struct ToolFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs a Python script with `arguments`; a missing module fails with the pip command that
    /// installs it (scripts/setup --with-test-tools does), never skips.
    public static func python(_ script: String, _ arguments: [String] = [], module: String) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appending(path: "aftaler-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run("python3", [file.path] + arguments)
        if result.errors.contains("No module named") {
            throw ToolFailure(description: "python3 lacks '\(module)': run 'pip install \(module)' (scripts/setup does)")
        }
        guard result.status == 0 else {
            throw ToolFailure(description: "python3 failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }
}
