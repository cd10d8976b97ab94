import Foundation
import Testing
import TestSupport

/// The server refuses what it must: requests without the session's token, paths that are not
/// agreement ids, bodies over 1 MiB, malformed JSON; and it escapes what the sources say.
@Suite(.serialized) struct SecurityTests {
    @Test("a save without the session's token is refused with 403, and nothing is written")
    func saveWithoutToken() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let file = server.agreements.appending(path: "72-timers-behandlingsansvar.md")
        let before = try Data(contentsOf: file)
        let client = server.client()
        try await client.get("/aftaler/72-timers-behandlingsansvar/rediger")
        let body = try JSONSerialization.data(withJSONObject: ["base": String(decoding: before, as: UTF8.self),
                                                               "form": ["values": ["titel": "Ændret"]]])
        let without = try await client.post("/api/aftaler/72-timers-behandlingsansvar/gem", json: body, token: nil)
        #expect(without.status == 403)
        let wrong = try await client.post("/api/aftaler/72-timers-behandlingsansvar/gem", json: body, token: "0123456789abcdef0123456789abcdef")
        #expect(wrong.status == 403)
        // Another browser's token is not this session's.
        let other = server.client()
        try await other.get("/")
        let foreign = try await client.post("/api/aftaler/72-timers-behandlingsansvar/gem", json: body, token: other.token)
        #expect(foreign.status == 403)
        #expect(try Data(contentsOf: file) == before)
        // The new-agreement form needs it too.
        let form = try await client.post("/ny", json: Data("type=initiativ&titel=Uden+token".utf8), token: nil,
                                         contentType: "application/x-www-form-urlencoded")
        #expect(form.status == 403)
        #expect(!FileManager.default.fileExists(atPath: server.agreements.appending(path: "uden-token.md").path))
    }

    @Test("ids that are not slugs and paths that climb out are refused; nothing outside Agreements/ is read")
    func pathsStayInside() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        for path in ["/aftaler/..%2F..%2FTemplates%2Fvocabulary", "/aftaler/Store_Bogstaver", "/aftaler/%2Eskjult/rediger",
                     "/aftaler/..%2Fetc%2Fpasswd/aftale.docx"] {
            let reply = try await client.get(path)
            #expect(reply.status == 400, "\(path)")
            #expect(reply.text.contains("is not an agreement id"), "\(path)")
        }
        let climbing = try await client.get("/aftaler/../../etc/passwd")
        #expect([400, 404].contains(climbing.status))
        #expect(!climbing.text.contains("root:"))
        #expect(try await client.get("/aftaler/findes-ikke").status == 404)
    }

    @Test("a script in a section is shown escaped on the agreement page, in the editor and in the preview")
    func scriptsAreEscaped() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let file = server.agreements.appending(path: "72-timers-behandlingsansvar.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Hvad\n\n", with: "## Hvad\n\n<script>alert('x')</script> <img src=x onerror=alert(1)>\n\n")
        try Data(text.utf8).write(to: file)
        let client = server.client()
        // The server sees the change within a second.
        var page = try await client.get("/aftaler/72-timers-behandlingsansvar")
        for _ in 0..<30 where !page.text.contains("alert") {
            try await Task.sleep(for: .milliseconds(200))
            page = try await client.get("/aftaler/72-timers-behandlingsansvar")
        }
        #expect(page.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || page.text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(!page.text.contains("<script>alert"))
        #expect(!page.text.contains("<img src=x"))
        let editor = try await client.get("/aftaler/72-timers-behandlingsansvar/rediger")
        #expect(!editor.text.contains("<script>alert") && editor.text.contains("&lt;script&gt;"))
        let body = try JSONSerialization.data(withJSONObject: ["base": text, "form": [String: String]()])
        let check = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek", json: body, token: client.token)
        #expect(check.status == 200)
        let preview = try #require(try JSONSerialization.jsonObject(with: check.body) as? [String: Any])["preview"] as? String
        #expect(preview?.contains("&lt;script&gt;") == true && preview?.contains("<script>") == false)
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(page.headers["content-security-policy"]?.contains("unsafe-inline") == false)
    }

    @Test("a body over 1 MiB gets 413, malformed JSON 400 with the reason, and the server keeps serving")
    func malformedRequests() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let client = server.client()
        try await client.get("/")
        let big = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek",
                                        json: Data(repeating: 0x61, count: (1 << 20) + 1), token: client.token)
        #expect(big.status == 413)
        let broken = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek", json: Data("{\"base\": 3".utf8),
                                           token: client.token)
        #expect(broken.status == 400)
        #expect(broken.text.contains("not the JSON"))
        let wrongShape = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek",
                                               json: Data(#"{"base": "x", "form": {"values": {"titel": 3}}}"#.utf8), token: client.token)
        #expect(wrongShape.status == 400)
        let noFrontMatter = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek",
                                                  json: Data(#"{"base": "no front matter", "form": {"values": {"titel": "x"}}}"#.utf8),
                                                  token: client.token)
        #expect(noFrontMatter.status == 422)
        // The source editor's request (the text, an empty form) is checked as it stands: a diagnostic, not a refusal.
        let asText = try await client.post("/api/aftaler/72-timers-behandlingsansvar/tjek",
                                           json: Data(#"{"base": "no front matter", "form": {}}"#.utf8), token: client.token)
        #expect(asText.status == 200 && asText.text.contains("\"severity\" : \"error\""))
        #expect(try await client.get("/").status == 200)
    }
}
