import Foundation
import TestSupport

/// What openpyxl reads from an XLSX file, decoded from the JSON our dump script prints.
struct XLSXDump: Decodable {
    struct Cell: Decodable, Equatable {
        /// The value as openpyxl reads it with `data_only=True` (the stored result of formulas).
        let value: JSONValue
        /// openpyxl's data type: "s" string, "n" number, "f" formula (when read without data_only).
        let type: String
        /// The formula text, when the cell holds one.
        let formula: String?
        let numberFormat: String
    }

    struct Validation: Decodable {
        let type: String
        let formula1: String?
        let sqref: String
    }

    struct Sheet: Decodable {
        let name: String
        let rows: [[Cell]]
        let freezePanes: String?
        let autoFilter: String?
        let validations: [Validation]
        let conditionalFormatRanges: [String]
        let orientation: String?
        let paperSize: Int?
        let fitToWidth: Int?
        let fitToHeight: Int?
        let fitToPage: Bool
        let printTitleRows: String?
        let header: String?
        let footer: String?
        /// Column letters openpyxl reads as hidden.
        let hiddenColumns: [String]
        /// Widths (Excel's character unit) of the columns that print: those with a width, not hidden.
        let printedColumnWidths: [Double]
        /// Left and right page margins in inches.
        let marginLeft: Double
        let marginRight: Double
        /// The fixed print scale in percent, if any (fit-to-page ignores it).
        let scale: Int?
    }

    struct Properties: Decodable {
        let title: String?
        let subject: String?
        let creator: String?
        let company: String?
        let created: String?
    }

    let sheets: [Sheet]
    let properties: Properties

    /// Reads every file at once: one python3 run per suite.
    static func read(_ files: [URL]) throws -> [String: XLSXDump] {
        let output = try ProcessRunner.python(script, files.map(\.path), module: "openpyxl")
        return try JSONDecoder().decode([String: XLSXDump].self, from: output)
    }

    static let script = #"""
    import json, sys, zipfile, re
    import openpyxl

    def cell(c, f):
        value = c.value
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        formula = f.value if isinstance(f.value, str) and f.value.startswith("=") else None
        return {"value": value, "type": f.data_type, "formula": formula, "numberFormat": c.number_format}

    result = {}
    for path in sys.argv[1:]:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
        sheets = []
        for ws in values.worksheets:
            wf = formulas[ws.title]
            rows = [[cell(c, wf.cell(row=c.row, column=c.column)) for c in row] for row in ws.iter_rows()]
            setup = ws.page_setup
            props = ws.sheet_properties.pageSetUpPr
            sheets.append({
                "name": ws.title, "rows": rows, "freezePanes": ws.freeze_panes,
                "autoFilter": ws.auto_filter.ref,
                "validations": [{"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)}
                                for dv in ws.data_validations.dataValidation],
                "conditionalFormatRanges": sorted(str(r.sqref) for r in ws.conditional_formatting),
                "orientation": setup.orientation, "paperSize": int(setup.paperSize) if setup.paperSize else None,
                "fitToWidth": int(setup.fitToWidth) if setup.fitToWidth is not None else None,
                "fitToHeight": int(setup.fitToHeight) if setup.fitToHeight is not None else None,
                "fitToPage": bool(props.fitToPage) if props is not None else False,
                "printTitleRows": ws.print_title_rows,
                "header": ws.oddHeader.center.text, "footer": ws.oddFooter.right.text,
                "hiddenColumns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
                "printedColumnWidths": [d.width for d in sorted(ws.column_dimensions.values(), key=lambda d: d.min)
                                        if d.width and not d.hidden for _ in range(d.min, d.max + 1)],
                "marginLeft": ws.page_margins.left, "marginRight": ws.page_margins.right,
                "scale": int(setup.scale) if setup.scale is not None else None,
            })
        p = values.properties
        with zipfile.ZipFile(path) as z:
            app = z.read("docProps/app.xml").decode("utf-8")
        company = re.search(r"<Company>(.*?)</Company>", app)
        result[path] = {"sheets": sheets, "properties": {
            "title": p.title, "subject": p.subject, "creator": p.creator,
            "company": company.group(1) if company else None,
            "created": p.created.isoformat() if p.created else None}}
    print(json.dumps(result, ensure_ascii=False))
    """#
}

/// A JSON scalar as openpyxl reports a cell value.
enum JSONValue: Decodable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else { self = .string(try container.decode(String.self)) }
    }

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var number: Double? { if case .number(let n) = self { n } else { nil } }
}
