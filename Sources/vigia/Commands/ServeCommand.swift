import ArgumentParser
import Configuration
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigiaCore
import VigiaEngine
import VigiaML
import VigiaServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Vigia server: the REST API over the configured store, with the ingest pipeline.",
        discussion: """
            Configuration keys (strongest first: options, environment, --config file): http.host (HTTP_HOST, \
            default 127.0.0.1), http.port (HTTP_PORT, default 8080), auth.jwtSecret (AUTH_JWT_SECRET; default: a \
            secret generated once and kept in DATA/jwt-secret), http.publicURL (HTTP_PUBLIC_URL: the dashboard's \
            address in alerts; default: the address it listens on), sources.fileDirectory (SOURCES_FILE_DIRECTORY: \
            the folder file sources may read in; none by default), alerts.allowedAddresses \
            (ALERTS_ALLOWED_ADDRESSES: host names, addresses and CIDR networks of on-premise receivers, which are \
            inside the node's networks and refused otherwise; comma-separated), http.headTimeoutSeconds \
            (HTTP_HEAD_TIMEOUT_SECONDS, default 10: a new connection's first request head must arrive within it), \
            http.idleTimeoutSeconds (HTTP_IDLE_TIMEOUT_SECONDS, default 60), http.maxConnections \
            (HTTP_MAX_CONNECTIONS, default 4096), youtube.apiBaseURL (YOUTUBE_API_BASE_URL, default \
            https://www.googleapis.com/youtube/v3), youtube.dailyQuota (YOUTUBE_DAILY_QUOTA, default 10000), \
            twitch.url (TWITCH_URL, default wss://irc-ws.chat.twitch.tv:443), and the store keys of the other \
            commands.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Address to listen on (default: http.host, else 127.0.0.1).")
    var host: String?

    @Option(help: "Port (default: http.port, else 8080; 0 picks a free one).")
    var port: Int?

    @Option(help: "Where the server keeps its files (the generated JWT secret, built-in models).")
    var dataDir: String = "vigia-data"

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let reader = try await storeOptions.configuration()
            let host = self.host ?? reader.string(forKey: "http.host", default: "127.0.0.1")
            let port = self.port ?? reader.int(forKey: "http.port", default: 8080)
            var secret = reader.string(forKey: "auth.jwtSecret") ?? ""
            if secret.isEmpty { secret = try Self.persistedSecret(in: dataDir) }
            guard secret.utf8.count >= 32 else {
                throw VigiaError(.invalidArgument, "auth.jwtSecret needs 32 bytes or more")
            }
            let options = try NodeOptions(reader)
            let models = try Self.builtInModels(in: dataDir)
            try await storeOptions.withStore { store, _ async throws(VigiaError) in
                try await Self.serve(
                    opened: store, models: models, host: host, port: port, secret: secret, options: options)
            }
        }
    }

    /// `serve` on a store of any kind (an existential opens only where the store type is used once).
    private static func serve(
        opened store: some VigiaStore, models: [ClassifierModel], host: String, port: Int, secret: String,
        options: NodeOptions
    ) async throws(VigiaError) {
        try await serve(store, models: models, host: host, port: port, secret: secret, options: options)
    }

    /// What a node reads from configuration beyond its address and store.
    struct NodeOptions: Sendable {
        /// The dashboard's address as people reach it (links in alerts); default: the address it listens on.
        var publicURL: String?
        /// The folder file sources may read in.
        var fileSourceDirectory: String?

        /// Where YouTube and Twitch are reached.
        var sources = SourceSettings()
        /// Public addresses, and the on-premise receivers' hosts and networks allowed besides.
        var receiverAddresses = OutboundAddressPolicy.publicOnly
        /// Timeouts and sizes of connections.
        var connections = ConnectionLimits()

        init() {}

        init(_ reader: ConfigReader) throws(VigiaError) {
            receiverAddresses = try OutboundAddressPolicy(
                allowing: reader.stringArray(forKey: "alerts.allowedAddresses", default: []))
            connections.headTimeout = .seconds(
                reader.int(forKey: "http.headTimeoutSeconds", default: Int(connections.headTimeout.inSeconds)))
            connections.idleTimeout = .seconds(
                reader.int(forKey: "http.idleTimeoutSeconds", default: Int(connections.idleTimeout.inSeconds)))
            connections.maxConnections = reader.int(forKey: "http.maxConnections", default: connections.maxConnections)
            guard connections.headTimeout > .zero, connections.idleTimeout > .zero, connections.maxConnections > 0
            else {
                throw VigiaError(
                    .invalidArgument,
                    "http.headTimeoutSeconds, http.idleTimeoutSeconds and http.maxConnections must be positive")
            }
            publicURL = reader.string(forKey: "http.publicURL")
            fileSourceDirectory = reader.string(forKey: "sources.fileDirectory")
            sources.fileFolder = fileSourceDirectory.map(FileSourceFolder.init)
            sources.youtubeAPIBaseURL = reader.string(
                forKey: "youtube.apiBaseURL", default: sources.youtubeAPIBaseURL)
            sources.youtubeDailyQuota = reader.int(forKey: "youtube.dailyQuota", default: sources.youtubeDailyQuota)
            sources.twitchURL = reader.string(forKey: "twitch.url", default: sources.twitchURL)
        }
    }

    /// The built-in taxonomies' models, trained into DATA/models the first time.
    static func builtInModels(in dataDir: String) throws(VigiaError) -> [ClassifierModel] {
        var models: [ClassifierModel] = []
        for taxonomy in Taxonomy.builtIn.values.sorted(by: { $0.name < $1.name }) {
            models.append(
                try BuiltInModels.model(
                    for: taxonomy, directory: (dataDir as NSString).appendingPathComponent("models"),
                    log: { StandardError.write("vigia: \($0)\n") }))
        }
        return models
    }

    /// Runs the server on `store` until SIGTERM or SIGINT, with the services `extra` makes from its pipeline;
    /// `announce` is told the port once it listens.
    static func serve<Store: VigiaStore>(
        _ store: Store, models: [ClassifierModel], host: String, port: Int, secret: String,
        options: NodeOptions = NodeOptions(), extra: (Pipeline<Store>) -> [any Service] = { _ in [] },
        announce: (@Sendable (Int) -> String)? = nil
    ) async throws(VigiaError) {
        var configuration = PipelineConfiguration()
        configuration.liveClock = true
        configuration.reportsSeconds = true
        configuration.liveMessagesPerSecond = 20
        var logger = Logger(label: "vigia")
        logger.logLevel = .info
        let hub = EventHub()
        let catalog = ModelCatalog(builtIn: models.map { ModelCatalog.Model($0) })
        // Before any message: a stream of a tenant's own taxonomy is classified by it from the first one.
        try await catalog.installProductionModels(from: store, logger: logger)
        let publicURL = options.publicURL ?? "http://\(host):\(port)"
        let alerting = AlertSettings(store: store, addresses: options.receiverAddresses, logger: logger)
        try await alerting.load()
        var senderSettings = AlertSender<Store>.Settings()
        senderSettings.dashboard = publicURL
        let sender = AlertSender(
            outbox: store, receivers: { alerting.receiver($1, tenant: $0) },
            delivery: AlertDelivery(addresses: options.receiverAddresses), settings: senderSettings, logger: logger)
        let dispatcher = AlertDispatcher(
            store: store, sender: sender,
            configuration: .init(
                tenants: { alerting.tenantsWithRoutes() }, routes: { alerting.routes(tenant: $0) },
                silences: { alerting.silences(tenant: $0) }, receivers: { alerting.receiver($1, tenant: $0) }),
            logger: logger)
        let pipeline = Pipeline(
            store: store, models: catalog, configuration: configuration, logger: logger,
            onEvents: {
                hub.publish($0, $1)
                dispatcher.observe($0, $1)
            })
        let sources = SourceSupervisor(
            deliver: { tenant, stream, messages throws(VigiaError) in
                _ = try await pipeline.submit(messages, to: stream, tenant: tenant, receivedAt: .now)
            },
            checkpoints: StoredSourceCheckpoints(store: store, logger: logger), settings: options.sources,
            logger: logger)
        try await sources.startStoredSources(from: store, logger: logger)
        let api = VigiaAPI(
            store: store, pipeline: pipeline, hub: hub, tokens: await TokenIssuer(secret: secret), alerting: alerting,
            sources: sources, publicURL: publicURL, fileSourceDirectory: options.fileSourceDirectory)
        let services: [any Service] = [alerting, sender, dispatcher, sources] + extra(pipeline)
        let app = buildApplication(
            api: api, host: host, port: port, connections: options.connections, logger: logger, services: services
        ) {
            // Unbuffered, so that a script waiting for this line sees it now.
            let line = announce?($0) ?? "vigia: listening on http://\(host):\($0)"
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        do {
            try await app.runService()
        } catch {
            throw VigiaError(.io, "the server stopped: \(error)")
        }
    }

    /// A secret kept in a file of the data directory (readable by the owner only), made of `length` random letters
    /// and digits the first time, so that it survives restarts; `created` says whether it was made now.
    static func keptSecret(
        _ name: String, in directory: String, length: Int
    ) throws(VigiaError) -> (secret: String, created: Bool) {
        let path = (directory as NSString).appendingPathComponent(name)
        if let existing = try? String(contentsOfFile: path, encoding: .utf8),
            case let secret = existing.trimmingCharacters(in: .whitespacesAndNewlines), secret.utf8.count >= length
        {
            return (secret, false)
        }
        let secret = Credentials.random(length: length)
        try PrivateFiles.createDirectory(atPath: directory)
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
        else { throw VigiaError(.io, "\(path): cannot write the file") }
        return (secret, true)
    }

    /// The JWT secret kept in DATA/jwt-secret: tokens survive a restart.
    static func persistedSecret(in directory: String) throws(VigiaError) -> String {
        try keptSecret("jwt-secret", in: directory, length: 64).secret
    }
}
