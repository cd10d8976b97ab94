import AftalerCore
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the workspace is: `--workspace`, else the current folder or the nearest folder above it
/// that holds `Agreements/` (as git finds `.git`), so `aftale` runs from any folder inside it.
enum WorkspaceRoot {
    /// The folder whose `Agreements/` and `Templates/` are read by default.
    static func find(given: String?, from start: URL = URL(filePath: FileManager.default.currentDirectoryPath)) -> URL {
        if let given { return URL(filePath: given, directoryHint: .isDirectory) }
        var folder = start.standardizedFileURL
        while true {
            var isFolder: Bool = false
            if FileManager.default.fileExists(atPath: folder.appending(path: "Agreements").path, isDirectory: &isFolder),
               isFolder {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return start }
            folder = parent
        }
    }

    /// `path` as given when it was given explicitly or the workspace is the current folder;
    /// otherwise inside the workspace.
    static func resolve(_ path: String, isDefault: Bool, in root: URL) -> String {
        guard isDefault, root.standardizedFileURL.path != URL(filePath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        else { return path }
        return root.appending(path: path).path
    }
}

/// Shell completions drawn from the workspace (argument-parser's custom completions).
enum Completions {
    static var root: URL { WorkspaceRoot.find(given: nil) }

    /// File names in `folder` of the workspace ending in `suffix`, without it.
    static func names(in folder: String, suffix: String) -> [String] {
        let url = root.appending(path: folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.map { String($0.dropLast(suffix.count)) }.sorted()
    }

    /// The agreement ids.
    static let ids = CompletionKind.custom { _, _, _ in names(in: "Agreements", suffix: ".md") }
    /// The workplan layouts.
    static let layouts = CompletionKind.custom { _, _, _ in names(in: "Templates/layouts", suffix: ".yaml") }
    /// The block names.
    static let blocks = CompletionKind.custom { _, _, _ in names(in: "Templates/blocks", suffix: ".md") }
    /// The statuses of the lifecycle.
    static let statuses = CompletionKind.list(Status.allCases.map(\.rawValue))
    /// The document kinds.
    static let kinds = CompletionKind.custom { _, _, _ in
        var diagnostics: [Diagnostic] = []
        return TemplateLibrary.load(from: root.appending(path: "Templates"), diagnostics: &diagnostics).kindOrder
    }
    /// The indsatsområder.
    static let areas = CompletionKind.custom { _, _, _ in
        var diagnostics: [Diagnostic] = []
        return TemplateLibrary.load(from: root.appending(path: "Templates"), diagnostics: &diagnostics).vocabulary.areas.ids
    }
}
