import Logging
import ServiceLifecycle
import VigiaCore

/// The running ingest path of a node, as a `Service`: messages submitted for a stream are redacted, classified by
/// the stream's taxonomies, committed through the store's group commit (the submitter is answered then), and
/// watched for bursts, whose incidents and insights are stored and handed to `onEvents`.
///
/// Streams are spread over ``PipelineConfiguration/lanes`` lanes, each with a queue bounded in messages: when a lane's
/// queue is full, ``submit(_:to:tenant:receivedAt:whenFull:)`` waits for room or refuses at once (a server answers
/// 503), so memory stays bounded whatever the producers do. A graceful shutdown stops taking messages, and finishes
/// what was queued.
public final class Pipeline<Store: VigiaStore>: Service, Sendable {
    /// What to do with a submission when its lane's queue is full.
    public enum WhenFull: Sendable {
        /// Wait for room (backpressure on the producer).
        case wait
        /// Throw `.unavailable` at once.
        case refuse
    }

    private enum Work: Sendable {
        case ingest(Submission)
        case control(Control)
    }

    /// Work for every stream of a lane, passed through both stages in its place among the batches.
    private enum Control: Sendable {
        case advance(Timestamp)
        case finish(OneShot<Void>)
        case forget(TenantID, StreamID)
    }

    private struct Submission: Sendable {
        let messages: [NewMessage]
        let stream: StreamID
        let tenant: TenantID
        let receivedAt: Timestamp
        let reply: OneShot<Result<AppendResult, VigiaError>>
    }

    public let configuration: PipelineConfiguration
    private let store: Store
    /// What classifies each tenant's messages; batch analyses use the same models.
    public let models: ModelCatalog
    /// How long lanes take to redact and classify a batch, and the store to commit one.
    public let classifyLatency = LatencyHistogram()
    public let commitLatency = LatencyHistogram()
    private let onEvents: @Sendable (TenantID, [StreamEvent]) -> Void
    private let logger: Logger
    private let queues: [BoundedQueue<Work>]

    public init(
        store: Store, models: ModelCatalog, configuration: PipelineConfiguration = .init(),
        logger: Logger = Logger(label: "vigia.pipeline"),
        onEvents: @escaping @Sendable (TenantID, [StreamEvent]) -> Void = { _, _ in }
    ) {
        precondition(configuration.lanes > 0 && configuration.queueCapacity > 0)
        self.configuration = configuration
        self.store = store
        self.models = models
        self.onEvents = onEvents
        self.logger = logger
        queues = (0..<configuration.lanes).map { _ in BoundedQueue(capacity: configuration.queueCapacity) }
    }

    /// Messages waiting in the lanes' queues.
    public var queueDepth: Int { queues.reduce(0) { $0 + $1.depth } }

    /// Ingests messages of one stream, in time order; returns once they are committed, with their ids. Throws
    /// `.notFound` for a stream the tenant does not have, `.unavailable` when the pipeline is shutting down (or,
    /// with `.refuse`, full), `.invalidData` for a message whose time is outside ``Timestamp/acceptedRange`` (the
    /// edges refuse those first; this keeps one from any source out of the lanes), and the store's errors.
    public func submit(
        _ messages: [NewMessage], to stream: StreamID, tenant: TenantID, receivedAt: Timestamp,
        whenFull: WhenFull = .wait
    ) async throws(VigiaError) -> AppendResult {
        guard !messages.isEmpty else { return AppendResult(ids: [], accepted: 0, duplicates: 0) }
        if let outside = messages.firstIndex(where: { !Timestamp.acceptedRange.contains($0.eventTime) }) {
            throw VigiaError(.invalidData, "message \(outside + 1): its time is outside 2000-01-01…2100-01-01")
        }
        let queue = queues[lane(of: stream, tenant: tenant)]
        let reply = OneShot<Result<AppendResult, VigiaError>>()
        let work = Work.ingest(
            Submission(messages: messages, stream: stream, tenant: tenant, receivedAt: receivedAt, reply: reply))
        switch whenFull {
        case .wait:
            guard await queue.push(work, weight: messages.count) else { throw Self.stopped }
        case .refuse:
            guard queue.offer(work, weight: messages.count) else {
                throw VigiaError(.unavailable, "the ingest queue is full; retry shortly")
            }
        }
        return try await reply.value.get()
    }

    /// Closes every second before `time` in every stream: a live clock's tick (``PipelineConfiguration/liveClock`` sends
    /// them itself), or a replay's own clock.
    public func advance(to time: Timestamp) async {
        for queue in queues { _ = await queue.push(.control(.advance(time)), weight: 0) }
    }

    /// Closes the last second of every stream and waits until all the lanes have done what was queued before: the
    /// end of a recording.
    public func finish() async {
        var done: [OneShot<Void>] = []
        for queue in queues {
            let finished = OneShot<Void>()
            if await queue.push(.control(.finish(finished)), weight: 0) { done.append(finished) }
        }
        for finished in done { await finished.value }
    }

    /// Makes the lane watching the stream forget it (deleted, its taxonomies changed, or a new model for one of
    /// them): its next messages are classified and watched as its definition and the catalog say then.
    public func forget(_ stream: StreamID, tenant: TenantID) async {
        _ = await queues[lane(of: stream, tenant: tenant)].push(.control(.forget(tenant, stream)), weight: 0)
    }

