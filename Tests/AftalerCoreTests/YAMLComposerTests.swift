import Testing
@testable import AftalerCore

/// The YAML composer on its own: shapes, positions, scalar styles and the problems it refuses, with
/// positions counted by hand from the texts below.
@Suite struct YAMLComposerTests {
    private func compose(_ yaml: String) -> Result<YAMLNode?, YAMLProblem> {
        var text = yaml
        return text.withUTF8 { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.compose(bytes) } }
    }

    private func root(_ yaml: String) throws -> YAMLNode {
        try #require(try compose(yaml).get())
    }

    private func problem(_ yaml: String) throws -> YAMLProblem {
        guard case .failure(let problem) = compose(yaml) else {
            Issue.record("expected a problem for \(yaml.debugDescription)")
            throw CancellationError()
        }
        return problem
    }

    @Test func mappingsListsAndScalarsKeepOrderAndPositions() throws {
        let node = try root("titel: Rygestop\nparter:\n  - region\n  - \"plo\"\nbudget: {2024: 5}\n")
        guard case .mapping(let pairs) = node.content else { Issue.record("not a mapping: \(node)"); return }
        #expect(pairs.map { $0.key.scalarText } == ["titel", "parter", "budget"])
        #expect((pairs[0].value.line, pairs[0].value.column) == (1, 8))
        guard case .sequence(let parties) = pairs[1].value.content else { Issue.record("not a list"); return }
        #expect(parties.map(\.scalarText) == ["region", "plo"])
        #expect((parties[1].line, parties[1].column) == (4, 5))
        guard case .mapping(let years) = pairs[2].value.content else { Issue.record("not a mapping"); return }
        #expect((years[0].key.scalarText, years[0].value.scalarText) == ("2024", "5"))
        #expect((years[0].key.line, years[0].key.column) == (5, 10))
    }

    @Test func plainAndQuotedScalarsAreToldApart() throws {
        let node = try root("a: null\nb: \"null\"\nc: ~\nd: |\n  tekst\n")
        guard case .mapping(let pairs) = node.content else { Issue.record("not a mapping"); return }
        let styles = pairs.map { pair -> Bool? in
            if case .scalar(_, let isPlain) = pair.value.content { isPlain } else { nil }
        }
        #expect(styles == [true, false, true, false])
        #expect(pairs[3].value.scalarText == "tekst\n")
    }

    @Test func emptyTextAndCommentsHoldNoDocument() throws {
        #expect(try compose("").get() == nil)
        #expect(try compose("# kun en kommentar\n").get() == nil)
    }

    @Test func aRepeatedKeyIsReportedWhereItRepeats() throws {
        let found = try problem("a: 1\nb: 2\na: 3\n")
        #expect(found.kind == .duplicateKey)
        #expect((found.line, found.column) == (3, 1))
        #expect(found.message == "key 'a' appears more than once")
    }

    /// Keys are compared as field names (``FieldName``): one name spelled with "å" composed and
    /// decomposed is the same key; names that differ only past the shared letters are not.
    @Test func aKeySpelledWithADecomposedLetterRepeatsTheComposedOne() throws {
        let found = try problem("indsatsområde: x\nudført: ja\nindsatsomra\u{030A}de: y\n")
        #expect(found.kind == .duplicateKey)
        #expect((found.line, found.column) == (3, 1))
        let unique = try root("område: 1\nområder: 2\nomr\u{00E6}de: 3\nomra\u{030A}der2: 4\n")
        if case .mapping(let pairs) = unique.content { #expect(pairs.count == 4) } else { Issue.record("not a mapping") }
    }

    @Test func aRepeatedKeyInABigMappingIsFoundToo() throws {
        // Past 16 keys the composer switches from comparing keys one by one to a set.
        let keys = (1...30).map { "felt\($0): x" } + ["felt3: y"]
        let found = try problem(keys.joined(separator: "\n") + "\n")
        #expect(found.kind == .duplicateKey)
        #expect((found.line, found.column) == (31, 1))
        let unique = try root(keys.dropLast().joined(separator: "\n"))
        if case .mapping(let pairs) = unique.content { #expect(pairs.count == 30) } else { Issue.record("not a mapping") }
    }

    @Test func twelveLevelsAreReadAndTheThirteenthIsRefused() throws {
        // The root mapping is level 0 and "a:"'s value level 1, so 11 more '[' reach level 12.
        _ = try root("a: " + String(repeating: "[", count: 12) + String(repeating: "]", count: 12))
        let found = try problem("a: " + String(repeating: "[", count: 13) + String(repeating: "]", count: 13))
        #expect(found.kind == .tooDeep)
        #expect((found.line, found.column) == (1, 4 + 12))
    }

    @Test func anchorsAndAliasesAreRefusedWhereTheyStand() throws {
        let anchor = try problem("a: x\nb: &navn y\n")
        #expect(anchor.kind == .anchor)
        #expect((anchor.line, anchor.column) == (2, 4))
        let alias = try problem("a: x\nb: *navn\n")
        #expect(alias.kind == .anchor)
        #expect((alias.line, alias.column) == (2, 4))
    }

    @Test func libyamlErrorsKeepItsWordsAndPosition() throws {
        let found = try problem("a: [x, y\nb: z\n")
        #expect(found.kind == .syntax)
        #expect(found.message == "YAML error: did not find expected ',' or ']' while parsing a flow sequence")
        // The ':' of "b: z", which cannot stand inside the open list.
        #expect((found.line, found.column) == (2, 2))
    }

    @Test func aSecondDocumentIsRefused() throws {
        let found = try problem("a: 1\n---\nb: 2\n")
        #expect(found.kind == .syntax)
        #expect((found.line, found.column) == (2, 1))
    }
}

/// Tags are refused, never dropped: the problem names the tag as it was written.
@Suite struct YAMLTagTests {
    private func refusal(_ yaml: String) -> YAMLProblem? {
        var text = yaml
        let result = text.withUTF8 { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.compose(bytes) } }
        if case .failure(let problem) = result { return problem }
        return nil
    }

    @Test(arguments: [
        ("titel: !!python/object:os.system \"id\"\n", 1, 8, "!!python/object:os.system"),
        ("a: !!str 5\n", 1, 4, "!!str"),
        ("a: ! tekst\n", 1, 4, "!"),
        ("a:\n  - !!map {b: c}\n", 2, 5, "!!map"),
        ("a: !lokal\n  - b\n", 1, 4, "!lokal"),
        // libyaml decodes %XX in tags: a bidi override comes out as '?', never as itself.
        ("a: !x%E2%80%AEy z\n", 1, 4, "!x?y"),
    ])
    func everyExplicitTagIsRefusedWhereItStands(_ yaml: String, _ line: Int, _ column: Int, _ shown: String) throws {
        let problem = try #require(refusal(yaml))
        #expect(problem.kind == .tag)
        #expect(problem.kind.code == .yamlTag)
        #expect((problem.line, problem.column) == (line, column))
        #expect(problem.message == "YAML tags (\(shown)) are not supported")
    }

    @Test func untaggedValuesStillCompose() {
        #expect(refusal("a: '!!str'\nb: \"!x\"\nc: x!y\n") == nil)
    }
}
