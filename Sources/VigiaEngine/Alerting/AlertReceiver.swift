import Crypto
import Foundation
import VigiaCore

/// Where notifications go, with what reaching it takes. Its secrets (a webhook's URL and signing key, a bot's
/// token) never show in its `description`, so logs and errors can name it.
public struct AlertReceiver: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable, Codable {
        /// Any JSON consumer: Alertmanager's webhook payload (version 4), the body signed with HMAC-SHA256 in
        /// `X-Vigia-Signature: sha256=<hex>`.
        case webhook(url: String, secret: String)
        /// A Slack incoming webhook.
        case slack(webhookURL: String)
        /// The Telegram Bot API's `sendMessage` (`apiBaseURL` is configuration, for tests and proxies).
        case telegram(botToken: String, chatID: String, apiBaseURL: String)
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .webhook: "\(name) (webhook)"
        case .slack: "\(name) (slack)"
        case .telegram(_, let chat, _): "\(name) (telegram, chat \(chat))"
        }
    }

    /// The address its requests go to (before a Telegram bot's path).
    public var endpoint: String {
        switch kind {
        case .webhook(let url, _): url
        case .slack(let url): url
        case .telegram(_, _, let base): base
        }
    }

    /// The signature header's value for `body`: what a consumer recomputes with the shared secret.
    public static func signature(of body: String, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }

    /// The HTTP request that tells `notification` of `tenant`'s incidents; `dashboard` is the dashboard's base URL,
    /// for links.
    public func request(for notification: AlertNotification, tenant: TenantID, dashboard: String) -> OutgoingRequest {
        switch kind {
        case .webhook(let url, let secret):
            let body = AlertmanagerPayload(notification, receiver: name, tenant: tenant, dashboard: dashboard).json
            return OutgoingRequest(
                url: url, body: body,
                headers: [
                    "content-type": "application/json", "x-vigia-signature": Self.signature(of: body, secret: secret),
                ])
        case .slack(let url):
            return OutgoingRequest(
                url: url, body: SlackMessage(notification, dashboard: dashboard).json,
                headers: ["content-type": "application/json"])
        case .telegram(let token, let chat, let base):
            let message: [String: Any] = [
                "chat_id": chat, "text": TelegramMessage.text(notification, dashboard: dashboard), "parse_mode": "HTML",
                "disable_web_page_preview": true,
            ]
            return OutgoingRequest(
                url: base + "/bot" + token + "/sendMessage", body: NotificationWording.json(message),
                headers: ["content-type": "application/json"])
        }
    }
}

/// One HTTP POST a receiver gets.
public struct OutgoingRequest: Sendable, Hashable {
    public let url: String
    public let body: String
    public let headers: [String: String]
}

/// The words every receiver's message uses, in Portuguese (the people on duty read them).
enum NotificationWording {
    static func title(_ notification: AlertNotification) -> String {
        let firing = notification.alerts.filter { !$0.isResolved }.count
        if firing == 0 {
            return notification.alerts.count == 1
                ? "Resolvido: 1 incidente em \(notification.stream)"
                : "Resolvidos: \(notification.alerts.count) incidentes em \(notification.stream)"
        }
        return firing == 1
            ? "1 incidente em \(notification.stream)" : "\(firing) incidentes em \(notification.stream)"
    }

    static func line(_ alert: IncidentAlert) -> String { alert.label + " " + detail(alert) }

    /// What follows an alert's label: its state and start.
    static func detail(_ alert: IncidentAlert) -> String {
        let state = alert.isResolved ? "resolvido" : "gravidade \(alert.severity.rawValue)"
        return "(\(state)), desde \(alert.startsAt.rfc3339)"
    }

    static func link(_ alert: IncidentAlert, dashboard: String) -> String {
        dashboard + "/app/#/incidents/\(alert.incident)"
    }

