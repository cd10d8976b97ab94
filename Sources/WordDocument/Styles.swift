/// `word/styles.xml`: the document defaults (Calibri 11 pt, the document's language) and the
/// built-in styles the body uses, under Word's own ids and names ("heading 1" is the built-in
/// name Word localises and shows in the navigation pane; "Heading1" its id).
enum Styles {
    static let font = "Calibri"
    static let headingColor = "1F3864"

    static func xml(language: String) -> String {
        let lang = "<w:lang w:val=\"\(XMLText.escape(language))\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
        var xml = XMLText.declaration + "<w:styles xmlns:w=\"\(Namespace.w)\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:sz w:val=\"\(PageSetup.textSize * 2)\"/><w:szCs w:val=\"\(PageSetup.textSize * 2)\"/>\(lang)</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
        xml += paragraph("Normal", "Normal", isDefault: true, basedOn: nil, priority: nil, rPr: lang)
        xml += paragraph("Title", "Title", priority: 10,
                         pPr: "<w:spacing w:before=\"0\" w:after=\"120\"/><w:contextualSpacing/>",
                         rPr: "<w:color w:val=\"\(headingColor)\"/><w:kern w:val=\"28\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>")
        xml += paragraph("Subtitle", "Subtitle", priority: 11, pPr: "<w:spacing w:after=\"120\"/>",
                         rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
        for (level, size, before) in [(1, 32, 360), (2, 26, 280), (3, 23, 200)] {
            xml += paragraph("Heading\(level)", "heading \(level)", priority: 9,
                             pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"80\"/>"
                                 + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
                             rPr: "<w:b/><w:bCs/><w:color w:val=\"\(headingColor)\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
        }
        xml += paragraph("ListParagraph", "List Paragraph", priority: 34,
                         pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", rPr: "")
        let tabs = "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(BodyWriter.textWidth)\"/></w:tabs>"
        for (id, name) in [("Header", "header"), ("Footer", "footer")] {
            xml += paragraph(id, name, priority: 99, hiddenUntilUsed: true,
                             pPr: "\(tabs)<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                             rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        }
        xml += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        xml += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
            + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
            + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
        xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\""
        xml += "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
            + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
            + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
            + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }

    /// A paragraph style, its children in schema order (name, basedOn, next, uiPriority,
    /// semiHidden, unhideWhenUsed, qFormat, pPr, rPr).
    private static func paragraph(_ id: String, _ name: String, isDefault: Bool = false, basedOn: String? = "Normal",
                                  priority: Int?, hiddenUntilUsed: Bool = false, pPr: String = "", rPr: String) -> String {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/><w:next w:val=\"Normal\"/>" }
        if let priority { xml += "<w:uiPriority w:val=\"\(priority)\"/>" }
        if hiddenUntilUsed { xml += "<w:unhideWhenUsed/>" } else { xml += "<w:qFormat/>" }
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>"
    }
}
