import Foundation

/// All agreements of a run, loaded from files and folders, with every diagnostic found.
public struct Portfolio: Sendable {
    /// A folder with more agreement files than this is refused rather than read.
    public static let maximumFileCount = 200_000

    /// Agreements in Danish title order.
    public let agreements: [Agreement]
    /// Every problem found, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    public let templates: TemplateLibrary

    /// True when the run found no errors, so outputs may be written.
    public var isValid: Bool { !diagnostics.containsErrors }

    public func agreement(_ id: String) -> Agreement? { agreements.first { $0.id == id } }

    /// Loads agreements from `paths` (files or folders; folders are read for `*.md`, not recursively).
    public static func load(paths: [URL], templates: TemplateLibrary, templateDiagnostics: [Diagnostic] = []) -> Portfolio {
        var diagnostics = templateDiagnostics
        let parser = AgreementParser(templates: templates)
        var agreements: [Agreement] = []
        var firstSeen: [String: String] = [:]
        for file in agreementFiles(in: paths, diagnostics: &diagnostics) {
            let path = TemplateLibrary.displayPath(file)
            let start = Diagnostic.Location(file: path, line: 1, column: 1)
            let id = file.deletingPathExtension().lastPathComponent
            if let problem = AgreementID.problem(with: id) {
                diagnostics.append(Diagnostic(.invalidID, "file name '\(id)' is not a valid agreement id: \(problem)",
                                              at: start, hint: "rename the file to '\(AgreementID.slug(from: id)).md'"))
                continue
            }
            if let other = firstSeen[id] {
                diagnostics.append(Diagnostic(.duplicateID, "agreement id '\(id)' is also used by \(other)", at: start,
                                              hint: "rename one of the files"))
                continue
            }
            firstSeen[id] = path
            let data: Data
            do {
                data = try Data(contentsOf: file, options: .mappedIfSafe)
            } catch {
                diagnostics.append(Diagnostic(.fileUnreadable, "cannot read file: \(error.localizedDescription)", at: start))
                continue
            }
            let (source, problems) = SourceText.decode(bytes: data, path: path)
            diagnostics += problems
            guard let source else { continue }
            if let agreement = parser.parse(source, id: id, diagnostics: &diagnostics) {
                agreements.append(agreement)
            }
        }
        agreements = agreements.sortedDanish(by: \.title)
        return Portfolio(agreements: agreements, diagnostics: diagnostics.sorted(), templates: templates)
    }

    /// The `.md` files named by `paths`, in a stable order, with problems for paths that are not.
    static func agreementFiles(in paths: [URL], diagnostics: inout [Diagnostic]) -> [URL] {
        let manager = FileManager.default
        var files: [URL] = []
        for path in paths {
            let shown = TemplateLibrary.displayPath(path)
            let start = Diagnostic.Location(file: shown, line: 1, column: 1)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                diagnostics.append(Diagnostic(.fileUnreadable, "no such file or folder", at: start))
                continue
            }
            guard isFolder.boolValue else {
                if path.pathExtension == "md" { files.append(path) } else {
                    diagnostics.append(Diagnostic(.notMarkdownFile, "agreement files must end in .md", at: start))
                }
                continue
            }
            let names = ((try? manager.contentsOfDirectory(atPath: path.path)) ?? []).filter { $0.hasSuffix(".md") }
            guard names.count <= maximumFileCount else {
                diagnostics.append(Diagnostic(.tooManyFiles, "folder holds \(names.count) agreement files, more than \(maximumFileCount)",
                                              at: start, hint: "split the folder"))
                continue
            }
            if names.isEmpty {
                diagnostics.append(Diagnostic(.noAgreements, "folder holds no agreement files (*.md)", at: start))
            }
            let folder = path.standardizedFileURL.resolvingSymlinksInPath()
            for name in names.sorted() {
                let file = path.appending(path: name)
                let resolved = file.resolvingSymlinksInPath()
                if resolved.deletingLastPathComponent().path != folder.path {
                    diagnostics.append(Diagnostic(.unsafePath, "'\(name)' is a link to a file outside the folder",
                                                  at: .init(file: TemplateLibrary.displayPath(file), line: 1, column: 1),
                                                  hint: "copy the file into the folder instead of linking it"))
                    continue
                }
                files.append(file)
            }
        }
        return files
    }
}

/// Agreement ids: lowercase ASCII slugs, also used as file names.
public enum AgreementID {
    public static let maximumLength = 80

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.count > maximumLength { return "it is longer than \(maximumLength) characters" }
        if !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            return "only a-z, 0-9 and '-' are allowed"
        }
        if id.hasPrefix("-") || id.hasSuffix("-") || id.contains("--") { return "hyphens must stand between words" }
        return nil
    }

    /// A valid id made from any title: Danish letters transliterated, everything else a hyphen.
    public static func slug(from title: String) -> String {
        var result = ""
        for character in title.lowercased() {
            switch character {
            case "æ", "ä": result += "ae"
            case "ø", "ö": result += "oe"
            case "å": result += "aa"
            default:
                let base = String(character).folding(options: .diacriticInsensitive, locale: nil)
                if base.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
                    result += base
                } else if !result.hasSuffix("-") {
                    result += "-"
                }
            }
        }
        var trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        if trimmed.count > maximumLength {
            trimmed = String(trimmed.prefix(maximumLength)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        }
        return trimmed.isEmpty ? "aftale" : trimmed
    }
}

extension Portfolio {
    /// The date of the latest decision in `agreements` (or in the whole portfolio): outputs are
    /// dated from the data, never from the clock, so that they are reproducible.
    public func latestDecisionDate(in agreements: [Agreement]? = nil) -> CivilDate? {
        (agreements ?? self.agreements).flatMap { $0.decisions.map(\.date.start) }.max()
    }
}
