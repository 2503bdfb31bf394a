import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import Synchronization
import Testing
import VigiaCore
import VigiaML
import VigiaTesting

@testable import VigiaEngine

/// The whole chain, as a user runs it: `vigia serve` reads a YouTube live chat (a local server replaying a recorded
/// match in the Data API's format), opens an incident when the audio fails, and a webhook is told; the server is
/// killed with SIGKILL mid-incident and started again, and the webhook still hears of the incident's end, and of
/// nothing twice.
@Suite(.serialized) struct EndToEndAlertingTests {
    static let secret = "segredo-do-webhook-123"

    /// What the webhook received: each body, when, and whether its signature held.
    final class Webhook: Sendable {
        let received = Mutex<[(body: String, at: ContinuousClock.Instant, signed: Bool)]>([])

        var notifications: [[String: Any]] {
            received.withLock { $0.map(\.body) }.map {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
            }
        }

        /// Each notification as (status, [(incident, status)]): two equal ones are the same thing told twice.
        var told: [String] {
            notifications.map { body in
                let alerts = (body["alerts"] as? [[String: Any]] ?? []).map {
                    "\(($0["labels"] as? [String: String])?["incident"] ?? "?"):\($0["status"] as? String ?? "?")"
                }
                return "\(body["groupKey"] as? String ?? "?") \(alerts.sorted().joined(separator: ","))"
            }
        }
    }

