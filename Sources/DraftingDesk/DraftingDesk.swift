import AftalerCore
import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SafeOutput
import Synchronization

/// The drafting page's work without HTTP: the workspace's agreements kept current from disk, the
/// live check and preview of a file being edited, and saves that never lose an edit.
///
/// **Kept current, file by file.** Every file is read and parsed once. ``refresh()`` (which the
/// server calls every second) asks the folder watch (inotify) which files changed and compares
/// only their size, change time and inode with what was read (without inotify, and once a minute
/// anyway, every file's), and parses only the files that changed, appeared or went; then the
/// portfolio is assembled again from the parsed files (ids, relations, order), which costs no
/// parsing. A change to `Templates/` reads everything again, since every file is checked against them.
///
/// **Saves.** A save names the content tag (SHA-256) of the version it was edited from; when the
/// file on disk has another, the save is refused with the version on disk, and nothing is written.
/// A file with errors is written only when the caller says to keep it as a draft. The file is
/// written atomically (`AtomicFile`): a reader sees the old file or the new one, never a part.
/// Mutations (refresh, save, create) take turns; readers use the last snapshot without waiting.
public final class DraftingDesk: Sendable {
    /// One agreement file as last read. A class, so that a snapshot's table of 10,000 files is
    /// copied as 10,000 references, not 10,000 parsed agreements.
    public final class StoredFile: Sendable {
        public let id: String
        /// The path shown in diagnostics (`Agreements/ID.md`).
        public let path: String
        public let url: URL
        public let data: Data
        public let tag: ContentTag
        let stamp: FileStamp
        public let parsed: ParsedFile

        init(id: String, path: String, url: URL, data: Data, tag: ContentTag, stamp: FileStamp, parsed: ParsedFile) {
            (self.id, self.path, self.url, self.data, self.tag, self.stamp, self.parsed) = (id, path, url, data, tag, stamp, parsed)
        }

        /// The file's text (agreement files are UTF-8; invalid bytes are shown replaced).
        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// Everything the page shows, as of one moment: never changed, replaced as a whole.
    public struct Snapshot: Sendable {
        public let templates: TemplateLibrary
        /// The templates' own problems (with errors, no agreement is read).
        public let templateDiagnostics: [Diagnostic]
        /// Every agreement file by id.
        public let files: [String: StoredFile]
        /// The portfolio of the files, as `aftale validate` would load it.
        public let portfolio: Portfolio
        /// Counts up with every change, so a page can tell that it shows an older state.
        public let generation: Int
        let templateStamps: [String: FileStamp]
        /// The ids of every agreement file (kept, since every live check needs them).
        public let ids: Set<String>

        init(templates: TemplateLibrary, templateDiagnostics: [Diagnostic], files: [String: StoredFile], portfolio: Portfolio,
             generation: Int, templateStamps: [String: FileStamp]) {
            self.templates = templates
            self.templateDiagnostics = templateDiagnostics
            self.files = files
            self.portfolio = portfolio
            self.generation = generation
            self.templateStamps = templateStamps
            ids = Set(files.keys)
        }
    }

    public let agreementsFolder: URL
    public let templatesFolder: URL
    /// Every file is compared anyway this often, even when the folder watch reports nothing.
    public static let fullScanInterval = Duration.seconds(60)

    private let reader: FolderReader
    private let watch: FolderWatch?
    private let lastFullScan = Mutex(ContinuousClock.now)
    private let state: Mutex<Snapshot>
    /// Refresh, save and create take turns under this lock; readers do not take it.
    private let mutation = Mutex(())

    /// Reads the templates and every agreement of `agreementsFolder`.
    public init(agreementsFolder: URL, templatesFolder: URL) {
        self.agreementsFolder = agreementsFolder
        self.templatesFolder = templatesFolder
        reader = FolderReader(folder: agreementsFolder)
        // What killed runs left (temporary files of interrupted saves of any agreement, `.ID.md.tmp-PID-…`)
        // goes once, here, through the one sweeper; saves skip the sweep of the big folder.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: agreementsFolder.path)) ?? []
        let prefixes = Set(names.compactMap { name -> String? in
            guard name.hasPrefix("."), let range = name.rangeOfText(".md.tmp-") else { return nil }
            return String(name[..<range.upperBound])
        })
        Leftovers.sweep(in: agreementsFolder, prefixes: prefixes.sorted() + [ScratchFolder.prefix])
        // Watching starts before the first read, so a change during the read is seen afterwards.
        watch = FolderWatch(agreements: agreementsFolder, templates: templatesFolder)
        state = Mutex(Self.readAll(agreementsFolder: agreementsFolder, templatesFolder: templatesFolder, generation: 1))
    }

