import Logging
import ServiceLifecycle
import VigiaCore

/// Turns the pipeline's incident events into notifications, as a `Service`: each tenant's ``AlertRouter`` takes the
/// incidents as alerts (an insight becomes its incident's summary) and, looked at every `tick`, hands what is due to
/// the ``AlertSender``, which writes it to the outbox.
///
/// Routers live in memory, so a starting dispatcher first rebuilds them from the store: every incident still firing,
/// and the latest notification of each group in the outbox, which says what was told already. A node killed at any
/// point thus tells each incident's start and end once, and loses none.
public final class AlertDispatcher<Store: AlertOutbox & IncidentStore>: Service, Sendable {
    /// Where the routing of a tenant comes from: its routes, its silences now, and its receivers by name.
    public struct Configuration: Sendable {
        /// The tenants that have routes (whose routers a restart rebuilds).
        public var tenants: @Sendable () -> [TenantID]
        public var routes: @Sendable (TenantID) -> [AlertRoute]
        public var silences: @Sendable (TenantID) -> [AlertSilence]
        public var receivers: @Sendable (TenantID, String) -> AlertReceiver?

        public init(
            tenants: @escaping @Sendable () -> [TenantID],
            routes: @escaping @Sendable (TenantID) -> [AlertRoute],
            silences: @escaping @Sendable (TenantID) -> [AlertSilence] = { _ in [] },
            receivers: @escaping @Sendable (TenantID, String) -> AlertReceiver?
        ) {
            self.tenants = tenants
            self.routes = routes
            self.silences = silences
            self.receivers = receivers
        }
    }

    /// Notifications a restart reads back per tenant, newest first: enough to know each recent group's last word.
    static var remembered: Int { 1000 }

    private let store: Store
    private let sender: AlertSender<Store>
    private let configuration: Configuration
    private let tick: Duration
    private let logger: Logger
    private let events: AsyncStream<(TenantID, [StreamEvent])>
    private let input: AsyncStream<(TenantID, [StreamEvent])>.Continuation

    public init(
        store: Store, sender: AlertSender<Store>, configuration: Configuration, tick: Duration = .seconds(1),
        logger: Logger = Logger(label: "vigia.alerts")
    ) {
        self.store = store
        self.sender = sender
        self.configuration = configuration
        self.tick = tick
        self.logger = logger
        (events, input) = AsyncStream.makeStream()
    }

    /// Takes the pipeline's events (its `onEvents`, beside the event hub); returns at once.
    public func observe(_ tenant: TenantID, _ batch: [StreamEvent]) {
        if batch.contains(where: { if case .burst = $0 { true } else { false } }) { input.yield((tenant, batch)) }
    }

