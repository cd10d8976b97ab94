import AftalerCore
import DraftingDesk
import Foundation
import Testing
import TestSupport

/// The drafting desk without HTTP: kept current from disk, checks as `aftale validate` does, and
/// saves that never replace a file someone else changed.
@Suite struct DraftingDeskTests {
    /// A desk over a copy of the shipped agreements and templates.
    static func desk() throws -> (DraftingDesk, URL) {
        let folder = Repository.makeFolder("aftaler-desk")
        for name in ["Agreements", "Templates"] {
            try FileManager.default.copyItem(at: Repository.root.appending(path: name), to: folder.appending(path: name))
        }
        return (DraftingDesk(agreementsFolder: folder.appending(path: "Agreements"), templatesFolder: folder.appending(path: "Templates")),
                folder)
    }

    @Test("the desk's portfolio is the one aftale validate loads")
    func sameAsLoading() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(from: folder.appending(path: "Templates"), diagnostics: &diagnostics)
        let loaded = Portfolio.load(paths: [folder.appending(path: "Agreements")], templates: templates)
        let portfolio = desk.snapshot.portfolio
        #expect(portfolio.agreements.map(\.id) == loaded.agreements.map(\.id))
        #expect(portfolio.tally.valid == loaded.tally.valid && portfolio.tally.read == loaded.tally.read)
        #expect(portfolio.agreements.count > 50)
    }

    @Test("refresh reads a changed, a new and a removed file, and nothing when nothing changed")
    func refresh() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreements = folder.appending(path: "Agreements")
        #expect(desk.refresh() == false)
        let generation = desk.snapshot.generation
        let file = agreements.appending(path: "72-timers-behandlingsansvar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "titel: 72 timers behandlingsansvar", with: "titel: 72 timers behandlingsansvar (ny)").utf8)
            .write(to: file, options: .atomic)
        try FileManager.default.copyItem(at: agreements.appending(path: "72-timers-behandlingsansvar.md"),
                                         to: agreements.appending(path: "en-kopi.md"))
        try FileManager.default.removeItem(at: agreements.appending(path: "afklaring-vedr-bevilling-af-kompressionsstroemper.md"))
        #expect(desk.refresh())
        let snapshot = desk.snapshot
        #expect(snapshot.generation == generation + 1)
        #expect(snapshot.portfolio.agreement("72-timers-behandlingsansvar")?.title == "72 timers behandlingsansvar (ny)")
        #expect(snapshot.portfolio.agreement("en-kopi") != nil)
        #expect(snapshot.files["afklaring-vedr-bevilling-af-kompressionsstroemper"] == nil)
        #expect(desk.refresh() == false)
    }

    @Test("a live check gives validate's diagnostics, relations to other files included")
    func check() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try #require(desk.snapshot.files["72-timers-behandlingsansvar"]).text
        #expect(desk.check(id: "72-timers-behandlingsansvar", text: text).isValid)
        let misspelt = desk.check(id: "72-timers-behandlingsansvar",
                                  text: text.replacingOccurrences(of: "status: under implementering", with: "status: under implementring"))
        let status = try #require(misspelt.diagnostics.first { $0.code == .unknownStatus })
        #expect(status.hint?.contains("under implementering") == true)
        #expect(misspelt.place(of: status) == .field("status", row: nil))
        let related = desk.check(id: "72-timers-behandlingsansvar", text: text.replacingOccurrences(
            of: "overdragelse:", with: "relationer:\n  - type: erstatter\n    aftale: findes-ikke\noverdragelse:"))
        #expect(related.diagnostics.map(\.code) == [.unknownRelation])
        #expect(related.state == .invalid)
    }

    @Test("an agreement read on its own shows the titles of the agreements it relates to, as the portfolio's do")
    func relationTitles() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = "kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet"
        let parent = try Repository.shippedAgreement("tvaersektoriel-handleplan-paa-akutomraadet")
        #expect(parent.contains("\ntitel: Tværsektoriel handleplan på akutområdet\n"))
        let text = try #require(desk.snapshot.files[id]).text
        // The file as parsed knows only the id it points to; the live check (the editor's
        // preview) and the portfolio show the title.
        #expect(desk.snapshot.files[id]?.parsed.agreement?.relations.map(\.targetTitle) == [nil])
        #expect(desk.check(id: id, text: text).agreement?.relations.map(\.targetTitle) == ["Tværsektoriel handleplan på akutområdet"])
        #expect(desk.snapshot.portfolio.agreement(id)?.relations.map(\.targetTitle) == ["Tværsektoriel handleplan på akutområdet"])
        // A relation to an id the portfolio does not hold shows none.
        let unknown = desk.check(id: id, text: text.replacingOccurrences(of: "aftale: tvaersektoriel-handleplan-paa-akutomraadet",
                                                                          with: "aftale: findes-ikke"))
        #expect(unknown.agreement?.relations.map(\.targetTitle) == [nil])
    }

    @Test("a save writes only over the version it started from; errors only as a draft")
    func saves() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = "72-timers-behandlingsansvar"
        let stored = try #require(desk.snapshot.files[id])
        let edited = stored.text.replacingOccurrences(of: "efteråret 2024", with: "foråret 2025")
        // Someone else changes the file meanwhile: the save is refused with their version.
        let theirs = stored.text + "\nTilføjet af en anden.\n"
        try Data(theirs.utf8).write(to: stored.url)
        guard case .conflict(let disk, let tag) = desk.save(id: id, text: edited, basedOn: stored.tag, keepingErrors: false) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(disk == theirs)
        #expect(try String(contentsOf: stored.url, encoding: .utf8) == theirs)
        // Saved over their version knowingly (with its tag).
        guard case .saved(let newTag, _) = desk.save(id: id, text: edited, basedOn: tag, keepingErrors: false) else {
            Issue.record("expected a save")
            return
        }
        #expect(try String(contentsOf: stored.url, encoding: .utf8) == edited)
        #expect(desk.snapshot.files[id]?.tag == newTag)
        #expect(desk.snapshot.portfolio.agreement(id)?.evaluation.map(DanishFormat.period) == "foråret 2025")
        // Errors: refused, unless kept as a draft.
        let broken = edited.replacingOccurrences(of: "status: under implementering", with: "status: færdig")
        guard case .refused(let check) = desk.save(id: id, text: broken, basedOn: newTag, keepingErrors: false) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(check.diagnostics.contains { $0.code == .unknownStatus })
        #expect(try String(contentsOf: stored.url, encoding: .utf8) == edited)
        guard case .saved = desk.save(id: id, text: broken, basedOn: newTag, keepingErrors: true) else {
            Issue.record("expected a draft save")
            return
        }
        #expect(desk.snapshot.portfolio.agreement(id) == nil)
        #expect(desk.snapshot.portfolio.tally.leftOut.contains { $0.path.hasSuffix("\(id).md") && $0.state == .invalid })
    }

    @Test("a new agreement gets the id made from its title, with -2 when that is taken, and never overwrites")
    func create() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try desk.create(kind: "samarbejdsaftale", title: "Aftale om søvn")
        let second = try desk.create(kind: "samarbejdsaftale", title: "Aftale om søvn")
        #expect(first == "aftale-om-soevn")
        #expect(second == "aftale-om-soevn-2")
        let text = try #require(desk.snapshot.files[first]).text
        #expect(text.contains("titel: \"Aftale om søvn\""))
        #expect(desk.snapshot.portfolio.tally.leftOut.contains { $0.path.hasSuffix("aftale-om-soevn.md") && $0.state == .incomplete })
        #expect(throws: DeskError.self) { try desk.create(kind: "findes-ikke", title: "X") }
        #expect(throws: DeskError.self) { try desk.create(kind: "samarbejdsaftale", title: "X", id: first) }
    }

    @Test("the review of a status change to godkendt names the workplan cell and asks for the decision")
    func review() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = "afklaring-vedr-bevilling-af-kompressionsstroemper"
        let text = try #require(desk.snapshot.files[id]).text
        let old = desk.check(id: id, text: text).agreement
        let new = desk.check(id: id, text: text.replacingOccurrences(of: "status: under udarbejdelse", with: "status: godkendt")).agreement
        let review = ReleaseReview(old: old, new: new, on: CivilDate(iso: "2024-11-01")!, templates: desk.snapshot.templates)
        #expect(review.needsDecision)
        #expect(review.oldStatus == .drafting && review.newStatus == .approved)
        #expect(review.cellChanges.contains { $0.old == "Under udarbejdelse" && $0.new == "Godkendt" })
        let none = ReleaseReview(old: old, new: old, on: CivilDate(iso: "2024-11-01")!, templates: desk.snapshot.templates)
        #expect(!none.needsDecision && none.cellChanges.isEmpty && none.addedToCalendar.isEmpty)
    }
}

/// What a killed save left behind goes when the desk starts; a running process's file stays.
@Suite struct DeskLeftoverTests {
    @Test("temporary files of dead saves are swept at start, and only those")
    func sweep() throws {
        let (_, folder) = try DraftingDeskTests.desk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreements = folder.appending(path: "Agreements")
        let dead = agreements.appending(path: ".72-timers-behandlingsansvar.md.tmp-999999-ABC")
        let alive = agreements.appending(path: ".72-timers-behandlingsansvar.md.tmp-\(getpid())-DEF")
        let other = agreements.appending(path: ".notes")
        for file in [dead, alive, other] { try Data("x".utf8).write(to: file) }
        _ = DraftingDesk(agreementsFolder: agreements, templatesFolder: folder.appending(path: "Templates"))
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
    }
}
