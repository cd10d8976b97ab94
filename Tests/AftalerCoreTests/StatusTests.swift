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
}

/// The relation words, written out in `Relation.Kind.label` as the status words are.
@Suite struct RelationKindTests {
    @Test(arguments: Relation.Kind.allCases)
    func labelIsTheWordWithACapitalFirstLetter(_ kind: Relation.Kind) {
        #expect(kind.label == kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst())
    }
}
