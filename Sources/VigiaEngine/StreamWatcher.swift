import Logging
import Synchronization
import VigiaCore

/// The last stage of a ``Pipeline`` lane: committed messages are watched by one ``StreamMonitor`` per taxonomy of
/// their stream, and what the monitors find is stored as incidents and insights; a tagged stream's tags also go to
/// its ``TrendingTerms``. A stream is always watched by the same lane, in order, so its monitors need no lock.
struct StreamWatcher<Store: VigiaStore> {
    private struct StreamKey: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    private struct WatchedStream {
        /// One per taxonomy of the stream that has a model, in the order of the messages' predictions.
        var monitors: [StreamMonitor]
        var recorder: IncidentRecorder
        /// For a tagged stream.
        var trends: TrendingTerms?
        var live: LiveSampler

        /// The seconds the monitors closed, as events.
        mutating func takeClosedSeconds() -> [StreamEvent] {
            monitors.indices.flatMap { monitors[$0].takeClosedSeconds().map(StreamEvent.second) }
        }

        /// Counts the messages' tags; returns the trends that started or ended.
        mutating func countTags(of messages: [NewMessage], stream: StreamID) -> [StreamEvent] {
            guard trends != nil else { return [] }
            var events: [StreamEvent] = []
            for message in messages {
                let second = message.eventTime.epochSecond
                events += trends!.record(message.tags, at: second).map {
                    Self.event($0, stream: stream, at: second)
                }
            }
            return events
        }

        /// The event of a change seen when stream time reached `second`.
        static func event(_ change: TrendingTerms.Event, stream: StreamID, at second: Int64) -> StreamEvent {
            .trend(TrendEvent(stream: stream, at: Timestamp(milliseconds: second * 1000), change: change))
        }
    }

    let store: Store
    private let models: ModelCatalog
    private let configuration: PipelineConfiguration
    private let logger: Logger
    private var streams: [StreamKey: WatchedStream] = [:]

    init(store: Store, models: ModelCatalog, configuration: PipelineConfiguration, logger: Logger) {
        self.store = store
        self.models = models
        self.configuration = configuration
        self.logger = logger
    }

    /// Watches committed messages of one stream (as prepared, with their stored ids); returns what the monitors
    /// found, as stored. An incident the store failed to record is logged, and detection goes on.
    mutating func watch(
        _ messages: [NewMessage], ids: [MessageID], of stream: StreamID, tenant: TenantID
    ) async -> [StreamEvent] {
        guard let first = messages.first else { return [] }
        let key = StreamKey(tenant: tenant, stream: stream)
        // Taken out of the dictionary while it changes, so that its monitors are changed in place, never copied.
        var watched: WatchedStream
        if let known = streams.removeValue(forKey: key) {
            watched = known
        } else {
            do {
                watched = try await startWatching(key, before: first.eventTime)
            } catch {
                logger.error(
                    "stream not watched: \(error)", metadata: ["tenant": "\(tenant)", "stream": "\(stream)"])
                return []
            }
        }
        var events: [StreamMonitor.Event] = []
        for position in watched.monitors.indices {
            let taxonomy = watched.monitors[position].taxonomy
            for (message, id) in zip(messages, ids) {
                guard let prediction = message.predictions.first(where: { $0.taxonomy == taxonomy }) else {
                    continue
                }
                events += watched.monitors[position].observe(
                    redacted: message.text, label: prediction.label, confidence: prediction.confidence, id: id,
                    at: message.eventTime)
            }
        }
        let recorded = await record(events, with: &watched, of: key).map(StreamEvent.burst)
        let trends = watched.countTags(of: messages, stream: stream)
        let seconds = watched.takeClosedSeconds()
        let sampled = watched.live.sample(messages, ids: ids)
        streams[key] = watched
        let live = sampled.isEmpty ? [] : [StreamEvent.messages(LiveMessages(stream: stream, messages: sampled))]
        return seconds + live + recorded + trends
    }

    /// Closes the seconds before `time` in every stream the lane watches (the live clock's tick).
    mutating func advance(to time: Timestamp) async -> [(tenant: TenantID, events: [StreamEvent])] {
        await everyStream(trendsTo: time.epochSecond) { $0.advance(to: time) }
    }

    /// Closes the last second of every stream (the end of a recording).
    mutating func finish() async -> [(tenant: TenantID, events: [StreamEvent])] {
        await everyStream(trendsTo: nil) { $0.finish() }
    }

