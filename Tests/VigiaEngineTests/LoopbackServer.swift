import Hummingbird
import Logging
import VigiaEngine

/// A real HTTP server on a free loopback port for the duration of `body`, with the routes `build` adds: what the
/// receivers' tests send to.
func withLoopbackServer(
    _ build: (Router<BasicRequestContext>) -> Void, _ body: (_ base: String) async throws -> Void
) async throws {
    let router = Router()
    build(router)
    let (ports, port) = AsyncStream.makeStream(of: Int.self)
    // Stopping it at the end of a test closes its connections, which it would report as errors.
    var logger = Logger(label: "loopback")
    logger.logLevel = .critical
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { port.yield($0.localAddress?.port ?? 0) }, logger: logger)
    let server = Task { try await app.runService() }
    defer { server.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let bound = await iterator.next() else { return }
    try await body("http://127.0.0.1:\(bound)")
}

extension Router<BasicRequestContext> {
    /// A receiver that takes every POST to `path` (200) and hands `record` its body.
    func acceptPosts(at path: String, _ record: @escaping @Sendable (String) -> Void) {
        post(RouterPath(path)) { request, _ -> Response in
            record(String(buffer: try await request.body.collect(upTo: 1 << 20)))
            return Response(status: .ok)
        }
    }
}

extension AlertDelivery {
    /// A delivery to the loopback test servers: 127.0.0.1 is allowed, as an on-premise receiver would be.
    static func toLoopback(timeout: Duration = .seconds(2)) -> AlertDelivery {
        AlertDelivery(timeout: timeout, addresses: .loopback)
    }
}

extension OutboundAddressPolicy {
    static let loopback = try! OutboundAddressPolicy(allowing: ["127.0.0.1"])
}
