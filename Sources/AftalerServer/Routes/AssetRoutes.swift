import Hummingbird

/// The one stylesheet and the one script, served by the server itself (the Content-Security-Policy
/// allows nothing else); cached for a short while, since they change only with the program.
struct AssetRoutes {
    func add(to router: Router<BasicRequestContext>) {
        router.get("/static/aftaler.css") { _, _ -> Response in
            Self.asset(Stylesheet.css, type: "text/css; charset=utf-8")
        }
        router.get("/static/aftaler.js") { _, _ -> Response in
            Self.asset(EditorScript.source, type: "text/javascript; charset=utf-8")
        }
        // Browsers ask for an icon; there is none, and saying so quietly keeps their consoles clean.
        router.get("/favicon.ico") { _, _ -> Response in
            Response(status: .noContent, headers: [.cacheControl: "max-age=86400"])
        }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
