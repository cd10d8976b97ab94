import Testing
@testable import AftalerCore

/// Field names compare as Swift's `==` compares strings (canonical equivalence), whether or not
/// the byte shortcut applies; `YAMLFields` finds a field by either spelling.
@Suite struct FieldNameTests {
    /// Names spelled in several ways, and pairs that must never match.
    static let names = ["titel", "udført", "indsatsområde", "indsatsomra\u{030A}de", "indsatsomrade", "område",
                        "omrade", "omr\u{00E6}de", "e\u{0301}", "\u{00E9}", "é", "ø", "o\u{0338}", "Å", "A\u{030A}",
                        "\u{212B}", "", "a\u{0323}\u{0302}", "a\u{0302}\u{0323}", "ổ", "o\u{0302}\u{0309}"]

    @Test func everyPairAnswersAsStringEquality() {
        for first in Self.names {
            for second in Self.names {
                let same = FieldName.same(first, FieldName.comparableLength(first), second, FieldName.comparableLength(second))
                #expect(same == (first == second), "\(first.debugDescription) vs \(second.debugDescription)")
            }
        }
    }

    @Test func theShortcutAppliesOnlyBelowU0300() {
        #expect(FieldName.comparableLength("udført") == 7)
        #expect(FieldName.comparableLength("indsatsområde") == 14)
        #expect(FieldName.comparableLength("indsatsomra\u{030A}de") == -1)
        #expect(FieldName.comparableLength("\u{212B}") == -1)  // Ångström sign, whose canonical form is "Å"
        #expect(FieldName.comparableLength("") == 0)
    }

    @Test func fieldsAreFoundByEitherSpelling() {
        var fields = YAMLFields()
        let node = YAMLNode(content: .scalar("x", isPlain: true), line: 1, column: 1)
        fields.append("indsatsomra\u{030A}de", node)
        fields.append("udført", YAMLNode(content: .scalar("ja", isPlain: true), line: 2, column: 1))
        #expect(fields["indsatsområde"]?.scalarText == "x")
        #expect(fields["udført"]?.scalarText == "ja")
        #expect(fields["udfort"] == nil && fields["indsatsomrade"] == nil)
        #expect(fields.map(\.key) == ["indsatsomra\u{030A}de", "udført"])
    }
}
