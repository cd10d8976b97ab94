import AftalerCore
import Hummingbird

/// `GET /`: the portfolio page, filtered by the query (`omraade`, `status`, `sundhedsaftale`).
struct PortfolioRoutes {
    let server: DraftingServer

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ -> Response in
            let session = server.sessions.token(for: request)
            server.desk.refresh()
            let snapshot = server.desk.snapshot
            let area = RequestInput.query(request, "omraade")
            let status = RequestInput.query(request, "status")
            let period = RequestInput.query(request, "sundhedsaftale")
            if let status, Status(rawValue: status) == nil {
                throw HTTPError(.badRequest, message: "unknown status '\(status)'")
            }
            let filter = AgreementFilter(areas: area.map { [$0] } ?? [], statuses: status.flatMap(Status.init(rawValue:)).map { [$0] } ?? [],
                                         healthAgreements: period.map { [$0] } ?? [])
            let page = PortfolioPage(snapshot: snapshot, filter: filter, chosen: (area, status, period),
                                     day: try server.today().date, token: session.token)
            return Responses.html(page.html(), cookie: session.newCookie)
        }
    }
}
