import CXLSXWriter
import Foundation
import SafeOutput
import Testing
@testable import XLSXWriter

extension XLSXWriterTests {
    @Suite("Errors") struct ErrorTests {
        @Test func missingOutputFolderIsRefusedBeforeAnythingIsWritten() throws {
            let folder = try TemporaryFolder()
            let url = folder.url.appendingPathComponent("missing/deeper/plan.xlsx")
            let error = expectOutputError { _ = try makeWorkbook(url) }
            #expect(error == OutputError(.checkFolder, path: folder.url.appendingPathComponent("missing/deeper").path, errno: ENOENT))
            #expect(error?.description.contains("does not exist") == true)
            #expect(!fileExists(url))
        }

        @Test func readOnlyOutputFolderIsRefused() throws {
            let folder = try TemporaryFolder()
            var target = folder.url.appendingPathComponent("locked", isDirectory: true)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: target.path)
            #if os(Linux)
            // root ignores permission bits; /proc refuses new files even for root.
            if geteuid() == 0 { target = URL(fileURLWithPath: "/proc", isDirectory: true) }
            #endif
            let url = target.appendingPathComponent("plan.xlsx")
            let error = expectOutputError { _ = try makeWorkbook(url) }
            #expect(error?.path == target.path)
            #expect(error?.operation == .checkFolder)
            #expect(error?.errno != 0)
            #expect(!fileExists(url))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.path)
            #expect(!leftovers.contains { $0.hasPrefix(ScratchFolder.prefix) || $0 == "plan.xlsx" })
        }

        @Test func folderAsOutputPathIsRefused() throws {
            let folder = try TemporaryFolder()
            let error = expectOutputError { _ = try makeWorkbook(folder.url) }
            #expect(error?.problem == .notARegularFile(.directory))
        }

