import Synchronization
import Testing
import VigiaCore

@testable import VigiaEngine

/// The Twitch source against a local server speaking Twitch's IRC over WebSocket: the anonymous login in order,
/// PING answered, PRIVMSGs with their tags (escaped ones too, several in a frame) delivered, and a new connection
/// after RECONNECT or a dropped one.
@Suite struct TwitchSourceTests {
    static let definition = SourceDefinition(
        name: "twitch", stream: StreamID("final"), kind: .twitch, twitch: .init(channel: "canal"))

    /// Reads the client's four login lines and confirms the login and the JOIN as Twitch does.
    static func login(_ connection: TwitchChatServer.Connection) async throws -> [String] {
        var lines: [String] = []
        for _ in 0..<4 { lines.append(try await connection.receive() ?? "") }
        try await connection.send(
            ":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands",
            ":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!")
        try await connection.send(
            ":justinfan1!justinfan1@justinfan1.tmi.twitch.tv JOIN #canal",
            ":justinfan1.tmi.twitch.tv 353 justinfan1 = #canal :justinfan1",
            ":justinfan1.tmi.twitch.tv 366 justinfan1 #canal :End of /NAMES list")
        return lines
    }

    static func privmsg(id: String, nick: String, text: String, displayName: String? = nil) -> String {
        "@badge-info=;badges=;color=#1E90FF;display-name=\(displayName ?? nick);emotes=;first-msg=0;flags=;id=\(id);"
            + "mod=0;room-id=1234;subscriber=0;tmi-sent-ts=1795000000123;turbo=0;user-id=5678;user-type= "
            + ":\(nick)!\(nick)@\(nick).tmi.twitch.tv PRIVMSG #canal :\(text)"
    }

    /// Waits until the client closes its side.
    static func drain(_ connection: TwitchChatServer.Connection) async throws {
        while try await connection.receive() != nil {}
    }

    @Test func theClientLogsInAnswersPingsAndDeliversTaggedMessages() async throws {
        let seen = Mutex<(login: [String], pong: String?)>(([], nil))
        let server = TwitchChatServer([
            { connection in
                let lines = try await Self.login(connection)
                try await connection.send("PING :tmi.twitch.tv")
                let pong = try await connection.receive()
                seen.withLock { $0 = (lines, pong) }
                try await connection.send(
                    Self.privmsg(id: "a1", nick: "ana", text: "sem áudio aqui", displayName: #"Ana\sMaria\:\\x"#),
                    Self.privmsg(id: "b2", nick: "bia", text: "travando :( tudo", displayName: ""))
                try await Self.drain(connection)
            }
        ])
        try await server.serve { url in
            let harness = SourceHarness(settings: SourceHarness.settings(twitch: url))
            try await harness.run {
                harness.supervisor.start(Self.definition, tenant: SourceHarness.tenant)
                try await harness.waitForMessages(2)
                #expect(harness.status("twitch")?.state == .connected)
            }
            let (login, pong) = seen.withLock { $0 }
            #expect(login.count == 4)
            #expect(login.first == "CAP REQ :twitch.tv/tags twitch.tv/commands")
            #expect(login.dropFirst().first == "PASS SCHMOOPIIE")
            let nick = login.count > 2 ? login[2] : ""
            #expect(nick.hasPrefix("NICK justinfan") && nick.dropFirst(14).allSatisfy(\.isNumber) && nick.count > 14)
            #expect(login.last == "JOIN #canal")
            #expect(pong == "PONG :tmi.twitch.tv")
            let messages = harness.messages
            #expect(messages.map(\.clientID) == ["a1", "b2"])
            #expect(messages.map(\.author) == [#"Ana Maria;\x"#, "bia"])
            #expect(messages.map(\.text) == ["sem áudio aqui", "travando :( tudo"])
            #expect(messages.allSatisfy { $0.eventTime == Timestamp(milliseconds: 1_795_000_000_123) })
        }
    }

    @Test func reconnectAndADroppedConnectionLeadToANewConnectionThatGoesOn() async throws {
        let server = TwitchChatServer([
            { connection in
                _ = try await Self.login(connection)
                try await connection.send(Self.privmsg(id: "a", nick: "ana", text: "um"), ":tmi.twitch.tv RECONNECT")
                try await Self.drain(connection)
            },
            { connection in
                _ = try await Self.login(connection)
                try await connection.send(Self.privmsg(id: "b", nick: "ana", text: "dois"))
                // Returning drops the connection without a word.
            },
            { connection in
                _ = try await Self.login(connection)
                try await connection.send(Self.privmsg(id: "c", nick: "ana", text: "três"))
                try await Self.drain(connection)
            },
        ])
        try await server.serve { url in
            var settings = SourceHarness.settings(twitch: url)
            settings.initialBackoff = .milliseconds(400)
            settings.maximumBackoff = .seconds(1)
            let harness = SourceHarness(settings: settings)
            try await harness.run {
                harness.supervisor.start(Self.definition, tenant: SourceHarness.tenant)
                try await harness.waitForMessages(2)
                try await harness.waitForState(.error, source: "twitch")
                #expect(harness.status("twitch")?.reason == "Twitch closed the connection")
                #expect(harness.status("twitch")?.retryAt != nil)
                try await harness.waitForMessages(3)
                try await harness.waitForState(.connected, source: "twitch")
            }
            #expect(harness.messages.map(\.clientID) == ["a", "b", "c"])
            #expect(server.connectionCount == 3)
        }
    }

    @Test func aJoinedChannelSilentPastTheWatchdogIsLaggingAndReconnected() async throws {
        let server = TwitchChatServer([
            { connection in
                _ = try await Self.login(connection)
                try await Self.drain(connection)
            },
            { connection in
                _ = try await Self.login(connection)
                try await connection.send(Self.privmsg(id: "depois", nick: "ana", text: "voltou"))
                try await Self.drain(connection)
            },
        ])
        try await server.serve { url in
            var definition = Self.definition
            definition.watchdogSeconds = 1
            let harness = SourceHarness(settings: SourceHarness.settings(twitch: url))
            try await harness.run {
                harness.supervisor.start(definition, tenant: SourceHarness.tenant)
                // State and reason read together: the reconnection that follows may change both at once.
                try await harness.waitUntil("twitch is lagging, with its reason") {
                    let status = harness.status("twitch")
                    return status?.state == .lagging && status?.reason?.hasPrefix("no sign of life for 1 s") == true
                }
                try await harness.waitForMessages(1)
                harness.supervisor.stop(source: "twitch", tenant: SourceHarness.tenant)
                #expect(harness.status("twitch")?.state == .stopped)
            }
            #expect(harness.messages.map(\.clientID) == ["depois"])
            // At least one new connection; a starved test run may see the new one fall silent past 1 s as well.
            #expect(server.connectionCount >= 2)
        }
    }

    @Test func ircLinesAreParsedWithTagsPrefixAndTrailing() throws {
        let message = try #require(
            IRCMessage(line: #"@id=x;display-name=A\sB\\C\rD\nE;empty :nick!user@host PRIVMSG #canal :oi : tudo"#))
        #expect(message.tags == ["id": "x", "display-name": "A B\\C\rD\nE", "empty": ""])
        #expect(message.prefix == "nick!user@host")
        #expect(message.nick == "nick")
        #expect(message.command == "PRIVMSG")
        #expect(message.parameters == ["#canal", "oi : tudo"])
        #expect(
            IRCMessage.messages(in: "PING :tmi.twitch.tv\r\n:tmi.twitch.tv RECONNECT\r\n").map(\.command) == [
                "PING", "RECONNECT",
            ])
    }
}
