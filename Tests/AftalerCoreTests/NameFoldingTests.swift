import CorpusGenerator
import Testing
@testable import AftalerCore

/// The byte-wise folding of Danish names held to Swift's Unicode answer (`lowercased`, split on
/// `Character.isWhitespace`, joined by one space) on the vocabulary's own names and on seeded
/// random text of ASCII, Latin-1 and a few characters beyond it.
@Suite struct NameFoldingTests {
    static func unicodeFolded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func danishNamesTakeTheByteWayAndFoldAsUnicodeDoes() throws {
        let names = ["Borgere med kronisk sygdom", "  PLO-Midtjylland ", "ÆLDRE\tOG  SÅRBARE", "Ørum Å",
                     "Sundhedsklynger og Nærområder", "Café ÉÜÞ ß ÿ ×"]
        for name in names {
            let fast = try #require(NameFolding.latin1Folded(name), "left to Unicode: \(name)")
            #expect(fast == Self.unicodeFolded(name))
        }
    }

    @Test(arguments: ["İstanbul", "ΣΟΦΙΑ", "a\u{A0}b", "e\u{301}", "a\u{85}b", "Ǆ", "ﬁ", "a\u{2028}b"])
    func otherTextIsLeftToUnicode(_ text: String) {
        #expect(NameFolding.latin1Folded(text) == nil)
        #expect(NameFolding.folded(text) == Self.unicodeFolded(text))
    }

    @Test func randomTextFoldsAsUnicodeDoes() {
        let alphabet: [Character] = ["a", "Z", "q", "M", "0", "-", " ", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
                                     "\u{1C}", "\u{1F}", "\u{00}", "\u{7F}", "Æ", "Ø", "Å", "æ", "ø", "å", "É", "ß", "×",
                                     "÷", "ÿ", "Þ", "\u{C0}", "\u{DE}", "\u{DF}", "\u{A0}", "µ", "İ", "\u{301}", "\u{2003}"]
        var random = SeededRandom(seed: 1_718)
        var differing: [String] = []
        var fast = 0
        for _ in 0..<20_000 {
            let text = String((0..<random.below(12)).map { _ in random.pick(alphabet) })
            if NameFolding.latin1Folded(text) != nil { fast += 1 }
            if NameFolding.folded(text) != Self.unicodeFolded(text) { differing.append(text.debugDescription) }
        }
        #expect(differing.prefix(5) == [], "\(differing.count) differ")
        #expect(fast > 5_000, "only \(fast) took the byte way")
    }
}
