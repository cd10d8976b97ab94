import CorpusGenerator
import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// The plain reader (`PlainYAMLComposer`) held to libyaml, a reader we did not write: whatever the
/// plain reader composes, libyaml must compose to the same nodes (texts, styles, lines, columns),
/// and what the plain reader is not sure of it must leave to libyaml. The shipped and generated
/// front matter must take the plain path, or the speed it exists for is lost.
@Suite struct PlainYAMLComposerTests {
    /// What the plain reader makes of `yaml`: nil when it leaves the text to libyaml.
    static func plain(_ yaml: String) -> YAMLNode? {
        var text = yaml
        return text.withUTF8 { PlainYAMLComposer.compose($0) }
    }

    /// What libyaml makes of `yaml`, the plain reader bypassed.
    static func libyaml(_ yaml: String) -> Result<YAMLNode?, YAMLProblem> {
        var text = yaml
        return text.withUTF8 { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.composeWithLibYAML(bytes) } }
    }

    /// Nil when the plain reader either left `yaml` to libyaml or agreed with it; otherwise what differs.
    static func disagreement(_ yaml: String) -> String? {
        guard let plain = plain(yaml) else { return nil }
        switch libyaml(yaml) {
        case .success(let reference?) where reference == plain: return nil
        case .success(let reference): return "plain \(plain), libyaml \(String(describing: reference))"
        case .failure(let problem): return "plain \(plain), libyaml refuses: \(problem.message)"
        }
    }

    /// The YAML between a Markdown file's two `---` lines, as `FrontMatterDocument` cuts it.
    static func frontMatter(_ file: String) -> String? {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return nil }
        return lines[1..<end].map { $0 + "\n" }.joined()
    }

    static func shippedYAML() throws -> [(name: String, yaml: String)] {
        var found: [(String, String)] = []
        for folder in [Repository.agreements, Repository.templates] {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            for case let url as URL in files {
                guard ["yaml", "md"].contains(url.pathExtension) else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                if url.pathExtension == "yaml" { found.append((url.lastPathComponent, text)) }
                if url.pathExtension == "md", let yaml = frontMatter(text) { found.append((url.lastPathComponent, yaml)) }
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    @Test func everyShippedFileTakesThePlainPathAndComposesAsLibyamlDoes() throws {
        let shipped = try Self.shippedYAML()
        #expect(shipped.count > 80)
        let leftToLibyaml = shipped.filter { Self.plain($0.yaml) == nil }.map(\.name)
        #expect(leftToLibyaml == [])
        let differing = shipped.compactMap { file in Self.disagreement(file.yaml).map { "\(file.name): \($0)" } }
        #expect(differing == [])
    }

    @Test func generatedAgreementsTakeThePlainPathAndComposeAsLibyamlDoes() throws {
        let generator = CorpusGenerator(seed: 2024)
        var leftToLibyaml: [String] = [], differing: [String] = []
        for index in 0..<300 {
            let agreement = generator.agreement(index)
            let yaml = try #require(Self.frontMatter(agreement.text))
            if Self.plain(yaml) == nil { leftToLibyaml.append(agreement.id) }
            if let difference = Self.disagreement(yaml) { differing.append("\(agreement.id): \(difference)") }
        }
        #expect(leftToLibyaml == [])
        #expect(differing == [])
    }

    /// Shapes read by hand: each is taken by the plain path and composes as libyaml composes it.
    @Test(arguments: [
        "titel: Rygestop\nparter: [region, plo]\nstatus: godkendt\n",
        "a:\n  b: 1\n  c:\n    d: æble\n",
        "links:\n- titel: A\n  url: https://x.dk/a#b\n- titel: B\n  url: \"https://x.dk/?a=1&b=2\"\n",
        "links:\n  - titel: A\n    url: u\n  - titel: B\n",
        "a: >-\n  første linje\n  anden linje\nb: x\n",
        "a: >\n  første linje  \n  anden\n\n\nb: x\n",
        "a: |-\n  • et\n    indrykket\n  • to\nb: x\n",
        "a: |\n  et\n  to\n",
        "liste:\n  - en\n  - 'to ''tre'''\n  - \"fire\"\n",
        "# kommentar\n\na: 1\n  # indrykket kommentar\nb: 2\n",
        "tom: []\nen: [ a ,b ]\n",
        "budget: {2023: 709, 2024: 1492}\nplo: {label: PLO-Midtjylland, alias: [PLO, PLO-M] }\ntom: {}\n",
        "url: a:b\nx: c#d\n",
        "år: 2024\nø: '2025'\n",
        "  indrykket: rod\n  anden: nøgle\n",
        "a:\n  - b: 1\n    c: 2\n  - d: 3\n",
        "nøgle med mellemrum  : værdi  \n",
        "a: |-\n  tekst\n", "a: >-\n  tekst", "a: x",
    ])
    func aPlainShapeIsReadAsLibyamlReadsIt(_ yaml: String) throws {
        let plain = try #require(Self.plain(yaml), "left to libyaml: \(yaml.debugDescription)")
        #expect(try Self.libyaml(yaml).get() == plain)
    }

    /// Shapes the plain reader must leave to libyaml, because it would read them differently or
    /// because libyaml refuses them with a message of its own.
    @Test(arguments: [
        "a: 1\tb\n", "a: x # kommentar\n", "a: første\n  fortsat\n", "a: \"x\\ny\"\n", "a: 1\na: 2\n",
        "a:\nb: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: {b: {c: 1}}\n", "a: {b: 1, b: 2}\n", "---\na: 1\n", "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n", "a: |\n  x\n\n  y\n", "a: >\n  x\n    y\n", "a: |+\n  x\n", "a: |2\n   x\n",
        "a: 'x\n  y'\n", "a: [x,\n  y]\n", "- a\n- b\n", "a: b: c\n", "? a\n: b\n", "a: -\n", "a:\r\n  b: 1\r\n",
        "\u{FEFF}a: 1\n", "a: x\u{85}y\n", "a: |\n", "a: |\n  x", "a:\n  - b\n  c: d\n", "a: [x, , y]\n",
        "a:\n -\n   b\n", "a: x\n  b: y\n", "\"a\": 1\n", "a: 1\n b: 2\n",
    ])
    func anUnsureShapeIsLeftToLibyaml(_ yaml: String) {
        #expect(Self.plain(yaml) == nil, "taken by the plain path: \(yaml.debugDescription)")
    }

    /// A hostile line of 100,000 `æ` entries (300 KB of the 1 MiB a file may hold) is read in
    /// linear time, and as libyaml reads it. Counting each entry's column from the line's start
    /// made it quadratic: a debug build then took three minutes here, against about a second.
    @Test func aLongLineOfNonASCIIEntriesIsReadInLinearTime() throws {
        let count = 100_000
        let yaml = "parter: [" + Array(repeating: "æ", count: count).joined(separator: ", ") + "]\n"
        let started = Date()
        let plain = try #require(Self.plain(yaml))
        #expect(Date().timeIntervalSince(started) < 20)
        guard case .mapping(let pairs) = plain.content, case .sequence(let entries) = pairs[0].value.content else {
            Issue.record("not a mapping of a list: \(plain.shapeName)")
            return
        }
        #expect(entries.count == count)
        #expect(entries.last?.column == 10 + (count - 1) * 3)
        #expect(try Self.libyaml(yaml).get() == plain)
    }

    /// Texts cut from shipped and generated front matter and then mutated at random (characters
    /// YAML gives meaning to inserted, lines deleted, duplicated or re-indented): whenever the plain
    /// reader composes one, libyaml must compose it to the same nodes. Enough of them must still
    /// take the plain path for this to test it.
    @Test func mutatedFrontMatterComposesAsLibyamlDoesWheneverThePlainPathTakesIt() throws {
        let generator = CorpusGenerator(seed: 7)
        var bases = try Self.shippedYAML().map(\.yaml).filter { $0.utf8.count < 4_000 }
        for index in 0..<40 { bases.append(try #require(Self.frontMatter(generator.agreement(index).text))) }
        let snippets = [" ", "  ", "\n", ":", ": ", " #", "#", "-", "- ", "'", "''", "\"", "[", "]", ",", "|", ">",
                        "|-", ">-", "\t", "&a ", "*a", "!", "?", "{", "}", "%", "\\", "...", "---", "æ", "…", "\u{85}",
                        "\n\n", "\n  ", "\n- ", "a: ", "\r"]
        var random = SeededRandom(seed: 2026)
        var taken = 0, differing: [String] = []
        let mutants = 10_000
        for _ in 0..<mutants {
            var lines = random.pick(bases).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0...random.below(3) {
                let line = random.below(lines.count)
                switch random.below(5) {
                case 0, 1:
                    let characters = Array(lines[line])
                    let at = random.below(characters.count + 1)
                    lines[line] = String(characters[..<at]) + random.pick(snippets) + String(characters[at...])
                case 2: lines.remove(at: line)
                case 3: lines.insert(lines[line], at: line)
                default: lines[line] = String(repeating: " ", count: random.below(5)) + lines[line].drop { $0 == " " }
                }
                if lines.isEmpty { lines = [""] }
            }
            let yaml = lines.joined(separator: "\n")
            if Self.plain(yaml) != nil { taken += 1 }
            if let difference = Self.disagreement(yaml) { differing.append("\(yaml.debugDescription): \(difference)") }
        }
        #expect(differing.prefix(5) == [], "\(differing.count) of \(mutants) differ")
        #expect(taken > mutants / 5, "only \(taken) of \(mutants) took the plain path")
    }
}
