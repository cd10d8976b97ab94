import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport

/// `aftale-server` running on a free loopback port over a copy of the shipped `Agreements/` and
/// `Templates/` (so tests may change files), pages dated 1 November 2024. Stopped by `stop()`.
final class ServerProcess: @unchecked Sendable {
    let workspace: URL
    let port: Int
    private let process = Process()

    var base: String { "http://127.0.0.1:\(port)" }
    var agreements: URL { workspace.appending(path: "Agreements") }

    /// Started as `aftale-server`, or through `aftale serve` when `throughCLI`.
    init(asOf: String = "2024-11-01", throughCLI: Bool = false) throws {
        workspace = Repository.makeFolder("aftaler-web")
        for folder in ["Agreements", "Templates"] {
            try FileManager.default.copyItem(at: Repository.root.appending(path: folder), to: workspace.appending(path: folder))
        }
        process.executableURL = BuiltProgram.url(throughCLI ? "aftale" : "aftale-server")
        process.arguments = (throughCLI ? ["serve"] : []) + ["--workspace", workspace.path, "--port", "0", "--as-of", asOf]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line says where it listens: "Aftaler: http://127.0.0.1:PORT/".
        let reader = output.fileHandleForReading
        let found = LineWaiter()
        Thread.detachNewThread {
            var text = ""
            while !text.contains("\n") {
                let data = reader.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            found.finish(text)
        }
        guard let line = found.wait(seconds: 60), let port = line.split(separator: ":").last
            .flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/\n"))) }) else {
            process.terminate()
            throw ServerDidNotStart()
        }
        self.port = port
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: workspace)
    }

    /// A browser-like client of this server: its own session cookie, the page's CSRF token.
    func client() -> WebClient { WebClient(base: base) }
}

/// The server printed no address within a minute.
struct ServerDidNotStart: Error {}

/// Waits for one text from another thread.
final class LineWaiter: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var text: String?
    func finish(_ text: String) {
        self.text = text
        semaphore.signal()
    }
    func wait(seconds: Int) -> String? {
        semaphore.wait(timeout: .now() + .seconds(seconds)) == .success ? text : nil
    }
}

/// HTTP against the server with a cookie jar of one cookie (the session), as a browser would.
final class WebClient: @unchecked Sendable {
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let base: String
    private(set) var cookie: String?
    private(set) var token: String?
    private let session: URLSession

    init(base: String) {
        self.base = base
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        session = URLSession(configuration: configuration)
    }

    /// GETs a page and keeps its session cookie and CSRF token.
    @discardableResult
    func get(_ path: String) async throws -> Reply {
        let reply = try await send(URLRequest(url: URL(string: base + path)!))
        if let set = reply.headers["set-cookie"], let pair = set.split(separator: ";").first { cookie = String(pair) }
        if let range = reply.text.range(of: #"name="csrf-token" content="([0-9a-f]+)""#, options: .regularExpression) {
            token = String(reply.text[range].split(separator: "\"")[3])
        }
        return reply
    }

    func post(_ path: String, json: Data, token: String?, contentType: String = "application/json",
              headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = json
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        if let token { request.setValue(token, forHTTPHeaderField: "X-CSRF-Token") }
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        var request = request
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
        return Reply(status: http.statusCode, headers: headers, body: data)
    }
}
