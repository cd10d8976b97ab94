import CalendarDate
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork
internal import ZipArchive

/// Progress of ``BagWriter/write(_:to:modified:compression:compressionThreads:progress:)``.
public struct BagProgress: Sendable, Hashable {
    /// What the writer is doing.
    public enum Phase: Sendable, Hashable {
        /// Computing the SHA-256 of each payload file.
        case hashing
        /// libzip is compressing and writing the archive.
        case writing
    }

    /// The current phase.
    public let phase: Phase
    /// Payload files done in this phase.
    public let filesDone: Int
    /// Payload files in the bag.
    public let totalFiles: Int
}

/// Writes a ``Bag`` as a BagIt 1.0 bag (RFC 8493) serialized as a zip. (A payload too large to
/// hold in memory at once is written with ``StreamingBagWriter``, which gives the same bytes.)
///
/// The zip unpacks to exactly one folder named after the bag, holding, in this
/// order: `bagit.txt`, `bag-info.txt` (the caller's fields, then `Payload-Oxum`
/// and `Bag-Size`), `manifest-sha256.txt`, `tagmanifest-sha256.txt` and
/// `data/` with the payload sorted by path (folder entries before their
/// contents). All entries carry the caller's time and fixed attributes, so the
/// same bag and time always give the same bytes. The write is atomic (see
/// ``ZipWriter``).
public enum BagWriter {
    /// The payload manifest's file name.
    public static let manifestName = "manifest-sha256.txt"
    /// The tag manifest's file name.
    public static let tagManifestName = "tagmanifest-sha256.txt"

    /// As many compression threads as the machine has active cores.
    public static var defaultCompressionThreads: Int { ZipWriter.defaultCompressionThreads }

    /// Writes `bag` to `url`, replacing any file there only if everything succeeds.
    ///
    /// - Parameters:
    ///   - modified: the modification time stored for every entry (never the clock).
    ///   - compression: how payload and tag files are stored (a payload that is itself a zip archive is
    ///     always stored, as it is: deflating compressed bytes costs time and saves nothing).
    ///   - compressionThreads: how many threads deflate the files; the bytes written are the same
    ///     for any number.
    ///   - progress: called after each payload file is hashed (phase `.hashing`) and while libzip
    ///     writes (phase `.writing`). Throwing from it cancels the write; the error is rethrown and
    ///     the target is left untouched.
    /// - Throws: `OutputError` (SafeOutput) when writing the file failed and the system said why
    ///   (a full disk, no permission: `errno`), ``BagWriteError`` for other archive failures, or the
    ///   progress closure's error.
    public static func write(_ bag: Bag, to url: URL, modified: BagTimestamp,
                             compression: BagCompression = .deflated,
                             compressionThreads: Int = BagWriter.defaultCompressionThreads,
                             progress: ((BagProgress) throws -> Void)? = nil) throws {
        try mappingErrors {
            try write(bag, to: url, modified: modified.zip, compression: compression == .stored ? .stored : .deflated,
                      compressionThreads: compressionThreads, progress: progress)
        }
    }

    /// Runs `body`, giving a ``ZipError`` the form callers see: `OutputError` when the system said
    /// why (a full disk, no permission: `errno`), ``BagWriteError`` otherwise. The one place the
    /// archive's errors are mapped.
    static func mappingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ZipError {
            throw error.outputError ?? BagWriteError(error)
        }
    }

    private static func write(_ bag: Bag, to url: URL, modified: ZipDateTime, compression: ZipCompression,
                              compressionThreads: Int, progress: ((BagProgress) throws -> Void)?) throws {
        let total = bag.payload.count
        try progress?(BagProgress(phase: .hashing, filesDone: 0, totalFiles: total))
        // Hashed on every core; progress is then reported file by file, in order, as before.
        let digests = Parallel.chunked(total) { range in
            bag.payload[range].map { sha256Hex($0.data) }
        }
        var payload: [BagLayout.Entry] = []
        payload.reserveCapacity(total)
        for (offset, file) in bag.payload.enumerated() {
            payload.append(BagLayout.Entry(path: file.path, size: file.data.count, digest: digests[offset],
                                           content: .bytes(file.data, BagLayout.compression(of: file.data, compression))))
            try progress?(BagProgress(phase: .hashing, filesDone: offset + 1, totalFiles: total))
        }
        let writer = try ZipWriter(creating: url, compressionThreads: compressionThreads)
        try BagLayout.write(name: bag.name, info: bag.info, payload: payload, to: writer, modified: modified,
                            compression: compression, progress: progress)
    }
}

/// How ``BagWriter`` stores the files in the zip.
public enum BagCompression: Sendable, Hashable {
    /// Stored as they are.
    case stored
    /// Deflated at zlib's best level.
    case deflated
}

/// The date and time stored for every entry of a written bag: a civil date and time without a time
/// zone, so that the same value gives the same bytes whatever `TZ` says. Zip stores years 1980–2107
/// and seconds in steps of two (an odd second is rounded down). There is deliberately no initializer
/// from `Date`: callers supply a fixed value, never the clock.
public struct BagTimestamp: Sendable, Hashable, CustomStringConvertible {
    let zip: ZipDateTime

    /// A date and time; throws ``BagWriteError`` (``BagWriteError/Kind/invalidArgument``) when a field is out of range.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) throws {
        do {
            zip = try ZipDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        } catch let error as ZipError {
            throw BagWriteError(error)
        }
    }

    /// Midnight at the start of `date`.
    public init(date: CivilDate) throws {
        try self.init(year: date.year, month: date.month, day: date.day)
    }

    /// ISO 8601 without a zone, e.g. `2025-03-01T12:00:00`.
    public var description: String { zip.description }
}

/// Why ``BagWriter`` could not write a bag, with the underlying library's own words.
public struct BagWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Hashable {
        /// The folder that should contain the bag does not exist.
        case folderMissing
        /// Opening, writing, renaming or removing a file failed (a full or read-only disk, no permission, ...).
        case io
        /// An argument, such as a date or an entry name, is invalid.
        case invalidArgument
        /// Any other failure of the zip library.
        case other
    }

    /// The kind of failure.
    public let kind: Kind
    /// The whole explanation: the file, what was being done, and libzip's message.
    public let underlyingDescription: String
    /// The zip library's (libzip's) own message, or nil when the failure was detected before it.
    public let libraryMessage: String?

    init(_ error: ZipError) {
        kind = switch error.code {
        case .folderMissing: .folderMissing
        case .io: .io
        case .invalidArgument: .invalidArgument
        default: .other
        }
        underlyingDescription = error.description
        libraryMessage = error.libzipMessage
    }

    /// A failure found before the zip library was asked.
    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        underlyingDescription = description
        libraryMessage = nil
    }

    /// Same as ``underlyingDescription``.
    public var description: String { underlyingDescription }
}
