import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import ZipArchive

/// What the archive-level pass learned about the bag folder.
struct ScannedBag {
    /// A file of the bag, keyed by its path relative to the bag folder.
    struct File {
        let size: UInt64
        /// Kept only for the tag files the verifier parses.
        var content: Data?
        var digests: [ChecksumAlgorithm: String] = [:]
        /// False when the entry could not be read back (already reported as corrupt).
        var readable = true
    }

    /// The bag folder's name.
    let root: String
    var files: [ExactPath: File] = [:]
    /// Folders relative to the bag folder, without a trailing slash (including implied parents).
    var folders: Set<ExactPath> = []
}

/// Reads every entry of the zip once: refuses unsafe entries, finds the bag folder, reads and
/// parses the tag files, lets libzip check every CRC, computes checksums and extracts.
///
/// Extraction writes only the tag files the verifier reads and the files a manifest or tag manifest
/// lists, and never more than is declared: no entry beyond the size its central directory records
/// (``ZipArchive/ZipReader`` stops there, reported as a damaged entry), and no payload beyond the
/// bytes `Payload-Oxum` declares, counted as they are written.
struct ArchiveScan {
    /// The largest tag file read into memory (a manifest of a million files is about 100 MB).
    static let tagFileLimit: UInt64 = 256 << 20

    private let reader: ZipReader
    private let extractor: SafeExtractor?
    private(set) var problems: [BagProblem] = []
    private(set) var bag: ScannedBag?
    private(set) var tags: TagFileSet?
    /// Payload bytes written so far, against `Payload-Oxum`'s byte count.
    private var payloadWritten: UInt64 = 0
    private var payloadBudgetExceeded = false

    init(reader: ZipReader, destination: URL?) {
        self.reader = reader
        var extractor: SafeExtractor?
        if let destination {
            do { extractor = try SafeExtractor(destination: destination) } catch let failure as ExtractionFailure {
                problems.append(.extractionFailed(path: destination.path, reason: failure.reason))
            } catch {
                problems.append(.extractionFailed(path: destination.path, reason: "\(error)"))
            }
        }
        self.extractor = extractor
    }

    mutating func run() {
        let safe = safeEntries()
        let root = chooseRoot(safe)
        var bag = root.map { ScannedBag(root: $0) }
        let prefix = root.map { $0 + "/" }

        func relative(_ entry: ZipEntry) -> String? {
            guard let prefix, entry.name.hasPrefix(prefix), entry.name.utf8.count > prefix.utf8.count else { return nil }
            return String(entry.name.dropFirst(prefix.count))
        }

        // First the tag files we read, so that we know the checksums, the files to extract and the sizes.
        var parsed: Set<Int> = []
        var contents: [ExactPath: Data?] = [:]
        for entry in safe where !entry.isDirectory {
            guard let path = relative(entry), !path.containsText("/"), TagFileSet.isReadTagFile(path) else { continue }
            parsed.insert(entry.index)
            var file = ScannedBag.File(size: entry.size)
            if entry.size > Self.tagFileLimit {
                file.readable = false
                problems.append(.tagFileTooLarge(file: path, size: entry.size, limit: Self.tagFileLimit))
            } else {
                do {
                    let data = try reader.data(of: entry)
                    file.content = data
                    extract(entry, data)
                } catch {
                    file.readable = false
                    problems.append(.corruptEntry(name: entry.name, reason: Self.reason(error)))
                }
            }
            contents[ExactPath(path)] = file.content
            bag?.files[ExactPath(path)] = file
        }
        guard var bag else {
            for entry in safe where !parsed.contains(entry.index) && !entry.isDirectory { _ = stream(entry, path: nil, algorithms: []) }
            return
        }
        let tags = TagFileSet(contents: contents)
        let algorithms = Array(Set(tags.manifests.map(\.algorithm))).sorted()
        for (path, file) in bag.files {
            guard let content = file.content else { continue }
            for algorithm in algorithms { bag.files[path]?.digests[algorithm] = algorithm.hexDigest(content) }
        }
        let listed = Set(tags.manifests.flatMap { $0.lines.map { ExactPath($0.path) } })

        for entry in safe where !parsed.contains(entry.index) {
            let path = relative(entry)
            if entry.isDirectory {
                // Folders are made as files need them; only the bag folder and data/ are made as such.
                if let extractor, entry.name == prefix || path == "data/" {
                    record({ try extractor.makeDirectory(entry.name) }, for: entry.name)
                }
                if let path { bag.folders.insert(ExactPath(String(path.dropLast()))) }
                continue
            }
            let extract = path.map { listed.contains(ExactPath($0)) } ?? false
            let result = stream(entry, path: extract ? path : nil, algorithms: path == nil ? [] : algorithms,
                                payloadLimit: tags.oxum?.bytes)
            if let path { bag.files[ExactPath(path)] = result }
        }

        // Folders implied by file paths.
        for path in bag.files.keys.map(\.string) {
            var folder = ""
            for component in path.split(separator: "/").dropLast() {
                folder += folder.isEmpty ? String(component) : "/\(component)"
                bag.folders.insert(ExactPath(folder))
            }
        }
        self.bag = bag
        self.tags = tags
    }

