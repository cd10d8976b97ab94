import Foundation
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

    /// A table's text size is on every run and paragraph mark in it (header and body), in
    /// half-points, and on nothing after it; a table without one writes no size.
    @Test func aTablesTextSizeIsOnEveryRunAndParagraphMarkInIt() {
        func xml(_ size: Int?) -> String {
            let table = WordTable(header: ["Hoved"], textRows: [["a"], ["b"]], textSize: size)
            let document = WordDocument(properties: WordProperties(title: "t", created: Self.date),
                                        blocks: [.table(table), .paragraph(WordParagraph(text: "efter"))])
            return document.parts().first { $0.name == "word/document.xml" }!.xml
        }
        let sized = xml(9), size = "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
        #expect(sized.components(separatedBy: "<w:pPr><w:rPr>" + size + "</w:rPr></w:pPr>").count - 1 == 3)
        #expect(sized.contains("<w:r><w:rPr><w:b/><w:bCs/>" + size + "</w:rPr>" + Self.t("Hoved")))
        #expect(sized.contains("<w:r><w:rPr>" + size + "</w:rPr>" + Self.t("a")))
        #expect(sized.contains("<w:p><w:r>" + Self.t("efter")))
        #expect(sized.components(separatedBy: size).count - 1 == 6)
        #expect(!xml(nil).contains("<w:sz "))
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
