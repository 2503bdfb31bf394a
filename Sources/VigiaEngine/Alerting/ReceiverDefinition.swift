import Foundation
import VigiaCore

/// A receiver as people write it (API, command line) and the store keeps it: its kind and that kind's fields.
public struct ReceiverDefinition: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case webhook, slack, telegram
    }

    public var name: String
    public var kind: Kind
    /// A webhook's endpoint, or a Slack incoming webhook's URL (secret: it is the credential).
    public var url: String?
    /// The key a webhook's body is signed with (secret).
    public var secret: String?
    /// A Telegram bot's token (secret), and the chat it writes to.
    public var botToken: String?
    public var chatID: String?
    /// Telegram's API address (tests and proxies change it).
    public var apiBaseURL: String?

    public init(
        name: String, kind: Kind, url: String? = nil, secret: String? = nil, botToken: String? = nil,
        chatID: String? = nil, apiBaseURL: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.url = url
        self.secret = secret
        self.botToken = botToken
        self.chatID = chatID
        self.apiBaseURL = apiBaseURL
    }

    public static let telegramAPI = "https://api.telegram.org"

    /// The receiver it defines; `.invalidArgument` for a field its kind needs and lacks, or one it does not take.
    public func receiver() throws(VigiaError) -> AlertReceiver {
        try SettingName.validate(name, what: "a receiver")
        let given = [
            ("url", url != nil), ("secret", secret != nil), ("botToken", botToken != nil), ("chatID", chatID != nil),
            ("apiBaseURL", apiBaseURL != nil),
        ]
        let takes: Set<String> =
            switch kind {
            case .webhook: ["url", "secret"]
            case .slack: ["url"]
            case .telegram: ["botToken", "chatID", "apiBaseURL"]
            }
        if let extra = given.first(where: { $0.1 && !takes.contains($0.0) }) {
            throw VigiaError(.invalidArgument, "a \(kind.rawValue) receiver takes no '\(extra.0)'")
        }
        switch kind {
        case .webhook:
            guard let secret, secret.utf8.count >= 16 else {
                throw VigiaError(.invalidArgument, "a webhook receiver needs a 'secret' of 16 characters or more")
            }
            return AlertReceiver(name: name, kind: .webhook(url: try Self.httpURL(url, "url"), secret: secret))
        case .slack:
            return AlertReceiver(name: name, kind: .slack(webhookURL: try Self.httpURL(url, "url")))
        case .telegram:
            guard let botToken, botToken.contains(":"), !botToken.contains(where: { $0.isWhitespace || $0 == "/" })
            else {
                throw VigiaError(.invalidArgument, "a telegram receiver needs its bot's 'botToken' (digits:letters)")
            }
            guard let chatID, !chatID.isEmpty, !chatID.contains(where: \.isWhitespace) else {
                throw VigiaError(.invalidArgument, "a telegram receiver needs a 'chatID'")
            }
            let base = try Self.httpURL(apiBaseURL ?? Self.telegramAPI, "apiBaseURL")
            return AlertReceiver(
                name: name, kind: .telegram(botToken: botToken, chatID: chatID, apiBaseURL: base))
        }
    }

    /// The definition as anyone may see it: a URL shows its scheme and host only, secrets only that they are set.
    public var redacted: ReceiverDefinition {
        var copy = self
        copy.url = url.map(Self.hostOnly)
        copy.secret = secret.map { _ in SourceDefinition.hiddenSecret }
        copy.botToken = botToken.map { _ in SourceDefinition.hiddenSecret }
        return copy
    }

    /// `https://hooks.slack.com/…` for any URL of that host.
    static func hostOnly(_ url: String) -> String {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme, let host = parts.host else {
            return SourceDefinition.hiddenSecret
        }
        return "\(scheme)://\(host)\(parts.port.map { ":\($0)" } ?? "")/…"
    }

    private static func httpURL(_ url: String?, _ field: String) throws(VigiaError) -> String {
        guard let url, let parts = URLComponents(string: url), ["http", "https"].contains(parts.scheme),
            parts.host?.isEmpty == false
        else {
            throw VigiaError(.invalidArgument, "'\(field)' must be an http or https URL")
        }
        return url.hasSuffix("/") && field == "apiBaseURL" ? String(url.dropLast()) : url
    }
}
