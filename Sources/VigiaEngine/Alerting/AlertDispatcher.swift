import Logging
import ServiceLifecycle
import VigiaCore

/// Turns the pipeline's incident events into notifications, as a `Service`: each tenant's ``AlertRouter`` takes the
/// incidents as alerts (an insight becomes its incident's summary) and, looked at every `tick`, hands what is due to
/// the ``AlertSender``, which writes it to the outbox.
public final class AlertDispatcher<Outbox: AlertOutbox>: Service, Sendable {
    /// Where the routing of a tenant comes from: its routes, its silences now, and its receivers by name.
    public struct Configuration: Sendable {
        public var routes: @Sendable (TenantID) -> [AlertRoute]
        public var silences: @Sendable (TenantID) -> [AlertSilence]
        public var receivers: @Sendable (TenantID, String) -> AlertReceiver?

        public init(
            routes: @escaping @Sendable (TenantID) -> [AlertRoute],
            silences: @escaping @Sendable (TenantID) -> [AlertSilence] = { _ in [] },
            receivers: @escaping @Sendable (TenantID, String) -> AlertReceiver?
        ) {
            self.routes = routes
            self.silences = silences
            self.receivers = receivers
        }
    }

    private let sender: AlertSender<Outbox>
    private let configuration: Configuration
    private let tick: Duration
    private let logger: Logger
    private let events: AsyncStream<(TenantID, [StreamEvent])>
    private let input: AsyncStream<(TenantID, [StreamEvent])>.Continuation

    public init(
        sender: AlertSender<Outbox>, configuration: Configuration, tick: Duration = .seconds(1),
        logger: Logger = Logger(label: "vigia.alerts")
    ) {
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
        var routers: [TenantID: AlertRouter] = [:]
        var alerts: [TenantID: [Int64: IncidentAlert]] = [:]
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
                        var alert = alerts[tenant]?[incident] ?? Self.alert(of: event, incident: incident)
                        if event.kind == .insight {
                            alert.summary = event.insight ?? alert.summary
                        } else {
                            alert.severity = event.burst.severity
                            alert.endsAt = event.burst.endedAt.map { Timestamp(milliseconds: $0 * 1000) }
                        }
                        alerts[tenant, default: [:]][incident] = alert.isResolved ? nil : alert
                        routers[tenant, default: AlertRouter(routes: configuration.routes(tenant))]
                            .receive(alert, at: .now)
                    }
                case .tick:
                    for tenant in Array(routers.keys) {
                        let due = routers[tenant]!.flush(at: .now, silences: configuration.silences(tenant))
                        for notification in due { await hand(notification, tenant: tenant) }
                        if routers[tenant]!.heldAlerts == 0 { routers[tenant] = nil }
                    }
                }
            }
            group.cancelAll()
        }
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
        do {
            _ = try await sender.enqueue(notification, receiver: receiver, tenant: tenant)
        } catch {
            logger.error("notification to \(receiver) not written: \(error)")
        }
    }
}
