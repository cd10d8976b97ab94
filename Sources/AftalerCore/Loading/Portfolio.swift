#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// All agreements of a run, loaded from files and folders, with every diagnostic found.
///
/// Loading is bounded (see ``Limits``): a folder with too many files, or more text than a run may
/// hold, is reported with a diagnostic instead of exhausting time or memory.
public struct Portfolio: Sendable {
    /// Bounds on what one run reads, so that a mistaken or hostile folder cannot exhaust the machine.
    public struct Limits: Sendable, Hashable {
        /// A folder with more agreement files than this is refused rather than read.
        public var maximumFileCount: Int
        /// Agreement files are read until together they hold this many bytes; the rest are refused.
        public var maximumTotalByteCount: Int

        /// The limits of a normal run: 200,000 files and 1 GiB of agreement text.
        public init(maximumFileCount: Int = 200_000, maximumTotalByteCount: Int = 1 << 30) {
            self.maximumFileCount = maximumFileCount
            self.maximumTotalByteCount = maximumTotalByteCount
        }
    }

    /// One agreement file held in memory: its file name (`ID.md`), the path shown in diagnostics and its bytes.
    public struct Source: Sendable {
        public let name: String
        public let path: String
        public let bytes: Data

        /// A source named `name`; `path` defaults to the name.
        public init(name: String, path: String? = nil, bytes: Data) {
            self.name = name
            self.path = path ?? name
            self.bytes = bytes
        }
    }

    /// A folder with more agreement files than this is refused rather than read.
    public static let maximumFileCount = Limits().maximumFileCount

    /// The valid agreements (files without errors), in Danish title order.
    public let agreements: [Agreement]
    /// Every problem found, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    public let templates: TemplateLibrary
    /// How many files were read, how many are valid, and which were left out.
    public let tally: FileTally
    /// Agreements built from files that were left out (drafts with placeholders, files with
    /// errors), for a preview that shows them with their diagnostics; never for outputs of record.
    public let leftOutAgreements: [Agreement]
    /// The bytes of agreement text read, counted against `Limits.maximumTotalByteCount`.
    let byteCount: Int

    /// True when the run found no errors, so outputs of record may be written.
    public var isValid: Bool { !diagnostics.containsErrors }

    /// Errors that belong to no single agreement file (the templates, the folders, a run over its
    /// byte budget): then no output can be trusted, and reading commands stop too.
    public var runErrors: [Diagnostic] { tally.runErrors(in: diagnostics) }

    public func agreement(_ id: String) -> Agreement? { agreements.first { $0.id == id } }

    /// Loads agreements from `paths` (files or folders; folders are read for `*.md`, not recursively).
    public static func load(paths: [URL], templates: TemplateLibrary, templateDiagnostics: [Diagnostic] = [],
                            limits: Limits = Limits()) -> Portfolio {
        var loader = Loader(templates: templates, limits: limits, diagnostics: templateDiagnostics)
        loader.load(files(paths, limits: limits, diagnostics: &loader.diagnostics))
        return loader.finish()
    }

    /// Checks the agreements in `paths` exactly as `load(paths:...)` does, but keeps none of them:
    /// each is dropped once parsed, so memory stays that of one batch of files, whatever their number.
    public static func check(paths: [URL], templates: TemplateLibrary, templateDiagnostics: [Diagnostic] = [],
                             limits: Limits = Limits()) -> CheckReport {
        var loader = Loader(templates: templates, limits: limits, diagnostics: templateDiagnostics, keepsAgreements: false)
        loader.load(files(paths, limits: limits, diagnostics: &loader.diagnostics))
        return CheckReport(tally: loader.tally, diagnostics: loader.diagnostics.sorted())
    }

    private static func files(_ paths: [URL], limits: Limits, diagnostics: inout [Diagnostic]) -> [PendingFile] {
        AgreementFiles.list(paths, limit: limits.maximumFileCount, diagnostics: &diagnostics).map(PendingFile.init)
    }

    /// Loads agreements held in memory, exactly as if they were files of one folder.
    public static func load(sources: [Source], templates: TemplateLibrary, templateDiagnostics: [Diagnostic] = [],
                            limits: Limits = Limits()) -> Portfolio {
        var loader = Loader(templates: templates, limits: limits, diagnostics: templateDiagnostics)
        if sources.count > limits.maximumFileCount {
            loader.diagnostics.append(AgreementFiles.tooMany(limits.maximumFileCount, at: .init(file: ".", line: 1, column: 1)))
            return loader.finish()
        }
        loader.load(sources.map { PendingFile(name: $0.name, path: $0.path, bytes: $0.bytes) })
        return loader.finish()
    }

