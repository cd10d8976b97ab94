import AftalerCore
import DraftingDesk
import Foundation
import Hummingbird

/// The editor page, its JSON endpoints (live check and preview, save, the review of a status
/// change), and creating an agreement.
///
/// Every endpoint takes the text the page was opened with (`base`) and the whole form; the server
/// writes the form into `base` (`AgreementForm.apply`), so the page never has to produce YAML and
/// nothing outside the form is touched. POST endpoints need the session's CSRF token.
struct EditorRoutes {
    let server: DraftingServer

    /// What the script sends.
    struct EditRequest: Decodable {
        let base: String
        let form: AgreementForm
        /// The content tag of `base` as the page got it (for saves).
        let tag: String?
        /// Save even with errors, as a draft.
        let keepDraft: Bool?
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/aftaler/{id}/rediger") { request, context -> Response in
            try editor(request, context, asSource: false)
        }

        router.get("/aftaler/{id}/kilde") { request, context -> Response in
            try editor(request, context, asSource: true)
        }

        router.post("/api/aftaler/{id}/tjek") { request, context -> Response in
            let id = try RequestInput.agreementID(context)
            try server.sessions.verify(request, sent: request.headers[Sessions.headerName])
            let edit = try await RequestInput.json(EditRequest.self, from: request)
            let text = try Self.compose(edit)
            return Responses.json(Self.checkJSON(server.desk.check(id: id, text: text)))
        }

        router.post("/api/aftaler/{id}/konsekvenser") { request, context -> Response in
            let id = try RequestInput.agreementID(context)
            try server.sessions.verify(request, sent: request.headers[Sessions.headerName])
            let edit = try await RequestInput.json(EditRequest.self, from: request)
            let before = server.desk.check(id: id, text: edit.base).agreement
            let after = server.desk.check(id: id, text: try Self.compose(edit)).agreement
            let review = ReleaseReview(old: before, new: after, on: try server.today().date, templates: server.desk.snapshot.templates)
            return Responses.json(Self.reviewJSON(review))
        }

        router.post("/api/aftaler/{id}/gem") { request, context -> Response in
            let id = try RequestInput.agreementID(context)
            try server.sessions.verify(request, sent: request.headers[Sessions.headerName])
            let edit = try await RequestInput.json(EditRequest.self, from: request)
            guard server.desk.snapshot.files[id] != nil || FileManager.default.fileExists(atPath: server.desk.fileURL(id).path) else {
                throw HTTPError(.notFound, message: "no agreement has the id '\(id)'")
            }
            let ifMatch = request.headers[.ifMatch].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            let tag = try (edit.tag ?? ifMatch).map { given in
                guard let tag = ContentTag(hex: given) else { throw HTTPError(.badRequest, message: "'tag' is not a content tag") }
                return tag
            }
            let text = try Self.compose(edit)
            switch server.desk.save(id: id, text: text, basedOn: tag, keepingErrors: edit.keepDraft ?? false) {
            case .saved(let tag, let check):
                return Responses.json(.object([("saved", .bool(true)), ("tag", .string(tag.hex))] + Self.checkMembers(check)))
            case .conflict(let disk, let diskTag):
                return Responses.json(.object([
                    ("saved", .bool(false)), ("conflict", .bool(true)), ("mine", .string(text)),
                    ("disk", disk.map(JSONValue.string) ?? .null), ("diskTag", diskTag.map { .string($0.hex) } ?? .null),
                ]), status: .conflict)
            case .refused(let check):
                return Responses.json(.object([("saved", .bool(false)), ("refused", .bool(true))] + Self.checkMembers(check)),
                                      status: .unprocessableContent)
            case .failed(let message):
                return Responses.json(.object([("saved", .bool(false)), ("error", .string(message))]), status: .internalServerError)
            }
        }

        router.get("/ny") { request, _ -> Response in
            let session = server.sessions.token(for: request)
            return Responses.html(newPage(token: session.token, problem: nil, title: "", kind: nil), cookie: session.newCookie)
        }

        router.get("/api/id-forslag") { request, _ -> Response in
            let title = RequestInput.query(request, "titel") ?? ""
            let slug = AgreementID.slug(from: title)
            var id = slug, number = 2
            while !slug.isEmpty, server.desk.snapshot.files[id] != nil {
                id = "\(slug)-\(number)"
                number += 1
            }
            return Responses.json(.object([("id", .string(id))]))
        }

