import Testing
@testable import AftalerCore

/// A field and the elements of its list are located apart, a location is replaced or removed as a
/// dictionary's would be, and what is asked for is what was stored, with the agreement's file.
@Suite struct FieldLocationsTests {
    static func at(_ line: Int, _ column: Int) -> Diagnostic.Location {
        Diagnostic.Location(file: "aftaler/a.md", line: line, column: column)
    }

    @Test func fieldsAndElementsAreApart() {
        var locations = FieldLocations(file: "aftaler/a.md", capacity: 2)
        locations["status"] = Self.at(3, 1)
        locations["status", 0] = Self.at(4, 3)
        locations["status", 1] = Self.at(6, 3)
        locations["beslutninger", 0] = Self.at(9, 3)
        #expect(locations["status"] == Self.at(3, 1))
        #expect(locations["status", 0] == Self.at(4, 3))
        #expect(locations["status", 1] == Self.at(6, 3))
        #expect(locations["beslutninger", 0] == Self.at(9, 3))
        #expect(locations["beslutninger"] == nil)
        #expect(locations["status", 2] == nil)
        #expect(locations["status", -1] == nil)
        #expect(locations["links", 0] == nil)
        #expect(locations.fileStart == Self.at(1, 1))
    }

    @Test func aLocationIsReplacedOrRemoved() {
        var locations = FieldLocations(file: "aftaler/a.md")
        locations["titel"] = Self.at(2, 1)
        locations["titel"] = Self.at(5, 1)
        locations["links", 0] = Self.at(7, 3)
        locations["links", 0] = Self.at(8, 3)
        #expect(locations["titel"] == Self.at(5, 1))
        #expect(locations["links", 0] == Self.at(8, 3))
        locations["titel"] = nil
        #expect(locations["titel"] == nil)
        #expect(locations["links", 0] == Self.at(8, 3))
    }

    @Test func equalityDoesNotDependOnWhichWasSetFirst() {
        var first = FieldLocations(file: "aftaler/a.md"), second = FieldLocations(file: "aftaler/a.md")
        first["titel"] = Self.at(2, 1)
        first["links", 0] = Self.at(7, 3)
        second["links", 0] = Self.at(7, 3)
        second["titel"] = Self.at(2, 1)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        second["titel"] = Self.at(2, 2)
        #expect(first != second)
    }
}
