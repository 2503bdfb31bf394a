import AsyncHTTPClient
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing
import VigiaCore
import VigiaEngine

/// A ``SourceSupervisor`` running for the duration of a test, with what it delivered kept in order and helpers
/// that wait for a status or a number of messages (failing the test when they do not come within `patience`).
final class SourceHarness: Sendable {
    static let tenant = TenantID("acme")

    /// What the pipeline was handed, and how many deliveries it still refuses (to test that a refused delivery
    /// loses nothing).
    private final class Pipeline: Sendable {
        let delivered = Mutex<[NewMessage]>([])
        let refusals: Mutex<Int>

        init(refusals: Int) { self.refusals = Mutex(refusals) }

        func deliver(_ messages: [NewMessage]) throws(VigiaError) {
            let refuse = refusals.withLock { left in
                defer { left = max(0, left - 1) }
                return left > 0
            }
            if refuse { throw VigiaError(.unavailable, "the pipeline is full") }
            delivered.withLock { $0.append(contentsOf: messages) }
        }
    }

    let checkpoints: InMemorySourceCheckpoints
    let supervisor: SourceSupervisor
    private let pipeline: Pipeline

    var messages: [NewMessage] { pipeline.delivered.withLock { $0 } }

    init(settings: SourceSettings, checkpoints: InMemorySourceCheckpoints = .init(), refusing refusals: Int = 0) {
        self.checkpoints = checkpoints
        let pipeline = Pipeline(refusals: refusals)
        self.pipeline = pipeline
        var logger = Logger(label: "sources-test")
        logger.logLevel = .critical
        supervisor = SourceSupervisor(
            deliver: { _, _, messages throws(VigiaError) in try pipeline.deliver(messages)
            }, checkpoints: checkpoints, settings: settings, httpClient: .shared, logger: logger)
    }

    /// Runs the supervisor while `body` runs, then stops it and waits until it has stopped.
    func run(_ body: () async throws -> Void) async throws {
        let running = Task { try await supervisor.run() }
        do {
            try await body()
        } catch {
            running.cancel()
            _ = await running.result
            throw error
        }
        running.cancel()
        _ = await running.result
    }

    /// Waits until `condition` holds; records a failure when it does not within `patience`. The patience is long
    /// because the whole test run shares two cores with CPU-bound suites (training): a source may get no turn
    /// for seconds.
    func waitUntil(
        _ what: String, patience: Duration = .seconds(90), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: () -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + patience
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("gave up waiting until \(what)", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    func waitForMessages(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitUntil("\(count) messages arrived", sourceLocation: sourceLocation) { messages.count >= count }
    }

    func waitForState(
        _ state: SourceStatus.State, source: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await waitUntil("\(source) is \(state)", sourceLocation: sourceLocation) {
            supervisor.status(source: source, tenant: Self.tenant)?.state == state
        }
    }

    func status(_ source: String) -> SourceStatus? { supervisor.status(source: source, tenant: Self.tenant) }

    /// Settings for tests: short backoffs and polls.
    static func settings(youtube: String = "", twitch: String = "") -> SourceSettings {
        var settings = SourceSettings()
        settings.youtubeAPIBaseURL = youtube
        settings.twitchURL = twitch
        settings.initialBackoff = .milliseconds(50)
        settings.maximumBackoff = .milliseconds(200)
        settings.filePollInterval = .milliseconds(20)
        settings.requestTimeout = .seconds(5)
        // The file tests' folders are made there.
        settings.fileFolder = FileSourceFolder(FileManager.default.temporaryDirectory.path)
        return settings
    }
}