        @Test func failingCloseReportsLibxlsxwriterMessageAndLeavesNoFile() throws {
            let folder = try TemporaryFolder()
            let output = folder.url.appendingPathComponent("vanishing", isDirectory: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            let url = output.appendingPathComponent("plan.xlsx")
            let workbook = try makeWorkbook(url)
            let sheet = try workbook.addWorksheet(named: "Plan")
            try sheet.write("Indsats", row: 0, column: 0)
            try FileManager.default.removeItem(at: output)  // the folder vanishes before close

            let error = expectXLSXError { try workbook.close() }
            let expectedMessage = String(cString: lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE))
            #expect(error == .library(code: Int(LXW_ERROR_CREATING_XLSX_FILE.rawValue), message: expectedMessage,
                                      operation: "Writing workbook \(url.path)"))
            #expect(error?.description.contains(expectedMessage) == true)
            #expect(error?.description.contains("check that its folder still exists") == true)
            // libxlsxwriter's own "[ERROR] workbook_close(): ..." line went to the capture, not to stderr.
            #expect(workbook.libraryMessages.contains("[ERROR] workbook_close()"), "\(workbook.libraryMessages)")
            #expect(!fileExists(url))
            #expect(workbook.isClosed)
            #expect(expectXLSXError { try workbook.close() } == .workbookClosed(operation: "Writing workbook \(url.path)"))
            guard case .workbookClosed? = expectXLSXError({ try sheet.write(1, row: 0, column: 0) }) else {
                Issue.record("writing after close must throw workbookClosed")
                return
            }
        }

        @Test func unusableTemporaryFolderIsRefused() throws {
            let folder = try TemporaryFolder()
            let options = WorkbookOptions(constantMemory: true, temporaryDirectory: folder.file("no-such-folder"))
            let error = expectOutputError { _ = try makeWorkbook(folder.file("plan.xlsx"), options: options) }
            #expect(error == OutputError(.checkFolder, path: folder.file("no-such-folder").path, errno: ENOENT))
        }

        @Test func tablesAreRefusedInConstantMemoryMode() throws {
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("plan.xlsx"), options: WorkbookOptions(constantMemory: true))
            let sheet = try workbook.addWorksheet(named: "Plan")
            let error = expectXLSXError {
                try sheet.addTable(CellRange(rows: 0...2, columns: 0...1), options: TableOptions(columnHeaders: ["A", "B"]))
            }
            guard case .notSupportedInConstantMemoryMode? = error else {
                Issue.record("expected notSupportedInConstantMemoryMode, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("constant-memory") == true)
            try workbook.close()
            #expect(fileExists(folder.file("plan.xlsx")))
        }

        @Test func rowsOutOfOrderAreRefusedInConstantMemoryMode() throws {
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("plan.xlsx"), options: WorkbookOptions(constantMemory: true))
            let sheet = try workbook.addWorksheet(named: "Plan")
            try sheet.write("b", row: 1, column: 1)
            try sheet.write("a", row: 1, column: 0)  // same row, any column order: fine
            #expect(expectXLSXError { try sheet.write("x", row: 0, column: 0) }
                    == .rowOrderInConstantMemoryMode(row: 0, currentRow: 1))
            try workbook.close()
        }

        @Test(arguments: [false, true])
        func workbookReleasedWithoutCloseWritesNothingAndLeaksNothing(constantMemory: Bool) throws {
            let folder = try TemporaryFolder()
            let scratch = URL(filePath: folder.file("tmp").path)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            // Only descriptors of files in this workbook's own temporary folder count: other suites
            // open and close files in this process at the same time.
            func openTemporaryFiles() -> Int {
                let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
                return descriptors.filter { fd in
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) ?? ""
                    return target.hasPrefix(scratch.path + "/")
                }.count
            }
            let options = WorkbookOptions(constantMemory: constantMemory, temporaryDirectory: scratch)
            for _ in 0..<3 {
                let workbook = try makeWorkbook(folder.file("plan.xlsx"), options: options)
                try workbook.addWorksheet(named: "Plan").write("tekst", row: 0, column: 0)
                if constantMemory { #expect(openTemporaryFiles() >= 1, "the row data goes to a temporary file") }
            }
            #expect(!fileExists(folder.file("plan.xlsx")))
            #expect(openTemporaryFiles() == 0)  // no temporary file left open
        }

        @Test func sheetNamesMustBeUniqueIgnoringCase() throws {
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("plan.xlsx"))
            _ = try workbook.addWorksheet(named: "Æbleplan")
            guard case .invalidSheetName? = expectXLSXError({ _ = try workbook.addWorksheet(named: "æBLEPLAN") }) else {
                Issue.record("a case-insensitive duplicate must be refused")
                return
            }
            #expect(workbook.worksheetNames == ["Æbleplan"])
            try workbook.close()
        }

        @Test(arguments: ["", "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'start", "end'", "History", "tab\tname"])
        func invalidSheetNamesAreRefused(_ name: String) throws {
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("plan.xlsx"))
            guard case .invalidSheetName? = expectXLSXError({ _ = try workbook.addWorksheet(named: name) }) else {
                Issue.record("sheet name '\(name)' must be refused")
                return
            }
        }

        @Test func libxlsxwriterRejectionIsMappedWithItsMessage() throws {
            // Table names are validated by libxlsxwriter itself; its code comes back with lxw_strerror.
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("plan.xlsx"))
            let sheet = try workbook.addWorksheet(named: "Plan")
            let error = expectXLSXError {
                try sheet.addTable(CellRange(rows: 0...1, columns: 0...0), options: TableOptions(name: "Ugyldigt navn"))
            }
            guard case let .library(code, message, operation)? = error else {
                Issue.record("expected a library error, got \(String(describing: error))")
                return
            }
            #expect(message == String(cString: lxw_strerror(lxw_error(rawValue: UInt32(code)))))
            #expect(operation.contains("Adding a table to Plan!A1:A2"))
            #expect(error?.description.contains("libxlsxwriter says") == true)
            // Its [WARNING] line is captured, not printed on the test run's stderr.
            #expect(workbook.libraryMessages.contains("[WARNING]: worksheet_add_table(): invalid character"))
            try workbook.close()
        }
    }
}