    /// Reads and parses agreements held in memory, each on its own, without checking them against
    /// each other: the pieces a long-running session keeps, so that after one file changes only that
    /// file is parsed again and ``assemble(_:templates:templateDiagnostics:limits:)`` rebuilds the rest.
    public static func parse(_ sources: [Source], templates: TemplateLibrary) -> [ParsedFile] {
        let parser = AgreementParser(templates: templates)
        let pending = sources.map { source in
            (id: source.name.hasSuffix(".md") ? String(source.name.dropLast(3)) : source.name,
             file: PendingFile(name: source.name, path: source.path, bytes: source.bytes))
        }
        return zip(sources, parser.load(pending[...])).map { source, loaded in
            ParsedFile(name: source.name, path: source.path, loaded: loaded)
        }
    }

    /// The portfolio of files parsed earlier, exactly as `load(sources:)` of their sources would give
    /// it (ids, the byte budget, relations between the files, the order), without parsing again.
    public static func assemble(_ files: [ParsedFile], templates: TemplateLibrary, templateDiagnostics: [Diagnostic] = [],
                                limits: Limits = Limits()) -> Portfolio {
        var loader = Loader(templates: templates, limits: limits, diagnostics: templateDiagnostics)
        if files.count > limits.maximumFileCount {
            loader.diagnostics.append(AgreementFiles.tooMany(limits.maximumFileCount, at: .init(file: ".", line: 1, column: 1)))
            return loader.finish()
        }
        loader.take(parsed: files)
        return loader.finish()
    }

    /// At most this many diagnostics of one code are shown per file; one more says how many were left out.
    public static let maximumDiagnosticsPerCode = 100

