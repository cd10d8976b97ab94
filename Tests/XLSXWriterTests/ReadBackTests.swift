import Foundation
import Testing
@testable import XLSXWriter

/// The fixtures, written once and read back once by python3 + openpyxl for the whole suite.
private enum ReadBack {
    static let result: Result<JSON, OpenpyxlReader.ReaderFailure> = {
        do {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("XLSXWriterTests-readback-\(UUID().uuidString)", isDirectory: true)
            let scratch = folder.appendingPathComponent("tmp", isDirectory: true)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let workplan = folder.appendingPathComponent("workplan.xlsx")
            let streamed = folder.appendingPathComponent("constant.xlsx")
            try Fixtures.writeWorkplan(to: workplan)
            try Fixtures.writeConstantMemory(to: streamed, temporaryDirectory: scratch)
            return .success(try OpenpyxlReader.read([workplan, streamed], workingFolder: folder))
        } catch let failure as OpenpyxlReader.ReaderFailure {
            return .failure(failure)
        } catch {
            return .failure(OpenpyxlReader.ReaderFailure(description: "Writing or reading the fixtures failed: \(error)"))
        }
    }()

    static func workplan() throws -> JSON { try result.get()["workplan"] }
    static func sheet() throws -> JSON { try workplan()["sheets"]["Arbejdsplan 2025"] }
}

extension XLSXWriterTests {
    @Suite("Read back with openpyxl") struct ReadBackTests {
        @Test func sheetNamesAndDocumentProperties() throws {
            let book = try ReadBack.workplan()
            #expect(book["sheetnames"] == .array([.string("Arbejdsplan 2025"), .string("Øvrige aftaler")]))
            let properties = book["properties"]
            #expect(properties["title"].string == "Arbejdsplan 2025")
            #expect(properties["subject"].string == "Sundhedsaftale")
            #expect(properties["creator"].string == "Sekretariatet")
            #expect(properties["description"].string == "Genereret af aftale")
            #expect(properties["company"].string == "Region Testdanmark")
            #expect(properties["created"].string == "2025-03-01T09:30:00")
            #expect(book["core_created"].string == "2025-03-01T09:30:00Z")
            #expect(book["core_modified"].string == "2025-03-01T09:30:00Z")
            #expect(book["zip_dates"] == .array([.string("1980-01-01 00:00:00")]))
        }

        @Test func valuesKeepTheirTypes() throws {
            let cells = try ReadBack.sheet()["cells"]
            #expect(cells["A1"]["value"].string == "Indsatsområde: Forebyggelse")
            #expect(cells["B4"]["value"].string == "Fælles sprog om \"kronisk\" sygdom, på tværs af sektorer")
            #expect(cells["A3"]["value"].number == 1)
            #expect(cells["A3"]["type"].string == "int")
            #expect(cells["E3"]["value"].number == 1_234_567)
            #expect(cells["E3"]["type"].string == "int")
            #expect(cells["E4"]["value"].number == 250_000.5)
            #expect(cells["E4"]["type"].string == "float")
            #expect(cells["D4"]["type"].string == "str")
            let other = try ReadBack.workplan()["sheets"]["Øvrige aftaler"]["cells"]
            #expect(other["C3"]["value"].number == -7.25)
            #expect(other["C3"]["type"].string == "float")
        }

        @Test func formulaKeepsItsComputedResult() throws {
            let sheet = try ReadBack.sheet()
            #expect(sheet["cells"]["E6"]["value"].string == "=SUM(E3:E5)")
            #expect(sheet["cached"]["E6"].number == 1_484_567.5)
            #expect(sheet["cached"]["E3"].number == 1_234_567)
        }

