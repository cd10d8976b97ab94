import CXLSXWriter
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything that can go wrong while building or writing a workbook.
///
/// Errors reported by libxlsxwriter itself arrive as ``library(code:message:operation:)`` and are
/// produced in exactly one place (`XLSXError.check(_:operation:)`), which keeps the C library's own
/// message (`lxw_strerror`) and adds what we were doing plus a hint. Every other case is raised by
/// the Swift layer *before* any C call, so the C library never sees input it would mishandle, or
/// after it (``incompletePackage(part:reason:)``). Problems of the file system (a missing or
/// read-only folder, a full disk, something other than a regular file at the path) are
/// `SafeOutput.OutputError`s, carrying `errno`.
public enum XLSXError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// libxlsxwriter returned an error code. `code` is the numeric `lxw_error`, `message` is
    /// `lxw_strerror(code)` and `operation` says what we asked the library to do.
    case library(code: Int, message: String, operation: String)
    /// libxlsxwriter reported success, but a part of the file it wrote is damaged: reading it back
    /// found `part` cut off or unreadable (its temporary files could not be written in full).
    case incompletePackage(part: String, reason: String)
    /// The workbook was already closed (successfully or not); no further calls are possible.
    case workbookClosed(operation: String)
    /// A value is longer, larger or further out than a limit of Excel or of libxlsxwriter 1.1.4.
    case limitExceeded(limit: XLSXLimits.Limit, actual: Int, context: String)
    /// A number (cell value, width, margin, …) is NaN or infinite.
    case nonFiniteNumber(context: String)
    /// The sheet name breaks one of Excel's naming rules other than its length.
    case invalidSheetName(name: String, reason: String)
    /// An argument is malformed (empty list, inverted range, forbidden character, bad date, …).
    case invalidArgument(String)
    /// The feature cannot be used when ``WorkbookOptions/constantMemory`` is on.
    case notSupportedInConstantMemoryMode(feature: String)
    /// In constant-memory mode rows must be written top to bottom; `row` comes after `currentRow`
    /// has already been started, so libxlsxwriter would silently drop it.
    case rowOrderInConstantMemoryMode(row: Int, currentRow: Int)

    /// A readable explanation, naming the limit, path or libxlsxwriter message involved.
    public var description: String {
        switch self {
        case let .library(code, message, operation):
            return "\(operation) failed: libxlsxwriter says \"\(message)\" (lxw_error \(code)). "
                + XLSXError.hint(forLibraryCode: code)
        case let .incompletePackage(part, reason):
            return "The workbook came out damaged and was not kept: its part \(part) \(reason). libxlsxwriter "
                + "could not write its temporary files in full; check the free space of the temporary folder."
        case let .workbookClosed(operation):
            return "\(operation): the workbook has already been closed."
        case let .limitExceeded(limit, actual, context):
            return "\(context): \(actual) exceeds \(limit.description)."
        case let .nonFiniteNumber(context):
            return "\(context): the number must be finite (not NaN or infinity)."
        case let .invalidSheetName(name, reason):
            return "Invalid sheet name '\(name)': \(reason)."
        case let .invalidArgument(message):
            return message
        case let .notSupportedInConstantMemoryMode(feature):
            return "\(feature) is not supported in constant-memory mode (libxlsxwriter cannot write it "
                + "when rows are streamed to disk); open the workbook without constantMemory to use it."
        case let .rowOrderInConstantMemoryMode(row, currentRow):
            return "Row \(row + 1) cannot be written after row \(currentRow + 1) in constant-memory mode: "
                + "rows must be written in ascending order or libxlsxwriter silently drops the data."
        }
    }

    /// Same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }

    // MARK: - The one place where libxlsxwriter error codes become Swift errors

    /// Throws ``library(code:message:operation:)`` unless `code` is `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, operation: @autoclosure () -> String) throws {
        guard code != LXW_NO_ERROR else { return }
        throw fromLibrary(code, operation: operation())
    }

    /// Builds the Swift error for a libxlsxwriter code. Also used where a C function signals failure
    /// by returning NULL instead of a code: the caller then passes the code that describes it best.
    static func fromLibrary(_ code: lxw_error, operation: String) -> XLSXError {
        let message = lxw_strerror(code).map { String(cString: $0) } ?? "unknown error"
        return .library(code: Int(code.rawValue), message: message, operation: operation)
    }

    /// Our own words for a libxlsxwriter code: what to check next.
    private static func hint(forLibraryCode code: Int) -> String {
        func matches(_ codes: lxw_error...) -> Bool { codes.contains { Int($0.rawValue) == code } }
        if matches(LXW_ERROR_CREATING_XLSX_FILE) {
            return "The output file could not be created: check that its folder still exists, "
                + "is writable and that the disk is not full."
        }
        if matches(LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE) {
            return "libxlsxwriter could not use its temporary files: check that the temporary folder "
                + "(WorkbookOptions.temporaryDirectory, or the scratch folder beside the output) is writable and has space."
        }
        if matches(LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE,
                   LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE) {
            return "Writing the zip container failed: check free disk space and that nothing else "
                + "writes the same file."
        }
        if matches(LXW_ERROR_MEMORY_MALLOC_FAILED) {
            return "The process ran out of memory."
        }
        return "XLSXWriter validates its input before calling libxlsxwriter, so this points to a "
            + "rule the Swift layer does not know yet; please report it with the values used."
    }
}