    @Test func aReplayedLiveChatsAudioOutageReachesTheWebhookOnceAcrossAKill() async throws {
        let match = try MatchScenario(seed: 7).messages()
        let startMinute: Int64 = 29
        let speed = 2.0
        let chat = match.map {
            YouTubeReplayServer.ChatMessage(
                id: $0.id, at: .milliseconds($0.time.milliseconds - MatchScenario.kickOff.milliseconds),
                author: $0.author, text: $0.text)
        }.filter { $0.at < .seconds(37 * 60) }
        let pollingMillis = 2_000
        let youtube = YouTubeReplayServer(
            messages: chat, pollingIntervalMillis: pollingMillis, startOffset: .seconds(startMinute * 60),
            speed: speed, live: true)
        let webhook = Webhook()
        try await withLoopbackServer({ router in
            youtube.register(on: router)
            router.post("hook") { request, _ -> Response in
                let text = String(buffer: try await request.body.collect(upTo: 1 << 20))
                let signed =
                    request.headers[.init("x-vigia-signature")!]
                    == AlertReceiver.signature(of: text, secret: Self.secret)
                webhook.received.withLock { $0.append((text, .now, signed)) }
                return Response(status: .ok)
            }
        }) { base in
            let directory = try TemporaryDirectory()
            let data = directory.path("data")
            try Self.provideModels(in: data)
            let environment = [
                "STORE_KIND": "sqlite", "STORE_SQLITE_PATH": directory.path("vigia.sqlite"),
                "YOUTUBE_API_BASE_URL": base + "/youtube/v3", "ALERTS_ALLOWED_ADDRESSES": "127.0.0.1",
            ]
            var server = try await ServerProcess.start(
                data: data, environment: environment, log: directory.path("serve.log"))
            Self.keepModels(from: data)
            var api = APIClient(base: server.url)
            try await api.register()
            let stream = try await api.call(.POST, "/streams", #"{"name":"Final","kind":"chat"}"#)["id"] as? String
            let streamID = try #require(stream)
            // Set up as a person on duty would, with the commands.
            let asAdmin = ["VIGIA_URL": server.url, "VIGIA_TOKEN": api.token]
            func vigia(_ arguments: [String]) async throws -> String {
                let outcome = try await VigiaProcess.running(arguments, environment: asAdmin)
                #expect(outcome.status == 0, "vigia \(arguments.joined(separator: " ")): \(outcome.stderr)")
                return outcome.stdout
            }
            _ = try await vigia([
                "receivers", "add", "webhook", "plantao", "--webhook-url", base + "/hook", "--secret", Self.secret,
            ])
            _ = try await vigia([
                "routes", "add", "audio", "--receiver", "plantao", "--label", "audio", "--group-wait", "0",
                "--group-interval", "5",
            ])
            // The stream's recent past, as a live chat has one: the detector judges the outage against it.
            let now = Timestamp.now.milliseconds
            let past = chat.filter { $0.at >= .seconds((startMinute - 6) * 60) && $0.at < .seconds(startMinute * 60) }
            let lines = past.map { message in
                let ts = now - Int64(((.seconds(startMinute * 60) - message.at) / speed).inMilliseconds)
                return
                    #"{"id":\#(JSONText.string(message.id)),"ts":\#(ts),"author":\#(JSONText.string(message.author)),"text":\#(JSONText.string(message.text))}"#
            }
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: directory.path("past.jsonl"), atomically: true, encoding: .utf8)
            let ingested = try await vigia(["ingest", "--stream", streamID, directory.path("past.jsonl")])
            #expect(ingested.hasPrefix("ingested \(past.count) messages into \(streamID) (\(past.count) new"))
            let added = try await vigia([
                "sources", "add", "youtube", "--stream", streamID, "--name", "final-youtube", "--video",
                "https://www.youtube.com/watch?v=vigiaLive01", "--api-key", "AIza-teste",
            ])
            #expect(added.contains("final-youtube") && !added.contains("AIza-teste"))
            let started = ContinuousClock.now
            // The outage's first messages are served this long after the replay starts.
            let outageServed = started + .seconds(Double((30 - startMinute) * 60) / speed)

            /// What the server saw, for a failure's message.
            func diagnosis() async -> String {
                var lines: [String] = []
                for path in [
                    "/sources", "/streams/\(streamID)/incidents", "/notifications",
                    "/streams/\(streamID)/messages?limit=2",
                ] {
                    let answer = (try? await api.call(.GET, path)) ?? [:]
                    let text = (try? JSONSerialization.data(withJSONObject: answer)).map {
                        String(decoding: $0, as: UTF8.self)
                    }
                    lines.append("\(path): \(text ?? "?")".prefix(1500).description)
                }
                lines.append("youtube requests: \(youtube.requests.suffix(2))")
                lines.append("webhook: \(webhook.told)")
                let log = (try? String(contentsOfFile: directory.path("serve.log"), encoding: .utf8)) ?? ""
                lines.append("server log: \(log.suffix(3000))")
                return lines.joined(separator: "\n")
            }
            guard let firing = try? await Self.until(.seconds(150), { webhook.notifications.first }) else {
                Issue.record("no notification:\n\(await diagnosis())")
                server.kill()
                return
            }
            let firstAt = webhook.received.withLock { $0[0].at }
            let delay = firstAt - outageServed
            print("E2E: the webhook heard of the outage \(delay) after its first messages were served")
            #expect(delay < .seconds(60), "the outage was told \(delay) after it began")
            #expect(firing["status"] as? String == "firing")
            let alert = try #require((firing["alerts"] as? [[String: Any]])?.first)
            #expect((alert["labels"] as? [String: String])?["label"] == "audio.sem_som")

            // Killed mid-incident, then started again on the same data.
            server.kill()
            server = try await ServerProcess.start(
                data: data, environment: environment, log: directory.path("serve.log"))
            api = APIClient(base: server.url, token: api.token)
            guard
                let resolved = try? await Self.until(
                    .seconds(420), { webhook.notifications.first { $0["status"] as? String == "resolved" } })
            else {
                Issue.record("no resolution:\n\(await diagnosis())")
                server.kill()
                return
            }
            #expect((resolved["alerts"] as? [[String: Any]])?.count == 1)
            // Quiet for two group intervals: nothing more comes.
            try await Task.sleep(for: .seconds(12))
            server.kill()

            let told = webhook.told
            #expect(Set(told).count == told.count, "told twice: \(told)")
            #expect(told.count == 2, "\(told)")
            #expect(webhook.received.withLock { $0.allSatisfy(\.signed) })
            #expect(youtube.requests.allSatisfy { $0.contains("key=AIza-teste") })
        }
    }

