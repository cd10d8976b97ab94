import Foundation
import Testing
@testable import XLSXWriter

/// Opens a workbook with one sheet, runs `body`, and closes it: values at a limit must not only be
/// accepted by the Swift checks but also written by libxlsxwriter.
private func withSheet(_ body: (Workbook, Worksheet) throws -> Void,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = try TemporaryFolder("limits")
    let workbook = try makeWorkbook(folder.file("limits.xlsx"))
    try body(workbook, try workbook.addWorksheet(named: "Grænser"))
    try workbook.close()
    #expect(fileExists(folder.file("limits.xlsx")), sourceLocation: sourceLocation)
}

extension XLSXWriterTests {
    @Suite("Limits") struct LimitTests {
        @Test func sheetNameLength() throws {
            try withSheet { workbook, _ in
                _ = try workbook.addWorksheet(named: String(repeating: "å", count: 31))
                expectLimit(.sheetNameLength, actual: 32) { _ = try workbook.addWorksheet(named: String(repeating: "b", count: 32)) }
                // UTF-16 code units are counted, as Excel does: 15 emoji fit, 16 (32 units) do not.
                _ = try workbook.addWorksheet(named: String(repeating: "😀", count: 15))
                expectLimit(.sheetNameLength, actual: 32) { _ = try workbook.addWorksheet(named: String(repeating: "🙂", count: 16)) }
            }
        }

        @Test func cellTextLength() throws {
            try withSheet { _, sheet in
                try sheet.write(String(repeating: "x", count: XLSXLimits.maxStringLength), row: 0, column: 0)
                expectLimit(.stringLength, actual: 32_768) {
                    try sheet.write(String(repeating: "x", count: XLSXLimits.maxStringLength + 1), row: 1, column: 0)
                }
                expectLimit(.stringLength) {
                    try sheet.merge(CellRange(rows: 2...2, columns: 0...1),
                                    text: String(repeating: "æ", count: XLSXLimits.maxStringLength + 1))
                }
            }
        }

        @Test func rowAndColumnIndexes() throws {
            try withSheet { _, sheet in
                try sheet.write(1, row: XLSXLimits.rowCount - 1, column: XLSXLimits.columnCount - 1)
                expectLimit(.rowIndex, actual: 1_048_576) { try sheet.write(1, row: XLSXLimits.rowCount, column: 0) }
                expectLimit(.columnIndex, actual: 16_384) { try sheet.write("x", row: 0, column: XLSXLimits.columnCount) }
                expectLimit(.rowIndex) { try sheet.setAutofilter(CellRange(rows: 0...XLSXLimits.rowCount, columns: 0...1)) }
                #expect(expectXLSXError { try sheet.write(1, row: -1, column: 0) } != nil)
                guard case .invalidArgument? = expectXLSXError({
                    try sheet.merge(CellRange(firstRow: 3, firstColumn: 0, lastRow: 2, lastColumn: 1), text: "x")
                }) else { Issue.record("an inverted range must be refused"); return }
            }
        }

        @Test func numbersMustBeFinite() throws {
            try withSheet { _, sheet in
                try sheet.write(-Double.greatestFiniteMagnitude, row: 0, column: 0)
                for bad in [Double.nan, .infinity, -.infinity] {
                    guard case .nonFiniteNumber? = expectXLSXError({ try sheet.write(bad, row: 1, column: 0) }) else {
                        Issue.record("\(bad) must be refused")
                        continue
                    }
                }
                guard case .nonFiniteNumber? = expectXLSXError({
                    try sheet.writeFormula("=1/0", result: .nan, row: 2, column: 0)
                }) else { Issue.record("a NaN formula result must be refused"); return }
            }
        }

        @Test func formulaLength() throws {
            // "=" + "1+1+…+1": the leading "=" is not counted.
            func formula(length: Int) -> String { "=" + String(repeating: "1+", count: (length - 1) / 2) + "1" }
            try withSheet { _, sheet in
                let atLimit = formula(length: XLSXLimits.maxFormulaLength - 1) + "0"
                #expect(atLimit.utf16.count == XLSXLimits.maxFormulaLength + 1)
                try sheet.writeFormula(atLimit, result: 0, row: 0, column: 0)
                expectLimit(.formulaLength, actual: 8_193) {
                    try sheet.writeFormula(atLimit + "0", result: 0, row: 1, column: 0)
                }
            }
        }

        @Test func headerAndFooterLength() throws {
            try withSheet { _, sheet in
                let atLimit = "&C" + String(repeating: "ø", count: XLSXLimits.maxHeaderFooterLength - 2)
                try sheet.setPageSetup(PageSetup(header: atLimit, footer: atLimit))
                expectLimit(.headerFooterLength, actual: 256) { try sheet.setPageSetup(PageSetup(header: atLimit + "x")) }
                expectLimit(.headerFooterLength, actual: 256) { try sheet.setPageSetup(PageSetup(footer: atLimit + "x")) }
            }
        }