    /// The current state.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Reads what changed on disk since the last look; true when anything did. With the folder
    /// watch (inotify), only the files it names are looked at; without it, or every
    /// ``fullScanInterval`` anyway (a network file system may not report changes), every file's stamp.
    @discardableResult
    public func refresh() -> Bool {
        mutation.withLock { _ in
            let change: FolderWatch.Change?
            if let watch, ContinuousClock.now - lastFullScan.withLock({ $0 }) < Self.fullScanInterval {
                change = watch.changes()
            } else {
                _ = watch?.changes()
                change = .everything
            }
            guard let change else { return false }
            let current = snapshot
            var onDisk: [String: FileStamp]
            var looked: [String]
            switch change {
            case .everything:
                lastFullScan.withLock { $0 = .now }
                if FileStamp.folder(templatesFolder) != current.templateStamps {
                    replace(with: Self.readAll(agreementsFolder: agreementsFolder, templatesFolder: templatesFolder,
                                               generation: current.generation + 1))
                    return true
                }
                onDisk = FileStamp.agreementFiles(in: agreementsFolder)
                looked = Array(current.files.keys)
            case .files(let names):
                onDisk = [:]
                looked = []
                for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
                    let id = String(name.dropLast(3))
                    looked.append(id)
                    onDisk[id] = FileStamp(reader.fileURL(id))
                }
            }
            var files = current.files
            var changed = false
            for id in looked where files[id] != nil && onDisk[id] == nil {
                files[id] = nil
                changed = true
            }
            let stale = onDisk.filter { id, stamp in files[id]?.stamp != stamp }
            var replaced: [StoredFile] = []
            for file in reader.readFiles(stale.keys.sorted(), templates: current.templates) {
                if current.files[file.id] != nil { replaced.append(file) } else { changed = true }
                files[file.id] = file
            }
            guard changed || !replaced.isEmpty else { return false }
            replace(with: updated(current, files: files, replaced: changed ? [] : replaced))
            return true
        }
    }

    /// The check of `text` as the file of agreement `id`, beside the other agreements as they are
    /// now: the same diagnostics `aftale validate` would give for that file, and the agreement as far
    /// as it can be built, for the preview.
    public func check(id: String, text: String) -> LiveCheck {
        let current = snapshot
        let knownIDs = current.ids.contains(id) ? current.ids : current.ids.union([id])
        return LiveCheck(text: text, parsed: reader.parse(id: id, data: Data(text.utf8), templates: current.templates),
                         knownIDs: knownIDs, beside: current.portfolio)
    }

    /// Writes `text` as the file of agreement `id`, unless the file on disk is no longer the one
    /// tagged `basedOn` (nil: the file must not exist yet) or, without `keepingErrors`, the text has
    /// errors. Returns what was done.
    public func save(id: String, text: String, basedOn: ContentTag?, keepingErrors: Bool) -> SaveOutcome {
        mutation.withLock { _ in
            let url = fileURL(id)
            let onDisk = try? Data(contentsOf: url)
            if let onDisk, ContentTag(of: onDisk) != basedOn {
                return .conflict(disk: String(decoding: onDisk, as: UTF8.self), tag: ContentTag(of: onDisk))
            }
            if onDisk == nil, basedOn != nil {
                return .conflict(disk: nil, tag: nil)
            }
            let checked = check(id: id, text: text)
            if checked.diagnostics.containsErrors, !keepingErrors {
                return .refused(checked)
            }
            let data = Data(text.utf8)
            do {
                // The folder was swept of killed runs' leftovers once, when the desk started.
            try AtomicFile.write(data, to: url, overwrite: onDisk != nil, sweepingLeftovers: false)
            } catch {
                return .failed("\(error)")
            }
            let current = snapshot
            var files = current.files
            let stored = StoredFile(id: id, path: reader.displayPath(id), url: url, data: data, tag: ContentTag(of: data),
                                    stamp: FileStamp(url) ?? FileStamp.unknown, parsed: checked.parsed)
            files[id] = stored
            replace(with: updated(current, files: files, replaced: onDisk == nil ? [] : [stored]))
            return .saved(tag: stored.tag, checked)
        }
    }

    /// Writes a new agreement of `kind` titled `title` (the text of `aftale new`) under `id`, or
    /// under an id made from the title (with `-2`, `-3` ... when that is taken). Returns the id.
    public func create(kind: String, title: String, id given: String? = nil) throws(DeskError) -> String {
        try mutation.withLock { _ throws(DeskError) -> String in
            let current = snapshot
            guard let documentKind = current.templates.kinds[kind] else {
                throw DeskError("unknown kind '\(kind)'; one of: \(current.templates.kindOrder.joined(separator: ", "))")
            }
            let trimmed = title.trimming(.whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw DeskError("the title is empty") }
            var id = given ?? AgreementID.slug(from: trimmed)
            if let problem = AgreementID.problem(with: id) { throw DeskError("'\(id)' is not a valid id: \(problem)") }
            if given == nil {
                let base = id
                var number = 2
                while current.files[id] != nil || FileManager.default.fileExists(atPath: fileURL(id).path) {
                    id = "\(base)-\(number)"
                    number += 1
                }
            }
            let data = Data(AgreementScaffold.text(kind: documentKind, title: trimmed, templates: current.templates).utf8)
            do {
                try AtomicFile.write(data, to: fileURL(id), overwrite: false)
            } catch {
                throw DeskError("\(error)")
            }
            var files = current.files
            files[id] = StoredFile(id: id, path: reader.displayPath(id), url: fileURL(id), data: data, tag: ContentTag(of: data),
                                   stamp: FileStamp(fileURL(id)) ?? .unknown,
                                   parsed: reader.parse(id: id, data: data, templates: current.templates))
            replace(with: assemble(files, templates: current.templates, templateDiagnostics: current.templateDiagnostics,
                                   templateStamps: current.templateStamps, generation: current.generation + 1))
            return id
        }
    }

