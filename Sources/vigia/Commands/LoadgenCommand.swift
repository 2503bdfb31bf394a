import ArgumentParser
import AsyncHTTPClient
import Foundation
import HummingbirdWSClient
import Logging
import NIOCore
import NIOHTTP1
import Synchronization
import VigiaCore

struct LoadgenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loadgen",
        abstract: "Drive a running server's ingest at a steady rate and measure how soon its live events show it.",
        discussion: """
            Sends numbered messages ("carga N") to --streams new streams (or the --stream ones) at --rate messages \
            a second in batches of --batch, as POSTs or (--websocket) as frames on the ingest socket, for \
            --duration seconds. Meanwhile it listens to each stream's events socket: the time from a batch's \
            sending to the arrival of the `messages` event that shows one of its messages is the live-event \
            latency. Log in with --email and --password, or pass --token (an operator's API key or access token).
            """)

    @OptionGroup var server: ServerOptions

    @Option(help: "Streams to create and load, each with its own sender.")
    var streams = 2

    @Option(help: "Load existing streams instead of creating them (repeatable).")
    var stream: [String] = []

    @Option(help: "Messages a second, across all streams.")
    var rate = 10_000

    @Option(help: "Messages per POST or frame.")
    var batch = 100

    @Option(help: "Seconds of load.")
    var duration = 30

    @Flag(help: "Send on the ingest WebSocket instead of POSTs.")
    var websocket = false

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard rate > 0, batch > 0, duration > 0, streams > 0 else {
            throw ValidationError("--rate, --batch, --duration and --streams must be positive")
        }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            do {
                try await generateLoad()
            } catch let error as VigiaError {
                throw error
            } catch {
                throw VigiaError(.io, "\(error)")
            }
        }
    }

    /// When each batch was sent, by the number of its first message, and what the events showed.
    final class Ledger: Sendable {
        private struct State {
            var sentAt: [Int: ContinuousClock.Instant] = [:]
            var eventLatencies: [Double] = []
            var requestLatencies: [Double] = []
            var committed = 0
            var late = 0
            var listeners = 0
        }

        private let state = Mutex(State())

        /// An events socket is open: sending waits for all of them, so that no early batch goes unseen.
        func listening() { state.withLock { $0.listeners += 1 } }
        var listeners: Int { state.withLock { $0.listeners } }

        func sent(first: Int, at instant: ContinuousClock.Instant) { state.withLock { $0.sentAt[first] = instant } }

        func answered(committed: Int, after latency: Duration, late: Bool) {
            state.withLock {
                $0.committed += committed
                $0.requestLatencies.append(latency.inMilliseconds)
                if late { $0.late += 1 }
            }
        }

        /// The batch whose first message is numbered `first` showed in an event now.
        func shown(_ first: Int, at instant: ContinuousClock.Instant) {
            state.withLock { state in
                guard let sent = state.sentAt[first] else { return }
                state.eventLatencies.append((instant - sent).inMilliseconds)
            }
        }

        var figures: (committed: Int, requests: [Double], events: [Double], late: Int) {
            state.withLock { ($0.committed, $0.requestLatencies.sorted(), $0.eventLatencies.sorted(), $0.late) }
        }
    }

    private func generateLoad() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = client.shutdown() }
        let base = server.base
        let bearer = try await server.accessToken(client)
        var targets = stream
        if targets.isEmpty {
            for index in 0..<streams {
                let created = try await APIRequest.send(
                    client, .POST, base + "/api/v1/streams", #"{"name":"loadgen \#(index)","kind":"chat"}"#,
                    token: bearer)
                targets.append(created["id"] as? String ?? "")
            }
        }
        let ledger = Ledger()
        let interval = Duration.seconds(Double(batch * targets.count) / Double(rate))
        let batches = max(1, rate * duration / batch / targets.count)
        let socketBase = base.replacingOccurrences(of: "http", with: "ws", options: .anchored)
        var logger = Logger(label: "vigia.loadgen")
        logger.logLevel = .critical
        let (streams, quiet, batch, websocket) = (targets, logger, batch, websocket)
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, target) in streams.enumerated() {
                let eventsURL = socketBase + "/api/v1/streams/\(target)/events?token=\(bearer)"
                group.addTask {
                    try await WebSocketClient.connect(url: eventsURL, configuration: .init(), logger: quiet) {
                        inbound, _, _ in
                        ledger.listening()
                        for try await frame in inbound.messages(maxSize: 1 << 22) {
                            guard case .text(let text) = frame else { continue }
                            let arrived = ContinuousClock.now
                            // One measure per batch an event shows: its messages were sent and seen together.
                            let batches = Set(Self.loadNumbers(in: text).map { $0 - $0 % batch })
                            for first in batches { ledger.shown(first, at: arrived) }
                        }
                    }
                }
                let offset = index * batches * batch
                group.addTask {
                    while ledger.listeners < streams.count { try await Task.sleep(for: .milliseconds(5)) }
                    try await Self.send(
                        client, base: base, socketBase: socketBase, stream: target, token: bearer, batch: batch,
                        batches: batches, websocket: websocket, offset: offset, interval: interval, ledger: ledger)
                }
            }
            // The senders end; the listeners are stopped a moment after, once the last events came.
            var finishedSenders = 0
            while finishedSenders < streams.count {
                try await group.next()
                finishedSenders += 1
            }
            try await Task.sleep(for: .seconds(1))
            group.cancelAll()
        }
        report(ledger.figures, seconds: (ContinuousClock.now - started).inSeconds - 1, streams: targets.count)
    }

    /// One stream's sender: a batch every `interval`, on schedule (a batch that could not leave on time leaves at
    /// once and counts as late).
    private static func send(
        _ client: HTTPClient, base: String, socketBase: String, stream: String, token: String, batch: Int,
        batches: Int, websocket: Bool, offset: Int, interval: Duration, ledger: Ledger
    ) async throws {
        @Sendable func lines(_ round: Int) -> [String] {
            (0..<batch).map { index in #"{"text":"carga \#(offset + round * batch + index) sem som?"}"# }
        }
        let clock = ContinuousClock()
        let start = clock.now
        if websocket {
            let url = socketBase + "/api/v1/streams/\(stream)/ingest?token=\(token)"
            var logger = Logger(label: "vigia.loadgen.ingest")
            logger.logLevel = .critical
            try await WebSocketClient.connect(url: url, configuration: .init(maxFrameSize: 1 << 24), logger: logger) {
                inbound, outbound, _ in
                var answers = inbound.messages(maxSize: 1 << 24).makeAsyncIterator()
                for round in 0..<batches {
                    let due = start + interval * round
                    let late = clock.now > due + interval
                    try await clock.sleep(until: due)
                    let sent = clock.now
                    ledger.sent(first: offset + round * batch, at: sent)
                    try await outbound.write(.text(lines(round).joined(separator: "\n")))
                    guard case .text(let answer) = try await answers.next(), answer.hasPrefix("{\"accepted\"") else {
                        throw VigiaError(.io, "the ingest socket refused a frame")
                    }
                    ledger.answered(committed: batch, after: clock.now - sent, late: late)
                }
                try await outbound.close(.normalClosure, reason: nil)
            }
            return
        }
        for round in 0..<batches {
            let due = start + interval * round
            let late = clock.now > due + interval
            try await clock.sleep(until: due)
            let sent = clock.now
            ledger.sent(first: offset + round * batch, at: sent)
            let answer = try await APIRequest.send(
                client, .POST, base + "/api/v1/streams/\(stream)/messages",
                "[" + lines(round).joined(separator: ",") + "]", token: token)
            ledger.answered(committed: answer["accepted"] as? Int ?? 0, after: clock.now - sent, late: late)
        }
    }

    /// The numbers of the "carga N" messages a `messages` event shows.
    static func loadNumbers(in frame: String) -> [Int] {
        guard frame.contains("\"event\":\"messages\"") else { return [] }
        return frame.components(separatedBy: "\"text\":\"carga ").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }
    }

    private func report(
        _ figures: (committed: Int, requests: [Double], events: [Double], late: Int), seconds: Double, streams: Int
    ) {
        func percentile(_ values: [Double], _ p: Double) -> Double {
            values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count) * p))]
        }
        let unit = websocket ? "frame" : "POST"
        let achieved = Double(figures.committed) / seconds
        func ms(_ value: Double) -> String { String(format: "%.1f", value) }
        if json {
            print(
                "{\"transport\":\"\(websocket ? "websocket" : "http")\",\"target_msgs_per_s\":\(rate),"
                    + "\"msgs_per_s\":\(Int(achieved)),\"committed\":\(figures.committed),\"streams\":\(streams),"
                    + "\"batch\":\(batch),\"late_batches\":\(figures.late),"
                    + "\"request_p50_ms\":\(ms(percentile(figures.requests, 0.5))),"
                    + "\"request_p99_ms\":\(ms(percentile(figures.requests, 0.99))),"
                    + "\"event_samples\":\(figures.events.count),"
                    + "\"event_p50_ms\":\(ms(percentile(figures.events, 0.5))),"
                    + "\"event_p99_ms\":\(ms(percentile(figures.events, 0.99))),"
                    + "\"event_max_ms\":\(ms(figures.events.last ?? 0))}")
            return
        }
        print(
            """
            load          \(figures.committed) messages committed in \(String(format: "%.1f", seconds)) s: \(Int(achieved)) msgs/s (target \(rate)), \(streams) streams, \(batch) per \(unit), \(figures.late) batches late
            \(unit) latency  p50 \(ms(percentile(figures.requests, 0.5))) ms, p99 \(ms(percentile(figures.requests, 0.99))) ms
            live events   \(figures.events.count) batches seen on the events socket: p50 \(ms(percentile(figures.events, 0.5))) ms, p99 \(ms(percentile(figures.events, 0.99))) ms, max \(ms(figures.events.last ?? 0)) ms after sending
            """)
    }
}
