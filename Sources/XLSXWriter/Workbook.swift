import CXLSXWriter
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork
import SafeOutput

/// Options for opening a ``Workbook``.
public struct WorkbookOptions: Hashable, Sendable {
    /// libxlsxwriter's `constant_memory` mode: each row is flushed to a temporary file once a later
    /// row is started, so memory stays flat for very large sheets. Rows must then be written top to
    /// bottom (checked: ``XLSXError/rowOrderInConstantMemoryMode(row:currentRow:)``) and tables are
    /// refused (``XLSXError/notSupportedInConstantMemoryMode(feature:)``).
    public var constantMemory: Bool
    /// Folder for libxlsxwriter's temporary files. Must exist and be writable. Nil (the default): a
    /// `ScratchFolder` beside the output, removed when the workbook is closed, so the temporary
    /// files share the output's disk and never depend on `$TMPDIR`; one left by a killed run is
    /// removed by the next write to that folder.
    public var temporaryDirectory: URL?

    /// Creates options; by default everything is kept in memory and temporary files go beside the output.
    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
    }
}

/// An XLSX file being written: owns the libxlsxwriter workbook (`lxw_workbook`).
///
/// Create it, add worksheets with ``addWorksheet(named:)``, fill them, then call ``close()``, which
/// writes the file and reads it back (``PackageCheck``). If the workbook is released without being
/// closed, nothing is written and the C object is freed. Not thread-safe: use one workbook from one
/// task at a time. libxlsxwriter's own messages on stderr are captured (``LibraryMessages``).
///
/// Output is deterministic: the same calls produce a byte-identical file whatever the wall clock,
/// time zone (`TZ`) or locale, because the creation date comes from ``DocumentProperties/created``,
/// libxlsxwriter 1.1.4 stamps every zip entry 1980-01-01 00:00, and all C calls run under the "C"
/// locale.
public final class Workbook {
    /// Where ``close()`` writes the file.
    public let url: URL
    /// The options the workbook was opened with.
    public let options: WorkbookOptions
    /// The document properties written to the file.
    public let properties: DocumentProperties
    /// Names of the worksheets added so far, in order.
    public private(set) var worksheetNames: [String] = []

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    /// The format asked for last: cells in a row mostly share one, and comparing is cheaper than hashing.
    private var lastFormat: (format: CellFormat, pointer: UnsafeMutablePointer<lxw_format>)?
    private var sheetKeys: Set<String> = []
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// The scratch folder made for libxlsxwriter's temporary files when none was given.
    private var scratch: ScratchFolder?
    /// Where libxlsxwriter's temporary files go.
    private let temporaryFolder: URL
    /// What libxlsxwriter printed on C's stderr (captured, never shown), for tests.
    private(set) var libraryMessages = ""

    /// Keeps what libxlsxwriter printed during a worksheet call.
    func recordLibraryMessages(_ printed: String) { libraryMessages += printed }

    /// Opens a workbook that ``close()`` will write to `url`.
    ///
    /// Checks first, with `SafeOutput.AtomicFile`, that the output folder exists and takes files
    /// (libxlsxwriter itself would only fail on close), that nothing but a regular file is at
    /// `url`, and that the temporary folder, if given, is usable; those failures are
    /// `SafeOutput.OutputError`s.
    public init(url: URL, properties: DocumentProperties, options: WorkbookOptions = WorkbookOptions()) throws {
        guard url.isFileURL else { throw XLSXError.invalidArgument("Cannot write the workbook to \(url): not a file URL") }
        try AtomicFile.checkFolder(of: url)
        if let temporary = options.temporaryDirectory {
            try AtomicFile.checkWritableFolder(temporary)
            temporaryFolder = temporary
        } else {
            let scratch = try ScratchFolder(in: url.deletingLastPathComponent())
            self.scratch = scratch
            temporaryFolder = scratch.url
        }
        for (field, value) in [("title", properties.title), ("subject", properties.subject),
                               ("author", properties.author), ("company", properties.company),
                               ("comments", properties.comments)] {
            if let value { try Check.noNUL(value, "Document property \(field)") }
        }
        self.url = url
        self.options = options
        self.properties = properties
        do {
            (handle, libraryMessages) = try Workbook.open(path: url.path, properties: properties, options: options,
                                                          temporaryFolder: temporaryFolder)
        } catch {
            scratch?.remove()
            throw error
        }
    }

