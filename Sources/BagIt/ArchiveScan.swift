import Foundation
import ZipArchive

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

/// Reads every entry of the zip once: refuses unsafe entries, finds the bag folder,
/// lets libzip check every CRC, computes checksums and extracts safe entries.
struct ArchiveScan {
    private let reader: ZipReader
    private let extractor: SafeExtractor?
    private(set) var problems: [BagProblem] = []
    private(set) var bag: ScannedBag?

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

    /// Tag files that are parsed, and so kept in memory.
    static func isParsedTagFile(_ name: String) -> Bool {
        name == "bagit.txt" || name == "bag-info.txt"
            || (name.hasSuffix(".txt") && (name.hasPrefix("manifest-") || name.hasPrefix("tagmanifest-")))
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

        // First the tag files we parse, so that we know which checksums the rest needs.
        var parsed: Set<Int> = []
        for entry in safe where !entry.isDirectory {
            guard let path = relative(entry), !path.contains("/"), Self.isParsedTagFile(path) else { continue }
            parsed.insert(entry.index)
            var file = ScannedBag.File(size: entry.size)
            do {
                let data = try reader.data(of: entry)
                file.content = data
                extract(entry, data)
            } catch {
                file.readable = false
                problems.append(.corruptEntry(name: entry.name, reason: Self.reason(error)))
            }
            bag?.files[ExactPath(path)] = file
        }
        let algorithms = Self.algorithms(in: bag)
        for (path, file) in bag?.files ?? [:] {
            guard let content = file.content else { continue }
            for algorithm in algorithms { bag?.files[path]?.digests[algorithm] = algorithm.hexDigest(content) }
        }

        for entry in safe where !parsed.contains(entry.index) {
            let path = relative(entry)
            if entry.isDirectory {
                if let extractor { record({ try extractor.makeDirectory(entry.name) }, for: entry.name) }
                if let path { bag?.folders.insert(ExactPath(String(path.dropLast()))) }
                continue
            }
            let result = stream(entry, algorithms: path == nil ? [] : algorithms)
            if let path { bag?.files[ExactPath(path)] = result }
        }

        // Folders implied by file paths.
        for path in bag?.files.keys.map(\.string) ?? [] {
            var folder = ""
            for component in path.split(separator: "/").dropLast() {
                folder += folder.isEmpty ? String(component) : "/\(component)"
                bag?.folders.insert(ExactPath(folder))
            }
        }
        self.bag = bag
    }

    /// Entries that pass every safety check, in zip order; the others are reported.
    private mutating func safeEntries() -> [ZipEntry] {
        var seen: Set<ExactPath> = []
        var safe: [ZipEntry] = []
        for entry in reader.entries {
            if let problem = entry.pathProblem {
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

    /// Reads an entry to its end (so libzip checks its CRC), hashing and extracting as it goes.
    private mutating func stream(_ entry: ZipEntry, algorithms: [ChecksumAlgorithm]) -> ScannedBag.File {
        let hashers = algorithms.map { StreamingHasher($0) }
        var output: ExtractedFile?
        if let extractor { output = record({ try extractor.createFile(entry.name) }, for: entry.name) }
        var file = ScannedBag.File(size: entry.size)
        var writeFailure: ExtractionFailure?
        do {
            try reader.read(entry) { chunk in
                for index in hashers.indices { hashers[index].update(chunk) }
                guard writeFailure == nil, let output else { return }
                do { try output.write(chunk) } catch let failure as ExtractionFailure { writeFailure = failure }
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
        if let writeFailure {
            problems.append(.extractionFailed(path: entry.name, reason: writeFailure.reason))
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

    private static func algorithms(in bag: ScannedBag?) -> [ChecksumAlgorithm] {
        var result: Set<ChecksumAlgorithm> = []
        for path in bag?.files.keys.map(\.string) ?? [] {
            for prefix in ["manifest-", "tagmanifest-"] where path.hasPrefix(prefix) && path.hasSuffix(".txt") {
                let name = path.dropFirst(prefix.count).dropLast(4)
                if let algorithm = ChecksumAlgorithm(manifestSuffix: String(name)) { result.insert(algorithm) }
            }
        }
        return result.sorted()
    }

    /// libzip's message when there is one, else the whole error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? ZipError {
            return error.libzipMessage.map { "\($0) (libzip)" } ?? error.context
        }
        return "\(error)"
    }
}
