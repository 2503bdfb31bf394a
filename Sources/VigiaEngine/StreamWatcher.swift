import Logging
import Synchronization
import VigiaCore

/// The last stage of a ``Pipeline`` lane: committed messages are watched by one ``StreamMonitor`` per taxonomy of
/// their stream, and what the monitors find is stored as incidents and insights. A stream is always watched by the
/// same lane, in order, so its monitors need no lock.
struct StreamWatcher<Store: VigiaStore> {
    private struct StreamKey: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    private struct WatchedStream {
        /// One per taxonomy of the stream that has a model, in the order of the messages' predictions.
        var monitors: [StreamMonitor]
        var recorder: IncidentRecorder
    }

    let store: Store
    private let taxonomies: Set<String>
    private let settings: BurstDetector.Settings
    private let writer: RuleInsightWriter
    private let history: Int64
    private let logger: Logger
    private var streams: [StreamKey: WatchedStream] = [:]

    /// `taxonomies` are those the pipeline has models for; `history` is how many seconds of stored messages
    /// rebuild a stream's windows and baselines when the lane first sees it.
    init(
        store: Store, taxonomies: Set<String>, settings: BurstDetector.Settings, writer: RuleInsightWriter,
        history: Int64, logger: Logger
    ) {
        self.store = store
        self.taxonomies = taxonomies
        self.settings = settings
        self.writer = writer
        self.history = history
        self.logger = logger
    }

    /// Watches committed messages of one stream (as prepared, with their stored ids); returns what the monitors
    /// found, as stored. An incident the store failed to record is logged, and detection goes on.
    mutating func watch(
        _ messages: [NewMessage], ids: [MessageID], of stream: StreamID, tenant: TenantID
    ) async -> [StreamMonitor.Event] {
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
        events = await record(events, with: &watched, of: key)
        streams[key] = watched
        return events
    }

    /// Closes the seconds before `time` in every stream the lane watches (the live clock's tick).
    mutating func advance(to time: Timestamp) async -> [(tenant: TenantID, events: [StreamMonitor.Event])] {
        await everyMonitor { $0.advance(to: time) }
    }

    /// Closes the last second of every stream (the end of a recording).
    mutating func finish() async -> [(tenant: TenantID, events: [StreamMonitor.Event])] {
        await everyMonitor { $0.finish() }
    }

    /// Forgets a stream (deleted, or its definition changed): its next message starts watching it afresh.
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }

    /// Runs `step` on every monitor, streams in a fixed order so that output does not depend on hashing, and
    /// records what they found.
    private mutating func everyMonitor(
        _ step: (inout StreamMonitor) -> [StreamMonitor.Event]
    ) async -> [(tenant: TenantID, events: [StreamMonitor.Event])] {
        var found: [(tenant: TenantID, events: [StreamMonitor.Event])] = []
        let keys = streams.keys.sorted {
            ($0.tenant.rawValue, $0.stream.rawValue) < ($1.tenant.rawValue, $1.stream.rawValue)
        }
        for key in keys {
            var watched = streams.removeValue(forKey: key)!
            var events: [StreamMonitor.Event] = []
            for position in watched.monitors.indices { events += step(&watched.monitors[position]) }
            if !events.isEmpty { found.append((key.tenant, await record(events, with: &watched, of: key))) }
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
        let monitors = definition.taxonomies.filter(taxonomies.contains).map {
            StreamMonitor(stream: key.stream, taxonomy: $0, settings: settings, writer: writer)
        }
        let rebuilt = RebuiltMonitors(monitors)
        let since = Timestamp(milliseconds: time.milliseconds - history * 1000)
        try await store.export(
            MessageQuery(stream: key.stream, from: since, to: time), tenant: key.tenant, batchSize: 1000
        ) { messages throws(VigiaError) in rebuilt.observe(messages) }
        let (rebuiltMonitors, lastSeen) = rebuilt.result
        var watched = WatchedStream(monitors: rebuiltMonitors, recorder: IncidentRecorder(tenant: key.tenant))
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
    private let state: Mutex<(monitors: [StreamMonitor], lastSeen: Timestamp?)>

    init(_ monitors: [StreamMonitor]) {
        state = Mutex((monitors, nil))
    }

    var result: (monitors: [StreamMonitor], lastSeen: Timestamp?) { state.withLock { $0 } }

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
            state.lastSeen = messages.last?.message.eventTime ?? state.lastSeen
        }
    }
}