        @Test func dropDownListLength() throws {
            try withSheet { _, sheet in
                let cell = CellRange.cell(row: 0, column: 0)
                // 51 items of 4 characters + 50 commas = 254; one more character reaches 255.
                var items = Array(repeating: "abcd", count: 51)
                items[0] = "abcde"
                #expect(items.joined(separator: ",").utf16.count == 255)
                try sheet.addDropDown(cell, values: items)
                items[0] = "abcdef"
                expectLimit(.dataValidationListLength, actual: 256) { try sheet.addDropDown(cell, values: items) }
            }
        }

        @Test func dropDownListBytesProtectLibxlsxwriter() throws {
            // 1.1.4 aborts ("buffer overflow detected") on lists whose UTF-8 form exceeds 255 bytes,
            // even below 255 characters: 128 × "æ" is 128 characters but 256 bytes.
            try withSheet { _, sheet in
                let cell = CellRange.cell(row: 0, column: 0)
                try sheet.addDropDown(cell, values: [String(repeating: "æ", count: 127) + "a"])  // 255 bytes
                expectLimit(.dataValidationListBytes, actual: 256) {
                    try sheet.addDropDown(cell, values: [String(repeating: "æ", count: 128)])
                }
                expectLimit(.dataValidationListBytes, actual: 474) {
                    try sheet.addDropDown(cell, values: Array(repeating: String(repeating: "æ", count: 9), count: 25))
                }
                for bad in [[], [""], ["a,b"], ["sagt \"ja\""]] {
                    guard case .invalidArgument? = expectXLSXError({ try sheet.addDropDown(cell, values: bad) }) else {
                        Issue.record("list \(bad) must be refused")
                        continue
                    }
                }
            }
        }

        @Test func conditionalFormatTextLength() throws {
            try withSheet { _, sheet in
                let range = CellRange(rows: 0...3, columns: 0...0)
                let format = CellFormat(bold: true)
                try sheet.addConditionalFormat(range, whenEqualTo: String(repeating: "é", count: 255), format: format)
                expectLimit(.conditionalFormatTextLength, actual: 256) {
                    try sheet.addConditionalFormat(range, whenEqualTo: String(repeating: "é", count: 256), format: format)
                }
            }
        }

        @Test func numberFormatBytes() throws {
            try withSheet { _, sheet in
                try sheet.write(1, row: 0, column: 0, format: CellFormat(numberFormat: String(repeating: "0", count: 127)))
                expectLimit(.numberFormatBytes, actual: 128) {
                    try sheet.write(1, row: 1, column: 0, format: CellFormat(numberFormat: String(repeating: "0", count: 128)))
                }
            }
        }

        @Test func widthsHeightsAndPages() throws {
            try withSheet { _, sheet in
                try sheet.setColumnWidth(XLSXLimits.maxColumnWidth, column: 0)
                expectLimit(.columnWidth) { try sheet.setColumnWidth(XLSXLimits.maxColumnWidth + 0.5, column: 1) }
                try sheet.setRowHeight(XLSXLimits.maxRowHeight, row: 0)
                expectLimit(.rowHeight) { try sheet.setRowHeight(XLSXLimits.maxRowHeight + 0.5, row: 1) }
                try sheet.setPageSetup(PageSetup(fitToPages: FitToPages(width: XLSXLimits.maxFitToPages, height: 0)))
                expectLimit(.fitToPages, actual: 32_768) {
                    try sheet.setPageSetup(PageSetup(fitToPages: FitToPages(width: 1, height: 32_768)))
                }
                expectLimit(.fontSize) { try sheet.write(1, row: 2, column: 0, format: CellFormat(fontSize: 410)) }
                guard case .nonFiniteNumber? = expectXLSXError({ try sheet.setColumnWidth(.nan, column: 2) }) else {
                    Issue.record("a NaN width must be refused"); return
                }
            }
        }

        @Test func indentBeyondExcelsLevelsIsRefused() throws {
            try withSheet { _, sheet in
                try sheet.write("a", row: 0, column: 0, format: CellFormat(horizontalAlignment: .left, indent: XLSXLimits.maxIndent))
                for bad in [-1, XLSXLimits.maxIndent + 1] {
                    guard case .invalidArgument? = expectXLSXError({
                        try sheet.write("b", row: 1, column: 0, format: CellFormat(horizontalAlignment: .left, indent: bad))
                    }) else {
                        Issue.record("indent \(bad) must be refused"); return
                    }
                }
            }
        }

        @Test func textWithNULIsRefused() throws {
            try withSheet { _, sheet in
                guard case .invalidArgument? = expectXLSXError({ try sheet.write("a\u{0}b", row: 0, column: 0) }) else {
                    Issue.record("NUL would silently cut the C string"); return
                }
            }
        }
    }
}
