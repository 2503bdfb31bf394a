import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import Testing
import VigiaCore

@testable import VigiaEngine

/// Receivers' requests as the services document them, sent to a real HTTP server on loopback that records what it
/// gets and answers as each service does (a success, a busy 429 or 503 with Retry-After, a refusal).
@Suite struct AlertReceiverTests {
    static let dashboard = "http://vigia.local:8080"
    static let tenant = TenantID("acme")

    static let notification = AlertNotification(
        route: "plantão", receiver: "ops", stream: StreamID("final"), groupKey: "plantão/ops/final",
        alerts: [
            IncidentAlert(
                incident: 7, stream: StreamID("final"), taxonomy: "tech-issues", label: "audio.sem_som",
                severity: .critical, startsAt: Timestamp(milliseconds: 1_795_000_000_000),
                summary: "Pico de relatos de áudio (sem som) <agora> & já"),
            IncidentAlert(
                incident: 8, stream: StreamID("final"), taxonomy: "tech-issues", label: "video.travando",
                severity: .high, startsAt: Timestamp(milliseconds: 1_795_000_030_000),
                endsAt: Timestamp(milliseconds: 1_795_000_090_000)),
        ])

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theWebhookCarriesAlertmanagersPayloadSignedWithTheSecret() throws {
        let receiver = AlertReceiver(
            name: "ops", kind: .webhook(url: "https://hooks.example/x?token=abc", secret: "s3gr3do"))
        let request = receiver.request(for: Self.notification, tenant: Self.tenant, dashboard: Self.dashboard)
        #expect(request.url == "https://hooks.example/x?token=abc")
        let expected = HMAC<SHA256>.authenticationCode(
            for: Data(request.body.utf8), using: SymmetricKey(data: Data("s3gr3do".utf8)))
        #expect(
            request.headers["x-vigia-signature"] == "sha256=" + expected.map { String(format: "%02x", $0) }.joined())
        let payload = try Self.object(request.body)
        #expect(payload["version"] as? String == "4" && payload["status"] as? String == "firing")
        #expect(payload["groupKey"] as? String == "plantão/ops/final" && payload["receiver"] as? String == "ops")
        #expect(payload["groupLabels"] as? [String: String] == ["stream": "final"])
        #expect(
            payload["commonLabels"] as? [String: String]
                == ["alertname": "VigiaIncident", "tenant": "acme", "stream": "final", "taxonomy": "tech-issues"])
        let alerts = try #require(payload["alerts"] as? [[String: Any]])
        #expect(alerts.map { $0["status"] as? String } == ["firing", "resolved"])
        #expect(alerts.first?["endsAt"] as? String == "0001-01-01T00:00:00Z")
        #expect(alerts.last?["endsAt"] as? String == "2026-11-18T11:08:10.000Z")
        #expect(alerts.first?["generatorURL"] as? String == "http://vigia.local:8080/app/#/incidents/7")
        #expect((alerts.first?["fingerprint"] as? String)?.count == 16)
        #expect((alerts.first?["labels"] as? [String: String])?["severity"] == "critical")
        #expect(!receiver.description.contains("abc") && !receiver.description.contains("s3gr3do"))
    }

    @Test func slackAndTelegramGetTheirOwnFormatsWithMarkupEscaped() throws {
        let slack = AlertReceiver(name: "sala", kind: .slack(webhookURL: "https://hooks.slack.com/services/T/B/X"))
        let message = try Self.object(
            slack.request(for: Self.notification, tenant: Self.tenant, dashboard: Self.dashboard).body)
        #expect(message["text"] as? String == "1 incidente em final")
        let blocks = try #require(message["blocks"] as? [[String: Any]])
        let first = (blocks[1]["text"] as? [String: String])?["text"] ?? ""
        #expect(first.hasPrefix("*<http://vigia.local:8080/app/#/incidents/7|audio.sem_som>* (gravidade critical)"))
        #expect(first.hasSuffix("&lt;agora&gt; &amp; já"))

        let telegram = AlertReceiver(
            name: "plantao",
            kind: .telegram(botToken: "123:ABC", chatID: "-100200", apiBaseURL: "https://api.telegram.org"))
        let request = telegram.request(for: Self.notification, tenant: Self.tenant, dashboard: Self.dashboard)
        #expect(request.url == "https://api.telegram.org/bot123:ABC/sendMessage")
        let sent = try Self.object(request.body)
        #expect(sent["chat_id"] as? String == "-100200" && sent["parse_mode"] as? String == "HTML")
        let text = sent["text"] as? String ?? ""
        #expect(text.hasPrefix("<b>1 incidente em final</b>\n• <a href=\"http://vigia.local:8080/app/#/incidents/7\">"))
        #expect(text.contains("&lt;agora&gt; &amp; já") && !telegram.description.contains("ABC"))
    }

    /// What the test server got: method, path, headers and body of each request.
    final class Received: Sendable {
        let requests = Mutex<[(path: String, signature: String?, body: String)]>([])
    }

    @Test func deliveryTellsDeliveredRetryAndRefusedApartAndSendsTheExactBody() async throws {
        let received = Received()
        try await withLoopbackServer({ router in
            router.post("hook") { request, _ -> Response in
                let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
                received.requests.withLock {
                    $0.append((request.uri.path, request.headers[HTTPField.Name("x-vigia-signature")!], body))
                }
                return Response(status: .ok)
            }
            router.post("busy") { _, _ in Response(status: .serviceUnavailable, headers: [.retryAfter: "7"]) }
            router.post("bot123:ABC/sendMessage") { _, _ in
                Response(
                    status: .tooManyRequests, headers: [.contentType: "application/json"],
                    body: .init(
                        byteBuffer: ByteBuffer(string: #"{"ok":false,"error_code":429,"parameters":{"retry_after":3}}"#)
                    ))
            }
            router.post("gone") { _, _ in Response(status: .notFound) }
        }) { base in
            let delivery = AlertDelivery.toLoopback()
            let webhook = AlertReceiver(name: "ops", kind: .webhook(url: base + "/hook", secret: "s3gr3do"))
            let request = webhook.request(for: Self.notification, tenant: Self.tenant, dashboard: Self.dashboard)
            #expect(await delivery.send(request) == .delivered)
            let got = received.requests.withLock { $0 }
            #expect(got.count == 1 && got.first?.body == request.body)
            #expect(got.first?.signature == request.headers["x-vigia-signature"])

            let busy = OutgoingRequest(url: base + "/busy", body: "{}", headers: [:])
            #expect(await delivery.send(busy) == .retry(after: .seconds(7), reason: "answered 503"))
            let telegram = AlertReceiver(
                name: "plantao", kind: .telegram(botToken: "123:ABC", chatID: "-1", apiBaseURL: base))
            #expect(
                await delivery.send(telegram.request(for: Self.notification, tenant: Self.tenant, dashboard: ""))
                    == .retry(after: .seconds(3), reason: "answered 429"))
            guard case .rejected = await delivery.send(OutgoingRequest(url: base + "/gone", body: "{}", headers: [:]))
            else {
                Issue.record("a 404 is a refusal")
                return
            }
            // Nothing listens on port 9 of loopback here: no answer, try again later.
            guard
                case .retry(nil, _) = await delivery.send(
                    OutgoingRequest(url: "http://127.0.0.1:9/x", body: "{}", headers: [:]))
            else {
                Issue.record("a refused connection is retried")
                return
            }
        }
        #expect(AlertDelivery.backoff(afterAttempts: 1) == .seconds(5))
        #expect(AlertDelivery.backoff(afterAttempts: 3) == .seconds(20))
        #expect(AlertDelivery.backoff(afterAttempts: 30) == .seconds(600))
    }
}
