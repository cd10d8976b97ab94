/// The fixed and nearly fixed parts of the package: content types, relationships, properties,
/// settings, numbering, header and footer. `Styles` has the style sheet.
enum Parts {
    static func contentTypes(hasHeader: Bool) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(main).numbering+xml\"/>"
        if hasHeader { xml += "<Override PartName=\"/word/header1.xml\" ContentType=\"\(main).header+xml\"/>" }
        xml += "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(main).footer+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
        return xml
    }

    static let packageRelationships = XMLText.declaration
        + "<Relationships xmlns=\"\(Namespace.relationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(Namespace.officeRelationship)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(Namespace.officeRelationship)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// `word/_rels/document.xml.rels`: styles, settings, numbering, header, footer, then the links.
    static func documentRelationships(links: [String], hasHeader: Bool) -> String {
        var xml = XMLText.declaration + "<Relationships xmlns=\"\(Namespace.relationships)\">"
        func add(_ id: String, _ type: String, _ target: String, external: Bool = false) {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(Namespace.officeRelationship)/\(type)\" Target=\"\(XMLText.escape(target))\""
                + (external ? " TargetMode=\"External\"/>" : "/>")
        }
        add("rIdStyles", "styles", "styles.xml")
        add("rIdSettings", "settings", "settings.xml")
        add("rIdNumbering", "numbering", "numbering.xml")
        if hasHeader { add("rIdHeader", "header", "header1.xml") }
        add("rIdFooter", "footer", "footer1.xml")
        for (index, url) in links.enumerated() {
            add("rIdLink\(index + 1)", "hyperlink", URIText.encode(url), external: true)
        }
        return xml + "</Relationships>"
    }

    static func core(_ properties: WordProperties, language: String) -> String {
        func element(_ name: String, _ value: String) -> String {
            value.isEmpty ? "" : "<\(name)>\(XMLText.escape(value))</\(name)>"
        }
        return XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + element("dc:title", properties.title) + element("dc:subject", properties.subject)
            + element("dc:creator", properties.creator) + element("cp:keywords", properties.keywords)
            + element("dc:description", properties.description) + element("cp:lastModifiedBy", properties.creator)
            + element("dc:language", language)
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(properties.created.w3c)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(properties.modified.w3c)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static func app(_ properties: WordProperties) -> String {
        XMLText.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>\(XMLText.escape(properties.application))</Application><DocSecurity>0</DocSecurity>"
            + "</Properties>"
    }

    /// Settings in schema order; `compatibilityMode` 15 makes Word lay the file out as Word 2013+.
    static func settings(language: String) -> String {
        XMLText.declaration
            + "<w:settings xmlns:w=\"\(Namespace.w)\">"
            + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(XMLText.escape(language))\"/>"
            + "<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>"
            + "</w:settings>"
    }

    /// Abstract list 0 is bullets, 1 numbers; instance 1 is the bullets (shared by every bullet
    /// list) and instances 2...numberedLists+1 each restart the numbers at 1.
    static func numbering(numberedLists: Int) -> String {
        func level(_ index: Int, format: String, text: String) -> String {
            "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(720 * (index + 1) - 360)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        var xml = XMLText.declaration + "<w:numbering xmlns:w=\"\(Namespace.w)\">"
        xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        xml += level(0, format: "bullet", text: "\u{2022}") + level(1, format: "bullet", text: "\u{25E6}")
            + level(2, format: "bullet", text: "\u{25AA}")
        xml += "</w:abstractNum>"
        xml += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        xml += level(0, format: "decimal", text: "%1.") + level(1, format: "lowerLetter", text: "%2.")
            + level(2, format: "lowerRoman", text: "%3.")
        xml += "</w:abstractNum>"
        xml += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for list in 0..<numberedLists {
            xml += "<w:num w:numId=\"\(list + 2)\"><w:abstractNumId w:val=\"1\"/>"
            for index in 0..<3 { xml += "<w:lvlOverride w:ilvl=\"\(index)\"><w:startOverride w:val=\"1\"/></w:lvlOverride>" }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    static func header(_ text: String) -> String {
        XMLText.declaration + "<w:hdr xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>\(run(text))</w:p></w:hdr>"
    }

    /// The footer: the text, a tab, then "Side {PAGE} af {NUMPAGES}" as fields (right-aligned by
    /// the Footer style's tab stop).
    static func footer(_ text: String?, page: String, of: String) -> String {
        func field(_ instruction: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return XMLText.declaration + "<w:ftr xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" + run(text ?? "")
            + "<w:r><w:tab/></w:r>" + run(page + " ") + field("PAGE") + run(" " + of + " ") + field("NUMPAGES")
            + "</w:p></w:ftr>"
    }

    private static func run(_ text: String) -> String {
        text.isEmpty ? "" : "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }
}

/// Addresses written as relationship targets: characters a URI may not hold (spaces, quotes,
/// angle brackets, non-ASCII) are percent-encoded as UTF-8, so Word accepts the relationship.
enum URIText {
    static func encode(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte > 0x20, byte < 0x7F, !"\"<>\\^`{|}".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