    /// The file of agreement `id`.
    public func fileURL(_ id: String) -> URL { reader.fileURL(id) }

    // MARK: - Reading

    private func replace(with snapshot: Snapshot) {
        state.withLock { $0 = snapshot }
    }

    /// The snapshot with `files`: when the only change is `replaced` (one file that was there
    /// before and is still there, same id), the portfolio is updated in place
    /// (`Portfolio.replacing`); otherwise it is assembled from every parsed file.
    private func updated(_ current: Snapshot, files: [String: StoredFile], replaced: [StoredFile]) -> Snapshot {
        if replaced.count == 1, let new = replaced.first, let old = current.files[new.id],
           let portfolio = current.portfolio.replacing(old.parsed, with: new.parsed, knownIDs: current.ids) {
            return Snapshot(templates: current.templates, templateDiagnostics: current.templateDiagnostics, files: files,
                            portfolio: portfolio, generation: current.generation + 1, templateStamps: current.templateStamps)
        }
        return assemble(files, templates: current.templates, templateDiagnostics: current.templateDiagnostics,
                        templateStamps: current.templateStamps, generation: current.generation + 1)
    }

    private func assemble(_ files: [String: StoredFile], templates: TemplateLibrary, templateDiagnostics: [Diagnostic],
                          templateStamps: [String: FileStamp], generation: Int) -> Snapshot {
        // In the order `aftale validate` reads a folder: by file name.
        let ordered = files.values.sorted { $0.parsed.name < $1.parsed.name }.map(\.parsed)
        let portfolio = Portfolio.assemble(ordered, templates: templates, templateDiagnostics: templateDiagnostics)
        return Snapshot(templates: templates, templateDiagnostics: templateDiagnostics, files: files, portfolio: portfolio,
                        generation: generation, templateStamps: templateStamps)
    }

    private static func readAll(agreementsFolder: URL, templatesFolder: URL, generation: Int) -> Snapshot {
        let stamps = FileStamp.folder(templatesFolder)
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        let empty = Snapshot(templates: templates, templateDiagnostics: diagnostics, files: [:],
                             portfolio: Portfolio.assemble([], templates: templates, templateDiagnostics: diagnostics),
                             generation: generation, templateStamps: stamps)
        guard !diagnostics.containsErrors else { return empty }
        let reader = FolderReader(folder: agreementsFolder)
        let ids = FileStamp.agreementFiles(in: agreementsFolder).keys.sorted()
        var files: [String: StoredFile] = [:]
        for file in reader.readFiles(ids, templates: templates) { files[file.id] = file }
        let portfolio = Portfolio.assemble(files.values.sorted { $0.parsed.name < $1.parsed.name }.map(\.parsed), templates: templates,
                                           templateDiagnostics: diagnostics)
        return Snapshot(templates: templates, templateDiagnostics: diagnostics, files: files, portfolio: portfolio,
                        generation: generation, templateStamps: stamps)
    }
}

/// Reads agreement files of one folder into `StoredFile`s.
struct FolderReader: Sendable {
    let folder: URL

    func fileURL(_ id: String) -> URL { folder.appending(path: id + ".md") }

    /// The path shown in diagnostics, as `aftale validate` run in the workspace shows it.
    func displayPath(_ id: String) -> String { folder.lastPathComponent + "/" + id + ".md" }

    func parse(id: String, data: Data, templates: TemplateLibrary) -> ParsedFile {
        Portfolio.parse([Portfolio.Source(name: id + ".md", path: displayPath(id), bytes: data)], templates: templates)[0]
    }

    /// Reads and parses the files `ids` (on all cores); a file that cannot be read is left out.
    func readFiles(_ ids: [String], templates: TemplateLibrary) -> [DraftingDesk.StoredFile] {
        var read: [(id: String, url: URL, data: Data, stamp: FileStamp)] = []
        for id in ids {
            let url = fileURL(id)
            guard let stamp = FileStamp(url), let data = try? Data(contentsOf: url) else { continue }
            read.append((id, url, data, stamp))
        }
        let parsed = Portfolio.parse(read.map { Portfolio.Source(name: $0.id + ".md", path: displayPath($0.id), bytes: $0.data) },
                                     templates: templates)
        return zip(read, parsed).map { file, parsed in
            DraftingDesk.StoredFile(id: file.id, path: displayPath(file.id), url: file.url, data: file.data,
                                    tag: ContentTag(of: file.data), stamp: file.stamp, parsed: parsed)
        }
    }
}
