import AsyncHTTPClient
import Logging
import ServiceLifecycle
import Synchronization
import VigiaCore

/// Runs every source it is given, each in its own child task, as a `Service`: reconnects a failed source after an
/// exponential backoff with jitter, reconnects one whose live is on but silent for longer than its watchdog allows,
/// lets one whose origin ended stay ended, and keeps each one's ``SourceStatus`` for the API and dashboard.
///
/// Sources may be started before ``run()`` begins (they wait for it) and while it runs. When it returns (graceful
/// shutdown or cancellation) every source is stopped.
public final class SourceSupervisor: Service, Sendable {
    public typealias Deliver = @Sendable (TenantID, StreamID, [NewMessage]) async throws(VigiaError) -> Void

    private struct Key: Hashable {
        let tenant: TenantID
        let name: String
    }

    /// A started source: which start it is (a newer start of the same name replaces it), its status, and the
    /// signal that stops it.
    private struct Entry {
        let generation: Int
        var status: SourceStatus
        let stop: AsyncStream<Never>.Continuation
    }

    private struct Launch: Sendable {
        let key: Key
        let generation: Int
        let definition: SourceDefinition
        let stopped: AsyncStream<Never>
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var generations = 0
    }

    private let deliver: Deliver
    private let checkpoints: any SourceCheckpoints
    private let settings: SourceSettings
    private let httpClient: HTTPClient
    private let logger: Logger
    private let state = Mutex(State())
    private let launches: AsyncStream<Launch>
    private let launcher: AsyncStream<Launch>.Continuation

    /// `deliver` hands a batch of a source's messages to the pipeline; a source's checkpoint is saved only after it
    /// returned, and a thrown error makes the source read the same messages again after a backoff.
    public init(
        deliver: @escaping Deliver, checkpoints: any SourceCheckpoints, settings: SourceSettings = SourceSettings(),
        httpClient: HTTPClient = .shared, logger: Logger = Logger(label: "vigia.sources")
    ) {
        self.deliver = deliver
        self.checkpoints = checkpoints
        self.settings = settings
        self.httpClient = httpClient
        self.logger = logger
        (launches, launcher) = AsyncStream.makeStream()
    }

    /// Starts `definition`, replacing a running source of the same name.
    public func start(_ definition: SourceDefinition, tenant: TenantID) {
        let key = Key(tenant: tenant, name: definition.name)
        let (stopped, stop) = AsyncStream.makeStream(of: Never.self)
        let launch: Launch = state.withLock { state in
            state.entries[key]?.stop.finish()
            state.generations += 1
            state.entries[key] = Entry(
                generation: state.generations, status: SourceStatus(state: .connecting, updatedAt: .now), stop: stop)
            return Launch(key: key, generation: state.generations, definition: definition, stopped: stopped)
        }
        launcher.yield(launch)
    }

    /// Stops the source; its status stays, as `.stopped`.
    public func stop(source: String, tenant: TenantID) {
        state.withLock { state in
            guard var entry = state.entries[Key(tenant: tenant, name: source)] else { return }
            entry.stop.finish()
            entry.status = SourceStatus(
                state: .stopped, reason: "stopped", messages: entry.status.messages,
                lastMessageAt: entry.status.lastMessageAt, quotaUsed: entry.status.quotaUsed, updatedAt: .now)
            state.entries[Key(tenant: tenant, name: source)] = entry
        }
    }