    /// Waits for `found` to give a value, polling; throws after `limit`.
    static func until<T>(_ limit: Duration, _ found: () -> T?) async throws -> T {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let value = found() { return value }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw VigiaError(.unavailable, "nothing after \(limit)")
    }

    /// Built-in models take minutes to train in a debug build: they are trained once and kept for every run.
    static let modelCache = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-test-models").path

    static func provideModels(in data: String) throws {
        let models = (data as NSString).appendingPathComponent("models")
        try FileManager.default.createDirectory(atPath: models, withIntermediateDirectories: true)
        for file in (try? FileManager.default.contentsOfDirectory(atPath: modelCache)) ?? [] {
            try FileManager.default.copyItem(
                atPath: (modelCache as NSString).appendingPathComponent(file),
                toPath: (models as NSString).appendingPathComponent(file))
        }
    }

    static func keepModels(from data: String) {
        let models = (data as NSString).appendingPathComponent("models")
        try? FileManager.default.createDirectory(atPath: modelCache, withIntermediateDirectories: true)
        for file in (try? FileManager.default.contentsOfDirectory(atPath: models)) ?? [] {
            let kept = (modelCache as NSString).appendingPathComponent(file)
            if !FileManager.default.fileExists(atPath: kept) {
                try? FileManager.default.copyItem(
                    atPath: (models as NSString).appendingPathComponent(file), toPath: kept)
            }
        }
    }
}

/// `vigia serve` as a child process on a free port.
struct ServerProcess {
    let process: Process
    let url: String

    static func start(data: String, environment: [String: String], log: String) async throws -> ServerProcess {
        let process = Process()
        process.executableURL = VigiaProcess.executable
        process.arguments = ["serve", "--port", "0", "--data-dir", data]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        if !FileManager.default.fileExists(atPath: log) {
            _ = FileManager.default.createFile(atPath: log, contents: nil)
        }
        let logFile = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try logFile.seekToEnd()
        process.standardError = logFile
        try process.run()
        let reading = output.fileHandleForReading
        let line = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<String, any Error>) in
            Thread {
                var text = ""
                while !text.contains("\n") {
                    let chunk = reading.availableData
                    if chunk.isEmpty { break }
                    text += String(decoding: chunk, as: UTF8.self)
                }
                if text.contains("listening on ") {
                    continuation.resume(returning: text)
                } else {
                    continuation.resume(throwing: VigiaError(.io, "vigia serve did not start: \(text)"))
                }
            }.start()
        }
        let address = line.components(separatedBy: "listening on ").last?.split(separator: "\n").first ?? ""
        return ServerProcess(process: process, url: String(address))
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// Calls a test server's API as its first admin.
final class APIClient: Sendable {
    let base: String
    private let bearer: Mutex<String>

    init(base: String, token: String = "") {
        self.base = base
        bearer = Mutex(token)
    }

    var token: String { bearer.withLock { $0 } }

    func register() async throws {
        let body = #"{"email":"ana@acme.com","password":"segredo123","tenant":"acme"}"#
        let answer = try await send(.POST, base + "/auth/register", body)
        bearer.withLock { $0 = answer["token"] as? String ?? "" }
    }

    func call(_ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> [String: Any] {
        try await send(method, base + "/api/v1" + path, body)
    }

    private func send(_ method: HTTPMethod, _ url: String, _ body: String?) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "content-type", value: "application/json")
        if !token.isEmpty { request.headers.add(name: "authorization", value: "Bearer " + token) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let answer = try await response.body.collect(upTo: 1 << 22)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw VigiaError(.io, "\(method) \(url) answered \(response.status.code): \(String(buffer: answer))")
        }
        return (try? JSONSerialization.jsonObject(with: Data(buffer: answer))) as? [String: Any] ?? [:]
    }
}