    /// Runs the lanes until a graceful shutdown (or cancellation), then lets them finish what was queued.
    public func run() async throws {
        await withTaskCancellationOrGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for queue in queues {
                    group.addTask { await self.runLane(queue) }
                }
                if configuration.liveClock {
                    group.addTask { await self.tick() }
                }
            }
        } onCancelOrGracefulShutdown: {
            for queue in self.queues { queue.close() }
        }
    }

    private static var stopped: VigiaError { VigiaError(.unavailable, "the pipeline is shutting down") }

    /// The lane of a stream: a stable hash, so that a stream stays in one lane across restarts too.
    private func lane(of stream: StreamID, tenant: TenantID) -> Int {
        Int(CRC32.checksum(Array((tenant.rawValue + "/" + stream.rawValue).utf8)) % UInt32(queues.count))
    }

    /// What the last stage of a lane takes, in the order the first stage took the work.
    private enum Watching: Sendable {
        case committed(Submission, prepared: [NewMessage], outcome: OneShot<Result<AppendResult, VigiaError>>)
        case control(Control)
    }

    /// A lane in two stages, so that the lane prepares the next batch while earlier ones commit: the first
    /// redacts and classifies, and starts the append; the last waits for each append in turn and watches what it
    /// committed. At most ``PipelineConfiguration/commitsInFlight`` appends are between the two.
    private func runLane(_ queue: BoundedQueue<Work>) async {
        let watching = BoundedQueue<Watching>(capacity: configuration.commitsInFlight)
        await withDiscardingTaskGroup { group in
            group.addTask {
                var watcher = StreamWatcher(
                    store: self.store, models: self.models, configuration: self.configuration, logger: self.logger)
                await self.watch(watching, with: &watcher)
            }
            var preparer = MessagePreparer(store: store, models: models, taggedKinds: configuration.taggedKinds)
            while let work = await queue.next() {
                switch work {
                case .ingest(let submission):
                    let prepared: [NewMessage]
                    let started = ContinuousClock.now
                    do throws(VigiaError) {
                        prepared = try await preparer.prepare(
                            submission.messages, of: submission.stream, tenant: submission.tenant)
                        classifyLatency.record(ContinuousClock.now - started)
                    } catch {
                        submission.reply.deliver(.failure(error))
                        continue
                    }
                    let outcome = OneShot<Result<AppendResult, VigiaError>>()
                    group.addTask { [store, commitLatency] in
                        let result: Result<AppendResult, VigiaError>
                        let started = ContinuousClock.now
                        do throws(VigiaError) {
                            result = .success(
                                try await store.append(
                                    prepared, to: submission.stream, tenant: submission.tenant,
                                    receivedAt: submission.receivedAt))
                            commitLatency.record(ContinuousClock.now - started)
                        } catch {
                            result = .failure(error)
                        }
                        submission.reply.deliver(result)
                        outcome.deliver(result)
                    }
                    _ = await watching.push(.committed(submission, prepared: prepared, outcome: outcome), weight: 1)
                case .control(let control):
                    if case .forget(let tenant, let stream) = control { preparer.forget(stream, tenant: tenant) }
                    _ = await watching.push(.control(control), weight: 0)
                }
            }
            watching.close()
        }
    }

    private func watch(_ watching: BoundedQueue<Watching>, with watcher: inout StreamWatcher<Store>) async {
        while let item = await watching.next() {
            switch item {
            case .committed(let submission, let prepared, let outcome):
                guard case .success(let appended) = await outcome.value else { continue }
                let (messages, ids) = Self.newlyStored(prepared, appended)
                let events = await watcher.watch(messages, ids: ids, of: submission.stream, tenant: submission.tenant)
                if !events.isEmpty { onEvents(submission.tenant, events) }
            case .control(.advance(let time)):
                for found in await watcher.advance(to: time) { onEvents(found.tenant, found.events) }
            case .control(.finish(let done)):
                for found in await watcher.finish() { onEvents(found.tenant, found.events) }
                done.deliver(())
            case .control(.forget(let tenant, let stream)):
                watcher.forget(stream, tenant: tenant)
            }
        }
    }

    /// The messages an append stored now, with their ids. One sent again (a client's retry, known by its client id)
    /// was counted when it first came and must not count twice. The store answers a duplicate with the id it had:
    /// repeated in the batch, or older than the new ones (ids grow with time on a node), so the `accepted` newest
    /// distinct ids are the new messages.
    static func newlyStored(_ messages: [NewMessage], _ result: AppendResult) -> ([NewMessage], [MessageID]) {
        guard result.duplicates > 0 else { return (messages, result.ids) }
        var seen: Set<MessageID> = []
        let firsts = result.ids.indices.filter { seen.insert(result.ids[$0]).inserted }
        let newest = Set(firsts.map { result.ids[$0] }.sorted().suffix(result.accepted))
        let kept = firsts.filter { newest.contains(result.ids[$0]) }
        return (kept.map { messages[$0] }, kept.map { result.ids[$0] })
    }

    /// The live clock: every second, closes the seconds that no late message can reach any more.
    private func tick() async {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await Task.sleep(for: .seconds(1))
            let (seconds, attoseconds) = configuration.lateness.components
            let now = Timestamp.now.milliseconds - seconds * 1000 - attoseconds / 1_000_000_000_000_000
            await advance(to: Timestamp(milliseconds: now))
        }
    }
}
