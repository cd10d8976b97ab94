import Testing
import WordDocument

/// How a run's text becomes WordprocessingML: tabs, line breaks and soft hyphens as elements of
/// their own, carriage returns dropped, everything else escaped into `w:t` (`w:delText` in a deletion).
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

    /// A soft hyphen (U+00AD, UTF-8 C2 AD) is where Word may divide the word: `w:softHyphen`, not
    /// text. Another character whose last byte is AD ("í" is C3 AD) stays text.
    @Test func softHyphensBecomeTheirElement() {
        #expect(Self.body(.run(WordRun("God\u{AD}kendt"))) == "<w:r>" + Self.t("God") + "<w:softHyphen/>" + Self.t("kendt") + "</w:r>")
        #expect(Self.body(.run(WordRun("\u{AD}a\t\u{AD}\u{AD}"))) == "<w:r><w:softHyphen/>" + Self.t("a")
            + "<w:tab/><w:softHyphen/><w:softHyphen/></w:r>")
        #expect(Self.body(.run(WordRun("Ví\u{AD}í"))) == "<w:r>" + Self.t("Ví") + "<w:softHyphen/>" + Self.t("í") + "</w:r>")
        #expect(Self.body(.run(WordRun("ví"))) == "<w:r>" + Self.t("ví") + "</w:r>")
        let revision = WordRevision(author: "A", date: Self.date)
        #expect(Self.body(.deletion(revision, [WordRun("x\u{AD}y")])).hasSuffix(
            "<w:r>" + Self.t("x", "w:delText") + "<w:softHyphen/>" + Self.t("y", "w:delText") + "</w:r></w:del>"))
    }
}
