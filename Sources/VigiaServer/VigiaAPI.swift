import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle
import VigiaCore
import VigiaEngine

/// The HTTP API of one node: routes over the store and the pipeline. ``buildApplication(api:settings:logger:)``
/// puts it on a Hummingbird application; tests call the same builder.
public struct VigiaAPI<Store: VigiaStore>: Sendable {
    public let store: Store
    public let pipeline: Pipeline<Store>
    public let tokens: TokenIssuer
    /// The models of each tenant (the pipeline's): a stream may run only taxonomies its tenant has one for.
    public var models: ModelCatalog { pipeline.models }
    public let limits: APILimits
    public let metrics = ServerMetrics()
    /// The live events the pipeline reports (the pipeline's `onEvents` must publish into it).
    public let hub: EventHub
    /// Batch analyses too large to answer at once, and trainings; runs beside the pipeline.
    public let jobs: BackgroundJobs<Store>
    /// Receivers, routes and silences, as the node's alert dispatcher reads them.
    public let alerting: AlertSettings<Store>
    /// What runs the sources; without it, sources are kept but not run (a node that only serves the API).
    public let sources: (any SourceControl)?
    /// Sign-in attempts per client address and wrong passwords per account.
    let signInThrottle: SignInThrottle
    /// The dashboard's address as people on duty reach it, for links in messages.
    public let publicURL: String
    /// The folder file sources may read in (and below); without one, the API makes no file source, so that no
    /// caller reads the node's own files.
    public let fileSourceDirectory: String?

    public init(
        store: Store, pipeline: Pipeline<Store>, hub: EventHub, tokens: TokenIssuer, limits: APILimits = .init(),
        alerting: AlertSettings<Store>? = nil,
        sources: (any SourceControl)? = nil, publicURL: String = "http://127.0.0.1:8080",
        fileSourceDirectory: String? = nil, monotonicNow: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.hub = hub
        self.store = store
        self.pipeline = pipeline
        self.tokens = tokens
        self.limits = limits
        self.alerting = alerting ?? AlertSettings(store: store)
        self.sources = sources
        self.publicURL = publicURL
        self.fileSourceDirectory = fileSourceDirectory
        jobs = BackgroundJobs(store: store, pipeline: pipeline)
        signInThrottle = SignInThrottle(settings: limits.signIn, now: monotonicNow)
    }

    /// The router with every route, behind the problem and authentication middleware.
    public func router() -> Router<VigiaRequestContext> {
        let router = Router(context: VigiaRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: Authenticator(store: store, tokens: tokens))
        router.add(
            middleware: RateLimitMiddleware(
                limiter: RateLimiter<Identity.Subject>(rate: limits.requestsPerSecond, burst: limits.burst)))
        addHealthRoutes(to: router)
        addDocumentationRoutes(to: router)
        addDashboardRoutes(to: router)
        addAuthRoutes(to: router)
        let api = router.group("api/v1")
        addKeyRoutes(to: api)
        addStreamRoutes(to: api)
        addMessageRoutes(to: api)
        addExportRoute(to: api)
        addIncidentRoutes(to: api)
        addLabelRoutes(to: api)
        addEventRoutes(to: api)
        addIngestSocketRoutes(to: api)
        addAnalysisRoutes(to: api)
        addSummaryRoutes(to: api)
        addTaxonomyRoutes(to: api)
        addAlertingRoutes(to: api)
        addSourceRoutes(to: api)
        return router
    }
}

/// Sizes the API refuses to go beyond (413 or 422), so that no request can take the node's memory.
public struct APILimits: Sendable {
    /// Bytes of a JSON request body other than a batch of messages.
    public var smallBody = 64 * 1024
    /// Bytes of a batch of messages.
    public var batchBody = 8 * 1024 * 1024
    /// Messages in one batch.
    public var batchMessages = 10_000
    /// Characters of one message's text.
    public var textLength = 4_000
    /// Characters of a name (stream, key) or an author.
    public var nameLength = 200
    /// Requests a second each user or API key may make, on average, and at once.
    public var requestsPerSecond = 200.0
    public var burst = 400.0
    /// Sign-in requests per client address, and wrong passwords that lock an account.
    public var signIn = SignInThrottle.Settings()

    public init() {}
}

/// What one client's connections may hold: how long a first request head and an idle connection may take, how
/// large a request line and a head may be, and how many connections the node accepts at once (the rest wait in the
/// listen backlog).
public struct ConnectionLimits: Sendable {
    public var headTimeout: Duration = .seconds(10)
    public var idleTimeout: Duration = .seconds(60)
    public var requestLineBytes = 16 * 1024
    public var headBytes = 64 * 1024
    public var maxConnections = 4096

    public init() {}

    var head: RequestHeadGuard.Limits {
        RequestHeadGuard.Limits(
            requestLine: requestLineBytes, head: headBytes, headTimeout: TimeAmount(headTimeout))
    }
}

/// The Hummingbird application serving `api` on `host`:`port` (0: any free port, reported to `onServerRunning`),
/// running the api's pipeline and `services` with it. Every connection starts behind a ``RequestHeadGuard``.
public func buildApplication<Store: VigiaStore>(
    api: VigiaAPI<Store>, host: String, port: Int, connections: ConnectionLimits = .init(), logger: Logger,
    services: [any Service] = [], onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = api.router()
    let webSocketResponder = router.buildResponder()
    let configuration = HTTP1WebSocketUpgradeChannel.Configuration(
        http1: .init(
            additionalChannelHandlers: [RequestBoundaries()],
            idleTimeout: TimeAmount(connections.idleTimeout)),
        // A frame may be a whole batch: as large as a batch's body (the default is 16 kB).
        ws: .init(maxFrameSize: api.limits.batchBody))
    return Application(
        router: router,
        server: HTTPServerBuilder { responder in
            GuardedChildChannel(
                base: HTTP1WebSocketUpgradeChannel(
                    responder: responder, webSocketResponder: webSocketResponder, configuration: configuration),
                limits: connections.head)
        },
        configuration: .init(
            address: .hostname(host, port: port), serverName: "vigia",
            availableConnectionsDelegate: MaximumAvailableConnections(connections.maxConnections)),
        services: [api.pipeline, api.jobs, WeeklySummaries(store: api.store)] + services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) }, logger: logger)
}

/// A child channel whose connections pass a ``RequestHeadGuard`` before anything of `base` sees them.
struct GuardedChildChannel<Base: ServerChildChannel>: ServerChildChannel {
    let base: Base
    let limits: RequestHeadGuard.Limits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Base.Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(RequestHeadGuard(limits: limits), position: .first)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return base.setup(channel: channel, logger: logger)
    }

    func handle(value: Base.Value, logger: Logger) async {
        // The upgrade channel logs an error for every connection that closes before its first head, such as one
        // the guard closed or a load balancer's TCP check: anyone could fill the log with them. Requests log
        // through the application's logger, not this one.
        var connectionLogger = logger
        connectionLogger.logLevel = max(logger.logLevel, .critical)
        await base.handle(value: value, logger: connectionLogger)
    }
}
