import AftalerCore
import Foundation
import Testing
import TestSupport

/// `Portfolio.replacing` (one file changed, updated in place) gives the portfolio that assembling
/// every file again gives, for edits of every kind.
@Suite struct PortfolioReplacingTests {
    static func sources() throws -> [Portfolio.Source] {
        try FileManager.default.contentsOfDirectory(atPath: Repository.agreements.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { name in
                Portfolio.Source(name: name, path: "Agreements/" + name, bytes: try Data(contentsOf: Repository.agreements.appending(path: name)))
            }
    }

    static func templates() -> TemplateLibrary {
        var diagnostics: [Diagnostic] = []
        return TemplateLibrary.load(from: Repository.templates, diagnostics: &diagnostics)
    }

    /// An edit: the file it changes and what it does to the text.
    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let file: String
        let change: @Sendable (String) -> String
    }

    static let edits: [Edit] = [
        Edit(description: "a title that moves the agreement in Danish order", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "titel: 72 timers behandlingsansvar\n", with: "titel: Åbent behandlingsansvar\n")
        },
        Edit(description: "an unknown status makes the file invalid", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "status: under implementering", with: "status: færdig")
        },
        Edit(description: "a placeholder makes it an incomplete draft", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "## Hvad\n\n", with: "## Hvad\n\n«udfyld: hvad»\n\n")
        },
        Edit(description: "a relation to an unknown agreement", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "overdragelse:", with: "relationer:\n  - type: erstatter\n    aftale: findes-ikke\noverdragelse:")
        },
        Edit(description: "a relation to a known agreement", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "overdragelse:", with: "relationer:\n  - type: følger op på\n    aftale: 72-timers-behandlingsansvar-i-psykiatrien\noverdragelse:")
        },
        Edit(description: "a draft with a relation to a known agreement", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "## Hvad\n\n", with: "## Hvad\n\n«udfyld: hvad»\n\n").replacingOccurrences(
                of: "overdragelse:", with: "relationer:\n  - type: følger op på\n    aftale: 72-timers-behandlingsansvar-i-psykiatrien\noverdragelse:")
        },
        Edit(description: "a block use with a misspelt parameter", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "## Hvad\n\n", with: "## Hvad\n\n{{> afventer-national-afklaring hvat=\"x\"}}\n\n")
        },
        Edit(description: "a file that is not YAML any more", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "status: under implementering", with: "status: [under")
        },
        Edit(description: "the same title as another agreement", file: "72-timers-behandlingsansvar.md") {
            $0.replacingOccurrences(of: "titel: 72 timers behandlingsansvar\n", with: "titel: 72 timers behandlingsansvar i psykiatrien\n")
        },
    ]

    @Test("replacing one file equals assembling all files again", arguments: edits)
    func replacingEqualsAssembling(_ edit: Edit) throws {
        let templates = Self.templates()
        var sources = try Self.sources()
        let before = Portfolio.parse(sources, templates: templates)
        let portfolio = Portfolio.assemble(before, templates: templates)
        let index = try #require(sources.firstIndex { $0.name == edit.file })
        let text = String(decoding: sources[index].bytes, as: UTF8.self)
        let changed = edit.change(text)
        #expect(changed != text, "the edit changed nothing")
        sources[index] = Portfolio.Source(name: edit.file, path: sources[index].path, bytes: Data(changed.utf8))
        let after = Portfolio.parse(sources, templates: templates)
        let expected = Portfolio.assemble(after, templates: templates)
        let ids = Set(sources.map { String($0.name.dropLast(3)) })
        let updated = try #require(portfolio.replacing(before[index], with: after[index], knownIDs: ids))
        #expect(updated.agreements.map(\.id) == expected.agreements.map(\.id))
        #expect(updated.agreements.map(\.title) == expected.agreements.map(\.title))
        #expect(updated.agreements.map { $0.relations.map(\.targetTitle) } == expected.agreements.map { $0.relations.map(\.targetTitle) })
        #expect(updated.diagnostics == expected.diagnostics)
        #expect(updated.tally.read == expected.tally.read && updated.tally.valid == expected.tally.valid)
        #expect(Set(updated.tally.leftOut) == Set(expected.tally.leftOut))
        #expect(Set(updated.leftOutAgreements.map(\.id)) == Set(expected.leftOutAgreements.map(\.id)))
        let leftOutRelationTitles = { (portfolio: Portfolio) in
            Dictionary(uniqueKeysWithValues: portfolio.leftOutAgreements.map { ($0.id, $0.relations.map(\.targetTitle)) })
        }
        #expect(leftOutRelationTitles(updated) == leftOutRelationTitles(expected))
        // And back again.
        let restored = try #require(updated.replacing(after[index], with: before[index], knownIDs: ids))
        #expect(restored.agreements.map(\.id) == portfolio.agreements.map(\.id))
        #expect(restored.diagnostics == portfolio.diagnostics)
        #expect(restored.tally.valid == portfolio.tally.valid && restored.tally.leftOut.isEmpty == portfolio.tally.leftOut.isEmpty)
    }

    @Test("a draft left out of the outputs shows the titles of the agreements it relates to, loaded or replaced")
    func draftRelationTitles() throws {
        let templates = Self.templates()
        var sources = try Self.sources()
        let index = try #require(sources.firstIndex { $0.name == "72-timers-behandlingsansvar.md" })
        let target = try Repository.shippedAgreement("72-timers-behandlingsansvar-i-psykiatrien")
        #expect(target.contains("\ntitel: 72 timers behandlingsansvar i psykiatrien\n"))
        let before = Portfolio.parse(sources, templates: templates)
        let draft = String(decoding: sources[index].bytes, as: UTF8.self)
            .replacingOccurrences(of: "## Hvad\n\n", with: "## Hvad\n\n«udfyld: hvad»\n\n")
            .replacingOccurrences(of: "overdragelse:", with: "relationer:\n  - type: følger op på\n    aftale: 72-timers-behandlingsansvar-i-psykiatrien\noverdragelse:")
        sources[index] = Portfolio.Source(name: sources[index].name, path: sources[index].path, bytes: Data(draft.utf8))
        let after = Portfolio.parse(sources, templates: templates)
        let loaded = Portfolio.assemble(after, templates: templates)
        let replaced = try #require(Portfolio.assemble(before, templates: templates)
            .replacing(before[index], with: after[index], knownIDs: Set(sources.map { String($0.name.dropLast(3)) })))
        for portfolio in [loaded, replaced] {
            let shown = portfolio.leftOutAgreements.first { $0.id == "72-timers-behandlingsansvar" }
            #expect(shown?.relations.map(\.targetTitle) == ["72 timers behandlingsansvar i psykiatrien"])
        }
    }

    @Test("a file whose relation target changes title: the other agreement shows the new title")
    func relationTitles() throws {
        let templates = Self.templates()
        var sources = try Self.sources()
        let source = try #require(sources.firstIndex { $0.name == "72-timers-behandlingsansvar.md" })
        let target = try #require(sources.firstIndex { $0.name == "72-timers-behandlingsansvar-i-psykiatrien.md" })
        let withRelation = String(decoding: sources[source].bytes, as: UTF8.self).replacingOccurrences(
            of: "overdragelse:", with: "relationer:\n  - type: følger op på\n    aftale: 72-timers-behandlingsansvar-i-psykiatrien\noverdragelse:")
        sources[source] = Portfolio.Source(name: sources[source].name, path: sources[source].path, bytes: Data(withRelation.utf8))
        let before = Portfolio.parse(sources, templates: templates)
        let portfolio = Portfolio.assemble(before, templates: templates)
        let renamed = String(decoding: sources[target].bytes, as: UTF8.self).replacingOccurrences(
            of: "titel: 72 timers behandlingsansvar i psykiatrien", with: "titel: Behandlingsansvar i psykiatrien")
        sources[target] = Portfolio.Source(name: sources[target].name, path: sources[target].path, bytes: Data(renamed.utf8))
        let after = Portfolio.parse(sources, templates: templates)
        let updated = try #require(portfolio.replacing(before[target], with: after[target],
                                                       knownIDs: Set(sources.map { String($0.name.dropLast(3)) })))
        #expect(updated.agreement("72-timers-behandlingsansvar")?.relations.first?.targetTitle == "Behandlingsansvar i psykiatrien")
        #expect(updated.agreements.map(\.id) == Portfolio.assemble(after, templates: templates).agreements.map(\.id))
    }
}