        @Test func formatsAreApplied() throws {
            let cells = try ReadBack.sheet()["cells"]
            #expect(cells["E3"]["number_format"].string == "#,##0")
            #expect(cells["E6"]["number_format"].string == "#,##0.00")
            #expect(cells["E6"]["bold"].bool == true)
            #expect(cells["E6"]["border"].string == "thin")
            #expect(cells["A1"]["bold"].bool == true)
            #expect(cells["A1"]["size"].number == 12)
            #expect(cells["A1"]["fill"].string == "FFDDEBF7")
            #expect(cells["A1"]["horizontal"].string == "center")
            #expect(cells["A1"]["vertical"].string == "center")
            #expect(cells["B2"]["wrap"].bool == true)
            #expect(cells["B3"]["vertical"].string == "top")
            #expect(cells["A3"]["number_format"].string == "General")
            #expect(cells["F3"]["value"].isNull)
            #expect(cells["F3"]["fill"].string == "FFF2F2F2")
        }

        @Test func layout() throws {
            let sheet = try ReadBack.sheet()
            #expect(sheet["merged"] == .array([.string("A1:E1")]))
            #expect(sheet["freeze_panes"].string == "A3")
            #expect(sheet["auto_filter"].string == "A2:E5")
            #expect(sheet["row_heights"]["2"].number == 30)
            let width = try #require(sheet["column_widths"]["B"].number)
            #expect(width >= 40 && width < 41)  // libxlsxwriter adds Excel's cell padding
            #expect(sheet["show_gridlines"].bool == false)
        }

        @Test func dropDownAndConditionalFormat() throws {
            let sheet = try ReadBack.sheet()
            let validations = sheet["data_validations"].array
            #expect(validations.count == 1)
            #expect(validations.first?["type"].string == "list")
            #expect(validations.first?["formula1"].string == "\"Ikke startet,I gang,Forsinket,Afsluttet\"")
            #expect(validations.first?["sqref"].string == "D3:D5")
            let rules = sheet["conditional_formats"].array
            #expect(rules.count == 1)
            #expect(rules.first?["sqref"].string == "D3:D5")
            #expect(rules.first?["type"].string == "cellIs")
            #expect(rules.first?["operator"].string == "equal")
            #expect(rules.first?["formula"] == .array([.string("\"Forsinket\"")]))
            #expect(rules.first?["bold"].bool == true)
        }

        @Test func printSettings() throws {
            let sheet = try ReadBack.sheet()
            let print = sheet["print"]
            #expect(print["orientation"].string == "landscape")
            #expect(print["paperSize"].number == 9)
            #expect((print["fitToWidth"].number ?? 1) == 1)  // absent means the OOXML default, 1
            #expect(print["fitToHeight"].number == 0)
            #expect(print["fitToPage"].bool == true)
            #expect(print["print_title_rows"].string == "$1:$2")
            #expect(print["margins"]["left"].number == 0.5)
            #expect(print["margins"]["top"].number == 0.75)
            #expect(print["margins"]["header"].number == 0.3)
            #expect(sheet["header"]["left"].string == "Sundhedsaftale 2024–2027")
            #expect(sheet["header"]["right"].string == "Side &P af &N")
            #expect(sheet["footer"]["center"].string == "Udskrevet til mødepakken")
        }

        @Test func table() throws {
            let tables = try ReadBack.workplan()["sheets"]["Øvrige aftaler"]["tables"].array
            #expect(tables.count == 1)
            #expect(tables.first?["name"].string == "Aftaler")
            #expect(tables.first?["ref"].string == "A1:C3")
            #expect(tables.first?["columns"] == .array([.string("Aftale"), .string("Kommune"), .string("Beløb")]))
            #expect(tables.first?["style"].string == "TableStyleMedium2")
        }

        @Test func constantMemoryWorkbook() throws {
            let book = try ReadBack.result.get()["constant"]
            let sheet = book["sheets"]["Stor"]
            #expect(book["sheetnames"] == .array([.string("Stor")]))
            #expect(sheet["cells"]["A3"]["value"].string == "Række 3")
            #expect(sheet["cells"]["B3"]["value"].number == 3)
            #expect(sheet["cells"]["B2"]["type"].string == "float")
            #expect(sheet["cells"]["C3"]["value"].string == "=B3*2")
            #expect(sheet["cached"]["C3"].number == 6)
            #expect(book["core_created"].string == "2025-03-01T09:30:00Z")
        }
    }
}
