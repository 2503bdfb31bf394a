import Hummingbird
import HummingbirdWebSocket
import Logging
import Synchronization

/// A Twitch chat server on a free loopback port, speaking IRC over WebSocket the way `irc-ws.chat.twitch.tv` does.
/// Each connection runs the next script of `scripts` (the last one again when they run out), which reads the
/// client's lines and writes frames.
final class TwitchChatServer: Sendable {
    /// One client connection, as a script sees it.
    final class Connection: @unchecked Sendable {
        // Used by the one task serving the connection only; the class exists to hand the iterator around.
        private var lines: [String] = []
        private var frames: WebSocketInboundMessageStream.AsyncIterator
        private let outbound: WebSocketOutboundWriter

        init(_ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter) {
            frames = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
            self.outbound = outbound
        }

        /// The client's next line, nil once it closed.
        func receive() async throws -> String? {
            while lines.isEmpty {
                guard let frame = try await frames.next() else { return nil }
                if case .text(let text) = frame {
                    lines += text.split(whereSeparator: \.isNewline).map(String.init)
                }
            }
            return lines.removeFirst()
        }

        /// Sends one frame holding `lines`, each ended by CRLF as Twitch does.
        func send(_ lines: String...) async throws {
            try await outbound.write(.text(lines.map { $0 + "\r\n" }.joined()))
        }
    }

    typealias Script = @Sendable (Connection) async throws -> Void

    private let scripts: [Script]
    private let connections = Mutex(0)

    init(_ scripts: [Script]) { self.scripts = scripts }

    var connectionCount: Int { connections.withLock { $0 } }

    /// Serves while `body` runs; `body` gets the server's `ws://` URL.
    func serve(_ body: (String) async throws -> Void) async throws {
        let router = Router(context: BasicWebSocketRequestContext.self)
        router.ws("/") { inbound, outbound, _ in
            let index = self.connections.withLock { count in
                defer { count += 1 }
                return count
            }
            try await self.scripts[min(index, self.scripts.count - 1)](Connection(inbound, outbound))
        }
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "twitch-loopback")
        logger.logLevel = .critical
        let app = Application(
            router: router, server: .http1WebSocketUpgrade(webSocketRouter: router),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { port.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else { return }
        try await body("ws://127.0.0.1:\(bound)/")
    }
}
