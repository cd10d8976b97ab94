import Foundation
import Testing
import TestSupport

/// The editor's endpoints over HTTP, the history from git, new agreements and the downloads.
@Suite(.serialized) struct EditorAPITests {
    static func json(_ reply: WebClient.Reply) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
    }

    @Test("check, save, a conflict with both versions, and a draft kept with errors")
    func checkAndSave() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        let id = "afklaring-vedr-bevilling-af-kompressionsstroemper"
        let file = server.agreements.appending(path: "\(id).md")
        let original = try String(contentsOf: file, encoding: .utf8)
        let page = try await client.get("/aftaler/\(id)/rediger")
        let tag = try #require(page.text.range(of: #"data-tag="[0-9a-f]{64}""#, options: .regularExpression)
            .map { String(page.text[$0].dropFirst(10).dropLast()) })
        func body(_ form: [String: Any], tag: String? = tag, keepDraft: Bool = false, base: String = original) throws -> Data {
            var object: [String: Any] = ["base": base, "form": form, "keepDraft": keepDraft]
            if let tag { object["tag"] = tag }
            return try JSONSerialization.data(withJSONObject: object)
        }
        let misspelt: [String: Any] = ["records": ["status": [["status": "i hoering"]]]]
        let check = try Self.json(try await client.post("/api/aftaler/\(id)/tjek", json: try body(misspelt), token: client.token))
        let diagnostics = try #require(check["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "unknown-status")
        #expect((diagnostics.first?["hint"] as? String)?.contains("i høring") == true)
        #expect((diagnostics.first?["place"] as? [String: Any])?["field"] as? String == "status")
        // Refused with errors; the file is unchanged.
        let refused = try await client.post("/api/aftaler/\(id)/gem", json: try body(misspelt), token: client.token)
        #expect(refused.status == 422)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        // A good save changes exactly the status line.
        let good: [String: Any] = ["records": ["status": [["status": "i høring"]]]]
        let saved = try await client.post("/api/aftaler/\(id)/gem", json: try body(good), token: client.token)
        #expect(saved.status == 200)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == original.replacingOccurrences(of: "status: under udarbejdelse\n", with: "status: i høring\n"))
        // The old tag no longer matches: a second save from the old page is a conflict with both versions.
        let stale = try await client.post("/api/aftaler/\(id)/gem",
                                          json: try body(["values": ["titel": "Ny titel"]]), token: client.token)
        #expect(stale.status == 409)
        let conflict = try Self.json(stale)
        #expect(conflict["disk"] as? String == written)
        #expect((conflict["mine"] as? String)?.contains("titel: Ny titel") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == written)
        // A draft with errors is kept when asked.
        let newTag = try #require(conflict["diskTag"] as? String)
        let draft = try await client.post("/api/aftaler/\(id)/gem", json: try body(misspelt, tag: newTag, keepDraft: true, base: written),
                                          token: client.token)
        #expect(draft.status == 200)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("status: i hoering\n"))
    }

    @Test("the editor's ETag names the version; a save may send it as If-Match, and a stale one is a conflict")
    func entityTags() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        let id = "afklaring-vedr-bevilling-af-kompressionsstroemper"
        let original = try String(contentsOf: server.agreements.appending(path: "\(id).md"), encoding: .utf8)
        let page = try await client.get("/aftaler/\(id)/rediger")
        let etag = try #require(page.headers["etag"])
        #expect(page.text.contains("data-tag=\(etag)"))
        let body = try JSONSerialization.data(withJSONObject: ["base": original, "form": ["values": ["evaluering": "2. halvår 2026"]]])
        let saved = try await client.post("/api/aftaler/\(id)/gem", json: body, token: client.token, headers: ["If-Match": etag])
        #expect(saved.status == 200)
        let again = try await client.post("/api/aftaler/\(id)/gem", json: body, token: client.token, headers: ["If-Match": etag])
        #expect(again.status == 409)
    }

    @Test("the review of a change to godkendt names the workplan cell and asks for the decision")
    func review() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        let id = "afklaring-vedr-bevilling-af-kompressionsstroemper"
        try await client.get("/aftaler/\(id)/rediger")
        let original = try String(contentsOf: server.agreements.appending(path: "\(id).md"), encoding: .utf8)
        let body = try JSONSerialization.data(withJSONObject: ["base": original, "form": ["records": ["status": [["status": "godkendt"]]]]])
        let review = try Self.json(try await client.post("/api/aftaler/\(id)/konsekvenser", json: body, token: client.token))
        #expect(review["needsDecision"] as? Bool == true)
        let cells = try #require(review["cells"] as? [[String: String]])
        #expect(cells.contains { $0["old"] == "Under udarbejdelse" && $0["new"] == "Godkendt" })
    }

    @Test("a new agreement from the form: the id proposed from the title, the draft written, never over another file")
    func newAgreement() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        try await client.get("/ny")
        let proposal = try Self.json(try await client.get("/api/id-forslag?titel=72+timers+behandlingsansvar"))
        #expect(proposal["id"] as? String == "72-timers-behandlingsansvar-2")
        let form = "_csrf=\(client.token ?? "")&type=samarbejdsaftale&titel=Aftale+om+s%C3%B8vn"
        let created = try await client.post("/ny", json: Data(form.utf8), token: nil, contentType: "application/x-www-form-urlencoded")
        #expect(created.status == 200)
        #expect(created.text.contains("Redigér: Aftale om søvn"))
        let text = try String(contentsOf: server.agreements.appending(path: "aftale-om-soevn.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntype: samarbejdsaftale\ntitel: \"Aftale om søvn\"\n"))
    }

    @Test("the history lists the file's commits and shows the redline between two of them")
    func history() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let folder = server.workspace
        func git(_ arguments: String...) throws {
            try ProcessRunner.run("/usr/bin/env", ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=t@example.org"]
                                  + arguments).check()
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-q", "-m", "Første version")
        let file = server.agreements.appending(path: "72-timers-behandlingsansvar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Hospitalet har et udvidet", with: "Hospitalet har et klart udvidet").utf8).write(to: file)
        try git("commit", "-q", "-am", "Præciseret ansvar")
        let client = server.client()
        let page = try await client.get("/aftaler/72-timers-behandlingsansvar/historik")
        #expect(page.text.contains("Første version") && page.text.contains("Præciseret ansvar"))
        let hashes = page.text.ranges(of: #/<option value="([0-9a-f]{40})"/#).map { String(page.text[$0].dropFirst(15).dropLast()) }
        var unique: [String] = []
        for hash in hashes where !unique.contains(hash) { unique.append(hash) }
        #expect(unique.count == 2)
        let redline = try await client.get("/aftaler/72-timers-behandlingsansvar/historik?fra=\(unique[1])&til=\(unique[0])")
        #expect(redline.text.contains("<ins>klart </ins>") || redline.text.contains("<ins>klart</ins>"))
    }

    @Test("downloads: the agreement as Word, a workplan as XLSX, named for saving")
    func downloads() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        let docx = try await client.get("/aftaler/72-timers-behandlingsansvar/aftale.docx")
        #expect(docx.status == 200 && docx.body.prefix(2) == Data("PK".utf8))
        #expect(docx.headers["content-disposition"] == "attachment; filename=\"72-timers-behandlingsansvar.docx\"")
        let xlsx = try await client.get("/eksport/arbejdsplan.xlsx")
        #expect(xlsx.status == 200 && xlsx.body.prefix(2) == Data("PK".utf8))
        let saved = Repository.makeFolder("aftaler-web-xlsx").appending(path: "arbejdsplan.xlsx")
        try xlsx.body.write(to: saved)
        let title = try ProcessRunner.python("""
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            print(sheet.max_row > 10, sheet.cell(row=1, column=1).value)
            """, [saved.path], module: "openpyxl")
        #expect(String(decoding: title, as: UTF8.self).hasPrefix("True "))
    }
}

/// `aftale serve` hands over to `aftale-server` with the workspace it found.
@Suite struct ServeCommandTests {
    @Test("aftale serve starts the page over the workspace it is given")
    func serve() async throws {
        let server = try ServerProcess(throughCLI: true)
        defer { server.stop() }
        let page = try await server.client().get("/")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Aftaler pr. 1. november 2024</h1>"))
    }
}
