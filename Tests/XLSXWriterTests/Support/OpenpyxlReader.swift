import Foundation

/// Reads workbooks back with a real reader, python3 + openpyxl, in ONE process for all files.
///
/// If python3 or openpyxl is missing, `read` throws a ``ReaderFailure`` telling the developer to
/// `pip install openpyxl`; the tests then fail (CI installs it), they are never skipped.
enum OpenpyxlReader {
    struct ReaderFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Dumps each file (keyed by file name without extension) as JSON; see `script` for the shape.
    static func read(_ files: [URL], workingFolder: URL) throws -> JSON {
        let script = workingFolder.appendingPathComponent("dump_xlsx.py")
        let output = workingFolder.appendingPathComponent("dump.json")
        let errors = workingFolder.appendingPathComponent("dump.stderr")
        try Data(self.script.utf8).write(to: script)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, output.path] + files.map(\.path)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ReaderFailure(description: missing("could not start /usr/bin/env python3: \(error)"))
        }
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        switch process.terminationStatus {
        case 0: break
        case 127: throw ReaderFailure(description: missing("python3 was not found on PATH"))
        case 3: throw ReaderFailure(description: missing("python3 cannot import openpyxl: \(stderr)"))
        default:
            throw ReaderFailure(description: "The openpyxl reader failed (exit \(process.terminationStatus)):\n\(stderr)")
        }
        return try JSONDecoder().decode(JSON.self, from: Data(contentsOf: output))
    }

    private static func missing(_ detail: String) -> String {
        "Reading the generated workbooks back needs python3 with openpyxl. Run `pip install openpyxl` "
            + "(CI installs it); these tests fail rather than skip without it. Detail: \(detail)"
    }

    static let script = #"""
    import json, re, sys, zipfile, os
    try:
        import openpyxl
    except ImportError as error:
        sys.stderr.write(str(error))
        sys.exit(3)

    def plain(value):
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value)

    def rgb(color):
        return color.rgb if color is not None and isinstance(color.rgb, str) else None

    def cell_info(cell):
        fill = rgb(cell.fill.fgColor) if cell.fill.fill_type == "solid" else None
        return {"value": plain(cell.value), "type": type(cell.value).__name__,
                "number_format": cell.number_format, "bold": bool(cell.font.b),
                "size": cell.font.sz, "font_color": rgb(cell.font.color), "fill": fill,
                "wrap": bool(cell.alignment.wrap_text), "vertical": cell.alignment.vertical,
                "horizontal": cell.alignment.horizontal, "border": cell.border.left.style}

    def header_footer(part):
        return {"left": part.left.text, "center": part.center.text, "right": part.right.text}

    def dump(path):
        book = openpyxl.load_workbook(path)
        cached = openpyxl.load_workbook(path, data_only=True)
        props = book.properties
        with zipfile.ZipFile(path) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8")
            core = archive.read("docProps/core.xml").decode("utf-8")
            zip_dates = sorted({"%04d-%02d-%02d %02d:%02d:%02d" % info.date_time for info in archive.infolist()})
        company = re.search(r"<Company>(.*?)</Company>", app)
        out = {"sheetnames": book.sheetnames, "zip_dates": zip_dates,
               "core_created": re.search(r"<dcterms:created[^>]*>(.*?)<", core).group(1),
               "core_modified": re.search(r"<dcterms:modified[^>]*>(.*?)<", core).group(1),
               "properties": {"title": props.title, "subject": props.subject, "creator": props.creator,
                              "description": props.description, "created": plain(props.created),
                              "company": company.group(1) if company else None},
               "sheets": {}}
        for sheet in book.worksheets:
            values = cached[sheet.title]
            info = {"cells": {}, "cached": {}}
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None and not cell.has_style:
                        continue
                    info["cells"][cell.coordinate] = cell_info(cell)
                    info["cached"][cell.coordinate] = plain(values[cell.coordinate].value)
            info["freeze_panes"] = sheet.freeze_panes
            info["auto_filter"] = sheet.auto_filter.ref
            info["data_validations"] = [{"type": v.type, "formula1": v.formula1, "sqref": str(v.sqref)}
                                        for v in sheet.data_validations.dataValidation]
            rules = []
            for formatting in sheet.conditional_formatting:
                for rule in formatting.rules:
                    dxf = rule.dxf
                    rules.append({"sqref": str(formatting.sqref), "type": rule.type, "operator": rule.operator,
                                  "formula": list(rule.formula),
                                  "bold": bool(dxf.font.b) if dxf is not None and dxf.font is not None else None})
            info["conditional_formats"] = rules
            setup = sheet.page_setup
            fit = sheet.sheet_properties.pageSetUpPr
            margins = sheet.page_margins
            info["print"] = {"orientation": setup.orientation, "paperSize": plain(setup.paperSize),
                             "fitToWidth": plain(setup.fitToWidth), "fitToHeight": plain(setup.fitToHeight),
                             "fitToPage": bool(fit.fitToPage) if fit is not None else False,
                             "print_title_rows": sheet.print_title_rows,
                             "margins": {"left": margins.left, "right": margins.right, "top": margins.top,
                                         "bottom": margins.bottom, "header": margins.header,
                                         "footer": margins.footer}}
            info["header"] = header_footer(sheet.oddHeader)
            info["footer"] = header_footer(sheet.oddFooter)
            info["merged"] = sorted(str(r) for r in sheet.merged_cells.ranges)
            info["column_widths"] = {key: dim.width for key, dim in sheet.column_dimensions.items()
                                     if dim.customWidth}
            info["row_heights"] = {str(key): dim.height for key, dim in sheet.row_dimensions.items()
                                   if dim.height is not None}
            info["tables"] = [{"name": t.name, "ref": t.ref, "columns": [c.name for c in t.tableColumns],
                               "style": t.tableStyleInfo.name if t.tableStyleInfo else None}
                              for t in sheet.tables.values()]
            info["show_gridlines"] = sheet.sheet_view.showGridLines
            out["sheets"][sheet.title] = info
        return out

    result = {os.path.splitext(os.path.basename(p))[0]: dump(p) for p in sys.argv[2:]}
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False, indent=1, default=str)
    """#
}
