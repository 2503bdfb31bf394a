import VigiaCore
import VigiaText

/// The first stage of a ``Pipeline`` lane: messages are redacted (nothing after this sees personal data, the
/// store included) and classified by each of their stream's taxonomies that has a model, which become their
/// predictions, in the stream's order of taxonomies.
struct MessagePreparer<Store: StreamStore> {
    private struct StreamKey: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    let store: Store
    private let classifiers: [String: (String) -> Classification]
    private let redactor = PIIRedactor()
    /// Each known stream's classifiers, in its order of taxonomies.
    private var streams: [StreamKey: [(taxonomy: String, classify: (String) -> Classification)]] = [:]

    /// `classifiers` are the lane's own (they may keep scratch memory), by taxonomy name.
    init(store: Store, classifiers: [String: (String) -> Classification]) {
        self.store = store
        self.classifiers = classifiers
    }

    /// The messages redacted and classified. Throws `.notFound` for a stream the tenant does not have.
    mutating func prepare(
        _ messages: [NewMessage], of stream: StreamID, tenant: TenantID
    ) async throws(VigiaError) -> [NewMessage] {
        let key = StreamKey(tenant: tenant, stream: stream)
        if streams[key] == nil {
            guard let definition = try await store.stream(stream, tenant: tenant) else {
                throw VigiaError(.notFound, "no stream '\(stream)'")
            }
            streams[key] = definition.taxonomies.compactMap { name in classifiers[name].map { (name, $0) } }
        }
        let taxonomies = streams[key]!
        var prepared = messages
        for index in prepared.indices {
            let text = redactor.redact(prepared[index].text)
            prepared[index].text = text
            prepared[index].predictions.reserveCapacity(taxonomies.count)
            for (taxonomy, classify) in taxonomies {
                let classification = classify(text)
                prepared[index].predictions.append(
                    Prediction(taxonomy: taxonomy, label: classification.label, confidence: classification.confidence))
            }
        }
        return prepared
    }

    /// Forgets a stream's taxonomies (changed, or the stream deleted).
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }
}
