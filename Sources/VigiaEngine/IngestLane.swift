import Logging
import Synchronization
import VigiaCore
import VigiaText

/// One lane of the ``Pipeline``: the streams it owns have their messages redacted, classified by each of the
/// stream's taxonomies, committed, then watched by one ``StreamMonitor`` per taxonomy, whose findings are stored as
/// incidents and insights. A stream always goes to the same lane, so its messages stay in order and its monitors
/// need no lock; the lanes' appends meet in the store's group commit.
struct IngestLane<Store: VigiaStore> {
    private struct StreamKey: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    private struct WatchedStream {
        let definition: Stream
        /// The stream's taxonomies that have a model, each with its monitor.
        var monitors: [StreamMonitor]
        var recorder: IncidentRecorder
    }

    let store: Store
    private let classifiers: [String: (String) -> Classification]
    private let settings: BurstDetector.Settings
    private let writer: RuleInsightWriter
    private let history: Int64
    private let logger: Logger
    private let redactor = PIIRedactor()
    private var streams: [StreamKey: WatchedStream] = [:]

    /// `classifiers` are the lane's own (it may keep scratch memory in them), by taxonomy name; `history` is how
    /// many seconds of stored messages rebuild a stream's windows and baselines when the lane first sees it.
    init(
        store: Store, classifiers: [String: (String) -> Classification], settings: BurstDetector.Settings,
        writer: RuleInsightWriter, history: Int64, logger: Logger
    ) {
        self.logger = logger
        self.store = store
        self.classifiers = classifiers
        self.settings = settings
        self.writer = writer
        self.history = history
    }

    /// Redacts, classifies and commits `messages` (in time order) of one stream, then hands the stored ids to
    /// `committed` before watching them; returns what the monitors found, as stored. Throws only when the messages
    /// were not committed: an incident the store failed to record is logged, and detection goes on.
    mutating func ingest(
        _ messages: [NewMessage], of stream: StreamID, tenant: TenantID, receivedAt: Timestamp,
        committed: (AppendResult) -> Void
    ) async throws(VigiaError) -> [StreamMonitor.Event] {
        let key = StreamKey(tenant: tenant, stream: stream)
        var watched: WatchedStream
        if let known = streams[key] {
            watched = known
        } else {
            watched = try await watch(key, from: messages.first?.eventTime ?? receivedAt)
        }
        var batch = messages
        var classifications: [[Classification]] = Array(repeating: [], count: watched.monitors.count)
        for index in batch.indices {
            batch[index].text = redactor.redact(batch[index].text)
            for (position, monitor) in watched.monitors.enumerated() {
                let classification = classifiers[monitor.taxonomy]!(batch[index].text)
                classifications[position].append(classification)
                batch[index].predictions.append(
                    Prediction(
                        taxonomy: monitor.taxonomy, label: classification.label,
                        confidence: classification.confidence))
            }
        }
        let result = try await store.append(batch, to: stream, tenant: tenant, receivedAt: receivedAt)
        committed(result)
        var events: [StreamMonitor.Event] = []
        for position in watched.monitors.indices {
            for index in batch.indices {
                events += watched.monitors[position].observe(
                    redacted: batch[index].text, classification: classifications[position][index],
                    id: result.ids[index], at: batch[index].eventTime)
            }
        }
        streams[key] = watched
        return await record(events, of: key)
    }

    /// Closes the seconds before `time` in every stream the lane watches (the live clock's tick).
    mutating func advance(to time: Timestamp) async -> [(tenant: TenantID, events: [StreamMonitor.Event])] {
        await everyMonitor { $0.advance(to: time) }
    }

    /// Closes the last second of every stream (the end of a recording).
    mutating func finish() async -> [(tenant: TenantID, events: [StreamMonitor.Event])] {
        await everyMonitor { $0.finish() }
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
            var events: [StreamMonitor.Event] = []
            for position in streams[key]!.monitors.indices { events += step(&streams[key]!.monitors[position]) }
            if !events.isEmpty { found.append((key.tenant, await record(events, of: key))) }
        }
        return found
    }

    /// Stores what a stream's monitors found; on a store failure, logs it and returns the events as they are.
    private mutating func record(_ events: [StreamMonitor.Event], of key: StreamKey) async -> [StreamMonitor.Event] {
        guard !events.isEmpty else { return events }
        var recorder = streams[key]!.recorder
        defer { streams[key]!.recorder = recorder }
        do {
            return try await recorder.record(events, in: store)
        } catch {
            logger.error(
                "incidents not recorded: \(error)", metadata: ["tenant": "\(key.tenant)", "stream": "\(key.stream)"])
            return events
        }
    }

    /// Forgets a stream (deleted, or its definition changed): the next message watches it afresh.
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }

    /// Starts watching a stream: its definition, a monitor per taxonomy with a model, and the windows and baselines
    /// of the last ``history`` seconds before `time`, rebuilt from the stored messages (their stored predictions,
    /// not classified again) so that a restart neither forgets the baseline nor reopens what it knew.
    private func watch(_ key: StreamKey, from time: Timestamp) async throws(VigiaError) -> WatchedStream {
        guard let definition = try await store.stream(key.stream, tenant: key.tenant) else {
            throw VigiaError(.notFound, "no stream '\(key.stream)'")
        }
        var watched = WatchedStream(
            definition: definition,
            monitors: definition.taxonomies.filter { classifiers[$0] != nil }.map {
                StreamMonitor(stream: key.stream, taxonomy: $0, settings: settings, writer: writer)
            }, recorder: IncidentRecorder(tenant: key.tenant))
        let rebuilt = RebuiltMonitors(watched.monitors)
        let since = Timestamp(milliseconds: time.milliseconds - history * 1000)
        try await store.export(
            MessageQuery(stream: key.stream, from: since, to: time), tenant: key.tenant, batchSize: 1000
        ) { messages throws(VigiaError) in rebuilt.observe(messages) }
        let (monitors, lastSeen) = rebuilt.result
        watched.monitors = monitors
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
                        redacted: stored.message.text,
                        classification: Classification(
                            top: [LabelScore(label: prediction.label, confidence: prediction.confidence)]),
                        id: stored.id, at: stored.message.eventTime)
                }
            }
            state.lastSeen = messages.last?.message.eventTime ?? state.lastSeen
        }
    }
}
