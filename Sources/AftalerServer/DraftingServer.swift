import AftalerCore
import DraftingDesk
import Foundation
import Hummingbird
import Logging
import NIOPosix

/// The drafting web page (`aftale serve`): an HTTP server over a ``DraftingDesk``.
///
/// Every page is rendered on the server (Danish, `lang="da"`, the reports' stylesheet and contrast
/// rules) and works without JavaScript for reading; the editor's live check and preview, the rows
/// that can be added and removed, the block picker and the conflict view are one small script of
/// plain JavaScript served from the server itself. Nothing is loaded from anywhere else.
///
/// Security: the server binds 127.0.0.1 unless told otherwise; every state-changing request
/// carries the session's CSRF token (``Sessions``); every response carries a strict
/// Content-Security-Policy (``SecurityHeaders``); agreement ids in paths must be slugs, so no path
/// leaves the agreements folder; request bodies are limited to 1 MiB; everything from the sources
/// is escaped (`HTMLText`). Malformed requests get a 4xx with a message.
public struct DraftingServer: Sendable {
    /// Where and what the server serves.
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var agreementsFolder: URL
        public var templatesFolder: URL
        /// The day the pages are "pr." (see `AsOfDay`): nil for today in Copenhagen, or SOURCE_DATE_EPOCH.
        public var asOf: CivilDate?
        /// How often the folders are looked at for changes made by others.
        public var refreshInterval: Duration

        public init(host: String = "127.0.0.1", port: Int = 8080, agreementsFolder: URL, templatesFolder: URL,
                    asOf: CivilDate? = nil, refreshInterval: Duration = .seconds(1)) {
            self.host = host
            self.port = port
            self.agreementsFolder = agreementsFolder
            self.templatesFolder = templatesFolder
            self.asOf = asOf
            self.refreshInterval = refreshInterval
        }
    }

    /// One thread for the network: requests are worked on by Swift concurrency's threads (one per
    /// core), and a second network thread on a two-core machine only competed with them (the
    /// check's p99 under 32 connections, scripts/bench-web).
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// The largest request body taken (a whole agreement file and its form fit many times).
    public static let maximumBodySize = 1 << 20

    public let configuration: Configuration
    let desk: DraftingDesk
    let sessions = Sessions()

    public init(configuration: Configuration) {
        self.configuration = configuration
        desk = DraftingDesk(agreementsFolder: configuration.agreementsFolder, templatesFolder: configuration.templatesFolder)
    }

    /// The day the pages are "pr.": `--as-of`, else SOURCE_DATE_EPOCH, else today in Copenhagen.
    func today() throws -> AsOfDay {
        try AsOfDay.resolve(given: configuration.asOf, environment: ProcessInfo.processInfo.environment,
                            now: Date().timeIntervalSince1970)
    }

    /// Runs until the process is stopped; `onListening` gets the port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void) async throws {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        addRoutes(to: router)
        var logger = Logger(label: "aftale-server")
        logger.logLevel = .warning
        let desk = self.desk
        let interval = configuration.refreshInterval
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            eventLoopGroupProvider: .shared(Self.eventLoops),
            logger: logger)
        // Another person's `git pull`, an editor's save: seen within one interval, file by file.
        let refresher = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                desk.refresh()
            }
        }
        defer { refresher.cancel() }
        try await app.runService()
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        PortfolioRoutes(server: self).add(to: router)
        AgreementRoutes(server: self).add(to: router)
        EditorRoutes(server: self).add(to: router)
        AssetRoutes().add(to: router)
    }
}
