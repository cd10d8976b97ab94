@testable import AftalerCore
import Testing

/// The status words: labels are written out in `Status.label`, so they are held here to the words
/// agreements are written with.
@Suite struct StatusTests {
    @Test(arguments: Status.allCases)
    func labelIsTheWordWithACapitalFirstLetter(_ status: Status) {
        #expect(status.label == status.rawValue.prefix(1).uppercased() + status.rawValue.dropFirst())
        #expect(status.label.lowercased() == status.rawValue)
    }

    @Test func labelsAreTheDanishWords() {
        #expect(Status.allCases.map(\.label) == [
            "Ikke igangsat", "Under udarbejdelse", "I høring", "Godkendt", "Under implementering",
            "Implementeret", "Evalueret", "Pauseret", "Afsluttet", "Udgået",
        ])
    }

    /// The divisions are Danish ones: each piece between soft hyphens (and spaces) is written
    /// here as Retskrivningsordbogen divides the word, and no piece is a single letter.
    @Test func hyphenatedLabelsDivideTheWordsWhereDanishDoes() {
        let softHyphen: Character = "\u{AD}"
        for status in Status.allCases {
            #expect(status.hyphenatedLabel.filter { $0 != softHyphen } == status.label)
        }
        #expect(Status.allCases.map { String($0.hyphenatedLabel.map { $0 == softHyphen ? "-" : $0 }) } == [
            "Ikke igang-sat", "Under ud-ar-bej-delse", "I hø-ring", "God-kendt", "Under im-ple-men-te-ring",
            "Im-ple-men-te-ret", "Eva-lu-eret", "Pau-se-ret", "Af-slut-tet", "Ud-gå-et",
        ])
        for status in Status.allCases {
            let pieces = status.hyphenatedLabel.split { $0 == softHyphen || $0 == " " }
            #expect(pieces.allSatisfy { $0.count > 1 || status.label.split(separator: " ").contains($0) },
                    "\(status): a single letter would stand alone on a line")
        }
    }
}

/// The relation words, written out in `Relation.Kind.label` as the status words are.
@Suite struct RelationKindTests {
    @Test(arguments: Relation.Kind.allCases)
    func labelIsTheWordWithACapitalFirstLetter(_ kind: Relation.Kind) {
        #expect(kind.label == kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst())
    }
}
