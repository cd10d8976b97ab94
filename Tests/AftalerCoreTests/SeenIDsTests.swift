@testable import AftalerCore
import Testing

/// `SeenIDs` keeps ids by hash and falls back to their text when two ids share a hash: with a hash
/// that makes every id collide, every answer must still be the one a dictionary of texts gives.
@Suite struct SeenIDsTests {
    static let names = ["akut.md", "Ålborg-aftale.md", "demens.md", "e\u{301}t.md", "børn.md"]

    func seen(hash: @escaping (Substring) -> Int) -> SeenIDs {
        var ids = SeenIDs(capacity: Self.names.count, nameOfFile: { Self.names[$0] }, hash: hash)
        for (place, name) in Self.names.enumerated() {
            ids.insert(SeenIDs.id(ofName: name), at: place)
        }
        return ids
    }

    @Test(arguments: [false, true])
    func placesAreFoundWhateverTheHash(colliding: Bool) {
        let ids = seen(hash: colliding ? { _ in 7 } : { $0.hashValue })
        for (place, name) in Self.names.enumerated() {
            #expect(ids.place(of: SeenIDs.id(ofName: name)) == place, "\(name)")
        }
        #expect(ids.place(of: "\u{e9}t") == 3, "an id matches its canonically equivalent spelling")
        #expect(ids.place(of: "ukendt") == nil)
        #expect(ids.place(of: "akut.md") == nil)
        #expect(ids.sortedIDs == Self.names.map { String(SeenIDs.id(ofName: $0)) }.sorted())
    }
}