    /// Entries that pass every safety check, in zip order; the others are reported.
    private mutating func safeEntries() -> [ZipEntry] {
        var seen: Set<ExactPath> = []
        var safe: [ZipEntry] = []
        for entry in reader.entries {
            if let problem = BagPaths.entryProblem(entry.name) {
                problems.append(.unsafeEntry(name: entry.name, reason: .path(problem)))
            } else if entry.isSymbolicLink {
                problems.append(.unsafeEntry(name: entry.name, reason: .symbolicLink))
            } else if entry.isSpecialFile {
                problems.append(.unsafeEntry(name: entry.name, reason: .specialFile))
            } else if !seen.insert(ExactPath(entry.name)).inserted {
                problems.append(.duplicateEntry(name: entry.name))
            } else {
                safe.append(entry)
            }
        }
        return safe
    }

    /// Reports anything but exactly one top-level folder; returns the folder to check as the bag.
    private mutating func chooseRoot(_ safe: [ZipEntry]) -> String? {
        var folders: [String] = []
        var files: [String] = []
        for entry in safe {
            let parts = entry.name.split(separator: "/")
            let top = String(parts[0])
            if parts.count > 1 || entry.isDirectory {
                if !folders.contains(top) { folders.append(top) }
            } else if !files.contains(top) {
                files.append(top)
            }
        }
        if folders.count != 1 || !files.isEmpty {
            let found = (folders.map { $0 + "/" } + files).sorted(by: BagPaths.precedes)
            problems.append(.notExactlyOneTopFolder(found: found))
        }
        let names = Set(safe.map { ExactPath($0.name) })
        return folders.first { names.contains(ExactPath($0 + "/bagit.txt")) } ?? folders.first
    }

    /// Reads an entry to its end (so libzip checks its CRC), hashing as it goes; extracts it when it
    /// has a `path` to extract it as, stopping once the payload written passes `payloadLimit` bytes.
    private mutating func stream(_ entry: ZipEntry, path: String?, algorithms: [ChecksumAlgorithm],
                                 payloadLimit: UInt64? = nil) -> ScannedBag.File {
        let hashers = algorithms.map { StreamingHasher($0) }
        let isPayload = path?.hasPrefix("data/") ?? false
        var output: ExtractedFile?
        if let extractor, path != nil, !(isPayload && payloadBudgetExceeded) {
            output = record({ try extractor.createFile(entry.name) }, for: entry.name)
        }
        var file = ScannedBag.File(size: entry.size)
        var writeFailure: BagProblem?
        var written: UInt64 = 0
        let budget = payloadLimit.map { $0 - min($0, payloadWritten) }
        do {
            try reader.read(entry) { chunk in
                for index in hashers.indices { hashers[index].update(chunk) }
                guard writeFailure == nil, let output else { return }
                if isPayload, let budget, written + UInt64(chunk.count) > budget {
                    writeFailure = .payloadExceedsOxum(path: path ?? entry.name, declaredBytes: payloadLimit ?? 0)
                    return
                }
                do {
                    try output.write(chunk)
                    written += UInt64(chunk.count)
                } catch let failure as ExtractionFailure {
                    writeFailure = .extractionFailed(path: entry.name, reason: failure.reason)
                }
            }
            if let output, writeFailure == nil {
                record({ try output.finish() }, for: entry.name)
            }
            for (algorithm, hasher) in zip(algorithms, hashers) { file.digests[algorithm] = hasher.finalize() }
        } catch {
            file.readable = false
            problems.append(.corruptEntry(name: entry.name, reason: Self.reason(error)))
            output?.abandon()
        }
        if isPayload { payloadWritten += written }
        if let writeFailure {
            if case .payloadExceedsOxum = writeFailure { payloadBudgetExceeded = true }
            problems.append(writeFailure)
            output?.abandon()
        }
        return file
    }

    private mutating func extract(_ entry: ZipEntry, _ data: Data) {
        guard let extractor else { return }
        record({
            let output = try extractor.createFile(entry.name)
            try output.write(data)
            try output.finish()
        }, for: entry.name)
    }

    /// Runs an extraction step, turning a failure into a problem.
    @discardableResult
    private mutating func record<T>(_ step: () throws -> T, for name: String) -> T? {
        do { return try step() } catch let failure as ExtractionFailure {
            problems.append(.extractionFailed(path: name, reason: failure.reason))
        } catch {
            problems.append(.extractionFailed(path: name, reason: "\(error)"))
        }
        return nil
    }

    /// libzip's message when there is one, else the whole error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? ZipError {
            return error.libzipMessage.map { "\($0) (libzip)" } ?? error.context
        }
        return "\(error)"
    }
}