    public func status(source: String, tenant: TenantID) -> SourceStatus? {
        state.withLock { $0.entries[Key(tenant: tenant, name: source)]?.status }
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                for await launch in self.launches {
                    group.addTask { await self.supervise(launch) }
                }
            }
        }
        launcher.finish()
        state.withLock { state in
            for key in state.entries.keys {
                state.entries[key]?.stop.finish()
                state.entries[key]?.status.state = .stopped
                state.entries[key]?.status.reason = "Vigia is stopping"
                state.entries[key]?.status.retryAt = nil
                state.entries[key]?.status.updatedAt = .now
            }
        }
    }

    /// Runs one source until it ends or its stop signal comes.
    private func supervise(_ launch: Launch) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.runSource(launch) }
            group.addTask { for await _ in launch.stopped {} }
            await group.next()
            group.cancelAll()
        }
    }

    private func runSource(_ launch: Launch) async {
        var logger = self.logger
        logger[metadataKey: "source"] = "\(launch.key.tenant)/\(launch.key.name)"
        let context = SourceContext(
            definition: launch.definition, tenant: launch.key.tenant, settings: settings, httpClient: httpClient,
            logger: logger, deliver: deliver, checkpoints: checkpoints,
            report: { change in self.report(launch, change) })
        let reader: any SourceReader =
            switch launch.definition.kind {
            case .youtube: YouTubeChatReader()
            case .twitch: TwitchChatReader()
            case .file: FileTailReader()
            }
        var failures = 0
        while !Task.isCancelled {
            context.resetActivity()
            guard let outcome = await session(reader, context, watchdog: .seconds(launch.definition.watchdogSeconds)),
                !Task.isCancelled
            else { return }
            let wait: Duration
            switch outcome {
            case .finished(.ended(let reason)):
                logger.info("source ended: \(reason)")
                report(launch) { status in
                    status.state = .ended
                    status.reason = reason
                    status.retryAt = nil
                }
                return
            case .finished(.reconnect(let reason)):
                logger.info("reconnecting: \(reason)")
                report(launch) { status in
                    status.state = .connecting
                    status.reason = reason
                }
                failures = 0
                continue
            case .finished(.retry(let time, let reason)):
                logger.warning("waiting until \(time.rfc3339): \(reason)")
                wait = .milliseconds(max(0, time.milliseconds - Timestamp.now.milliseconds))
                report(launch) { status in
                    status.state = .error
                    status.reason = reason
                    status.retryAt = time
                }
            case .lagging(let silence):
                let reason = "no sign of life for \(Int(silence.inSeconds)) s while live; reconnecting"
                logger.warning("\(reason)")
                report(launch) { status in
                    status.state = .lagging
                    status.reason = reason
                }
                failures = 0
                continue
            case .failed(let error, let wasConnected):
                failures = wasConnected ? 1 : failures + 1
                wait = backoff(afterFailures: failures)
                let retryAt = Timestamp(milliseconds: Timestamp.now.milliseconds + Int64(wait.inMilliseconds))
                logger.warning("source failed: \(error.message); retrying at \(retryAt.rfc3339)")
                report(launch) { status in
                    status.state = .error
                    status.reason = error.message
                    status.retryAt = retryAt
                }
            }
            do { try await Task.sleep(for: wait) } catch { return }
            report(launch) { status in
                status.state = .connecting
                status.retryAt = nil
            }
        }
    }

    private enum SessionOutcome: Sendable {
        case finished(SourceReadOutcome)
        case failed(VigiaError, wasConnected: Bool)
        case lagging(silence: Duration)
    }

    /// One reading session, cut short by the watchdog when the origin is on but silent too long.
    private func session(
        _ reader: any SourceReader, _ context: SourceContext, watchdog: Duration
    ) async -> SessionOutcome? {
        await withTaskGroup(of: SessionOutcome?.self) { group in
            group.addTask {
                do throws(VigiaError) {
                    return .finished(try await reader.read(context))
                } catch {
                    return .failed(error, wasConnected: context.wasConnected)
                }
            }
            group.addTask {
                let tick = min(watchdog / 4, .seconds(1))
                while true {
                    do { try await Task.sleep(for: tick) } catch { return nil }
                    if let silence = context.silence(at: .now), silence >= watchdog {
                        return .lagging(silence: silence)
                    }
                }
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// A random wait between half and all of the backoff after `failures`, so that sources failing together do
    /// not retry together.
    private func backoff(afterFailures failures: Int) -> Duration {
        let ceiling = Backoff(initial: settings.initialBackoff, maximum: settings.maximumBackoff)
            .wait(afterFailures: failures).inSeconds
        return .milliseconds(Int64(Double.random(in: ceiling / 2...ceiling) * 1000))
    }

    /// Applies a source's status change unless that start was stopped or replaced since.
    private func report(_ launch: Launch, _ change: (inout SourceStatus) -> Void) {
        state.withLock { state in
            guard var entry = state.entries[launch.key], entry.generation == launch.generation,
                entry.status.state != .stopped
            else { return }
            change(&entry.status)
            entry.status.updatedAt = .now
            state.entries[launch.key] = entry
        }
    }
}
