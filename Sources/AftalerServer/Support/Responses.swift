import AftalerCore
import Foundation
import Hummingbird

/// The shapes of responses: HTML pages, JSON (through the package's one JSON writer), plain text
/// for errors, and downloads.
enum Responses {
    static func html(_ page: String, status: HTTPResponse.Status = .ok, cookie: Cookie? = nil) -> Response {
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: JSONText.document(value))))
    }

    static func text(_ message: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: message.hasSuffix("\n") ? message : message + "\n")))
    }

    /// A file to save: its media type and the name the browser offers.
    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}

/// What routes read from requests, checked.
enum RequestInput {
    /// The agreement id in the path, which must be a slug (so no path can leave the agreements
    /// folder: no `/`, no `..`, no dot files); 400 otherwise.
    static func agreementID(_ context: some RequestContext) throws -> String {
        let id = try context.parameters.require("id")
        if let problem = AgreementID.problem(with: id) {
            throw HTTPError(.badRequest, message: "'\(id)' is not an agreement id: \(problem)")
        }
        return id
    }

    /// The body, at most `DraftingServer.maximumBodySize` bytes (413 beyond).
    static func body(_ request: Request) async throws -> Data {
        do {
            let buffer = try await request.body.collect(upTo: DraftingServer.maximumBodySize)
            return Data(buffer.readableBytesView)
        } catch let error as HTTPError {
            throw error
        } catch {
            throw HTTPError(.contentTooLarge, message: "the request is larger than \(DraftingServer.maximumBodySize) bytes")
        }
    }

    /// The body as JSON of `type`; 400 with the decoder's reason otherwise.
    static func json<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
        let data = try await body(request)
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw HTTPError(.badRequest, message: "the request is not the JSON this address takes: \(describe(error))")
        }
    }

    /// A form-encoded body (`application/x-www-form-urlencoded`) as name → value.
    static func form(from request: Request) async throws -> [String: String] {
        formFields(String(decoding: try await body(request), as: UTF8.self))
    }

    /// A query parameter, or nil when absent or empty (decoded as a form's fields are: `+` is a space).
    static func query(_ request: Request, _ name: String) -> String? {
        guard let value = formFields(request.uri.query ?? "")[name], !value.isEmpty else { return nil }
        return value
    }

    /// `a=1&b=x+y` as name → value, `+` and `%XX` decoded; the first of repeated names wins.
    static func formFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}
