import NIOCore
import NIOHTTPTypes

/// The first handler of every connection, on its raw bytes: a client must finish its first request head within
/// `headTimeout` (slow headers hold no connection open), and no request line or head may pass its size limit (the
/// client is answered 414 or 431 and the connection closed). Later heads on a kept-alive connection are counted
/// too, between the end of one request and the next head (``RequestBoundaries`` says where those are); their wait
/// is the server's idle timeout's.
final class RequestHeadGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    struct Limits: Sendable {
        /// Bytes of a request line (method, target, version), and of a whole head.
        var requestLine = 16 * 1024
        var head = 64 * 1024
        /// How long a new connection has to send its first complete head.
        var headTimeout: TimeAmount = .seconds(10)
    }

    private enum State {
        /// Reading a head: its bytes so far, whether its request line has ended, and the last bytes seen (to find
        /// the blank line that ends a head across reads).
        case head(bytes: Int, lineEnded: Bool, recent: UInt32)
        /// A body, a WebSocket, or anything else after a head: not looked at.
        case past
        case refused
    }

    private let limits: Limits
    private var state = State.head(bytes: 0, lineEnded: false, recent: 0)
    private var firstHeadDeadline: Scheduled<Void>?

    init(limits: Limits) { self.limits = limits }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { startFirstHeadDeadline(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        startFirstHeadDeadline(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        firstHeadDeadline?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var count, var lineEnded, var recent) = state else {
            if case .past = state { context.fireChannelRead(data) }
            return
        }
        let buffer = unwrapInboundIn(data)
        for byte in buffer.readableBytesView {
            count += 1
            recent = recent << 8 | UInt32(byte)
            if byte == UInt8(ascii: "\n") {
                lineEnded = true
                // CR LF CR LF, or a bare LF LF: the blank line that ends a head.
                if recent == 0x0D0A_0D0A || recent & 0xFFFF == 0x0A0A {
                    state = .past
                    firstHeadDeadline?.cancel()
                    firstHeadDeadline = nil
                    context.fireChannelRead(data)
                    return
                }
            }
            if !lineEnded, count > limits.requestLine {
                return refuse(context, "414 URI Too Long")
            }
            if count > limits.head {
                return refuse(context, "431 Request Header Fields Too Large")
            }
        }
        state = .head(bytes: count, lineEnded: lineEnded, recent: recent)
        context.fireChannelRead(data)
    }

    /// A request was read to its end: what comes next is a head.
    func requestEnded() {
        if case .past = state { state = .head(bytes: 0, lineEnded: false, recent: 0) }
    }

    /// The decoder read a head: what follows is its body (the blank line may have gone by uncounted).
    func headRead() {
        if case .head = state { state = .past }
    }

    private func startFirstHeadDeadline(_ context: ChannelHandlerContext) {
        guard firstHeadDeadline == nil, case .head(0, _, _) = state else { return }
        firstHeadDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: limits.headTimeout) { [self] in
            if case .head = state {
                state = .refused
                context.close(promise: nil)
            }
        }
    }

    /// Answers a head over its limit and closes: the HTTP handlers never see it.
    private func refuse(_ context: ChannelHandlerContext, _ status: String) {
        state = .refused
        firstHeadDeadline?.cancel()
        let answer = "HTTP/1.1 \(status)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: answer))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

/// Tells the connection's ``RequestHeadGuard`` where requests begin and end, from the decoded parts.
final class RequestBoundaries: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private var headGuard: RequestHeadGuard?

    func handlerAdded(context: ChannelHandlerContext) {
        headGuard = try? context.pipeline.syncOperations.handler(type: RequestHeadGuard.self)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: headGuard?.headRead()
        case .end: headGuard?.requestEnded()
        case .body: break
        }
        context.fireChannelRead(data)
    }
}
