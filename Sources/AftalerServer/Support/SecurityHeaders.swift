import Hummingbird

/// Headers every response carries: a strict Content-Security-Policy (only this server's own
/// script, stylesheet and requests; no frames, no plugins, no inline script or style), no MIME
/// sniffing, no referrer, and no caching of pages that show files being edited. Errors thrown by a
/// route become a short text response with their status (never a crash, never a stack trace).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Responses.text(error.body ?? "\(error.status)", status: error.status)
        } catch let error as any HTTPResponseError {
            response = Responses.text("\(error.status.reasonPhrase)", status: error.status)
        } catch {
            response = Responses.text("the server could not do this: \(error)", status: .internalServerError)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPFields.Element.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
