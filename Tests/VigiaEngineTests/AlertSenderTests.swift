import Foundation
import Hummingbird
import Synchronization
import Testing
import VigiaCore

@testable import VigiaEngine

/// The outbox's notifications delivered to a real loopback server: each once, at the receiver's pace, retried when
/// the receiver is busy, given up when it refuses, and sent after a dead sender's claim runs out.
@Suite struct AlertSenderTests {
    static let tenant = TenantID("acme")

    static func notification(_ incident: Int64) -> AlertNotification {
        AlertNotification(
            route: "plantão", receiver: "ops", stream: StreamID("final"), groupKey: "plantão/ops/final",
            alerts: [
                IncidentAlert(
                    incident: incident, stream: StreamID("final"), taxonomy: "tech-issues", label: "audio.sem_som",
                    severity: .high, startsAt: Timestamp(milliseconds: 1_795_000_000_000))
            ])
    }

    /// Each incident the server was told of, with when.
    final class Deliveries: Sendable {
        let seen = Mutex<[(incident: String, at: ContinuousClock.Instant)]>([])
        let flakyCalls = Mutex(0)

        func record(_ body: String) {
            let payload = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
            let alerts = payload?["alerts"] as? [[String: Any]] ?? []
            let incident = (alerts.first?["labels"] as? [String: String])?["incident"] ?? "?"
            seen.withLock { $0.append((incident, .now)) }
        }
    }

    static func settings() -> AlertSender<InMemoryStore>.Settings {
        var settings = AlertSender<InMemoryStore>.Settings()
        settings.idle = .milliseconds(20)
        settings.perReceiverPerSecond = 10
        settings.burst = 2
        return settings
    }

    static func waitUntilNothingPending(_ store: InMemoryStore) async throws {
        for _ in 0..<1_000 {
            if try await store.alerts(status: .pending, limit: 1_000, tenant: tenant).isEmpty { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func eachNotificationIsDeliveredOnceAtTheReceiversPaceAndBusyOnesAreRetried() async throws {
        let deliveries = Deliveries()
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook", deliveries.record)
            router.post("flaky") { _, _ -> Response in
                let calls = deliveries.flakyCalls.withLock { calls in
                    calls += 1
                    return calls
                }
                return Response(status: calls == 1 ? .serviceUnavailable : .ok, headers: [.retryAfter: "0"])
            }
            router.post("gone") { _, _ in Response(status: .gone) }
        }) { base in
            let store = InMemoryStore()
            let receivers: [String: AlertReceiver] = [
                "ops": AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "k")),
                "flaky": AlertReceiver(name: "flaky", kind: .slack(webhookURL: base + "/flaky")),
                "gone": AlertReceiver(name: "gone", kind: .slack(webhookURL: base + "/gone")),
            ]
            let sender = AlertSender(
                outbox: store, receivers: { tenant, name in tenant == Self.tenant ? receivers[name] : nil },
                delivery: .toLoopback(), settings: Self.settings())
            for incident in Int64(1)...12 {
                _ = try await sender.enqueue(
                    Self.notification(incident), receiver: receivers["ops"]!, tenant: Self.tenant)
            }
            let flaky = try await sender.enqueue(
                Self.notification(99), receiver: receivers["flaky"]!, tenant: Self.tenant)
            let refused = try await sender.enqueue(
                Self.notification(98), receiver: receivers["gone"]!, tenant: Self.tenant)
            let orphan = try await sender.enqueue(
                Self.notification(97), receiver: AlertReceiver(name: "apagado", kind: .slack(webhookURL: base)),
                tenant: Self.tenant)
            let running = Task { try await sender.run() }
            defer { running.cancel() }
            try await Self.waitUntilNothingPending(store)

            let seen = deliveries.seen.withLock { $0 }
            #expect(seen.map(\.incident).sorted() == (1...12).map(String.init).sorted(), "each once")
            // Two at once (the burst), then ten a second: the last comes at least a second after the first.
            #expect(try #require(seen.last).at - seen[0].at >= .milliseconds(800), "unpaced, twelve take ~30 ms")
            #expect(try await store.alerts(status: .sent, limit: 100, tenant: Self.tenant).count == 13)
            let retried = try #require(await store.alert(flaky.id, tenant: Self.tenant))
            #expect(retried.status == .sent && retried.attempts == 2 && retried.lastError == "answered 503")
            #expect(await store.alert(refused.id, tenant: Self.tenant)?.status == .failed)
            #expect(await store.alert(orphan.id, tenant: Self.tenant)?.lastError == "no receiver 'apagado'")
        }
    }

    @Test func whatADeadSenderClaimedIsSentOnceItsClaimRunsOut() async throws {
        let deliveries = Deliveries()
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook", deliveries.record)
        }) { base in
            let store = InMemoryStore()
            let ops = AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "k"))
            let sender = AlertSender(
                outbox: store, receivers: { _, _ in ops }, delivery: .toLoopback(),
                settings: Self.settings())
            let alert = try await sender.enqueue(Self.notification(5), receiver: ops, tenant: Self.tenant)
            // Another node claimed it for half a second, then died.
            let now = Timestamp.now
            let taken = try await store.claimDueAlerts(
                now: now, limit: 10, leaseUntil: Timestamp(milliseconds: now.milliseconds + 500))
            #expect(taken.map(\.alert.id) == [alert.id])
            let running = Task { try await sender.run() }
            defer { running.cancel() }
            try await Task.sleep(for: .milliseconds(200))
            #expect(deliveries.seen.withLock { $0.isEmpty }, "not while the claim holds")
            try await Self.waitUntilNothingPending(store)
            #expect(deliveries.seen.withLock { $0.map(\.incident) } == ["5"])
            #expect(await store.alert(alert.id, tenant: Self.tenant)?.attempts == 2)
        }
    }

    @Test func whatWaitsPastItsClaimForTheReceiversTurnIsSentOnceOnTheNextClaim() async throws {
        let deliveries = Deliveries()
        try await withLoopbackServer({ router in
            router.acceptPosts(at: "hook", deliveries.record)
        }) { base in
            let store = InMemoryStore()
            let ops = AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "k"))
            var settings = Self.settings()
            // Generous times: in a starved test run, a delivery that times out after the receiver took it would be
            // sent again, which is the outbox's at-least-once, not what this test is about.
            settings.perReceiverPerSecond = 2
            settings.burst = 1
            settings.lease = .seconds(4)
            let sender = AlertSender(
                outbox: store, receivers: { _, _ in ops }, delivery: .toLoopback(),
                settings: settings)
            for incident in Int64(1)...12 {
                _ = try await sender.enqueue(Self.notification(incident), receiver: ops, tenant: Self.tenant)
            }
            let running = Task { try await sender.run() }
            defer { running.cancel() }
            try await Self.waitUntilNothingPending(store)
            // Two a second: twelve take six seconds, longer than the lease, so the last were claimed more than once.
            #expect(deliveries.seen.withLock { $0.map(\.incident) } == (1...12).map(String.init), "each once, in order")
            let attempts = try await store.alerts(status: .sent, limit: 100, tenant: Self.tenant).map(\.attempts)
            #expect(attempts.count == 12 && attempts.max()! >= 2)
        }
    }
}
