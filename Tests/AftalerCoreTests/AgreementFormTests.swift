import AftalerCore
import Foundation
import Testing
import TestSupport

/// The drafting page's form over an agreement file: reading it and writing only what changed.
@Suite struct AgreementFormTests {
    static let shipped: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Repository.agreements.path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()

    /// The form exactly as the page sends it when nothing was touched: every field it shows, empty
    /// where the file has none.
    static func pageForm(_ text: String) throws -> AgreementForm {
        var form = try AgreementForm.read(text)
        for key in ["titel", "indsatsområde", "ikrafttrædelse", "evaluering", "ansvarlig", "godkendelse"] where form.values[key] == nil {
            form.values[key] = ""
        }
        for key in ["parter", "sundhedsaftaler"] where form.lists[key] == nil { form.lists[key] = [] }
        for key in ["beslutninger", "opfølgning"] where form.records[key] == nil { form.records[key] = [] }
        return form
    }

    @Test("an untouched form writes every shipped file back byte for byte", arguments: shipped)
    func untouchedFormChangesNothing(_ name: String) throws {
        let text = try String(contentsOf: Repository.agreements.appending(path: name), encoding: .utf8)
        #expect(try Self.pageForm(text).apply(to: text) == text)
    }

    static let sample = """
        ---
        type: samarbejdsaftale
        titel: "Aftale om noget"   # a comment that stays
        indsatsområde: ældre
        status: i høring
        parter: [region-midtjylland, kommunerne]
        beslutninger:
          - organ: ssg
            dato: 12. juni 2024
            udfald: behandlet
        ---

        ## Hvad

        Første afsnit.

        ## Status

        Sidste.

        """

    @Test("a changed status is rewritten in place; every other byte stays")
    func statusInPlace() throws {
        var form = try Self.pageForm(Self.sample)
        form.records["status"] = [["status": .text("godkendt")]]
        let written = try form.apply(to: Self.sample)
        #expect(written == Self.sample.replacingOccurrences(of: "status: i høring", with: "status: godkendt"))
    }

    @Test("a status history, a new decision row and a new field are written in the documented order")
    func listsAndNewFields() throws {
        var form = try Self.pageForm(Self.sample)
        form.records["status"] = [["status": .text("i høring")], ["dato": .text("1. september 2024"), "status": .text("godkendt")]]
        form.records["beslutninger"]!.append(["udfald": .text("godkendt"), "organ": .text("ssu"), "dato": .text("ukendt"),
                                              "planlagt": .flag(false)])
        form.values["ikrafttrædelse"] = "1. oktober 2024"
        let written = try form.apply(to: Self.sample)
        let expected = """
            ---
            type: samarbejdsaftale
            titel: "Aftale om noget"   # a comment that stays
            indsatsområde: ældre
            status:
              - status: i høring
              - dato: 1. september 2024
                status: godkendt
            parter: [region-midtjylland, kommunerne]
            ikrafttrædelse: 1. oktober 2024
            beslutninger:
              - organ: ssg
                dato: 12. juni 2024
                udfald: behandlet
              - organ: ssu
                dato: ukendt
                udfald: godkendt
                planlagt: false
            ---

            ## Hvad

            Første afsnit.

            ## Status

            Sidste.

            """
        #expect(written == expected)
        #expect(try AgreementForm.read(written).records["beslutninger"]?.last?["planlagt"] == .flag(false))
    }

    @Test("an emptied field goes with its key; a party list keeps the flow style when it fits")
    func removalAndLists() throws {
        var form = try Self.pageForm(Self.sample)
        form.records["beslutninger"] = []
        form.lists["parter"] = ["region-midtjylland", "kommunerne", "plo-midtjylland"]
        let written = try form.apply(to: Self.sample)
        #expect(!written.contains("beslutninger"))
        #expect(written.contains("parter: [region-midtjylland, kommunerne, plo-midtjylland]\n---\n"))
    }

    @Test("a changed section replaces its own lines only; a new section is added at the end")
    func sections() throws {
        var form = try Self.pageForm(Self.sample)
        form.sections[0].text = "Nyt første afsnit.\n\n- punkt {{> borgere-tidlig-opsporing}}"
        form.sections.append(.init(heading: "Betydning for borgerne", text: "Mere."))
        let written = try form.apply(to: Self.sample)
        #expect(written.hasSuffix("""
            ## Hvad

            Nyt første afsnit.

            - punkt {{> borgere-tidlig-opsporing}}

            ## Status

            Sidste.

            ## Betydning for borgerne

            Mere.

            """))
        #expect(written.hasPrefix(Self.sample.prefix(upTo: Self.sample.range(of: "## Hvad")!.lowerBound)))
    }

    @Test("texts that YAML would misread are quoted; multi-line texts become literal blocks")
    func quoting() throws {
        var form = try Self.pageForm(Self.sample)
        form.values["titel"] = "Aftale: om ja"
        form.records["opfølgning"] = [["tid": .text("2025"), "hvad": .text("Første linje\nAnden linje")]]
        let written = try form.apply(to: Self.sample)
        let reread = try AgreementForm.read(written)
        #expect(reread.values["titel"] == "Aftale: om ja")
        #expect(reread.records["opfølgning"] == [["tid": .text("2025"), "hvad": .text("Første linje\nAnden linje")]])
        #expect(written.contains("titel: \"Aftale: om ja\"   # a comment that stays"))
    }

    @Test("lines map to the field, the row or the section line they belong to")
    func places() {
        let text = Self.sample
        #expect(FormPlace.of(line: 5, in: text) == .field("status", row: nil))
        #expect(FormPlace.of(line: 10, in: text) == .field("beslutninger", row: 0))
        #expect(FormPlace.of(line: 13, in: text) == .section("Hvad", line: 0))
        #expect(FormPlace.of(line: 15, in: text) == .section("Hvad", line: 1))
        #expect(FormPlace.of(line: 1, in: text) == .file)
    }

    @Test("a file without front matter cannot be edited in the form")
    func noFrontMatter() {
        #expect(throws: AgreementForm.Problem.self) { try AgreementForm.read("## Hvad\n\ntekst\n") }
    }
}
