import Foundation
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import Testing
import VigiaCore

@testable import VigiaServer

#if canImport(Glibc)
    import Glibc
#endif

/// Connections cannot be held open by sending nothing, sending slowly, or sending heads too large to answer.
@Suite struct ConnectionLimitTests {
    static func channel(_ limits: RequestHeadGuard.Limits = .init()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(handler: RequestHeadGuard(limits: limits))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return channel
    }

    static func written(_ channel: EmbeddedChannel) throws -> String {
        var text = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        return text
    }

    @Test func aConnectionThatSendsNoCompleteHeadIsClosedWhenItsTimeIsUp() throws {
        let silent = try Self.channel()
        silent.embeddedEventLoop.advanceTime(by: .seconds(9))
        #expect(silent.isActive)
        silent.embeddedEventLoop.advanceTime(by: .seconds(1))
        #expect(!silent.isActive)

        // One byte a second keeps no connection: the whole head is due ten seconds after it opened.
        let slow = try Self.channel()
        var sent = 0
        for byte in "GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: slow\r\n".utf8 where slow.isActive {
            try slow.writeInbound(ByteBuffer(bytes: [byte]))
            slow.embeddedEventLoop.advanceTime(by: .seconds(1))
            sent += 1
        }
        #expect(!slow.isActive && sent == 10)
    }

    @Test func aCompleteHeadIsPassedOnAndNothingAfterItIsTimedOrCounted() throws {
        let channel = try Self.channel()
        try channel.writeInbound(ByteBuffer(string: "POST /x HTTP/1.1\r\nContent-Length: 70000\r\n\r\n"))
        try channel.writeInbound(ByteBuffer(string: String(repeating: "a", count: 70_000)))
        channel.embeddedEventLoop.advanceTime(by: .seconds(3600))
        #expect(channel.isActive)
        var passed = 0
        while let buffer = try channel.readInbound(as: ByteBuffer.self) { passed += buffer.readableBytes }
        #expect(passed == 43 + 70_000)
        // The next head on the connection is counted again.
        let handler = try channel.pipeline.syncOperations.handler(type: RequestHeadGuard.self)
        handler.requestEnded()
        try channel.writeInbound(ByteBuffer(string: "GET /" + String(repeating: "b", count: 17_000)))
        #expect(try Self.written(channel).hasPrefix("HTTP/1.1 414 URI Too Long\r\n"))
        #expect(!channel.isActive)
    }

    @Test func tooLongARequestLineIs414AndTooLargeAHeadIs431() throws {
        let longLine = try Self.channel()
        try longLine.writeInbound(
            ByteBuffer(string: "GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\n"))
        #expect(
            try Self.written(longLine) == "HTTP/1.1 414 URI Too Long\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        #expect(try !longLine.isActive && longLine.readInbound(as: ByteBuffer.self) == nil)

        let bigHead = try Self.channel()
        for header in 0..<100 {
            try bigHead.writeInbound(
                ByteBuffer(string: "X-Filler-\(header): " + String(repeating: "f", count: 1000) + "\r\n"))
        }
        #expect(try Self.written(bigHead).hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        #expect(!bigHead.isActive)
    }

    /// The probe's request line of over 100 kB, to a running server on loopback: answered at once, and the server
    /// goes on serving.
    @Test func aRunningServerAnswersOversizedHeadsAtOnce() async throws {
        try await ServerTests().withApp(.live) { client, _ in
            let port = try #require(client.port)
            let line = try Self.exchange(
                port, "GET /health?" + String(repeating: "a", count: 110_000) + " HTTP/1.1\r\n")
            #expect(line.hasPrefix("HTTP/1.1 414"), "\(line.prefix(80))")
            let head = try Self.exchange(
                port,
                "GET /health HTTP/1.1\r\n"
                    + String(repeating: "X-A: \(String(repeating: "b", count: 900))\r\n", count: 80))
            #expect(head.hasPrefix("HTTP/1.1 431"), "\(head.prefix(80))")
            let fine = try Self.exchange(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect(fine.hasPrefix("HTTP/1.1 200"), "\(fine.prefix(80))")
        }
    }

    /// Sends `request` on a new loopback connection and reads what comes back until the server closes it (at most
    /// 60 s of silence: a failure, not a hang; in a full test run CPU-bound suites may hold the threads that run
    /// the route for many seconds).
    static func exchange(_ port: Int, _ request: String) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw VigiaError(.io, "cannot connect to 127.0.0.1:\(port)") }
        // The server may answer and close before it has read all of a refused head: a failed send is fine.
        _ = Array(request.utf8).withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
