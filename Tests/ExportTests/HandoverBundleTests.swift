import AftalerCore
import BagIt
import Foundation
import TestSupport
import HandoverBundle
import Testing

/// The handover bundle of the shipped agreements, checked by the reference BagIt validator.
@Suite(.serialized) struct HandoverBundleTests {
    struct Built: Sendable {
        let portfolio: Portfolio
        let bundle: HandoverBundle
        let zip: URL
    }

    static let built: Built = {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        let plan = ExportPlan(portfolio: portfolio, asOf: AsOfDay(date: CivilDate(iso: "2025-02-03")!, origin: .given))
        let bundle = try! HandoverBundle(plan: plan)
        let zip = Repository.makeFolder().appending(path: "\(bundle.name).zip")
        try! bundle.write(to: zip)
        return Built(portfolio: portfolio, bundle: bundle, zip: zip)
    }()

    /// What Python's zipfile and bagit.py say about the zip: one run for the suite.
    struct Reading: Decodable {
        let names: [String]
        let utf8: [String: Bool]
        let tops: [String]
        let status: Int
        let output: String
        let json: String
        let index: String
    }

    static let reading: Result<Reading, any Error> = Result {
        let script = #"""
        import sys, zipfile, subprocess, json, os, shutil
        path, dest = sys.argv[1], sys.argv[2]
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            utf8 = {i.filename: bool(i.flag_bits & 0x800) for i in infos}
            z.extractall(dest)
        tops = sorted({n.split("/")[0] for n in names})
        validator = shutil.which("bagit.py")
        if validator is None:
            sys.exit("No module named bagit: bagit.py is not installed")
        r = subprocess.run([validator, "--validate", os.path.join(dest, tops[0])], capture_output=True, text=True)
        data = os.path.join(dest, tops[0], "data")
        print(json.dumps({"names": names, "utf8": utf8, "tops": tops, "status": r.returncode,
                          "output": r.stderr[-3000:],
                          "json": open(os.path.join(data, "aftaler.json"), encoding="utf-8").read(),
                          "index": open(os.path.join(data, "oversigt.txt"), encoding="utf-8").read()}))
        """#
        let output = try ProcessRunner.python(script, [built.zip.path, Repository.makeFolder().path], module: "bagit")
        return try JSONDecoder().decode(Reading.self, from: output)
    }

    @Test func referenceValidatorAcceptsTheBag() throws {
        let reading = try Self.reading.get()
        #expect(reading.status == 0, "bagit.py: \(reading.output)")
        #expect(reading.output.contains("is valid"))
    }

    @Test func zipUnpacksToOneFolderWithUTF8Names() throws {
        let reading = try Self.reading.get()
        #expect(reading.tops == [Self.built.bundle.name])
        let name = "\(Self.built.bundle.name)/data/opfølgning.tsv"
        #expect(reading.names.contains(name))
        #expect(reading.utf8[name] == true)
        for file in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "data/aftaler.json",
                     "data/oversigt.txt", "data/regneark/arbejdsplan.xlsx", "data/regneark/overblik.xlsx",
                     "data/statusrapport.html", "data/statusrapport.docx"] {
            #expect(reading.names.contains("\(Self.built.bundle.name)/\(file)"), "missing \(file)")
        }
    }

    @Test func everyAgreementIsThereAsTextSourceAndMetadata() throws {
        let reading = try Self.reading.get()
        let metadata = try #require(try JSONSerialization.jsonObject(with: Data(reading.json.utf8)) as? [String: Any])
        let entries = try #require(metadata["aftaler"] as? [[String: Any]])
        #expect(entries.count == Self.built.bundle.agreements.count)
        #expect(Self.built.bundle.agreements.count < Self.built.portfolio.agreements.count,
                "afsluttet and udgået agreements stay out")
        for agreement in Self.built.bundle.agreements {
            #expect(reading.names.contains("\(Self.built.bundle.name)/data/aftaler/\(agreement.id).txt"))
            #expect(reading.names.contains("\(Self.built.bundle.name)/data/aftaler/\(agreement.id).docx"))
            #expect(reading.names.contains("\(Self.built.bundle.name)/data/kilder/\(agreement.id).md"))
            let entry = try #require(entries.first { $0["id"] as? String == agreement.id })
            #expect(entry["titel"] as? String == agreement.title)
            #expect((entry["beslutninger"] as? [Any])?.count == agreement.decisions.count)
            #expect((entry["overdragelse"] as? [String: String])?["id"] == agreement.handover?.id)
        }
    }

    @Test func indexListsEveryOpenFollowUpWithItsDate() throws {
        let index = try Self.reading.get().index
        let open = Self.built.bundle.agreements.flatMap { agreement in
            agreement.followUps.filter { $0.due != nil && $0.done?.isDone(by: Self.built.bundle.date) != true }
                .map { (agreement.id, $0) }
        }
        #expect(!open.isEmpty)
        for (id, followUp) in open {
            #expect(index.contains(followUp.dueText) && index.contains(DueList.oneLine(followUp.what)),
                    "\(id): \(followUp.what)")
        }
        #expect(index.contains("Dato: 3. februar 2025"))
        #expect(index.contains("; overdragelse: Sundhedsrådene") && !index.contains("overdrages til Ophører"))
        #expect(index.contains("(forfalden)"))
        // The paused kommissorium's timetable is on hold, not overdue (seed 004's milestones).
        #expect(index.contains("- ultimo januar 2023 (sat i bero): Medlemmer til arbejdsgruppe for tværsektoriel handleplan"))
        #expect(!index.contains("(forfalden): Medlemmer til arbejdsgruppe"))
    }

    @Test("opfølgning.tsv says how each obligation stands: a paused agreement's milestone is 'i bero', not upcoming")
    func obligationTableHasTheState() throws {
        let bag = try Self.built.bundle.makeBag()
        let table = try #require(bag.payload.first { $0.path == "opfølgning.tsv" })
        let rows = String(decoding: table.data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first == ["aftale", "fra", "til", "type", "hvad", "forfalden", "tilstand"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 7 })
        let milestone = try #require(rows.first { $0.count == 7 && $0[4].hasPrefix("Medlemmer til arbejdsgruppe for tværsektoriel handleplan") })
        #expect(milestone[3] == "milepæl" && milestone[5] == "nej" && milestone[6] == "i bero")
        #expect(rows.contains { $0.count == 7 && $0[5] == "ja" && $0[6] == "forfalden" })
        #expect(rows.dropFirst().allSatisfy { ($0[5] == "ja") == ($0[6] == "forfalden") })
    }

    @Test func ourVerifierAgreesTheBundleIsValid() {
        #expect(BagVerifier.verify(zipAt: Self.built.zip).isEmpty)
    }

    @Test func compressingOnOneThreadGivesTheSameZipAsOnSeveral() throws {
        // HandoverBundle.write compresses on every core; libzip alone on one thread is the reference.
        let bag = try Self.built.bundle.makeBag()
        let date = Self.built.bundle.date
        let serial = Repository.makeFolder().appending(path: "en-traad.zip")
        try BagWriter.write(bag, to: serial, modified: try BagTimestamp(year: date.year, month: date.month, day: date.day),
                            compressionThreads: 1)
        let same = try Data(contentsOf: serial) == Data(contentsOf: Self.built.zip)
        #expect(same, "the zip compressed on one thread differs from the one compressed on several")
    }

    @Test func sameAgreementsGiveAByteIdenticalZip() throws {
        // Time zone and umask are varied end to end in CLITests, in child processes.
        let again = Repository.makeFolder().appending(path: "igen.zip")
        try HandoverBundle(plan: Self.built.bundle.plan).write(to: again)
        let same = try Data(contentsOf: again) == Data(contentsOf: Self.built.zip)  // a Bool: no long diff on failure
        #expect(same, "a second write of the same agreements gave other bytes")
    }
}
