import Testing
import WordDocument

/// How a run's text becomes WordprocessingML: tabs and line breaks as elements of their own,
/// carriage returns dropped, everything else escaped into `w:t` (`w:delText` in a deletion).
@Suite struct BodyWriterTests {
    static let date = WordDate(year: 2025, month: 2, day: 3)!

    static func body(_ inline: WordInline) -> String {
        let document = WordDocument(properties: WordProperties(title: "t", created: date),
                                    blocks: [.paragraph(WordParagraph(.normal, [inline]))])
        let xml = document.parts().first { $0.name == "word/document.xml" }!.xml
        let start = xml.range(of: "<w:body><w:p>")!.upperBound, end = xml.range(of: "</w:p>")!.lowerBound
        return String(xml[start..<end])
    }

    static func t(_ text: String, _ element: String = "w:t") -> String { "<\(element) xml:space=\"preserve\">\(text)</\(element)>" }

    @Test func tabsBreaksAndCarriageReturns() {
        // "\r\n" is one break, a lone "\r" is dropped without splitting the text around it.
        #expect(Self.body(.run(WordRun("a\tb\r\nc\rd\ne & f\n"))) == "<w:r>" + Self.t("a") + "<w:tab/>" + Self.t("b") + "<w:br/>"
            + Self.t("cd") + "<w:br/>" + Self.t("e &amp; f") + "<w:br/></w:r>")
        #expect(Self.body(.run(WordRun("\t\t"))) == "<w:r><w:tab/><w:tab/></w:r>")
        #expect(Self.body(.run(WordRun("æ\u{301}ø <å>"))) == "<w:r>" + Self.t("æ\u{301}ø &lt;å&gt;") + "</w:r>")
        #expect(Self.body(.run(WordRun("\r"))) == "<w:r></w:r>")
        #expect(Self.body(.run(WordRun(""))) == "")
        let revision = WordRevision(author: "A", date: Self.date)
        #expect(Self.body(.deletion(revision, [WordRun("x\ny", bold: true)])).hasSuffix(
            "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" + Self.t("x", "w:delText") + "<w:br/>" + Self.t("y", "w:delText") + "</w:r></w:del>"))
    }
}
