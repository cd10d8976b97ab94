import CZip
import SafeOutput

/// An error from reading or writing a zip archive.
///
/// Every failure reported by libzip becomes a `ZipError` in exactly one place
/// (``ZipError/libzip(_:_:path:)``), carrying libzip's own message
/// (`zip_error_strerror`) next to our own words about what we were doing.
/// Failures detected on our side (a missing folder, an unsafe entry name, a
/// failed rename) use the same type with `libzipMessage == nil`.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: Sendable, Hashable {
        /// The file is not a zip archive (for example empty, truncated or some other format).
        case notAZip
        /// The archive's local and central headers disagree, or it is otherwise damaged.
        case inconsistent
        /// An entry's data does not match the CRC-32 stored for it.
        case crcMismatch
        /// The compressed data of an entry is invalid or ends early.
        case corruptData
        /// The file or folder does not exist.
        case notFound
        /// An entry or file with that name already exists.
        case alreadyExists
        /// Opening, reading, writing, renaming or removing a file failed.
        case io
        /// The entry uses a compression or encryption method libzip cannot read.
        case unsupported
        /// An argument, such as an entry name or a date, is invalid.
        case invalidArgument
        /// The folder that should contain the archive does not exist.
        case folderMissing
        /// The operation was cancelled by the caller.
        case cancelled
        /// Any other libzip error, with libzip's numeric code.
        case other(Int32)
    }

    /// The kind of failure.
    public let code: Code
    /// What we were doing, in our own words (for example "cannot write zip archive").
    public let context: String
    /// The file the failure concerns, if any.
    public let path: String?
    /// libzip's own message (`zip_error_strerror`), or `nil` when libzip was not involved.
    public let libzipMessage: String?
    /// libzip's numeric error (`ZIP_ER_…`), or `nil` when libzip was not involved.
    public let libzipCode: Int32?
    /// The system's `errno` behind a libzip failure (`zip_error_code_system` of a `ZIP_ET_SYS`
    /// error), or `nil`.
    public let systemErrno: Int32?

    /// Creates an error that did not come from libzip.
    public init(_ code: Code, _ context: String, path: String? = nil) {
        self.code = code
        self.context = context
        self.path = path
        self.libzipMessage = nil
        self.libzipCode = nil
        self.systemErrno = nil
    }

    private init(context: String, path: String?, libzipMessage: String, libzipCode: Int32, systemErrno: Int32?) {
        self.code = Code(libzipCode: libzipCode)
        self.context = context
        self.path = path
        self.libzipMessage = libzipMessage
        self.libzipCode = libzipCode
        self.systemErrno = systemErrno
    }

    /// The failure as an ``SafeOutput/OutputError`` when it is one of writing the archive's file
    /// (libzip could not create, write, seek in, close or rename it; a seek past the end fails with
    /// ENOSPC on a full disk) and the system said why; otherwise nil.
    /// A full disk is then recognised from `errno`, as for every other output.
    public var outputError: OutputError? {
        guard let libzipCode, let systemErrno, let path,
              [ZIP_ER_WRITE, ZIP_ER_SEEK, ZIP_ER_TMPOPEN, ZIP_ER_RENAME, ZIP_ER_CLOSE].contains(libzipCode) else { return nil }
        return OutputError(.write, path: path, errno: systemErrno)
    }

    /// A readable sentence: the file, our words, and libzip's message,
    /// e.g. `/tmp/a.zip: cannot open zip archive: … (libzip: Not a zip archive)`.
    public var description: String {
        (path.map { "\($0): " } ?? "") + context + (libzipMessage.map { " (libzip: \($0))" } ?? "")
    }

    /// The one place where a libzip error becomes a Swift error.
    static func libzip(_ error: UnsafeMutablePointer<zip_error_t>, _ context: String, path: String?) -> ZipError {
        let message = String(cString: zip_error_strerror(error))
        let system = zip_error_system_type(error) == ZIP_ET_SYS ? zip_error_code_system(error) : nil
        return ZipError(context: context, path: path, libzipMessage: message, libzipCode: zip_error_code_zip(error),
                        systemErrno: system)
    }

    /// A libzip error known only by its code (as returned by `zip_open`-style calls).
    static func libzip(code: Int32, _ context: String, path: String?) -> ZipError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return libzip(&error, context, path: path)
    }
}

extension ZipError.Code {
    init(libzipCode: Int32) {
        switch libzipCode {
        case ZIP_ER_NOZIP: self = .notAZip
        case ZIP_ER_INCONS, ZIP_ER_MULTIDISK: self = .inconsistent
        case ZIP_ER_CRC: self = .crcMismatch
        case ZIP_ER_COMPRESSED_DATA, ZIP_ER_ZLIB, ZIP_ER_EOF: self = .corruptData
        case ZIP_ER_NOENT: self = .notFound
        case ZIP_ER_EXISTS: self = .alreadyExists
        case ZIP_ER_RENAME, ZIP_ER_CLOSE, ZIP_ER_SEEK, ZIP_ER_READ, ZIP_ER_WRITE, ZIP_ER_OPEN,
             ZIP_ER_TMPOPEN, ZIP_ER_REMOVE, ZIP_ER_TELL:
            self = .io
        case ZIP_ER_COMPNOTSUPP, ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD, ZIP_ER_OPNOTSUPP:
            self = .unsupported
        case ZIP_ER_INVAL: self = .invalidArgument
        case ZIP_ER_CANCELLED: self = .cancelled
        default: self = .other(libzipCode)
        }
    }
}
