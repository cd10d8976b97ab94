import BagIt
import Foundation
import Testing

/// The sample bag checked by tools other than ours (run once per test run, see ExternalFixture).
@Suite("Reference tools")
struct ReferenceValidatorTests {
    @Test("bagit.py --validate accepts the unzipped bag (Danish file names included)")
    func bagitPy() throws {
        let fixture = try ExternalFixture.get()
        guard let bagit = fixture.bagit else {
            Issue.record("bagit.py (the reference BagIt validator) is not installed: pip install bagit")
            return
        }
        #expect(bagit.status == 0, "bagit.py --validate failed:\n\(bagit.output)")
        #expect(bagit.output.contains("is valid"), "\(bagit.output)")
    }

    @Test("unzip -t finds no error in the bag")
    func unzipTest() throws {
        let fixture = try ExternalFixture.get()
        let result = try #require(fixture.unzipTest, "unzip is not installed: apt-get install unzip")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("Python's zipfile sees UTF-8 names, fixed times and fixed Unix attributes in the given order")
    func pythonView() throws {
        struct Entry: Decodable {
            let name: String
            let flag_bits: Int
            let external_attr: UInt32
            let create_system: Int
            let date_time: [Int]
        }
        let fixture = try ExternalFixture.get()
        let data = try Data(contentsOf: fixture.output.appendingPathComponent("entries.json"))
        let entries = try JSONDecoder().decode([Entry].self, from: data)
        let root = Sample.name + "/"
        #expect(entries.map(\.name) == [
            root, root + "bagit.txt", root + "bag-info.txt", root + "manifest-sha256.txt",
            root + "tagmanifest-sha256.txt", root + "data/",
            root + "data/notater/", root + "data/notater/møde.txt",
            root + "data/readme.txt", root + "data/tom.txt",
            root + "data/Ærø.csv",
            root + "data/æøå/", root + "data/æøå/blåbærgrød.txt",
        ])
        for entry in entries {
            #expect(entry.create_system == 3)
            #expect(entry.date_time == [2025, 3, 1, 12, 0, 0])
            let mode = entry.external_attr >> 16
            #expect(mode == (entry.name.hasSuffix("/") ? 0o040755 : 0o100644), "\(entry.name)")
            if !entry.name.allSatisfy(\.isASCII) {
                #expect(entry.flag_bits & 0x800 != 0, "UTF-8 flag missing on \(entry.name)")
            }
        }
    }

    @Test("our verifier accepts the bag, and the same bag re-zipped by Python")
    func ourVerifier() throws {
        let fixture = try ExternalFixture.get()
        #expect(BagVerifier.verify(zipAt: fixture.bagZip) == [])
        #expect(BagVerifier.verify(zipAt: fixture.zip("clean-python.zip")) == [])
    }
}
