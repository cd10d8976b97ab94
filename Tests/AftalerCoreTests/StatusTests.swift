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
