import AftalerCore
import Foundation
import Testing
import WordDocument
import WordExport
import ZipArchive

/// The DOCX files read by readers we did not write: python-docx for the structure (styles,
/// heading levels, lists, tables and their header rows, language, page, tracked changes), and
/// LibreOffice headless converting them to PDF, read back with pdftotext.
@Suite(.serialized) struct WordReaderTests {
    static let day = CivilDate(year: 2025, month: 2, day: 3)!

    /// The three kinds of document, written to `folder`: an agreement, the status report, a redline.
    static func write(in folder: URL) throws -> (agreement: URL, report: URL, redline: URL) {
        let agreement = folder.appending(path: "aftale.docx"), report = folder.appending(path: "rapport.docx")
        let redline = folder.appending(path: "redline.docx")
        try AgreementWord.document(Fixture.agreement(), date: day).write(to: agreement)
        let plan = ExportPlan(portfolio: Fixture.portfolio, asOf: AsOfDay(date: day, origin: .given))
        try StatusReportWord.document(plan.statusReport()).write(to: report)
        try RedlineWord.document(try Self.comparison(), date: day).write(to: redline)
        return (agreement, report, redline)
    }

    /// The shipped agreement against an older copy: status `godkendt`, and one word of Status different.
    static func comparison() throws -> AgreementComparison {
        let old = try Fixture.version { text in
            text.replacingOccurrences(of: "status: under implementering", with: "status: godkendt")
                .replacingOccurrences(of: "2023 er implementeringsår", with: "2023 er overgangsår")
        }
        return AgreementComparison(old: .init(agreement: old, label: "OLD.md"), new: .init(agreement: Fixture.agreement(), label: "ny"))
    }

    @Test func pythonDocxReadsHeadingsTablesListsLanguageAndPage() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.write(in: folder)
        let plan = ExportPlan(portfolio: Fixture.portfolio, asOf: AsOfDay(date: Self.day, origin: .given))
        let dumps = try DocxDump.read([files.agreement, files.report])
        let (agreement, report) = (dumps[0], dumps[1])
        let shipped = Fixture.agreement()

        #expect(agreement.title == shipped.title)
        #expect(agreement.created == "2025-02-03T00:00:00+00:00")
        #expect(agreement.language == "da-DK" && agreement.defaultLanguage == "da-DK")
        #expect(agreement.headingOutlineLevels == ["Heading 1": 0, "Heading 2": 1, "Heading 3": 2])
        #expect(agreement.paragraphs.first?.style == "Title")
        let headings = agreement.paragraphs.filter { $0.style == "Heading 1" }.map(\.text)
        #expect(headings == shipped.sections.map(\.heading) + ["Beslutninger", "Opfølgning", "Links"])
        #expect(agreement.tables.map(\.header) == [["Oplysning", "Værdi"], ["Dato", "Organ", "Udfald", "Bemærkning"], ["Tid", "Hvad"]])
        #expect(agreement.tables.allSatisfy { $0.headerRepeats && $0.everyCellHasParagraph && $0.gridColumns == $0.header.count })
        #expect(agreement.tables[1].rows == shipped.decisions.count + 1)
        #expect(agreement.links == shipped.links.map(\.url))
        let linkItems = agreement.paragraphs.filter { $0.listLevel != nil }
        #expect(linkItems.map(\.text) == shipped.links.map(\.title))
        #expect(linkItems.allSatisfy { $0.numberFormat == "bullet" && $0.style == "List Paragraph" })
        #expect(agreement.pageWidth == 11906 && agreement.pageHeight == 16838 && agreement.orientation.contains("PORTRAIT"))
        #expect(agreement.compatibilityMode == "15")
        #expect(agreement.footerFields == ["PAGE", "NUMPAGES"])

