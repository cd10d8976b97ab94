import CXLSXWriter
import Foundation

/// Options for opening a ``Workbook``.
public struct WorkbookOptions: Hashable, Sendable {
    /// libxlsxwriter's `constant_memory` mode: each row is flushed to a temporary file once a later
    /// row is started, so memory stays flat for very large sheets. Rows must then be written top to
    /// bottom (checked: ``XLSXError/rowOrderInConstantMemoryMode(row:currentRow:)``) and tables are
    /// refused (``XLSXError/notSupportedInConstantMemoryMode(feature:)``).
    public var constantMemory: Bool
    /// Folder for libxlsxwriter's temporary files (nil: the system default). Must exist and be writable.
    public var temporaryDirectory: URL?

    /// Creates options; by default everything is kept in memory and the system temp folder is used.
    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
    }
}

/// An XLSX file being written: owns the libxlsxwriter workbook (`lxw_workbook`).
///
/// Create it, add worksheets with ``addWorksheet(named:)``, fill them, then call ``close()``, which
/// writes the file. If the workbook is released without being closed, nothing is written and the
/// C object is freed. Not thread-safe: use one workbook from one task at a time.
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

    /// Opens a workbook that ``close()`` will write to `url`.
    ///
    /// Checks first that the output folder exists and is writable (libxlsxwriter itself would only
    /// fail on close), that `url` is not a folder, and that the temporary folder, if given, is usable.
    public init(url: URL, properties: DocumentProperties, options: WorkbookOptions = WorkbookOptions()) throws {
        try FileChecks.checkOutput(url)
        if let temporary = options.temporaryDirectory { try FileChecks.checkTemporaryFolder(temporary) }
        for (field, value) in [("title", properties.title), ("subject", properties.subject),
                               ("author", properties.author), ("company", properties.company),
                               ("comments", properties.comments)] {
            if let value { try Check.noNUL(value, "Document property \(field)") }
        }
        self.url = url
        self.options = options
        self.properties = properties
        self.handle = try Workbook.open(path: url.path, properties: properties, options: options)
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
        try XLSXError.check(CLocale.run { workbook_validate_sheet_name(workbook, name) }, operation: operation)
        guard let sheet = CLocale.run({ workbook_add_worksheet(workbook, name) }) else {
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

    /// Writes the file and frees the C workbook. Afterwards the workbook and its worksheets refuse
    /// every call with ``XLSXError/workbookClosed(operation:)``, also when closing failed.
    ///
    /// On failure any partly written file at ``url`` is removed, and the error carries
    /// libxlsxwriter's message (for example when the output folder vanished after opening).
    public func close() throws {
        let operation = "Writing workbook \(url.path)"
        let workbook = try openHandle(operation)
        handle = nil
        formats.removeAll()
        lastFormat = nil
        sheets.removeAll()
        let code = CLocale.run { workbook_close(workbook) }
        if code != LXW_NO_ERROR { unlink(url.path) }
        try XLSXError.check(code, operation: operation)
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

    private static func open(path: String, properties: DocumentProperties,
                             options: WorkbookOptions) throws -> UnsafeMutablePointer<lxw_workbook> {
        let strings = CStrings()
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? UInt8(LXW_TRUE.rawValue) : UInt8(LXW_FALSE.rawValue)
        cOptions.tmpdir = strings.copy(options.temporaryDirectory?.path)
        guard let workbook = CLocale.run({ workbook_new_opt(path, &cOptions) }) else {
            throw XLSXError.fromLibrary(LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "Creating workbook \(path)")
        }
        var cProperties = lxw_doc_properties()
        cProperties.title = strings.copy(properties.title)
        cProperties.subject = strings.copy(properties.subject)
        cProperties.author = strings.copy(properties.author)
        cProperties.company = strings.copy(properties.company)
        cProperties.comments = strings.copy(properties.comments)
        cProperties.created = time_t(properties.created.secondsSince1970)
        let code = CLocale.run { workbook_set_properties(workbook, &cProperties) }
        guard code == LXW_NO_ERROR else {
            lxw_workbook_free(workbook)
            throw XLSXError.fromLibrary(code, operation: "Setting the document properties")
        }
        return workbook
    }
}
