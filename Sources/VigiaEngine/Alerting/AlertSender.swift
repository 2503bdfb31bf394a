import Logging
import ServiceLifecycle
import Synchronization
import VigiaCore

/// Delivers notifications through the store's outbox, as a `Service`: each is written there first (so a crash
/// loses none), then claimed with a lease, sent to its receiver at no more than the receiver's rate, and marked
/// sent, retried later with backoff, or given up. A node that dies mid-delivery leaves its claims to run out; another
/// claim sends them again, so a receiver may see a notification twice but never misses one (its `groupKey` and
/// fingerprints let it tell).
public final class AlertSender<Outbox: AlertOutbox>: Service, Sendable {
    public struct Settings: Sendable {
        /// Alerts claimed at once, and how long a claim holds them: after a crash, what the dead node held is sent
        /// once its lease runs out, so the lease is short. A claimed alert still waiting for its receiver's turn when
        /// its lease ends is left to the next claim rather than sent on a lapsed claim, which could send it twice.
        public var batch = 100
        public var lease: Duration = .seconds(60)
        /// How long an idle sender waits before it looks at the outbox again.
        public var idle: Duration = .seconds(1)
        /// Notifications each receiver gets a second, on average, and at once.
        public var perReceiverPerSecond = 1.0
        public var burst = 5
        /// Deliveries tried before an alert is given up.
        public var maxAttempts = 10
        /// The dashboard's address, for links in messages.
        public var dashboard = "http://127.0.0.1:8080"

        public init() {}
    }

    private struct ReceiverKey: Hashable {
        let tenant: TenantID
        let name: String
    }

    private let outbox: Outbox
    private let receivers: @Sendable (TenantID, String) -> AlertReceiver?
    private let delivery: AlertDelivery
    private let settings: Settings
    private let logger: Logger
    /// Each receiver's token bucket: tokens left, and when they were counted.
    private let buckets = Mutex<[ReceiverKey: (tokens: Double, at: ContinuousClock.Instant)]>([:])

    /// `receivers` finds a tenant's receiver by name when its notification is sent (so a changed URL or token is
    /// used from then on).
    public init(
        outbox: Outbox, receivers: @escaping @Sendable (TenantID, String) -> AlertReceiver?,
        delivery: AlertDelivery = AlertDelivery(), settings: Settings = Settings(),
        logger: Logger = Logger(label: "vigia.alerts")
    ) {
        self.outbox = outbox
        self.receivers = receivers
        self.delivery = delivery
        self.settings = settings
        self.logger = logger
    }

    /// Writes `notification` for `receiver` to the outbox, due now.
    public func enqueue(
        _ notification: AlertNotification, receiver: AlertReceiver, tenant: TenantID, at time: Timestamp = .now
    ) async throws(VigiaError) -> OutboxAlert {
        let channel: OutboxAlert.Channel =
            switch receiver.kind {
            case .webhook: .webhook
            case .slack: .slack
            case .telegram: .telegram
            }
        return try await outbox.enqueueAlert(
            channel: channel, destination: receiver.name, payload: JSONText.encoded(notification), incident: nil,
            tenant: tenant, at: time)
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let now = Timestamp.now
            let claimed: [(tenant: TenantID, alert: OutboxAlert)]
            do {
                claimed = try await outbox.claimDueAlerts(
                    now: now, limit: settings.batch, leaseUntil: Self.after(now, settings.lease))
            } catch {
                logger.error("cannot read the outbox: \(error)")
                claimed = []
            }
            if claimed.isEmpty {
                do { try await Task.sleep(for: settings.idle) } catch { return }
                continue
            }
            // One receiver's notifications go in order at its pace; receivers do not wait for each other.
            let byReceiver = Dictionary(grouping: claimed) {
                ReceiverKey(tenant: $0.tenant, name: $0.alert.destination)
            }
            await withDiscardingTaskGroup { group in
                for (key, alerts) in byReceiver {
                    group.addTask {
                        for (_, alert) in alerts { await self.deliver(alert, to: key) }
                    }
                }
            }
        }
    }

    private func deliver(_ alert: OutboxAlert, to key: ReceiverKey) async {
        let tenant = key.tenant
        do throws(VigiaError) {
            guard let receiver = receivers(tenant, key.name) else {
                _ = try await outbox.markAlertFailed(
                    alert.id, error: "no receiver '\(key.name)'", retryAt: nil, tenant: tenant)
                return
            }
            guard let notification = try JSONText.decoded(AlertNotification.self, from: alert.payload) else { return }
            await waitForTurn(key)
            guard Self.after(.now, delivery.timeout) < alert.nextAttemptAt else {
                logger.debug("alert \(alert.id) waited past its claim; the next claim sends it")
                return
            }
            let outcome = await delivery.send(
                receiver.request(for: notification, tenant: tenant, dashboard: settings.dashboard))
            switch outcome {
            case .delivered:
                _ = try await outbox.markAlertSent(alert.id, tenant: tenant, at: .now)
            case .retry(let after, let reason):
                let giveUp = alert.attempts >= settings.maxAttempts
                let wait = after ?? AlertDelivery.backoff(afterAttempts: alert.attempts)
                _ = try await outbox.markAlertFailed(
                    alert.id, error: reason, retryAt: giveUp ? nil : Self.after(.now, wait), tenant: tenant)
                if giveUp { logger.error("alert \(alert.id) to \(receiver) given up: \(reason)") }
            case .rejected(let reason):
                _ = try await outbox.markAlertFailed(alert.id, error: reason, retryAt: nil, tenant: tenant)
                logger.error("alert \(alert.id) refused by \(receiver): \(reason)")
            }
        } catch {
            // The claim runs out and the alert is tried again.
            logger.error("alert \(alert.id) not recorded: \(error)")
        }
    }

    /// Waits until the receiver's bucket has a token, and takes it.
    private func waitForTurn(_ key: ReceiverKey) async {
        let rate = settings.perReceiverPerSecond
        let burst = Double(settings.burst)
        while true {
            let wait: Double = buckets.withLock { buckets in
                let now = ContinuousClock.now
                var bucket = buckets[key] ?? (burst, now)
                bucket.tokens = min(burst, bucket.tokens + (now - bucket.at).inSeconds * rate)
                bucket.at = now
                defer { buckets[key] = bucket }
                if bucket.tokens >= 1 {
                    bucket.tokens -= 1
                    return 0
                }
                return (1 - bucket.tokens) / rate
            }
            if wait == 0 { return }
            try? await Task.sleep(for: .seconds(wait))
            if Task.isCancelled { return }
        }
    }

    private static func after(_ time: Timestamp, _ duration: Duration) -> Timestamp {
        let (seconds, attoseconds) = duration.components
        return Timestamp(milliseconds: time.milliseconds + seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
