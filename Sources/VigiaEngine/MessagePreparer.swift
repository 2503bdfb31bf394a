import VigiaCore
import VigiaText

/// The first stage of a ``Pipeline`` lane: messages are redacted (nothing after this sees personal data, the
/// store included) and classified by each of their stream's taxonomies that has a model, which become their
/// predictions, in the stream's order of taxonomies. Messages of tagged streams get their keyphrases as tags,
/// ranked against the stream's own document frequencies.
struct MessagePreparer<Store: StreamStore> {
    private struct StreamKey: Hashable {
        let tenant: TenantID
        let stream: StreamID
    }

    private struct PreparedStream {
        /// The stream's classifiers, in its order of taxonomies.
        let taxonomies: [(taxonomy: String, classify: (String) -> LabelScore)]
        /// For a tagged stream, how many of its messages had each term.
        var frequencies: DocumentFrequencies?
    }

    /// Terms a tagged stream's frequencies track: enough for its vocabulary, small enough for thousands of streams.
    static var trackedTerms: Int { 5_000 }

    let store: Store
    private let classifiers: [String: (String) -> LabelScore]
    private let taggedKinds: Set<Stream.Kind>
    private let redactor = PIIRedactor()
    private let keyphrases = KeyphraseExtractor()
    private var streams: [StreamKey: PreparedStream] = [:]

    /// `classifiers` are the lane's own (they may keep scratch memory), by taxonomy name.
    init(store: Store, classifiers: [String: (String) -> LabelScore], taggedKinds: Set<Stream.Kind>) {
        self.store = store
        self.classifiers = classifiers
        self.taggedKinds = taggedKinds
    }

    /// The messages redacted and classified. Throws `.notFound` for a stream the tenant does not have.
    mutating func prepare(
        _ messages: [NewMessage], of stream: StreamID, tenant: TenantID
    ) async throws(VigiaError) -> [NewMessage] {
        let key = StreamKey(tenant: tenant, stream: stream)
        var known: PreparedStream
        if let cached = streams.removeValue(forKey: key) {
            known = cached
        } else {
            guard let definition = try await store.stream(stream, tenant: tenant) else {
                throw VigiaError(.notFound, "no stream '\(stream)'")
            }
            known = PreparedStream(
                taxonomies: definition.taxonomies.compactMap { name in classifiers[name].map { (name, $0) } },
                frequencies: taggedKinds.contains(definition.kind)
                    ? DocumentFrequencies(capacity: Self.trackedTerms) : nil)
        }
        defer { streams[key] = known }
        var prepared = messages
        for index in prepared.indices {
            let text = redactor.redact(prepared[index].text)
            prepared[index].text = text
            prepared[index].predictions.reserveCapacity(known.taxonomies.count)
            for (taxonomy, classify) in known.taxonomies {
                let best = classify(text)
                prepared[index].predictions.append(
                    Prediction(taxonomy: taxonomy, label: best.label, confidence: best.confidence))
            }
            if known.frequencies != nil {
                let candidates = keyphrases.candidates(in: text)
                known.frequencies!.record(candidates)
                prepared[index].tags = keyphrases.keyphrases(among: candidates, frequencies: known.frequencies)
            }
        }
        return prepared
    }

    /// Forgets a stream's taxonomies (changed, or the stream deleted).
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }
}
