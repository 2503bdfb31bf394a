import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdWSClient
import Logging
import NIOCore
import Synchronization
import VigiaCore
import VigiaEngine
import VigiaML
import VigiaServer

struct BenchHTTPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http",
        abstract: "Messages per second through the HTTP API: batches posted, committed to SQLite, detected.",
        discussion: """
            Starts the server in process on a free loopback port, over a new SQLite database (a temporary file) and \
            the built-in model; registers a tenant, creates the streams and an ingest API key through the API; then \
            clients post JSON batches concurrently, each waiting for its answer (sent after the commit). Reports \
            committed messages per second and the latency of the posts.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Messages to send (rounded up to whole batches for each client).")
    var messages = 500_000

    @Option(help: "Messages per POST.")
    var batch = 1_000

    @Option(help: "Clients posting at once (each to its own stream).")
    var clients = 8

    @Flag(help: "Send the batches as JSON Lines frames on the ingest WebSocket instead of POSTs.")
    var websocket = false

    @Flag(help: "Print one JSON object (msgs_per_s, p50_ms, p99_ms, …).")
    var json = false

    func validate() throws {
        guard messages > 0, batch > 0, clients > 0 else {
            throw ValidationError("--messages, --batch and --clients must be positive")
        }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let model = try modelOptions.load()
            var generator = try SyntheticDataGenerator(taxonomy: model.taxonomy, seed: 11)
            let texts = generator.generate(count: 20_000).map(\.text)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-bench-\(UUID())")
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try StoreOptions.openSQLite(path: directory.appendingPathComponent("http.sqlite").path)
            var logger = Logger(label: "vigia.bench")
            // Stopping the server at the end cancels its connections, which it reports as errors.
            logger.logLevel = .critical
            let hub = EventHub()
            let pipeline = Pipeline(
                store: store, models: ModelCatalog(builtIn: [.init(model)]), logger: logger,
                onEvents: { hub.publish($0, $1) })
            let api = VigiaAPI(
                store: store, pipeline: pipeline, hub: hub,
                tokens: await TokenIssuer(secret: String(repeating: "b", count: 48)))
            let (ports, port) = AsyncStream.makeStream(of: Int.self)
            let app = buildApplication(api: api, host: "127.0.0.1", port: 0, logger: logger) { port.yield($0) }
            let figures: Figures
            do {
                figures = try await withThrowingTaskGroup(of: Figures?.self) { group in
                    group.addTask {
                        try await app.run()
                        return nil
                    }
                    var iterator = ports.makeAsyncIterator()
                    guard let bound = await iterator.next() else { throw VigiaError(.io, "the server did not start") }
                    let figures = try await drive(port: bound, texts: texts, taxonomy: model.taxonomy.name)
                    group.cancelAll()
                    return figures
                }!
            } catch let error as VigiaError {
                throw error
            } catch {
                throw VigiaError(.io, "\(error)")
            }
            report(figures)
        }
    }

    struct Figures {
        let committed: Int
        let seconds: Double
        let latencies: [Double]
    }

    /// Sets up a tenant through the API, then posts every batch; returns what was committed and how fast.
    private func drive(port: Int, texts: [String], taxonomy: String) async throws -> Figures {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = client.shutdown() }
        let base = "http://127.0.0.1:\(port)"
        let admin =
            try await APIRequest.send(
                client, .POST, base + "/auth/register",
                #"{"email":"bench@vigia.local","password":"bench-password","tenant":"bench"}"#
            )["token"] as? String ?? ""
        let key =
            try await APIRequest.send(
                client, .POST, base + "/api/v1/keys", #"{"name":"bench","role":"ingest"}"#, token: admin)[
                "key"] as? String ?? ""
        var streams: [String] = []
        for index in 0..<clients {
            streams.append(
                try await APIRequest.send(
                    client, .POST, base + "/api/v1/streams",
                    #"{"name":"bench \#(index)","kind":"chat","taxonomies":["\#(taxonomy)"]}"#,
                    token: admin)["id"] as? String ?? "")
        }
        let (messages, batch, clients) = (self.messages, self.batch, self.clients)
        let ingestStreams = streams
        // Bodies made before the clock starts: the bench measures the server, not the encoding.
        let bodies = (0..<16).map { variant in
            ByteBuffer(
                string: "["
                    + (0..<batch).map { index in
                        "{\"text\":" + JSONText.string(texts[(variant * batch + index) % texts.count]) + "}"
                    }.joined(separator: ",") + "]")
        }
        let frames = (0..<16).map { variant in
            (0..<batch).map { index in
                "{\"text\":" + JSONText.string(texts[(variant * batch + index) % texts.count]) + "}"
            }.joined(separator: "\n")
        }
        let websocket = self.websocket
        let started = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for index in 0..<clients {
                if websocket {
                    group.addTask {
                        try await Self.sendFrames(
                            frames,
                            url: "ws://127.0.0.1:\(port)/api/v1/streams/\(ingestStreams[index])/ingest?token=\(key)",
                            count: messages / clients + (index < messages % clients ? 1 : 0), batch: batch,
                            offset: index)
                    }
                    continue
                }
                group.addTask {
                    var sent = 0
                    var latencies: [Double] = []
                    let share = messages / clients + (index < messages % clients ? 1 : 0)
                    var round = 0
                    while sent < share {
                        var request = HTTPClientRequest(url: base + "/api/v1/streams/\(ingestStreams[index])/messages")
                        request.method = .POST
                        request.headers.add(name: "content-type", value: "application/json")
                        request.headers.add(name: "authorization", value: "Bearer " + key)
                        request.body = .bytes(bodies[(index + round) % bodies.count])
                        let posted = ContinuousClock.now
                        let response = try await client.execute(request, timeout: .seconds(60))
                        let body = try await response.body.collect(upTo: 1 << 24)
                        guard response.status == .ok else {
                            throw VigiaError(.io, "POST answered \(response.status.code): \(String(buffer: body))")
                        }
                        latencies.append((ContinuousClock.now - posted).inMilliseconds)
                        sent += batch
                        round += 1
                    }
                    return (sent, latencies)
                }
            }
            return try await group.reduce(into: (0, [Double]())) {
                $0.0 += $1.0; $0.1 += $1.1
            }
        }
        return Figures(
            committed: results.0, seconds: (ContinuousClock.now - started).inSeconds, latencies: results.1.sorted())
    }

    /// One client of the ingest WebSocket: a frame, its answer, the next frame.
    private static func sendFrames(
        _ frames: [String], url: String, count: Int, batch: Int, offset: Int
    ) async throws -> (Int, [Double]) {
        let outcome = Mutex<(Int, [Double])>((0, []))
        var logger = Logger(label: "vigia.bench.ws")
        logger.logLevel = .critical
        try await WebSocketClient.connect(url: url, configuration: .init(maxFrameSize: 1 << 24), logger: logger) {
            inbound, outbound, _ in
            var answers = inbound.messages(maxSize: 1 << 24).makeAsyncIterator()
            var sent = 0
            var round = 0
            while sent < count {
                let posted = ContinuousClock.now
                try await outbound.write(.text(frames[(offset + round) % frames.count]))
                let answer = try await answers.next()
                guard case .text(let text) = answer, text.hasPrefix("{\"accepted\"") else {
                    throw VigiaError(.io, "the ingest socket answered \(String(describing: answer))")
                }
                let latency = (ContinuousClock.now - posted).inMilliseconds
                outcome.withLock { $0.1.append(latency) }
                sent += batch
                round += 1
            }
            outcome.withLock { $0.0 = sent }
            try await outbound.close(.normalClosure, reason: nil)
        }
        return outcome.withLock { $0 }
    }

    private func report(_ figures: Figures) {
        let rate = Double(figures.committed) / figures.seconds
        func percentile(_ p: Double) -> Double {
            figures.latencies.isEmpty
                ? 0 : figures.latencies[min(figures.latencies.count - 1, Int(Double(figures.latencies.count) * p))]
        }
        let unit = websocket ? "frame" : "POST"
        if json {
            print(
                "{\"transport\":\"\(websocket ? "websocket" : "http")\",\"msgs_per_s\":\(Int(rate)),\"messages\":\(figures.committed),\"batch\":\(batch),"
                    + "\"clients\":\(clients),\"seconds\":\(String(format: "%.2f", figures.seconds)),"
                    + "\"p50_ms\":\(String(format: "%.1f", percentile(0.5))),"
                    + "\"p99_ms\":\(String(format: "%.1f", percentile(0.99)))}")
            return
        }
        print(
            """
            committed    \(figures.committed) messages in \(String(format: "%.2f", figures.seconds)) s (\(clients) clients, \(batch) per \(unit))
            throughput   \(Int(rate)) msgs/s over \(websocket ? "the ingest WebSocket" : "HTTP") (parse, redact, classify, commit to SQLite, detect)
            latency      p50 \(String(format: "%.1f", percentile(0.5))) ms, p99 \(String(format: "%.1f", percentile(0.99))) ms per \(unit)
            """)
    }
}
