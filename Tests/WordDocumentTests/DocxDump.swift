import Foundation

/// What python-docx (a reader we did not write) finds in a `.docx`, decoded from the JSON the
/// script prints. Text inside `w:ins`/`w:del` is read with XPath, since `Paragraph.text` drops it.
struct DocxDump: Decodable {
    struct Paragraph: Decodable {
        let style: String
        let text: String
        /// The list level when the paragraph is a list item through numbering.xml, else nil.
        let listLevel: Int?
        let numberFormat: String?
    }

    struct Table: Decodable {
        let header: [String]
        let headerRepeats: Bool
        let rows: Int
        let gridColumns: Int
        let everyCellHasParagraph: Bool
    }

    struct Change: Decodable, Equatable {
        let kind: String
        let author: String
        let date: String
        let text: String
    }

    let title: String
    let subject: String
    let created: String
    let language: String
    let defaultLanguage: String
    let headingOutlineLevels: [String: Int]
    let paragraphs: [Paragraph]
    let tables: [Table]
    let changes: [Change]
    let pageWidth: Int
    let pageHeight: Int
    let orientation: String
    let compatibilityMode: String
    let footerFields: [String]
    let links: [String]

    static func read(_ files: [URL]) throws -> [DocxDump] {
        let script = FileManager.default.temporaryDirectory.appending(path: "aftaler-docx-\(UUID().uuidString).py")
        try Data(Self.script.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let output = try Tool.run("python3", [script.path] + files.map(\.path))
        return try JSONDecoder().decode([DocxDump].self, from: Data(output.utf8))
    }

    static let script = #"""
    import json, sys
    import docx
    from docx.oxml.ns import qn

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    result = []
    for path in sys.argv[1:]:
        d = docx.Document(path)
        body = d.element.body
        numbering = d.part.numbering_part.element
        def num_format(num_id, level):
            for num in numbering.findall(qn("w:num")):
                if num.get(qn("w:numId")) == num_id:
                    abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
                    for a in numbering.findall(qn("w:abstractNum")):
                        if a.get(qn("w:abstractNumId")) == abstract:
                            for lvl in a.findall(qn("w:lvl")):
                                if lvl.get(qn("w:ilvl")) == level:
                                    return lvl.find(qn("w:numFmt")).get(qn("w:val"))
            return None
        paragraphs = []
        for p in d.paragraphs:
            numPr = p._p.pPr.numPr if p._p.pPr is not None else None
            level = fmt = None
            if numPr is not None:
                level = int(numPr.ilvl.val)
                fmt = num_format(str(numPr.numId.val), str(level))
            paragraphs.append({"style": p.style.name, "text": p.text, "listLevel": level, "numberFormat": fmt})
        tables = []
        for t in d.tables:
            first = t.rows[0]._tr
            trPr = first.trPr
            tables.append({
                "header": [c.text for c in t.rows[0].cells],
                "headerRepeats": trPr is not None and trPr.find(qn("w:tblHeader")) is not None,
                "rows": len(t.rows),
                "gridColumns": len(t._tbl.tblGrid.findall(qn("w:gridCol"))),
                "everyCellHasParagraph": all(len(tc.findall(qn("w:p"))) > 0 for tc in t._tbl.iter(qn("w:tc"))),
            })
        changes = []
        for el in body.iter(W + "ins", W + "del"):
            kind = "ins" if el.tag == W + "ins" else "del"
            text = "".join(x.text or "" for x in el.iter(W + "t", W + "delText"))
            changes.append({"kind": kind, "author": el.get(qn("w:author")), "date": el.get(qn("w:date")), "text": text})
        levels = {}
        for s in d.styles:
            if s.name and s.name.startswith("Heading"):
                ppr = s.element.pPr
                ol = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
                levels[s.name] = int(ol.get(qn("w:val"))) if ol is not None else -1
        defaults = d.styles.element.find(qn("w:docDefaults"))
        lang = defaults.find(".//" + qn("w:lang")).get(qn("w:val"))
        section = d.sections[0]
        compat = [c.get(qn("w:val")) for c in d.settings.element.iter(qn("w:compatSetting"))
                  if c.get(qn("w:name")) == "compatibilityMode"]
        fields = [x.text.strip() for x in section.footer._element.iter(qn("w:instrText"))]
        links = [r.target_ref for r in d.part.rels.values() if r.reltype.endswith("/hyperlink")]
        cp = d.core_properties
        result.append({
            "title": cp.title, "subject": cp.subject, "created": cp.created.isoformat(), "language": cp.language,
            "defaultLanguage": lang, "headingOutlineLevels": levels, "paragraphs": paragraphs, "tables": tables,
            "changes": changes, "pageWidth": section.page_width.twips, "pageHeight": section.page_height.twips,
            "orientation": str(section.orientation), "compatibilityMode": compat[0] if compat else "",
            "footerFields": fields, "links": links,
        })
    print(json.dumps(result))
    """#
}
