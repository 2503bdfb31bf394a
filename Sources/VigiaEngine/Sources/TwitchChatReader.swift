import HummingbirdWSClient
import Logging
import Synchronization
import VigiaCore

/// A Twitch channel's chat, read anonymously over IRC on a WebSocket: logs in as a `justinfan` guest, joins the
/// channel, answers the server's PINGs, and delivers each PRIVMSG with its `id` tag as the client id. Twitch does
/// not replay chat, so there is no checkpoint: what is said while disconnected is missed.
struct TwitchChatReader: SourceReader {
    /// Larger than any frame Twitch sends (a line is at most a few kilobytes, a frame a handful of lines).
    static let maximumFrame = 1 << 20

    /// Why a connection ended on the server's word rather than by closing.
    private enum Stop: Sendable {
        case reconnect
        case refused(String)
        case deliveryFailed(VigiaError)
    }

    func read(_ context: SourceContext) async throws(VigiaError) -> SourceReadOutcome {
        guard let twitch = context.definition.twitch else {
            throw VigiaError(.invalidArgument, "a twitch source has a 'twitch' object")
        }
        let channel = "#" + twitch.channel.drop { $0 == "#" }.lowercased()
        let stop = Mutex<Stop?>(nil)
        var logger = context.logger
        logger.logLevel = max(logger.logLevel, .notice)
        do {
            try await WebSocketClient.connect(
                url: context.settings.twitchURL,
                configuration: .init(maxFrameSize: Self.maximumFrame, closeTimeout: .seconds(5)),
                logger: logger
            ) { inbound, outbound, _ in
                for line in [
                    "CAP REQ :twitch.tv/tags twitch.tv/commands", "PASS SCHMOOPIIE",
                    "NICK justinfan\(Int.random(in: 10_000...99_999_999))", "JOIN \(channel)",
                ] {
                    try await outbound.write(.text(line))
                }
                for try await frame in inbound.messages(maxSize: Self.maximumFrame) {
                    guard case .text(let text) = frame else { continue }
                    context.heard()
                    var messages: [NewMessage] = []
                    var ending: Stop?
                    for message in IRCMessage.messages(in: text) where ending == nil {
                        switch message.command {
                        case "PING":
                            try await outbound.write(.text("PONG :\(message.parameters.last ?? "tmi.twitch.tv")"))
                        case "366", "ROOMSTATE":
                            context.connected()
                            context.setLive(true)
                        case "PRIVMSG":
                            if let chat = Self.message(message) { messages.append(chat) }
                        case "RECONNECT":
                            ending = .reconnect
                        case "NOTICE":
                            if Self.isRefusal(message) { ending = .refused(message.parameters.last ?? "refused") }
                        default:
                            continue
                        }
                    }
                    do throws(VigiaError) {
                        try await context.deliver(messages)
                    } catch {
                        ending = .deliveryFailed(error)
                    }
                    if let ending {
                        stop.withLock { $0 = ending }
                        try await outbound.close(.normalClosure, reason: nil)
                        return
                    }
                }
            }
        } catch {
            if Task.isCancelled { throw VigiaError(.unavailable, "stopped") }
            if stop.withLock({ $0 }) == nil { throw VigiaError(.unavailable, "cannot reach Twitch chat") }
        }
        switch stop.withLock({ $0 }) {
        case .reconnect: return .reconnect(reason: "Twitch asked to reconnect")
        case .refused(let notice): throw VigiaError(.unavailable, "Twitch: \(notice)")
        case .deliveryFailed(let error): throw error
        case nil:
            throw VigiaError(.unavailable, Task.isCancelled ? "stopped" : "Twitch closed the connection")
        }
    }

    /// A PRIVMSG as a message: the `id` tag as client id, `tmi-sent-ts` as its time, the display name as author.
    static func message(_ message: IRCMessage) -> NewMessage? {
        guard message.parameters.count >= 2, let text = message.parameters.last else { return nil }
        let time = message.tags["tmi-sent-ts"].flatMap(Timestamp.init(acceptedText:)) ?? .now
        let displayName = message.tags["display-name"].flatMap { $0.isEmpty ? nil : $0 }
        return NewMessage(
            clientID: message.tags["id"].flatMap { $0.isEmpty ? nil : $0 }, eventTime: time,
            author: displayName ?? message.nick, text: text)
    }

    /// NOTICEs after which this connection reads nothing: a failed login, or a channel that is banned, suspended
    /// or gone. Other notices (slow mode, hosting) are information only.
    private static func isRefusal(_ message: IRCMessage) -> Bool {
        let refusals: Set = ["msg_banned", "msg_channel_suspended", "msg_channel_blocked", "tos_ban", "invalid_user"]
        if let id = message.tags["msg-id"], refusals.contains(id) { return true }
        let text = (message.parameters.last ?? "").lowercased()
        return text.contains("login authentication failed") || text.contains("improperly formatted auth")
            || text.contains("banned") || text.contains("suspended")
    }
}
