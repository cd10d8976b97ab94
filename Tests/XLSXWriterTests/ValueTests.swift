import Foundation
import Testing
@testable import XLSXWriter

extension XLSXWriterTests {
    @Suite("Values") struct ValueTests {
        @Test func utcDateTimeArithmetic() throws {
            #expect(try UTCDateTime(year: 2000, month: 1, day: 1).secondsSince1970 == 946_684_800)
            #expect(try UTCDateTime(year: 1970, month: 1, day: 1, second: 1).secondsSince1970 == 1)
            #expect(try UTCDateTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59).secondsSince1970
                    == 1_709_251_199)
            #expect(fixtureDate.description == "2025-03-01T09:30:00Z")
            #expect(try UTCDateTime(year: 2025, month: 1, day: 1) < fixtureDate)
        }

        @Test(arguments: [(2023, 2, 29), (2025, 13, 1), (2025, 4, 31), (1969, 12, 31), (10_000, 1, 1), (1970, 1, 1)])
        func impossibleOrUnsupportedDatesAreRefused(_ date: (Int, Int, Int)) {
            guard case .invalidArgument? = expectXLSXError({
                _ = try UTCDateTime(year: date.0, month: date.1, day: date.2)
            }) else { Issue.record("\(date) must be refused"); return }
        }

        @Test func iso8601Parsing() throws {
            #expect(try UTCDateTime(iso8601: "2025-03-01T09:30:00Z") == fixtureDate)
            #expect(try UTCDateTime(iso8601: "2025-03-01") == UTCDateTime(year: 2025, month: 3, day: 1))
            for bad in ["2025-3-1", "2025-03-01T09:30:00", "2025-03-01T25:00:00Z", "abcd-ef-gh", ""] {
                #expect(throws: XLSXError.self) { _ = try UTCDateTime(iso8601: bad) }
            }
        }

        @Test func colours() {
            #expect(Color(hex: "#DDEBF7") == Color(red: 0xDD, green: 0xEB, blue: 0xF7))
            #expect(Color(hex: "c00000")?.description == "#C00000")
            #expect(Color(hex: "#12345") == nil)
            #expect(Color(hex: "#GG0000") == nil)
            #expect(Color.black.lxwColor != 0)  // 0 means "unset" to libxlsxwriter
        }

        @Test func a1Notation() {
            #expect(CellRange.columnName(0) == "A")
            #expect(CellRange.columnName(25) == "Z")
            #expect(CellRange.columnName(26) == "AA")
            #expect(CellRange.columnName(XLSXLimits.columnCount - 1) == "XFD")
            #expect(CellRange(rows: 0...9, columns: 0...3).description == "A1:D10")
            #expect(CellRange.cell(row: 1, column: 1).description == "B2")
        }

        @Test func identicalFormatsShareOneLibxlsxwriterFormat() throws {
            let folder = try TemporaryFolder()
            let workbook = try makeWorkbook(folder.file("formats.xlsx"))
            let sheet = try workbook.addWorksheet(named: "Plan")
            try sheet.write("a", row: 0, column: 0, format: CellFormat(bold: true, fillColor: Color(hex: "DDEBF7")))
            try sheet.write("b", row: 1, column: 0, format: CellFormat(bold: true, fillColor: Color(hex: "#ddebf7")))
            try sheet.write(2, row: 2, column: 0)
            #expect(workbook.formatCount == 1)
            try sheet.write(3, row: 3, column: 0, format: CellFormat(numberFormat: CellFormat.NumberFormat.thousands))
            #expect(workbook.formatCount == 2)
            try workbook.close()
        }

        @Test func sheetNameCheckIsPublic() throws {
            try XLSXLimits.checkSheetName("Arbejdsplan 2025")
            #expect(throws: XLSXError.self) { try XLSXLimits.checkSheetName("Plan: 2025") }
            #expect(XLSXLimits.length(of: "æøå😀") == 5)
        }
    }
}