    deinit {
        guard let handle else { return }
        // lxw_workbook_free (1.1.4) does not close a constant-memory sheet's temporary file; only
        // workbook_close does. Close it here so an abandoned workbook leaks no file descriptor.
        for sheet in sheets {
            if let file = sheet.pointee.optimize_tmpfile {
                fclose(file)
                sheet.pointee.optimize_tmpfile = nil
            }
        }
        lxw_workbook_free(handle)
        scratch?.remove()
    }

    /// True once ``close()`` has been called (whether it succeeded or not).
    public var isClosed: Bool { handle == nil }

    /// Adds a worksheet. The name must satisfy ``XLSXLimits/checkSheetName(_:)`` and differ from every
    /// existing sheet name ignoring case (as Excel compares them, e.g. "Plan" and "PLAN" clash).
    public func addWorksheet(named name: String) throws -> Worksheet {
        let operation = "Adding worksheet '\(name)'"
        let workbook = try openHandle(operation)
        try XLSXLimits.checkSheetName(name)
        let key = name.lowercased()
        guard !sheetKeys.contains(key) else {
            throw XLSXError.invalidSheetName(
                name: name, reason: "the workbook already has a sheet with that name (names are compared ignoring case)")
        }
        let (valid, printed) = LibraryMessages.capture { workbook_validate_sheet_name(workbook, name) }
        libraryMessages += printed
        try XLSXError.check(valid, operation: operation)
        let (added, printedWhileAdding) = LibraryMessages.capture { workbook_add_worksheet(workbook, name) }
        libraryMessages += printedWhileAdding
        guard let sheet = added else {
            // NULL here means the sheet's temporary file (constant-memory mode) or memory failed.
            throw XLSXError.fromLibrary(
                options.constantMemory ? LXW_ERROR_CREATING_TMPFILE : LXW_ERROR_MEMORY_MALLOC_FAILED,
                operation: operation)
        }
        sheetKeys.insert(key)
        sheets.append(sheet)
        worksheetNames.append(name)
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// Writes the file, reads it back and frees the C workbook. Afterwards the workbook and its
    /// worksheets refuse every call with ``XLSXError/workbookClosed(operation:)``, also when closing failed.
    ///
    /// Every return of libxlsxwriter is checked, and so are the rows a constant-memory sheet wrote to
    /// its temporary file; the finished file must pass ``PackageCheck`` (libxlsxwriter does not
    /// notice when its temporary files could not be written in full). On failure the file at
    /// ``url`` is removed. When writing in the temporary folder or beside the output now fails for
    /// lack of space or a read-only disk, that `SafeOutput.OutputError` (with its `errno`) is thrown;
    /// otherwise the ``XLSXError``.
    public func close() throws {
        let operation = "Writing workbook \(url.path)"
        let workbook = try openHandle(operation)
        let rowFiles = sheets.compactMap { $0.pointee.optimize_tmpfile }
        handle = nil
        formats.removeAll()
        lastFormat = nil
        sheets.removeAll()
        defer {
            scratch?.remove()
            scratch = nil
        }
        // libxlsxwriter writes a constant-memory sheet's rows with fprintf and never asks whether they arrived.
        let rowsLost = rowFiles.contains { fflush($0) != 0 || ferror($0) != 0 }
        // The file is read back on a second core while libxlsxwriter writes it (PackageFollower).
        let writing = WriterState()
        let follower = PackageFollower(path: url.path, writerDone: { writing.isDone })
        let ((code, printed), followed) = try Parallel.alongside({ follower.follow() }, while: {
            defer { writing.finish() }
            return LibraryMessages.capture { workbook_close(workbook) }
        })
        libraryMessages += printed
        do {
            if rowsLost {
                throw XLSXError.incompletePackage(part: "xl/worksheets", reason: "lost rows that could not be written to its temporary file")
            }
            try XLSXError.check(code, operation: operation)
            try PackageCheck.verify(url, followed: followed)
        } catch let error as XLSXError {
            unlink(url.path)
            throw fileSystemProblem(behind: error) ?? error
        }
    }

    // MARK: - Internal, for Worksheet

    /// The C workbook, or ``XLSXError/workbookClosed(operation:)``.
    func openHandle(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError.workbookClosed(operation: operation()) }
        return handle
    }

