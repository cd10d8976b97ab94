import Foundation
import Testing
import TestSupport

/// The pages as a screen reader and an HTML parser see them: well-formed HTML5 (html5lib, strict),
/// `lang="da"`, one `h1`, headings without skipped levels, and every form control labelled.
@Suite struct PageStructureTests {
    static let check = #"""
        import sys, html5lib
        from xml.etree import ElementTree
        text = open(sys.argv[1], encoding="utf-8").read()
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        tree = parser.parse(text)
        problems = []
        if tree.get("lang") != "da": problems.append("lang is not da")
        h1 = tree.findall(".//h1")
        main = tree.find(".//main")
        headings = [int(e.tag[1]) for e in main.iter() if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
        if len([h for h in headings if h == 1]) < 1: problems.append("no h1")
        for a, b in zip(headings, headings[1:]):
            if b > a + 1: problems.append(f"heading level jumps from {a} to {b}")
        labels = {e.get("for") for e in tree.iter("label") if e.get("for")}
        wrapped = {id(c) for l in tree.iter("label") for c in l.iter() if c is not l}
        templates = {id(c) for t in tree.iter("template") for c in t.iter()}
        for control in [e for e in tree.iter() if e.tag in ("input", "select", "textarea")]:
            if id(control) in templates or control.get("type") == "hidden" or control.get("hidden") is not None: continue
            if control.get("id") in labels or id(control) in wrapped or control.get("aria-label"): continue
            problems.append(f"unlabelled {control.tag} {control.attrib}")
        print("\n".join(problems))
        """#

    /// What `path` answers on `server` (it must be 200), saved as `name` in a fresh folder for a
    /// reader we did not write (html5lib, python-docx); the caller removes the folder.
    static func save(_ path: String, from server: ServerProcess, as name: String) async throws -> URL {
        let reply = try await server.client().get(path)
        try #require(reply.status == 200, "\(path): \(reply.status)")
        let file = Repository.makeFolder("aftaler-page").appending(path: name)
        try reply.body.write(to: file)
        return file
    }

    /// Prints, for each `dt` whose text is argv[2], the text of the `dd` after it (html5lib).
    static let factValue = #"""
        import sys, html5lib
        tree = html5lib.parse(open(sys.argv[1], encoding="utf-8").read(), namespaceHTMLElements=False)
        for dl in tree.iter("dl"):
            children = list(dl)
            for index, child in enumerate(children):
                if child.tag == "dt" and "".join(child.itertext()).strip() == sys.argv[2] and index + 1 < len(children):
                    print("".join(children[index + 1].itertext()).strip())
        """#

    @Test("an agreement's page and its editor's preview name the agreement it is part of by title",
          arguments: ["/aftaler/kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet",
                      "/aftaler/kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet/rediger"])
    func relationByTitle(_ path: String) async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let file = try await Self.save(path, from: server, as: "page.html")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let values = String(decoding: try ProcessRunner.python(Self.factValue, [file.path, "Del af"], module: "html5lib"), as: UTF8.self)
        // The title in the other file's front matter (tvaersektoriel-handleplan-paa-akutomraadet.md), not its id.
        #expect(values.split(separator: "\n") == ["Tværsektoriel handleplan på akutområdet"], "\(path)")
    }

    /// Reads the portfolio page (argv[1]) and `aftale due --format json` of the same day with no
    /// window (argv[2]); prints every row whose "Næste opfølgning" is not what the due list says:
    /// the agreement's oldest overdue obligation marked "(forfalden)", else its first due
    /// ("(aktuel)") or upcoming one, never a milestone on hold ("i bero"), else "–".
    static let headlineCheck = #"""
        import json, re, sys, html5lib
        tree = html5lib.parse(open(sys.argv[1], encoding="utf-8").read(), namespaceHTMLElements=False)
        items = json.load(open(sys.argv[2], encoding="utf-8"))["punkter"]
        def one_line(text): return re.sub(r"[\r\n\t]+", " ", text).strip()
        rows = 0
        for table in tree.iter("table"):
            if table.get("id") != "aftaler": continue
            for row in table.find("tbody").iter("tr"):
                cells = list(row.iter("td"))
                agreement = cells[0].find("a").get("href").rsplit("/", 1)[1]
                shown = "".join(cells[3].itertext()).strip()
                own = [item for item in items if item["aftale"] == agreement]
                pick = next((i for i in own if i["tilstand"] == "forfalden"), None)                     or next((i for i in own if i["tilstand"] in ("aktuel", "kommende")), None)
                expected = "–" if pick is None else pick["tid"]["dansk"] + ": " + one_line(pick["hvad"]) +                     {"forfalden": " (forfalden)", "aktuel": " (aktuel)"}.get(pick["tilstand"], "")
                rows += 1
                if shown != expected: print(f"{agreement}: shown {shown!r}, expected {expected!r}")
        if rows < 50: print(f"only {rows} rows read")
        """#

    @Test("the portfolio's next follow-up is the due list's: overdue first, never a paused milestone, however far ahead")
    func portfolioNextFollowUp() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let page = try await Self.save("/", from: server, as: "page.html")
        let folder = page.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let due = try ProcessRunner.run(BuiltProgram.aftale.path, [
            "due", "--format", "json", "--within", "36500", "--as-of", "2024-11-01",
            "--agreements", server.agreements.path, "--templates", Repository.templates.path,
        ])
        try due.check()
        try due.output.write(to: folder.appending(path: "due.json"))
        let problems = String(decoding: try ProcessRunner.python(
            Self.headlineCheck, [page.path, folder.appending(path: "due.json").path],
            module: "html5lib"), as: UTF8.self)
        #expect(problems.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(problems)")
    }

    @Test("the Word download names the agreement it is part of by title (python-docx)")
    func relationByTitleInWord() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let file = try await Self.save("/aftaler/kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet/aftale.docx",
                                       from: server, as: "aftale.docx")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let script = """
            import sys, docx
            document = docx.Document(sys.argv[1])
            for table in document.tables:
                for row in table.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    if cells and cells[0] == "Del af":
                        print(cells[-1])
            """
        let values = String(decoding: try ProcessRunner.python(script, [file.path], module: "python-docx"), as: UTF8.self)
        #expect(values.split(separator: "\n") == ["Tværsektoriel handleplan på akutområdet"])
    }

    @Test("portfolio, agreement, editor, history and new-agreement pages are well formed and labelled",
          arguments: ["/", "/?status=pauseret", "/aftaler/72-timers-behandlingsansvar", "/aftaler/72-timers-behandlingsansvar/rediger",
                      "/aftaler/kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet/rediger",
                      "/aftaler/72-timers-behandlingsansvar/kilde", "/aftaler/72-timers-behandlingsansvar/historik", "/ny"])
    func structure(_ path: String) async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let file = try await Self.save(path, from: server, as: "page.html")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let problems = String(decoding: try ProcessRunner.python(Self.check, [file.path], module: "html5lib"), as: UTF8.self)
        #expect(problems.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(path): \(problems)")
    }
}
