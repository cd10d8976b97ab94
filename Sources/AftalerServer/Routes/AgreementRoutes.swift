import AftalerCore
import DraftingDesk
import Foundation
import HandoverBundle
import Hummingbird
import SafeOutput
import WordExport
import WorkplanExport

/// An agreement's page, its Word document, its history with redlines, and the exports: the
/// workplans as XLSX and the handover bundle, each of the agreements that are valid now (files with
/// errors or placeholders are left out, and the agreement page says how many).
struct AgreementRoutes {
    let server: DraftingServer

    func add(to router: Router<BasicRequestContext>) {
        router.get("/aftaler/{id}") { request, context -> Response in
            let id = try RequestInput.agreementID(context)
            let session = server.sessions.token(for: request)
            server.desk.refresh()
            let snapshot = server.desk.snapshot
            guard let file = snapshot.files[id], let parsed = file.parsed.agreement else {
                throw HTTPError(.notFound, message: "no agreement has the id '\(id)'")
            }
            let agreement = snapshot.portfolio.showingRelationTitles(parsed)
            let diagnostics = file.parsed.diagnostics(besideAgreements: snapshot.ids)
            let state: FileTally.State? = snapshot.portfolio.agreement(id) == nil ? (file.parsed.state ?? .invalid) : nil
            let page = AgreementPage(agreement: agreement, state: state, diagnostics: diagnostics,
                                     layouts: snapshot.templates.layouts.values.sorted { $0.name < $1.name },
                                     invalidCount: snapshot.portfolio.tally.leftOut.count, token: session.token)
            return Responses.html(page.html(), cookie: session.newCookie)
        }

        router.get("/aftaler/{id}/aftale.docx") { _, context -> Response in
            let id = try RequestInput.agreementID(context)
            let snapshot = server.desk.snapshot
            guard let parsed = snapshot.files[id]?.parsed.agreement else {
                throw HTTPError(.notFound, message: "no agreement has the id '\(id)'")
            }
            let agreement = snapshot.portfolio.showingRelationTitles(parsed)
            let today = try server.today().date
            let date = AgreementWord.dataDate(of: agreement) ?? today
            return Responses.download(try AgreementWord.document(agreement, date: date).data(),
                                      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      name: "\(id).docx")
        }

        router.get("/aftaler/{id}/historik") { request, context -> Response in
            let id = try RequestInput.agreementID(context)
            let session = server.sessions.token(for: request)
            let snapshot = server.desk.snapshot
            guard let file = snapshot.files[id] else { throw HTTPError(.notFound, message: "no agreement has the id '\(id)'") }
            let history = GitHistory(file: file.url)
            var commits: [GitHistory.Commit] = [], failure: String?
            do { commits = try history.commits() } catch { failure = "\(error)" }
            let from = RequestInput.query(request, "fra"), to = RequestInput.query(request, "til")
            var redline: String?
            if let from, let to {
                redline = try comparison(id: id, file: file, history: history, from: from, to: to, templates: snapshot.templates)
            }
            let page = HistoryPage(id: id, title: file.parsed.agreement?.title ?? id, commits: commits, failure: failure,
                                   from: from, to: to, redline: redline, token: session.token)
            return Responses.html(page.html(), cookie: session.newCookie)
        }

        router.get("/eksport/{layout}") { _, context -> Response in
            let name = try context.parameters.require("layout")
            let snapshot = server.desk.snapshot
            if name == "overdragelse.zip" {
                let plan = ExportPlan(portfolio: snapshot.portfolio, asOf: try server.today())
                return Responses.download(try Self.written { try HandoverBundle(plan: plan).write(to: $0) },
                                          type: "application/zip", name: "overdragelse.zip")
            }
            guard name.hasSuffix(".xlsx"), let layout = snapshot.templates.layouts[String(name.dropLast(5))] else {
                throw HTTPError(.notFound, message: "no export is called '\(name)'")
            }
            let plan = ExportPlan(portfolio: snapshot.portfolio, asOf: try server.today())
            let data = try Self.written { try WorkplanExporter().export([plan.table(layout)], to: $0, created: plan.created) }
            return Responses.download(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: name)
        }
    }

    /// The redline between two versions: commits, or `arbejdskopi` for the file as it is now.
    private func comparison(id: String, file: DraftingDesk.StoredFile, history: GitHistory, from: String, to: String,
                            templates: TemplateLibrary) throws -> String {
        func version(_ revision: String) throws -> AgreementComparison.Version {
            let (bytes, label, date): (Data, String, CivilDate?)
            if revision == "arbejdskopi" {
                (bytes, label, date) = (file.data, "den nuværende fil", nil)
            } else {
                guard revision.allSatisfy(\.isHexDigit), !revision.isEmpty else {
                    throw HTTPError(.badRequest, message: "'\(revision)' is not a commit")
                }
                do {
                    let old = try history.version(at: revision)
                    (bytes, label, date) = (old.bytes, old.label, old.date)
                } catch {
                    throw HTTPError(.badRequest, message: "\(error)")
                }
            }
            guard let read = AgreementComparison.Version.read(id: id, bytes: bytes, label: label, date: date,
                                                              templates: templates).version else {
                throw HTTPError(.unprocessableContent, message: "version \(label) cannot be read far enough to compare")
            }
            return read
        }
        return AgreementComparison(old: try version(from), new: try version(to)).content(element: "section", headingLevel: 2)
    }

    /// The bytes of a file that `write` writes, in a scratch folder removed afterwards.
    static func written(_ write: (URL) throws -> Void) throws -> Data {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let target = scratch.url.appending(path: "export")
        try write(target)
        return try Data(contentsOf: target)
    }
}