    /// The libxlsxwriter format for `format`, created once per distinct value (nil for nil).
    func lxwFormat(for format: CellFormat?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        if let last = lastFormat, last.format == format { return last.pointer }
        if let cached = formats[format] {
            lastFormat = (format, cached)
            return cached
        }
        try format.validate()
        let workbook = try openHandle("Creating a cell format")
        guard let created = CLocale.run({ workbook_add_format(workbook) }) else {
            throw XLSXError.fromLibrary(LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "Creating a cell format")
        }
        format.apply(to: created)
        formats[format] = created
        return created
    }

    /// Number of distinct formats created so far (for tests of the cache).
    var formatCount: Int { formats.count }

    /// Why writing failed, if the file system says so now: a probe written in the temporary folder
    /// and beside the output fails for lack of space or on a read-only disk. libxlsxwriter's errors
    /// do not carry `errno`, so this asks with a write of our own.
    private func fileSystemProblem(behind error: XLSXError) -> OutputError? {
        switch error {
        case .incompletePackage: break
        case .library(let code, _, _) where code != Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue): break
        default: return nil
        }
        for folder in [temporaryFolder, url.deletingLastPathComponent()] {
            if let problem = AtomicFile.writeProblem(in: folder), [.diskFull, .readOnly].contains(problem.problem) {
                return problem
            }
        }
        return nil
    }

    private static func open(path: String, properties: DocumentProperties, options: WorkbookOptions,
                             temporaryFolder: URL) throws -> (UnsafeMutablePointer<lxw_workbook>, String) {
        let strings = CStrings()
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? UInt8(LXW_TRUE.rawValue) : UInt8(LXW_FALSE.rawValue)
        cOptions.tmpdir = strings.copy(temporaryFolder.path)
        let (created, printed) = LibraryMessages.capture { workbook_new_opt(path, &cOptions) }
        guard let workbook = created else {
            throw XLSXError.fromLibrary(LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "Creating workbook \(path)")
        }
        var cProperties = lxw_doc_properties()
        cProperties.title = strings.copy(properties.title)
        cProperties.subject = strings.copy(properties.subject)
        cProperties.author = strings.copy(properties.author)
        cProperties.company = strings.copy(properties.company)
        cProperties.comments = strings.copy(properties.comments)
        cProperties.created = time_t(properties.created.secondsSince1970)
        let (code, printedBySetting) = LibraryMessages.capture { workbook_set_properties(workbook, &cProperties) }
        guard code == LXW_NO_ERROR else {
            lxw_workbook_free(workbook)
            throw XLSXError.fromLibrary(code, operation: "Setting the document properties")
        }
        return (workbook, printed + printedBySetting)
    }
}

/// Whether libxlsxwriter has finished writing the file, for the thread reading it back.
private final class WriterState: @unchecked Sendable {
    private let lock = Lock()
    private var done = false

    var isDone: Bool { lock.withLock { done } }

    func finish() { lock.withLock { done = true } }
}