        #expect(report.created == "2025-02-03T00:00:00+00:00")
        #expect(report.paragraphs.prefix(3).map(\.text) == [StatusReport.defaultTitle, StatusReport.defaultSubtitle,
                                                              "Status pr. 3. februar 2025"])
        let h1 = report.paragraphs.filter { $0.style == "Heading 1" }.map(\.text)
        #expect(h1.prefix(4) == ["Indledning", "Overblik", "Indhold", "1. Fælles investering i forebyggelse"])
        let h2 = report.paragraphs.filter { $0.style == "Heading 2" }.map(\.text)
        #expect(h2.count == Fixture.portfolio.agreements.count)
        #expect(h2.first?.hasPrefix("1.1 ") == true)
        #expect(report.paragraphs.contains { $0.style == "Heading 3" && $0.text == "Betydning for borgerne" })
        // The written contents: every agreement's heading is a list item before the first area heading.
        let contentsEnd = report.paragraphs.firstIndex { $0.style == "Heading 1" && $0.text.hasPrefix("1. ") }!
        let contents = report.paragraphs[..<contentsEnd].filter { $0.listLevel == 0 }.map(\.text)
        #expect(Set(h2).isSubset(of: Set(contents)))
        let overview = try #require(report.tables.first)
        #expect(overview.headerRepeats && overview.header.first == "Indsatsområde" && overview.header.last == "I alt")
        // The status words' soft hyphens are `w:softHyphen`, which python-docx leaves out: the words as written.
        let statuses = plan.statusReport().overview.statuses
        #expect(overview.header == ["Indsatsområde"] + statuses.map(\.label) + ["I alt"])
        #expect(report.tables.dropFirst().allSatisfy { $0.headerRepeats && $0.header == ["Dato", "Organ", "Udfald", "Bemærkning"] })
    }

    /// The kommissorium's timetable, as python-docx reads it: a table of its milestones (with a
    /// repeated header row) among the sections, and no heading of its own.
    @Test func theKommissoriumsMilestonesAreATableInItsSection() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kommissorium = Fixture.agreement("kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet")
        let file = folder.appending(path: "kommissorium.docx")
        try AgreementWord.document(kommissorium, date: Self.day).write(to: file)
        let dump = try #require(try DocxDump.read([file]).first)
        let headings = dump.paragraphs.filter { $0.style == "Heading 1" }.map(\.text)
        #expect(headings == kommissorium.sections.map(\.heading) + ["Beslutninger"])
        #expect(dump.tables.map(\.header) == [["Oplysning", "Værdi"], ["Tid", "Milepæl"], ["Dato", "Organ", "Udfald", "Bemærkning"]])
        #expect(dump.tables[1].rows == 12 && dump.tables[1].headerRepeats && dump.tables[1].everyCellHasParagraph)
    }

    @Test func numberedListsRestartAndUnsafeTextIsEscaped() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "liste.docx")
        let item = { (text: String) in [WordInline.run(WordRun(text))] }
        let document = WordDocument(properties: WordProperties(title: "Prøve <&> \u{1}", created: WordDate(year: 2024, month: 5, day: 1)!),
                                    blocks: [.list(WordList(.numbered, items: [item("én"), item("to")])),
                                             .paragraph(WordParagraph(text: "a\u{0}b <c> & \"d\" \u{FFFE}")),
                                             .list(WordList(.numbered, leveled: [(0, item("igen")), (1, item("under"))])),
                                             .table(WordTable(header: ["A"], textRows: [[""]]))])
        try document.write(to: file)
        let dump = try #require(try DocxDump.read([file]).first)
        #expect(dump.title == "Prøve <&> \u{FFFD}")
        let items = dump.paragraphs.filter { $0.listLevel != nil }
        #expect(items.map(\.numberFormat) == ["decimal", "decimal", "decimal", "lowerLetter"])
        #expect(dump.paragraphs.contains { $0.text == "a\u{FFFD}b <c> & \"d\" \u{FFFD}" })
        #expect(dump.tables.first?.everyCellHasParagraph == true)
        let numbering = try String(decoding: ZipReader(contentsOf: file).data(of: ZipReader(contentsOf: file).entries
            .first { $0.name == "word/numbering.xml" }!), as: UTF8.self)
        #expect(numbering.contains("<w:num w:numId=\"2\">") && numbering.contains("<w:num w:numId=\"3\">"),
                "each numbered list has its own instance, restarting at 1")
    }

    @Test func redlineHasExactlyTheChangesAsTrackedChanges() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.write(in: folder)
        let dump = try #require(try DocxDump.read([files.redline]).first)
        let date = "2025-02-03T00:00:00Z"
        #expect(dump.changes == [
            .init(kind: "del", author: "Aftaler", date: date, text: "godkendt"),
            .init(kind: "ins", author: "Aftaler", date: date, text: "under implementering"),
            .init(kind: "del", author: "Aftaler", date: date, text: "overgangsår."),
            .init(kind: "ins", author: "Aftaler", date: date, text: "implementeringsår."),
        ])
        let html = try Self.comparison().html()
        #expect(html.contains("Status: <del>godkendt</del> → <ins>under implementering</ins>"))
        #expect(html.contains("2023 er <del>overgangsår.</del><ins>implementeringsår.</ins>"))
        #expect(try Self.comparison().text().contains("2023 er [-overgangsår.-]{+implementeringsår.+}"))
    }

    @Test func libreOfficeConvertsEveryKindToPDFWithTheDanishText() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.write(in: folder)
        let texts = try Tool.pdfText(of: [files.agreement, files.report, files.redline])
        let (agreement, report, redline) = (texts[0], texts[1], texts[2])
        for word in ["mistrivsel", "Betydning", "borgerne", "Ikrafttrædelse", "implementeringsår.", "Sundhedsstyregruppen"] {
            #expect(agreement.contains(word), "the agreement's PDF lacks \(word)")
        }
        #expect(["æ", "ø", "å"].allSatisfy(agreement.contains))
        #expect(agreement.contains("Side 1 af"))
        for word in ["Indledning", "Indhold", "Fælles", "forebyggelse", "Næste opfølgning", "februar 2025"] {
            #expect(report.contains(word), "the report's PDF lacks \(word)")
        }
        #expect(redline.contains("overgangsår") && redline.contains("implementeringsår"), "old and new word both shown")
        #expect(redline.contains("godkendt") && redline.contains("under implementering"))
    }

    /// The overview's header as LibreOffice lays it out, for the shipped agreements (seven
    /// statuses, 11 pt) and for the same agreements spread over all ten statuses (9 pt): its
    /// columns are too narrow for the status words, and every piece of a word on a line of its own
    /// is whole syllables of the word's Danish division (`Status.hyphenatedLabel`), ending in a
    /// hyphen when the word goes on, never a word cut between two arbitrary letters ("Godke" /
    /// "ndt", "Unde" / "r"); the total column keeps its number on one line.
    @Test func libreOfficeDividesTheOverviewsStatusWordsOnlyWhereDanishDoes() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try Self.write(in: folder).report, allStatuses = folder.appending(path: "alle-statusser.docx")
        let plan = ExportPlan(portfolio: Fixture.portfolio, asOf: AsOfDay(date: Self.day, origin: .given))
        let spread = Fixture.portfolio.agreements.enumerated().map { index, agreement in
            var agreement = agreement
            agreement.statusHistory = [StatusChange(date: nil, status: Status.allCases[index % Status.allCases.count])]
            return agreement
        }
        let report = plan.statusReport(of: spread)
        #expect(report.overview.statuses == Status.allCases)
        try StatusReportWord.document(report).write(to: allStatuses)

        // Every run of whole syllables of a word, with a hyphen after it unless it ends the word.
        var allowed: Set<String> = []
        for status in Status.allCases {
            for word in status.hyphenatedLabel.split(separator: " ") {
                let syllables = word.split(separator: "\u{AD}").map(String.init)
                for first in syllables.indices {
                    for last in first..<syllables.count {
                        allowed.insert(syllables[first...last].joined() + (last == syllables.count - 1 ? "" : "-"))
                    }
                }
            }
        }
        let texts = try Tool.pdfText(of: [shipped, allStatuses])
        for (text, total) in zip(texts, [Fixture.portfolio.agreements.count, spread.count]) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = try #require(lines.firstIndex { $0.contains("Indsatsområde") })
            let end = try #require(lines[start...].firstIndex { $0.contains(where: \.isNumber) })
            let pieces = lines[start..<end].flatMap { $0.split(separator: " ") }.map(String.init)
                .filter { !["Indsatsområde", "I", "alt"].contains($0) }
            #expect(!pieces.isEmpty)
            #expect(pieces.filter { !allowed.contains($0) } == [], "cut between letters, not at a Danish division")
            #expect(pieces.contains { $0.hasSuffix("-") }, "the columns are narrow enough that some word is divided")
            let totalRow = try #require(lines[end...].first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("I alt") })
            #expect(totalRow.split(separator: " ").last.map(String.init) == String(total), "the total on one line")
        }
    }

    /// The decisions' tables as LibreOffice lays them out, in the status report (every shipped
    /// agreement's decisions) and in an agreement with "Sundhedssamarbejdsudvalget" among them:
    /// no long name of a body is cut between two letters. A piece of the PDF's text that is the
    /// start of such a name but not a whole word of any body's name ("Sundhedssamarbejdsud", as
    /// it was before the columns were given room for their widest word) is a cut.
    @Test func libreOfficeKeepsTheBodiesNamesWholeInTheDecisionTables() throws {
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.write(in: folder).report
        let kommissorium = try #require(Fixture.portfolio.agreement(
            "kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet"))
        #expect(kommissorium.decisions.contains { $0.bodyLabel.hasPrefix("Sundhedssamarbejdsudvalget") })
        let agreement = folder.appending(path: "kommissorium.docx")
        try AgreementWord.document(kommissorium, date: Self.day).write(to: agreement)

        let words = Set(Fixture.portfolio.agreements.flatMap(\.decisions).flatMap { $0.bodyLabel.split(separator: " ").map(String.init) })
        let long = words.filter { $0.count >= 16 }
        #expect(long.contains("Sundhedssamarbejdsudvalget"))
        for text in try Tool.pdfText(of: [report, agreement]) {
            let cuts = text.split(whereSeparator: \.isWhitespace).map(String.init).filter { piece in
                piece.count >= 8 && !words.contains(piece) && long.contains { $0 != piece && $0.hasPrefix(piece) }
            }
            #expect(cuts == [], "a body's name cut between two letters")
            #expect(text.contains("Sundhedssamarbejdsudvalget"))
        }
    }

    @Test func theSameInputGivesTheSameBytesWithFixedPartsAndTimes() throws {
        let plan = ExportPlan(portfolio: Fixture.portfolio, asOf: AsOfDay(date: Self.day, origin: .given))
        let first = try StatusReportWord.document(plan.statusReport()).data()
        let second = try StatusReportWord.document(plan.statusReport()).data()
        #expect(first == second)
        let folder = Fixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "rapport.docx")
        try first.write(to: file)
        let entries = try ZipReader(contentsOf: file).entries
        #expect(entries.map(\.name) == WordDocument.partOrder)
        #expect(entries.allSatisfy { $0.modified == (try? ZipDateTime(year: 2025, month: 2, day: 3)) })
    }
}
