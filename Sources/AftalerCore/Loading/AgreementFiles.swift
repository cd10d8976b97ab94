#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the agreement files named by the command line: files as given, folders read for `*.md`
/// (not recursively), in a stable order, with a diagnostic for every path that cannot be used.
///
/// A folder is read entry by entry and given up after `limit + 1` agreement files, so even a folder
/// with millions of entries costs bounded time and memory. Symbolic links are followed only to
/// files in the same folder; links that leave it, loop or dangle are reported (`SourceFile.linkProblem`,
/// the rule `Templates/` follows too).
enum AgreementFiles {
    /// One agreement file found: its name, where to open it and the path shown in diagnostics.
    /// The files of a folder share the folder's two path prefixes (one string each, not copied), and
    /// their paths are joined only when needed: 100,000 files would otherwise hold 200,000 paths.
    struct Found: Sendable {
        let name: String
        private let fileSystemBase: String
        private let displayBase: String
        /// Whether the paths are the bases followed by the name (a folder's file) or the bases alone.
        private let appendsName: Bool

        /// A file given on its own.
        init(name: String, fileSystemPath: String, displayPath: String) {
            self.name = name
            fileSystemBase = fileSystemPath
            displayBase = displayPath
            appendsName = false
        }

        /// The file `name` in the folder whose paths end with `/` (`folderPath`, `shownFolder`).
        init(name: String, folderPath: String, shownFolder: String) {
            self.name = name
            fileSystemBase = folderPath
            displayBase = shownFolder
            appendsName = true
        }

        var fileSystemPath: String { appendsName ? fileSystemBase + name : fileSystemBase }
        var displayPath: String { appendsName ? displayBase + name : displayBase }
    }

    static func list(_ paths: [URL], limit: Int, diagnostics: inout [Diagnostic]) -> [Found] {
        var files: [Found] = []
        for path in paths {
            let start = Diagnostic.Location(file: TemplateLibrary.displayPath(path), line: 1, column: 1)
            var info = stat()
            guard stat(path.path, &info) == 0 else {
                let error = errno
                let message = error == ELOOP ? "the path is a symbolic link that leads back to itself" : "no such file or folder"
                diagnostics.append(Diagnostic(error == ELOOP ? .unsafePath : .fileUnreadable, message, at: start,
                                              hint: "give a folder of agreements or an agreement file (ID.md)"))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                if path.pathExtension == "md" {
                    files.append(Found(name: path.lastPathComponent, fileSystemPath: path.path, displayPath: start.file))
                } else {
                    diagnostics.append(Diagnostic(.notMarkdownFile, "agreement files must end in .md", at: start))
                }
                continue
            }
            guard let names = markdownNames(in: path, limit: limit) else {
                diagnostics.append(Diagnostic(.fileUnreadable, "cannot read the folder: \(String(cString: strerror(errno)))",
                                              at: start, hint: "check the folder's permissions"))
                continue
            }
            guard names.count <= limit else {
                diagnostics.append(tooMany(limit, at: start))
                continue
            }
            if names.isEmpty {
                diagnostics.append(Diagnostic(.noAgreements, "folder holds no agreement files (*.md)", at: start))
            }
            let folder = SourceFile.realPath(path.path) ?? path.standardizedFileURL.path
            // Paths are joined as strings: a URL per file costs more than reading the file.
            let folderPath = path.path.hasSuffix("/") ? path.path : path.path + "/"
            let shownFolder = TemplateLibrary.displayPrefix(ofFolder: path)
            for (name, mayBeLink) in names.sorted(by: { $0.name < $1.name }) {
                let file = Found(name: name, folderPath: folderPath, shownFolder: shownFolder)
                // Most entries are regular files by their folder entry already: no lstat for those.
                if mayBeLink, let problem = SourceFile.linkProblem(atPath: file.fileSystemPath, name: name,
                                                                   displayPath: file.displayPath, folder: folder) {
                    diagnostics.append(problem)
                } else {
                    files.append(file)
                }
            }
        }
        return files
    }

    /// The too-many-files diagnostic.
    static func tooMany(_ limit: Int, at location: Diagnostic.Location) -> Diagnostic {
        Diagnostic(.tooManyFiles, "folder holds more than \(limit) agreement files (*.md), more than one run reads",
                   at: location, hint: "split the folder, or check that this is the agreements folder")
    }

    /// The names ending in `.md` in `folder`, at most `limit + 1` of them, each with whether it may
    /// be a symbolic link (the folder entry does not say it is a regular file); nil if the folder
    /// cannot be read.
    private static func markdownNames(in folder: URL, limit: Int) -> [(name: String, mayBeLink: Bool)]? {
        guard let directory = opendir(folder.path) else { return nil }
        defer { closedir(directory) }
        var names: [(name: String, mayBeLink: Bool)] = []
        while names.count <= limit, let entry = readdir(directory) {
            // d_name is read in place up to its NUL: glibc allocates each entry only as long as its
            // name, so copying the declared 256 bytes would read past the end (AddressSanitizer).
            let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = String(cString: field.assumingMemoryBound(to: CChar.self))
            if name.hasSuffix(".md") { names.append((name, entry.pointee.d_type != UInt8(DT_REG))) }
        }
        return names
    }

}