    public func run() async throws {
        var (routers, alerts) = await recover(at: .now)
        let ticks = AsyncStream<Void> { continuation in
            let ticking = Task {
                while !Task.isCancelled {
                    do { try await Task.sleep(for: tick) } catch { break }
                    continuation.yield()
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in ticking.cancel() }
        }
        await withTaskGroup(of: Void.self) { group in
            let (merged, into) = AsyncStream.makeStream(of: Work.self)
            group.addTask {
                for await batch in self.events { into.yield(.events(batch.0, batch.1)) }
            }
            group.addTask {
                for await _ in ticks { into.yield(.tick) }
                into.finish()
            }
            for await work in merged.cancelOnGracefulShutdown() {
                switch work {
                case .events(let tenant, let batch):
                    for case .burst(let event) in batch {
                        guard let incident = event.incident else { continue }
                        // The insight of an incident that has ended (its resolution) changes nothing already told.
                        if event.kind == .insight && alerts[tenant]?[incident] == nil { continue }
                        var alert = alerts[tenant]?[incident] ?? Self.alert(of: event, incident: incident)
                        if event.kind == .insight {
                            alert.summary = event.insight ?? alert.summary
                        } else {
                            alert.severity = event.burst.severity
                            // A resolution ends the alert even when its burst carries no end of its own.
                            alert.endsAt =
                                event.burst.endedAt.map { Timestamp(milliseconds: $0 * 1000) }
                                ?? (event.kind == .incidentResolved ? event.at : nil)
                        }
                        alerts[tenant, default: [:]][incident] = alert.isResolved ? nil : alert
                        routers[tenant, default: AlertRouter(routes: configuration.routes(tenant))]
                            .receive(alert, at: .now)
                    }
                case .tick:
                    for tenant in Array(routers.keys) {
                        let routes = configuration.routes(tenant)
                        if routers[tenant]!.routes != routes { routers[tenant]!.routes = routes }
                        let due = routers[tenant]!.flush(at: .now, silences: configuration.silences(tenant))
                        for notification in due { await hand(notification, tenant: tenant) }
                        if routers[tenant]!.heldAlerts == 0 { routers[tenant] = nil }
                    }
                }
            }
            group.cancelAll()
        }
    }

    /// Each tenant's router as it was, with the alerts still firing, from the store.
    private func recover(
        at now: Timestamp
    ) async -> (routers: [TenantID: AlertRouter], firing: [TenantID: [Int64: IncidentAlert]]) {
        var routers: [TenantID: AlertRouter] = [:]
        var firing: [TenantID: [Int64: IncidentAlert]] = [:]
        for tenant in configuration.tenants() {
            do throws(VigiaError) {
                var latest: [String: (notification: AlertNotification, at: Timestamp)] = [:]
                for written in try await store.alerts(status: nil, limit: Self.remembered, tenant: tenant) {
                    guard let notification = try? JSONText.decoded(AlertNotification.self, from: written.payload),
                        latest[notification.groupKey] == nil
                    else { continue }
                    latest[notification.groupKey] = (notification, written.createdAt)
                }
                let told = Dictionary(
                    latest.values.flatMap(\.notification.alerts).map { ($0.incident, $0) },
                    uniquingKeysWith: { first, _ in first })
                var router = AlertRouter(routes: configuration.routes(tenant))
                for status in [Incident.Status.open, .acknowledged] {
                    for incident in try await store.incidents(
                        IncidentQuery(status: status, limit: 1000), tenant: tenant)
                    where incident.endedAt == nil {
                        var alert = Self.alert(of: incident)
                        alert.summary = told[incident.id]?.summary ?? ""
                        firing[tenant, default: [:]][incident.id] = alert
                        router.receive(alert, at: now)
                    }
                }
                // What was told firing and has ended since (or was deleted) is told resolved.
                for var alert in told.values where !alert.isResolved && firing[tenant]?[alert.incident] == nil {
                    let incident = try await store.incident(alert.incident, tenant: tenant)
                    alert.endsAt = incident?.endedAt ?? now
                    router.receive(alert, at: now)
                }
                for (notification, at) in latest.values { router.remember(notification, toldAt: at, now: now) }
                routers[tenant] = router
                logger.info(
                    "alert routing of \(tenant) rebuilt: \(firing[tenant]?.count ?? 0) incidents firing, \(latest.count) groups told before"
                )
            } catch {
                logger.error("alert routing of \(tenant) not rebuilt: \(error)")
            }
        }
        return (routers, firing)
    }

    private static func alert(of incident: Incident) -> IncidentAlert {
        IncidentAlert(
            incident: incident.id, stream: incident.stream, taxonomy: incident.taxonomy, label: incident.label,
            severity: incident.severity, startsAt: incident.startedAt, endsAt: incident.endedAt, summary: "")
    }

    private enum Work: Sendable {
        case events(TenantID, [StreamEvent])
        case tick
    }

    private static func alert(of event: StreamMonitor.Event, incident: Int64) -> IncidentAlert {
        IncidentAlert(
            incident: incident, stream: event.stream, taxonomy: event.taxonomy, label: event.burst.label,
            severity: event.burst.severity, startsAt: Timestamp(milliseconds: event.burst.startedAt * 1000),
            summary: event.insight ?? "")
    }

    private func hand(_ notification: AlertNotification, tenant: TenantID) async {
        guard let receiver = configuration.receivers(tenant, notification.receiver) else {
            logger.error("no receiver '\(notification.receiver)' for route '\(notification.route)'")
            return
        }
        let firing = notification.alerts.filter { !$0.isResolved }.count
        logger.debug(
            "notifying \(receiver) of \(firing) firing and \(notification.alerts.count - firing) resolved incidents",
            metadata: ["tenant": "\(tenant)", "group": "\(notification.groupKey)"])
        do {
            _ = try await sender.enqueue(notification, receiver: receiver, tenant: tenant)
        } catch {
            logger.error("notification to \(receiver) not written: \(error)")
        }
    }
}
