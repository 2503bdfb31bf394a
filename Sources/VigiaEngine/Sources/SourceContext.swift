import AsyncHTTPClient
import Logging
import Synchronization
import VigiaCore

/// What a ``SourceReader`` reads with and reports to during one source's life: its definition (secrets included,
/// so never logged), delivery, its checkpoint, its status, and the signs of life the watchdog looks at.
final class SourceContext: Sendable {
    let definition: SourceDefinition
    let tenant: TenantID
    let settings: SourceSettings
    let httpClient: HTTPClient
    let logger: Logger
    private let deliverMessages: SourceSupervisor.Deliver
    private let checkpoints: any SourceCheckpoints
    private let report: @Sendable (_ change: (inout SourceStatus) -> Void) -> Void
    private let activity: Mutex<Activity>

    /// Whether the origin says it is on (a live, a joined channel), and when it last showed it was alive.
    private struct Activity {
        var connected = false
        var live = false
        var lastSign = ContinuousClock.now
    }

    init(
        definition: SourceDefinition, tenant: TenantID, settings: SourceSettings, httpClient: HTTPClient,
        logger: Logger, deliver: @escaping SourceSupervisor.Deliver, checkpoints: any SourceCheckpoints,
        report: @escaping @Sendable (_ change: (inout SourceStatus) -> Void) -> Void
    ) {
        self.definition = definition
        self.tenant = tenant
        self.settings = settings
        self.httpClient = httpClient
        self.logger = logger
        self.deliverMessages = deliver
        self.checkpoints = checkpoints
        self.report = report
        self.activity = Mutex(Activity())
    }

    /// Hands `messages` to the pipeline and counts them; they count as a sign of life too.
    func deliver(_ messages: [NewMessage]) async throws(VigiaError) {
        guard !messages.isEmpty else { return }
        try await deliverMessages(tenant, definition.stream, messages)
        heard()
        let latest = Timestamp.now
        update { status in
            status.messages += messages.count
            status.lastMessageAt = latest
        }
    }

    func loadCheckpoint() async -> String? {
        await checkpoints.checkpoint(source: definition.name, tenant: tenant)
    }

    func saveCheckpoint(_ json: String) async {
        await checkpoints.saveCheckpoint(json, source: definition.name, tenant: tenant)
    }

    /// Reading works: the status says so, with `reason` when there is something to know all the same.
    func connected(reason: String? = nil) {
        activity.withLock { $0.connected = true }
        update { status in
            status.state = .connected
            status.reason = reason
            status.retryAt = nil
        }
    }

    func update(_ change: (inout SourceStatus) -> Void) { report(change) }

    /// The origin showed it is alive (what counts depends on the kind: a message, or any line from a chat server).
    func heard() { activity.withLock { $0.lastSign = .now } }

    /// Whether silence means trouble: only while the origin says it is on.
    func setLive(_ live: Bool) { activity.withLock { $0.live = live } }

    /// How long the origin has been silent while on; nil while it is not on.
    func silence(at now: ContinuousClock.Instant) -> Duration? {
        activity.withLock { $0.live ? now - $0.lastSign : nil }
    }

    /// Whether this session got as far as reading: its failure then starts the backoff over.
    var wasConnected: Bool { activity.withLock { $0.connected } }

    /// Starts a new session's watch: not on, and alive now.
    func resetActivity() { activity.withLock { $0 = Activity() } }
}