    /// `diagnostics` with each file's diagnostics of one code cut to the first
    /// ``maximumDiagnosticsPerCode``, plus one that counts the rest, so that a hostile file gives a
    /// readable report rather than hundreds of thousands of lines.
    static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > maximumDiagnosticsPerCode else { return diagnostics }
        struct Key: Hashable { let file: String; let code: Diagnostic.Code }
        var kept: [Diagnostic] = []
        var counts: [Key: Int] = [:]
        var firstLeftOut: [Key: Diagnostic] = [:]
        for diagnostic in diagnostics.sorted() {
            let key = Key(file: diagnostic.location.file, code: diagnostic.code)
            counts[key, default: 0] += 1
            if counts[key]! <= maximumDiagnosticsPerCode {
                kept.append(diagnostic)
            } else if firstLeftOut[key] == nil {
                firstLeftOut[key] = diagnostic
            }
        }
        for (key, first) in firstLeftOut {
            let more = counts[key]! - maximumDiagnosticsPerCode
            kept.append(Diagnostic(key.code, "\(more) more problem(s) of this kind in this file are not shown",
                                   at: first.location, severity: first.severity,
                                   hint: "fix the ones shown above and run again"))
        }
        return kept
    }

    /// One run of loading: ids seen, bytes read, agreements and diagnostics so far.
    private struct Loader {
        /// Files are read and parsed at most this many at a time, on all cores, then admitted in
        /// order, so that the byte budget is checked file by file.
        static let maximumBatchSize = 1024

        /// The next batch's size: as many files as may still be read in full within the byte budget
        /// (each at most `SourceText.maximumByteCount`), so that a batch never reads far past the
        /// budget; a big batch costs fewer pauses between batches.
        var batchSize: Int {
            let remaining = max(0, limits.maximumTotalByteCount - byteCount)
            return max(1, min(Self.maximumBatchSize, remaining / SourceText.maximumByteCount))
        }

        let parser: AgreementParser
        let limits: Limits
        let templates: TemplateLibrary
        /// False when only the diagnostics and the count are wanted (`Portfolio.check`).
        let keepsAgreements: Bool
        var diagnostics: [Diagnostic]
        var agreements: [Agreement] = []
        var leftOutAgreements: [Agreement] = []
        var tally = FileTally()
        /// Every relation read so far, checked once all files are read.
        var relationReferences: [RelationRules.Reference] = []
        /// Every id admitted so far, with the place of its file among the run's files, so that a
        /// later file with the same id can name it (set by `load` or `take(parsed:)`, once per run).
        var firstSeen = SeenIDs(capacity: 0, nameOfFile: { _ in "" })
        var byteCount = 0
        /// Set when the byte budget is spent: no further file is read.
        var stopped = false

        init(templates: TemplateLibrary, limits: Limits, diagnostics: [Diagnostic], keepsAgreements: Bool = true) {
            self.parser = AgreementParser(templates: templates)
            self.templates = templates
            self.limits = limits
            self.keepsAgreements = keepsAgreements
            self.diagnostics = diagnostics
        }

        /// Loads `files` in order: ids are checked one by one, then each batch of admitted files is
        /// read and parsed in parallel, and the results are taken in order until the budget is spent.
        mutating func load(_ files: [PendingFile]) {
            firstSeen = SeenIDs(capacity: files.count, nameOfFile: { files[$0].name })
            var next = 0
            while next < files.count, !stopped {
                var admitted: [(id: String, file: PendingFile)] = []
                let size = batchSize
                while next < files.count, admitted.count < size {
                    let file = files[next]
                    next += 1
                    tally.read += 1
                    if let id = admit(name: file.name, path: file.path, index: next - 1, pathOfFile: { files[$0].path }) {
                        admitted.append((id, file))
                    } else {
                        tally.leftOut.append(.init(path: file.path, state: .invalid, problemCount: 1))
                    }
                }
                for (loaded, pending) in zip(parser.load(admitted[...], keepingAgreements: keepsAgreements), admitted) {
                    take(loaded, path: pending.file.path)
                    if stopped { break }
                }
            }
            checkRelations()
        }

        /// Takes files parsed earlier (`Portfolio.parse`) in order, as `load` takes a batch.
        mutating func take(parsed files: [ParsedFile]) {
            firstSeen = SeenIDs(capacity: files.count, nameOfFile: { files[$0].name })
            for (index, file) in files.enumerated() where !stopped {
                tally.read += 1
                guard admit(name: file.name, path: file.path, index: index, pathOfFile: { files[$0].path }) != nil else {
                    tally.leftOut.append(.init(path: file.path, state: .invalid, problemCount: 1))
                    continue
                }
                take(file.loaded, path: file.path)
            }
            checkRelations()
        }

        /// Counts one read and parsed file in: its diagnostics, its bytes against the budget, and
        /// the agreement among the valid ones or the left-out ones.
        mutating func take(_ loaded: LoadedFile, path: String) {
            diagnostics += loaded.readDiagnostics
            guard let count = loaded.byteCount else {
                tally.leftOut.append(.init(path: path, state: .invalid, problemCount: loaded.readDiagnostics.count))
                return
            }
            byteCount += count
            guard byteCount <= limits.maximumTotalByteCount else {
                stopped = true
                diagnostics.append(Diagnostic(
                    .tooManyFiles, "the agreements hold more than \(limits.maximumTotalByteCount) bytes together; "
                        + "this file and the ones after it were not read",
                    at: .init(file: path, line: 1, column: 1),
                    hint: "split the agreements into several folders and run once per folder"))
                return
            }
            diagnostics += Portfolio.capped(loaded.diagnostics)
            relationReferences += loaded.references
            if let state = loaded.leftOut {
                let problems = (loaded.readDiagnostics + loaded.diagnostics).filter {
                    state == .invalid ? $0.severity == .error : $0.code == .placeholder
                }.count
                tally.leftOut.append(.init(path: path, state: state, problemCount: problems))
                if keepsAgreements, let agreement = loaded.agreement { leftOutAgreements.append(agreement) }
                return
            }
            guard loaded.built else { return }
            tally.valid += 1
            if let agreement = loaded.agreement { agreements.append(agreement) }
        }

        /// Relations must name agreements of this run; a file with one that does not is left out
        /// after all, and the others get the titles of the agreements they name.
        mutating func checkRelations() {
            let problems = RelationRules.check(relationReferences, isKnown: { firstSeen.place(of: $0[...]) != nil },
                                               sortedIDs: { firstSeen.sortedIDs })
            relationReferences = []
            diagnostics += problems
            // In the order of the files (a Set's order changed from run to run, and with it the JSON).
            var seen = Set<String>()
            let broken = problems.map(\.location.file).filter { seen.insert($0).inserted }
            for path in broken where !tally.leftOut.contains(where: { $0.path == path }) {
                tally.valid -= 1
                tally.leftOut.append(.init(path: path, state: .invalid,
                                           problemCount: problems.filter { $0.location.file == path }.count))
                if let index = agreements.firstIndex(where: { $0.source.path == path }) {
                    leftOutAgreements.append(agreements.remove(at: index))
                }
            }
            // Every agreement shows the titles of those it relates to, a draft's preview too.
            let titles = Portfolio.titles(agreements + leftOutAgreements)
            Portfolio.showRelationTitles(titles, in: &agreements)
            Portfolio.showRelationTitles(titles, in: &leftOutAgreements)
        }

        /// The id of the file `name`, the `index`th of the run's files, or nil (with a diagnostic)
        /// when its name is not an id or is taken; `pathOfFile` gives the path of the file at an index.
        mutating func admit(name: String, path: String, index: Int, pathOfFile: (Int) -> String) -> String? {
            let id = SeenIDs.id(ofName: name)
            if let problem = IdentityRules.check(id: String(id), path: path, firstSeenAt: firstSeen.place(of: id).map(pathOfFile)) {
                diagnostics.append(problem)
                return nil
            }
            firstSeen.insert(id, at: index)
            return String(id)
        }

        /// The portfolio: agreements in Danish title order, diagnostics sorted.
        func finish() -> Portfolio {
            Portfolio(agreements: agreements.sortedDanish(by: \.title), diagnostics: diagnostics.sorted(),
                      templates: templates, tally: tally, leftOutAgreements: leftOutAgreements, byteCount: byteCount)
        }
    }
}
