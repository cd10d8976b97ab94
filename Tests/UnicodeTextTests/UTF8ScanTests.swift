import Testing
import UnicodeText

/// `containsUTF8Byte(where:)` answers as `utf8.contains(where:)` does, for small (inline) and large
/// strings, ASCII and not, and substrings made into strings.
@Suite struct UTF8ScanTests {
    static let texts = ["", "a", "æøå", "indsatsomra\u{030A}de", "Tab\there", "linje\r\nlinje",
                        String(repeating: "Sundhedsstyregruppen ", count: 40) + "&", "🙂 & <b>",
                        String(String(repeating: "xy", count: 30).dropFirst(3))]
    static let predicates: [(String, @Sendable (UInt8) -> Bool)] = [
        ("at or above 0xCC", { $0 >= 0xCC }), ("control", { $0 < 0x20 }), ("ampersand", { $0 == 0x26 }),
        ("any", { _ in true }), ("none", { _ in false }),
    ]

    @Test func answersAsTheUTF8View() {
        for text in Self.texts {
            for (name, predicate) in Self.predicates {
                #expect(text.containsUTF8Byte(where: predicate) == text.utf8.contains(where: predicate),
                        "\(text.debugDescription), \(name)")
            }
        }
        #expect("a&b".containsUTF8Byte { $0 == 0x26 } && !"ab".containsUTF8Byte { $0 == 0x26 })
    }
}
