import Foundation
import Hummingbird
import Synchronization
import Testing
import VigiaCore

@testable import VigiaEngine

/// The pipeline's incident events, routed and delivered: an opened incident is told firing, its insight becomes
/// its summary, and its end is told resolved, each once.
@Suite struct AlertDispatcherTests {
    static let tenant = TenantID("acme")

    static func event(
        _ kind: StreamMonitor.Event.Kind, incident: Int64, endedAt: Int64? = nil, insight: String? = nil,
        stream: String = "final"
    ) -> StreamEvent {
        .burst(
            StreamMonitor.Event(
                kind: kind, stream: StreamID(stream), taxonomy: "tech-issues", at: .now,
                burst: BurstDetector.Burst(
                    label: "audio.sem_som", level: .leaf, startedAt: 1_795_000_000, peakAt: 1_795_000_010,
                    peakRatePerMinute: 360, baselineRatePerMinute: 3, share: 0.2, messageCount: 40, severity: .critical,
                    endedAt: endedAt),
                insight: insight, samples: [], incident: incident))
    }

    final class Told: Sendable {
        let bodies = Mutex<[String]>([])
        /// Each receiver's deliveries, with when.
        let arrivals = Mutex<[String: [ContinuousClock.Instant]]>([:])
    }

    @Test func aStormOfAThousandIncidentsOnAHundredStreamsIsGroupedPacedAndLosesNone() async throws {
        let told = Told()
        try await withLoopbackServer({ router in
            for receiver in ["ops", "chefia"] {
                router.acceptPosts(at: receiver) { body in
                    told.bodies.withLock { $0.append(body) }
                    told.arrivals.withLock { $0[receiver, default: []].append(.now) }
                }
            }
        }) { base in
            let store = InMemoryStore()
            let receivers = Dictionary(
                uniqueKeysWithValues: ["ops", "chefia"].map {
                    ($0, AlertReceiver(name: $0, kind: .webhook(url: base + "/" + $0, secret: "k")))
                })
            var settings = AlertSender<InMemoryStore>.Settings()
            settings.idle = .milliseconds(20)
            settings.perReceiverPerSecond = 40
            settings.burst = 5
            let sender = AlertSender(
                outbox: store, receivers: { receivers[$1] }, delivery: .toLoopback(), settings: settings)
            let route = AlertRoute(
                name: "tudo", receivers: ["ops", "chefia"], groupWaitSeconds: 1, groupIntervalSeconds: 2,
                repeatIntervalSeconds: 3600)
            let dispatcher = AlertDispatcher(
                store: store, sender: sender,
                configuration: .init(
                    tenants: { [Self.tenant] }, routes: { _ in [route] }, receivers: { receivers[$1] }),
                tick: .milliseconds(100))
            let running = Task {
                try await withThrowingDiscardingTaskGroup { group in
                    group.addTask { try await sender.run() }
                    group.addTask { try await dispatcher.run() }
                }
            }
            defer { running.cancel() }
            // A thousand incidents on a hundred streams, over three seconds.
            for index in 0..<1_000 {
                dispatcher.observe(
                    Self.tenant, [Self.event(.incidentOpened, incident: Int64(index), stream: "canal-\(index % 100)")])
                if index % 100 == 99 { try await Task.sleep(for: .milliseconds(300)) }
            }
            /// Each receiver's notifications so far.
            func heard() -> [String: [[String: Any]]] {
                let payloads = told.bodies.withLock { $0 }.map {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
                }
                return Dictionary(grouping: payloads) { $0["receiver"] as? String ?? "?" }
            }
            func incidents(_ notifications: [[String: Any]]) -> Set<String> {
                Set(
                    notifications.flatMap { ($0["alerts"] as? [[String: Any]]) ?? [] }.compactMap {
                        ($0["labels"] as? [String: String])?["incident"]
                    })
            }
            // Until both receivers heard of every incident (a starved test run may take a while), then a second more
            // for anything sent twice.
            for _ in 0..<1_200 {
                if heard().values.filter({ incidents($0).count == 1_000 }).count == 2 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            try await Task.sleep(for: .seconds(1))
            let payloads = heard().values.flatMap { $0 }
            for receiver in ["ops", "chefia"] {
                let mine = payloads.filter { ($0["receiver"] as? String) == receiver }
                #expect(incidents(mine).count == 1_000, "\(receiver) heard of every incident")
                // Grouped: a notification per stream and group interval (the storm lasts about two), not per incident.
                #expect((100...300).contains(mine.count), "\(receiver): \(mine.count) notifications")
                // Paced: never more in a second than the bucket holds plus what it refills.
                let times = told.arrivals.withLock { $0[receiver] ?? [] }
                let busiest =
                    times.indices.map { start in
                        times[start...].prefix { $0 - times[start] < .seconds(1) }.count
                    }.max() ?? 0
                #expect(busiest <= 5 + 40 + 1, "\(receiver): \(busiest) in one second")
            }
            #expect(try await store.alerts(status: .failed, limit: 1_000, tenant: Self.tenant).isEmpty)
        }
    }

    @Test func anIncidentIsToldFiringThenResolvedWithItsInsight() async throws {
        let told = Told()
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook") { body in told.bodies.withLock { $0.append(body) } }
        }) { base in
            let store = InMemoryStore()
            let ops = AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "k"))
            var settings = AlertSender<InMemoryStore>.Settings()
            settings.idle = .milliseconds(20)
            let sender = AlertSender(
                outbox: store, receivers: { _, _ in ops }, delivery: .toLoopback(), settings: settings)
            let route = AlertRoute(
                name: "plantão", receivers: ["ops"], minimumSeverity: .high, groupWaitSeconds: 0,
                groupIntervalSeconds: 1, repeatIntervalSeconds: 3600)
            let dispatcher = AlertDispatcher(
                store: store, sender: sender,
                configuration: .init(
                    tenants: { [Self.tenant] }, routes: { $0 == Self.tenant ? [route] : [] },
                    receivers: { _, name in name == "ops" ? ops : nil }),
                tick: .milliseconds(50))
            let running = Task {
                try await withThrowingDiscardingTaskGroup { group in
                    group.addTask { try await sender.run() }
                    group.addTask { try await dispatcher.run() }
                }
            }
            defer { running.cancel() }
            // Another tenant's incident has no route: nothing is told of it.
            dispatcher.observe(TenantID("globex"), [Self.event(.incidentOpened, incident: 9)])
            dispatcher.observe(Self.tenant, [Self.event(.incidentOpened, incident: 1)])
            dispatcher.observe(
                Self.tenant, [Self.event(.insight, incident: 1, insight: "Pico de relatos de áudio (sem som)")])
            try await Self.until { told.bodies.withLock { $0.count == 1 } }
            dispatcher.observe(Self.tenant, [Self.event(.incidentResolved, incident: 1, endedAt: 1_795_000_300)])
            try await Self.until { told.bodies.withLock { $0.count == 2 } }
            try await Task.sleep(for: .milliseconds(1_300))
            let payloads = told.bodies.withLock { $0 }.map {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
            }
            #expect(payloads.map { $0["status"] as? String } == ["firing", "resolved"])
            let resolved = (payloads.last?["alerts"] as? [[String: Any]])?.first
            #expect((resolved?["annotations"] as? [String: String])?["summary"] == "Pico de relatos de áudio (sem som)")
            #expect((resolved?["labels"] as? [String: String])?["incident"] == "1")
            #expect(resolved?["endsAt"] as? String == "2026-11-18T11:11:40.000Z")
        }
    }

    @Test func aRestartTellsWhatChangedWhileDownAndNothingTwice() async throws {
        let told = Told()
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook") { body in told.bodies.withLock { $0.append(body) } }
        }) { base in
            let store = InMemoryStore()
            try await store.createStream(
                Stream(id: StreamID("final"), name: "Final", kind: .chat, taxonomies: ["tech-issues"], createdAt: .now),
                tenant: Self.tenant)
            let silent = try await store.createIncident(Self.incident("audio.sem_som"), tenant: Self.tenant)
            let ops = AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "k"))
            let route = AlertRoute(
                name: "plantão", receivers: ["ops"], groupWaitSeconds: 0, groupIntervalSeconds: 1,
                repeatIntervalSeconds: 3600)
            /// One life of a node: its sender and dispatcher, until `body` returns.
            func node(_ body: (AlertDispatcher<InMemoryStore>) async throws -> Void) async throws {
                var settings = AlertSender<InMemoryStore>.Settings()
                settings.idle = .milliseconds(20)
                let sender = AlertSender(
                    outbox: store, receivers: { _, _ in ops }, delivery: .toLoopback(), settings: settings)
                let dispatcher = AlertDispatcher(
                    store: store, sender: sender,
                    configuration: .init(
                        tenants: { [Self.tenant] }, routes: { _ in [route] }, receivers: { _, _ in ops }),
                    tick: .milliseconds(50))
                let running = Task {
                    try await withThrowingDiscardingTaskGroup { group in
                        group.addTask { try await sender.run() }
                        group.addTask { try await dispatcher.run() }
                    }
                }
                try await body(dispatcher)
                running.cancel()
                _ = await running.result
            }
            try await node { dispatcher in
                dispatcher.observe(Self.tenant, [Self.event(.incidentOpened, incident: silent.id)])
                try await Self.until { told.bodies.withLock { $0.count == 1 } }
            }
            // While the node is down, the silent audio ends and a frozen picture starts.
            var ended = silent
            ended.endedAt = Timestamp(milliseconds: silent.startedAt.milliseconds + 60_000)
            _ = try await store.updateIncident(ended, tenant: Self.tenant)
            let frozen = try await store.createIncident(Self.incident("video.congelado"), tenant: Self.tenant)
            try await node { _ in
                try await Self.until { told.bodies.withLock { $0.count == 2 } }
                try await Task.sleep(for: .milliseconds(1_500))
            }
            // A third life with nothing new tells nothing; in a fourth, the frozen picture ends and that is told.
            try await node { _ in try await Task.sleep(for: .milliseconds(1_500)) }
            #expect(told.bodies.withLock { $0.count } == 2)
            try await node { dispatcher in
                // As the pipeline tells it: the end, then the resolution's insight.
                dispatcher.observe(
                    Self.tenant,
                    [
                        Self.event(.incidentResolved, incident: frozen.id),
                        Self.event(.insight, incident: frozen.id, insight: "Normalizado"),
                    ])
                try await Self.until { told.bodies.withLock { $0.count == 3 } }
            }
            let payloads = told.bodies.withLock { $0 }.map {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
            }
            #expect(payloads.count == 3)
            let after = (payloads.dropFirst().first?["alerts"] as? [[String: Any]]) ?? []
            #expect(after.map { ($0["labels"] as? [String: String])?["incident"] } == ["\(silent.id)", "\(frozen.id)"])
            #expect(after.map { $0["status"] as? String } == ["resolved", "firing"])
            let last = (payloads.last?["alerts"] as? [[String: Any]]) ?? []
            #expect(last.map { ($0["labels"] as? [String: String])?["incident"] } == ["\(frozen.id)"])
            #expect(last.map { $0["status"] as? String } == ["resolved"])
        }
    }

    static func incident(_ label: String) -> Incident {
        Incident(
            stream: StreamID("final"), taxonomy: "tech-issues", label: label, level: .leaf, severity: .high,
            startedAt: Timestamp(milliseconds: 1_795_000_000_000), peakAt: Timestamp(milliseconds: 1_795_000_010_000),
            observedRate: 40, baselineRate: 2, share: 0.3, messageCount: 50, sampleMessageIDs: [],
            updatedAt: Timestamp(milliseconds: 1_795_000_010_000))
    }

    static func until(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(20)) }
    }
}
