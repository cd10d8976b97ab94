import BagIt
import Foundation
import Testing

/// Bags that cannot be made.
@Suite("Bag validation")
struct BagValidationTests {
    @Test("unsafe or non-canonical payload paths are refused", arguments: [
        "../x", "a/../../x", "/etc/passwd", "a\\b", "C:/x", "c:x", "a//b", "a/", "", "./a", "a/./b",
        "e\u{301}.txt", "a\u{0}b", "tab\there",
    ])
    func payloadPaths(_ path: String) {
        #expect(throws: BagError.self) { try Bag(name: "b", payload: [path: Data()]) }
    }

    @Test("NFC Danish names and names with %, spaces or line breaks are fine")
    func goodPaths() throws {
        let bag = try Bag(name: "b", payload: ["æøå/Ærø ø.txt": Data(), "100%.txt": Data(), "a\nb": Data()])
        #expect(bag.payload.map(\.path) == ["100%.txt", "a\nb", "æøå/Ærø ø.txt"])
    }

    @Test("colliding payload paths are refused", arguments: [
        ["a.txt", "A.TXT"], ["a", "a/b"], ["x/y", "x/y/z"], ["Æ/a", "æ"],
    ])
    func conflicts(_ paths: [String]) {
        #expect(throws: BagError.self) {
            try Bag(name: "b", files: paths.map { BagPayloadFile(path: $0, data: Data()) })
        }
    }

    @Test("a path given twice is refused")
    func duplicates() {
        let error = #expect(throws: BagError.self) {
            try Bag(name: "b", files: [BagPayloadFile(path: "a", data: Data()), BagPayloadFile(path: "a", data: Data())])
        }
        #expect(error == .conflictingPayloadPaths("a", "a", reason: "are the same"))
    }

    @Test("bag names must be one safe folder name", arguments: [
        "", ".", "..", "a/b", "a\\b", "C:", ".skjult", "navn\n", " navn", "navn.", "a*b", "e\u{301}",
    ])
    func badNames(_ name: String) {
        #expect(throws: BagError.self) { try Bag(name: name, payload: [:]) }
    }

    @Test("bag-info fields must fit on one line, and computed fields cannot be supplied", arguments: [
        BagInfoField("Label:", "x"), BagInfoField("", "x"), BagInfoField(" Label", "x"),
        BagInfoField("Label", "two\nlines"), BagInfoField("Payload-Oxum", "1.1"), BagInfoField("bag-size", "1 KB"),
    ])
    func badFields(_ field: BagInfoField) {
        #expect(throws: BagError.self) { try Bag(name: "b", payload: [:], info: [field]) }
    }

    @Test("an empty bag has an empty data/ folder and verifies")
    func emptyBag() throws {
        let folder = try TemporaryFolder()
        try BagWriter.write(try Bag(name: "tom", payload: [:]), to: folder.file("b.zip"), modified: Sample.when)
        #expect(BagVerifier.verify(zipAt: folder.file("b.zip")) == [])
    }
}
