import VigiaCore
import VigiaText

/// One lane of the ingest path: messages of the streams it owns are redacted and classified once, appended to the
/// store (returning only after the commit), then watched by the stream's ``StreamMonitor``. A node runs several
/// lanes in parallel, each stream always in the same lane, so a stream's messages stay in order and its monitor
/// needs no lock; the lanes' appends meet in the store's group commit.
public struct IngestLane {
    public let tenant: TenantID
    public let taxonomy: String
    private let classify: (String) -> Classification
    private let redactor = PIIRedactor()
    private var monitors: [StreamID: StreamMonitor] = [:]
    private let monitorFor: (StreamID) -> StreamMonitor

    /// `classify` is the model's (a lane owns it, so it may keep scratch memory); `monitor` makes a stream's
    /// monitor the first time the lane sees the stream.
    public init(
        tenant: TenantID, taxonomy: String, classify: @escaping (String) -> Classification,
        monitor: @escaping (StreamID) -> StreamMonitor
    ) {
        self.tenant = tenant
        self.taxonomy = taxonomy
        self.classify = classify
        monitorFor = monitor
    }

    /// Ingests messages of one stream, in time order; returns what their monitor found after they were stored.
    public mutating func ingest(
        _ messages: [Recording.Message], of stream: StreamID, into store: some MessageStore, receivedAt: Timestamp
    ) async throws(VigiaError) -> [StreamMonitor.Event] {
        var redacted: [String] = []
        var classifications: [Classification] = []
        var batch: [NewMessage] = []
        redacted.reserveCapacity(messages.count)
        classifications.reserveCapacity(messages.count)
        batch.reserveCapacity(messages.count)
        for message in messages {
            let text = redactor.redact(message.text)
            let classification = classify(text)
            redacted.append(text)
            classifications.append(classification)
            batch.append(
                NewMessage(
                    clientID: message.id, eventTime: message.time, author: message.author, text: text,
                    predictions: [
                        Prediction(
                            taxonomy: taxonomy, label: classification.label, confidence: classification.confidence)
                    ]))
        }
        _ = try await store.append(batch, to: stream, tenant: tenant, receivedAt: receivedAt)
        var monitor = monitors[stream] ?? monitorFor(stream)
        var events: [StreamMonitor.Event] = []
        for index in messages.indices {
            events += monitor.observe(
                redacted: redacted[index], classification: classifications[index], at: messages[index].time)
        }
        monitors[stream] = monitor
        return events
    }
}