    /// Text as Slack's mrkdwn and Telegram's HTML need it: their three markup characters escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A JSON object's text, keys sorted (the same notification is the same bytes, and so the same signature).
    static func json(_ object: [String: Any]) -> String {
        // The objects are built here from strings, numbers and booleans: they always serialize.
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Alertmanager's webhook payload, version 4, so that tools that read Alertmanager read Vigia.
struct AlertmanagerPayload {
    let json: String

    init(_ notification: AlertNotification, receiver: String, tenant: TenantID, dashboard: String) {
        func labels(_ alert: IncidentAlert) -> [String: String] {
            [
                "alertname": "VigiaIncident", "tenant": tenant.rawValue, "stream": alert.stream.rawValue,
                "taxonomy": alert.taxonomy, "label": alert.label, "severity": alert.severity.rawValue,
                "incident": String(alert.incident),
            ]
        }
        let alerts = notification.alerts.map { alert -> [String: Any] in
            [
                "status": alert.isResolved ? "resolved" : "firing", "labels": labels(alert),
                "annotations": ["summary": alert.summary], "startsAt": alert.startsAt.rfc3339,
                // Alertmanager's zero time stands for "not ended".
                "endsAt": alert.endsAt?.rfc3339 ?? "0001-01-01T00:00:00Z",
                "generatorURL": NotificationWording.link(alert, dashboard: dashboard),
                "fingerprint": Self.fingerprint(tenant: tenant, incident: alert.incident),
            ]
        }
        let all = notification.alerts.map(labels)
        let common = all.first?.filter { key, value in all.allSatisfy { $0[key] == value } } ?? [:]
        json = NotificationWording.json([
            "version": "4", "groupKey": notification.groupKey, "truncatedAlerts": 0,
            "status": notification.isResolved ? "resolved" : "firing", "receiver": receiver,
            "groupLabels": ["stream": notification.stream.rawValue], "commonLabels": common,
            "commonAnnotations": [String: String](), "externalURL": dashboard, "alerts": alerts,
        ])
    }

    /// 64 bits of FNV-1a over tenant and incident, in hex: stable across restarts and nodes.
    static func fingerprint(tenant: TenantID, incident: Int64) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(tenant.rawValue)/\(incident)".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}

/// A Slack message: the title, one line per alert (at most ten) with its insight, and a link to each incident.
struct SlackMessage {
    static var shownAlerts: Int { 10 }
    let json: String

    init(_ notification: AlertNotification, dashboard: String) {
        let escaped = NotificationWording.escaped
        let title = NotificationWording.title(notification)
        var blocks: [[String: Any]] = [["type": "header", "text": ["type": "plain_text", "text": title]]]
        for alert in notification.alerts.prefix(Self.shownAlerts) {
            var text = "*<\(NotificationWording.link(alert, dashboard: dashboard))|\(escaped(alert.label))>* "
            text += escaped(NotificationWording.detail(alert))
            if !alert.summary.isEmpty { text += "\n" + escaped(alert.summary) }
            blocks.append(["type": "section", "text": ["type": "mrkdwn", "text": text]])
        }
        if notification.alerts.count > Self.shownAlerts {
            blocks.append([
                "type": "context",
                "elements": [["type": "mrkdwn", "text": "e mais \(notification.alerts.count - Self.shownAlerts)"]],
            ])
        }
        json = NotificationWording.json(["text": title, "blocks": blocks])
    }
}

/// A Telegram message in its HTML parse mode: the title in bold, then one line per alert (at most ten).
enum TelegramMessage {
    static func text(_ notification: AlertNotification, dashboard: String) -> String {
        let escaped = NotificationWording.escaped
        var lines = ["<b>" + escaped(NotificationWording.title(notification)) + "</b>"]
        for alert in notification.alerts.prefix(SlackMessage.shownAlerts) {
            var line = "• <a href=\"\(escaped(NotificationWording.link(alert, dashboard: dashboard)))\">"
            line += escaped(NotificationWording.line(alert)) + "</a>"
            if !alert.summary.isEmpty { line += "\n" + escaped(alert.summary) }
            lines.append(line)
        }
        if notification.alerts.count > SlackMessage.shownAlerts {
            lines.append("e mais \(notification.alerts.count - SlackMessage.shownAlerts)")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
