import BagIt
import Foundation
import Testing

/// Bags that cannot be made.
@Suite("Bag validation")
struct BagValidationTests {
    @Test("unsafe or non-canonical payload paths are refused, each for its reason", arguments: [
        ("../x", "the name contains a '..' component"), ("a/../../x", "the name contains a '..' component"),
        ("/etc/passwd", "the name is an absolute path"), ("a\\b", "the name contains a backslash"),
        ("C:/x", "the name starts with a drive letter"), ("c:x", "the name starts with a drive letter"),
        ("a//b", "the name contains an empty component"), ("a/", "it ends with '/'"), ("", "the name is empty"),
        ("./a", "the name contains a '.' component"), ("a/./b", "the name contains a '.' component"),
        ("e\u{301}.txt", "it is not in Unicode Normalization Form C (NFC)"),
        ("a\u{0}b", "the name contains a control character"), ("tab\there", "the name contains a control character"),
    ])
    func payloadPaths(_ path: String, _ reason: String) {
        let error = #expect(throws: BagError.self) { try Bag(name: "b", payload: [path: Data()]) }
        #expect(error == .invalidPayloadPath(path, reason: reason))
    }

    @Test("NFC Danish names and names with %, spaces or line breaks are fine")
    func goodPaths() throws {
        let bag = try Bag(name: "b", payload: ["æøå/Ærø ø.txt": Data(), "100%.txt": Data(), "a\nb": Data()])
        #expect(bag.payload.map(\.path) == ["100%.txt", "a\nb", "æøå/Ærø ø.txt"])
    }

    @Test("colliding payload paths are refused, naming both", arguments: [
        (["a.txt", "A.TXT"], BagError.conflictingPayloadPaths("A.TXT", "a.txt", reason: "differ only in case")),
        (["a", "a/b"], .conflictingPayloadPaths("a", "a/b", reason: "use the same name for a file and a folder")),
        (["x/y", "x/y/z"], .conflictingPayloadPaths("x/y", "x/y/z", reason: "use the same name for a file and a folder")),
        (["Æ/a", "æ"], .conflictingPayloadPaths("Æ/a", "æ", reason: "use the same name for a file and a folder")),
    ])
    func conflicts(_ paths: [String], _ expected: BagError) {
        let error = #expect(throws: BagError.self) {
            try Bag(name: "b", files: paths.map { BagPayloadFile(path: $0, data: Data()) })
        }
        #expect(error == expected)
    }

    @Test("a path given twice is refused")
    func duplicates() {
        let error = #expect(throws: BagError.self) {
            try Bag(name: "b", files: [BagPayloadFile(path: "a", data: Data()), BagPayloadFile(path: "a", data: Data())])
        }
        #expect(error == .conflictingPayloadPaths("a", "a", reason: "are the same"))
    }

    @Test("bag names must be one safe folder name", arguments: [
        ("", "it is empty"), (".", "it is '.' or '..'"), ("..", "it is '.' or '..'"),
        ("a/b", "it contains the character U+2F"), ("a\\b", "it contains the character U+5C"),
        ("C:", "it contains the character U+3A"), (".skjult", "it starts with '.' (a hidden folder)"),
        ("navn\n", "it contains the character U+A"), (" navn", "it starts or ends with whitespace"),
        ("navn.", "it ends with '.'"), ("a*b", "it contains the character U+2A"),
        ("e\u{301}", "it is not in Unicode Normalization Form C (NFC)"),
    ])
    func badNames(_ name: String, _ reason: String) {
        let error = #expect(throws: BagError.self) { try Bag(name: name, payload: [:]) }
        #expect(error == .invalidBagName(name, reason: reason))
    }

    @Test("bag-info fields must fit on one line, and computed fields cannot be supplied", arguments: [
        (BagInfoField("Label:", "x"), "the label contains ':'"), (BagInfoField("", "x"), "the label is empty"),
        (BagInfoField(" Label", "x"), "the label starts or ends with whitespace"),
        (BagInfoField("Label", "two\nlines"), "line breaks are not allowed"),
        (BagInfoField("Payload-Oxum", "1.1"), "this field is computed when the bag is written"),
        (BagInfoField("bag-size", "1 KB"), "this field is computed when the bag is written"),
    ])
    func badFields(_ field: BagInfoField, _ reason: String) {
        let error = #expect(throws: BagError.self) { try Bag(name: "b", payload: [:], info: [field]) }
        #expect(error == .invalidInfoField(label: field.label, reason: reason))
    }

    @Test("an empty bag has an empty data/ folder and verifies")
    func emptyBag() throws {
        let folder = try TemporaryFolder()
        try BagWriter.write(try Bag(name: "tom", payload: [:]), to: folder.file("b.zip"), modified: Sample.when)
        #expect(BagVerifier.verify(zipAt: folder.file("b.zip")) == [])
    }
}