        router.post("/ny") { request, _ -> Response in
            let fields = try await RequestInput.form(from: request)
            try server.sessions.verify(request, sent: fields["_csrf"])
            let title = fields["titel"] ?? "", kind = fields["type"] ?? ""
            do {
                let id = try server.desk.create(kind: kind, title: title)
                return Responses.redirect(to: "/aftaler/\(id)/rediger")
            } catch let error as DeskError {
                let session = server.sessions.token(for: request)
                return Responses.html(newPage(token: session.token, problem: error.message, title: title, kind: kind),
                                      status: .unprocessableContent)
            }
        }
    }

    /// The editor: the form, or the whole file as text when asked for or when the file cannot be
    /// read into the form (broken YAML), so that a broken file can be mended in the browser too.
    private func editor(_ request: Request, _ context: BasicRequestContext, asSource: Bool) throws -> Response {
        let id = try RequestInput.agreementID(context)
        let session = server.sessions.token(for: request)
        // The page must edit the file as it is on disk now, not as the last look a second ago saw it:
        // else a change made just before would come back as a conflict at the first save.
        server.desk.refresh()
        let snapshot = server.desk.snapshot
        guard let file = snapshot.files[id] else { throw HTTPError(.notFound, message: "no agreement has the id '\(id)'") }
        let text = file.text
        var form: AgreementForm?, reason: String?
        if !asSource {
            switch Result(catching: { () throws(AgreementForm.Problem) -> AgreementForm in try AgreementForm.read(text) }) {
            case .success(let read): form = read
            case .failure(let problem):
                reason = "Filen kan ikke vises i formularen (\(problem.message)). Ret den her som tekst; tjekket viser, hvor fejlen er."
            }
        }
        let kind = form?.values["type"].flatMap { snapshot.templates.kinds[$0] }
        let page = EditorPage(id: id, path: file.path, text: text, tag: file.tag, form: form, sourceReason: reason,
                              templates: snapshot.templates, kind: kind, check: server.desk.check(id: id, text: text),
                              token: session.token)
        var response = Responses.html(page.html(), cookie: session.newCookie)
        // The version the page edits, as HTTP says it: a save may name it in If-Match instead of `tag`.
        response.headers[.eTag] = "\"\(file.tag.hex)\""
        return response
    }

    private func newPage(token: String, problem: String?, title: String, kind: String?) -> String {
        let templates = server.desk.snapshot.templates
        let kinds = templates.kindOrder.compactMap { id in templates.kinds[id].map { (id, $0.label) } }
        return NewAgreementPage(kinds: kinds, problem: problem, title: title, kind: kind, token: token).html()
    }

    /// The form written into the base text; 422 when the base cannot take it.
    static func compose(_ edit: EditRequest) throws -> String {
        do {
            return try edit.form.apply(to: edit.base)
        } catch {
            throw HTTPError(.unprocessableContent, message: "the form cannot be written into the file: \(error.message)")
        }
    }

    static func checkJSON(_ check: LiveCheck) -> JSONValue { .object(checkMembers(check)) }

    /// The text checked, its state, its diagnostics (as `aftale validate --format json`, each with
    /// its place in the form) and the preview.
    static func checkMembers(_ check: LiveCheck) -> [(String, JSONValue)] {
        let diagnostics: [JSONValue] = check.diagnostics.map { diagnostic in
            guard case .object(var members) = diagnostic.json else { return diagnostic.json }
            members.append(("place", placeJSON(check.place(of: diagnostic))))
            return .object(members)
        }
        return [
            ("text", .string(check.text)), ("state", .string(check.state?.rawValue ?? "valid")),
            ("errors", .int(check.diagnostics.errorCount)), ("diagnostics", .array(diagnostics)),
            ("preview", .string(check.agreement.map { AgreementHTML.content($0, element: "article") } ?? "")),
        ]
    }

    static func placeJSON(_ place: FormPlace) -> JSONValue {
        switch place {
        case .field(let key, let row): .object([("field", .string(key))] + JSONValue.member("row", row.map(JSONValue.int)))
        case .section(let heading, let line): .object([("section", .string(heading)), ("line", .int(line))])
        case .file: .object([])
        }
    }

    static func reviewJSON(_ review: ReleaseReview) -> JSONValue {
        .object([
            ("needsDecision", .bool(review.needsDecision)),
            ("oldStatus", review.oldStatus.map { .string($0.rawValue) } ?? .null),
            ("newStatus", review.newStatus.map { .string($0.rawValue) } ?? .null),
            ("cells", .array(review.cellChanges.map { change in
                .object([("workplan", .string(change.workplan)), ("column", .string(change.column)),
                         ("old", .string(change.old)), ("new", .string(change.new))])
            })),
            ("added", .array(review.addedToCalendar.map(JSONValue.string))),
            ("removed", .array(review.removedFromCalendar.map(JSONValue.string))),
        ])
    }
}
