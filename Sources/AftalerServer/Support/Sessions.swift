import Foundation
import Hummingbird
import Synchronization

/// Sessions and their CSRF tokens. A browser without a session gets one with its first page: a
/// random id in an HttpOnly, SameSite=Strict cookie, and a random token the page carries (in a
/// `<meta>` for the script and a hidden field in each form). A request that changes anything must
/// send the token of its session (the `X-CSRF-Token` header or the `_csrf` field), else it is
/// refused with 403. Tokens live as long as the server; at most ``capacity`` sessions are kept
/// (the oldest go first), so a flood of new sessions cannot exhaust memory.
final class Sessions: Sendable {
    static let cookieName = "aftale_session"
    static let headerName = HTTPFields.Element.Name("X-CSRF-Token")!
    static let capacity = 10_000

    private struct Table {
        var tokens: [String: String] = [:]
        var order: [String] = []
    }

    private let table = Mutex(Table())

    /// The token of the request's session, and the cookie to set when the request had none.
    func token(for request: Request) -> (token: String, newCookie: Cookie?) {
        if let id = request.cookies[Self.cookieName]?.value, let token = table.withLock({ $0.tokens[id] }) {
            return (token, nil)
        }
        let id = Self.random(), token = Self.random()
        table.withLock { table in
            table.tokens[id] = token
            table.order.append(id)
            if table.order.count > Self.capacity {
                let gone = table.order.removeFirst()
                table.tokens[gone] = nil
            }
        }
        return (token, Cookie(name: Self.cookieName, value: id, path: "/", httpOnly: true, sameSite: .strict))
    }

    /// Throws 403 unless `sent` is the token of the request's session.
    func verify(_ request: Request, sent: String?) throws {
        guard let id = request.cookies[Self.cookieName]?.value, let expected = table.withLock({ $0.tokens[id] }) else {
            throw HTTPError(.forbidden, message: "no session: reload the page and try again")
        }
        guard let sent, Self.constantTimeEqual(sent, expected) else {
            throw HTTPError(.forbidden, message: "the request does not carry this session's token: reload the page and try again")
        }
    }

    /// 128 random bits in hex, from the system's cryptographic generator.
    private static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