    /// Forgets a stream (deleted, or its definition changed): its next message starts watching it afresh.
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }

    /// Runs `step` on every monitor (and moves the trends to `second`, if given), streams in a fixed order so that
    /// output does not depend on hashing, and records what they found.
    private mutating func everyStream(
        trendsTo second: Int64?, _ step: (inout StreamMonitor) -> [StreamMonitor.Event]
    ) async -> [(tenant: TenantID, events: [StreamEvent])] {
        var found: [(tenant: TenantID, events: [StreamEvent])] = []
        let keys = streams.keys.sorted {
            ($0.tenant.rawValue, $0.stream.rawValue) < ($1.tenant.rawValue, $1.stream.rawValue)
        }
        for key in keys {
            var watched = streams.removeValue(forKey: key)!
            var events: [StreamMonitor.Event] = []
            for position in watched.monitors.indices { events += step(&watched.monitors[position]) }
            var reported = watched.takeClosedSeconds()
            reported += await record(events, with: &watched, of: key).map(StreamEvent.burst)
            if let second, watched.trends != nil {
                reported += watched.trends!.advance(to: second).map {
                    WatchedStream.event($0, stream: key.stream, at: second)
                }
            }
            if !reported.isEmpty { found.append((key.tenant, reported)) }
            streams[key] = watched
        }
        return found
    }

    /// Stores what a stream's monitors found; on a store failure, logs it and returns the events as they are.
    private func record(
        _ events: [StreamMonitor.Event], with watched: inout WatchedStream, of key: StreamKey
    ) async -> [StreamMonitor.Event] {
        guard !events.isEmpty else { return events }
        do {
            return try await watched.recorder.record(events, in: store)
        } catch {
            logger.error(
                "incidents not recorded: \(error)", metadata: ["tenant": "\(key.tenant)", "stream": "\(key.stream)"])
            return events
        }
    }

    /// A monitor per taxonomy of the stream with a model, with the windows and baselines of the last ``history``
    /// seconds before `time` rebuilt from the stored messages (their stored predictions, not classified again), so
    /// that a restart neither forgets the baseline nor reopens what it knew.
    private func startWatching(_ key: StreamKey, before time: Timestamp) async throws(VigiaError) -> WatchedStream {
        guard let definition = try await store.stream(key.stream, tenant: key.tenant) else {
            throw VigiaError(.notFound, "no stream '\(key.stream)'")
        }
        let monitors = definition.taxonomies.filter { models.model($0, for: key.tenant) != nil }.map {
            StreamMonitor(
                stream: key.stream, taxonomy: $0, settings: configuration.detection.applying(definition.detection),
                writer: configuration.writer,
                keepsSeconds: configuration.reportsSeconds)
        }
        let trends =
            configuration.taggedKinds.contains(definition.kind) ? TrendingTerms(settings: configuration.trends) : nil
        let rebuilt = RebuiltMonitors(monitors, trends: trends)
        let since = Timestamp(milliseconds: time.milliseconds - configuration.history * 1000)
        try await store.export(
            MessageQuery(stream: key.stream, from: since, to: time), tenant: key.tenant, batchSize: 1000
        ) { messages throws(VigiaError) in rebuilt.observe(messages) }
        let (rebuiltMonitors, rebuiltTrends, lastSeen) = rebuilt.result
        var watched = WatchedStream(
            monitors: rebuiltMonitors, recorder: IncidentRecorder(tenant: key.tenant), trends: rebuiltTrends,
            live: LiveSampler(
                perSecond: configuration.liveMessagesPerSecond, quietLabels: configuration.detection.ignoredLabels))
        if let lastSeen {
            for monitor in watched.monitors {
                try await watched.recorder.adopt(
                    open: monitor.openBursts, stream: key.stream, taxonomy: monitor.taxonomy, lastSeen: lastSeen,
                    in: store)
            }
        }
        return watched
    }
}

/// Monitors fed with stored messages by the store's export, whose sink is `@Sendable`: hence the lock. What they
/// find is in the past and already stored, so their events are dropped.
private final class RebuiltMonitors: Sendable {
    private let state: Mutex<(monitors: [StreamMonitor], trends: TrendingTerms?, lastSeen: Timestamp?)>

    init(_ monitors: [StreamMonitor], trends: TrendingTerms?) {
        state = Mutex((monitors, trends, nil))
    }

    var result: (monitors: [StreamMonitor], trends: TrendingTerms?, lastSeen: Timestamp?) { state.withLock { $0 } }

    func observe(_ messages: [StoredMessage]) {
        state.withLock { state in
            for position in state.monitors.indices {
                let taxonomy = state.monitors[position].taxonomy
                for stored in messages {
                    guard let prediction = stored.message.predictions.first(where: { $0.taxonomy == taxonomy })
                    else { continue }
                    _ = state.monitors[position].observe(
                        redacted: stored.message.text, label: prediction.label, confidence: prediction.confidence,
                        id: stored.id, at: stored.message.eventTime)
                }
            }
            if state.trends != nil {
                for stored in messages {
                    _ = state.trends!.record(stored.message.tags, at: stored.message.eventTime.epochSecond)
                }
            }
            state.lastSeen = messages.last?.message.eventTime ?? state.lastSeen
        }
    }
}
