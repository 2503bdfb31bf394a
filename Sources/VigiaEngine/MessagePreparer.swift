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

    /// A model of the catalog: built in (no tenant), or a tenant's own.
    private struct ModelKey: Hashable {
        let tenant: TenantID?
        let taxonomy: String
    }

    let store: Store
    private let models: ModelCatalog
    private let taggedKinds: Set<Stream.Kind>
    private let redactor = PIIRedactor()
    private let keyphrases = KeyphraseExtractor()
    private var streams: [StreamKey: PreparedStream] = [:]
    /// The lane's own classifiers (they keep scratch memory), made once per model version.
    private var classifiers: [ModelKey: (version: Int?, classify: (String) -> LabelScore)] = [:]

    init(store: Store, models: ModelCatalog, taggedKinds: Set<Stream.Kind>) {
        self.store = store
        self.models = models
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
            var taxonomies: [(taxonomy: String, classify: (String) -> LabelScore)] = []
            for name in definition.taxonomies {
                if let classify = classifier(name, tenant: tenant) { taxonomies.append((name, classify)) }
            }
            known = PreparedStream(
                taxonomies: taxonomies,
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

    /// The lane's classifier of the tenant's model for `taxonomy`, made anew when the catalog has a newer version.
    private mutating func classifier(_ taxonomy: String, tenant: TenantID) -> ((String) -> LabelScore)? {
        guard let model = models.model(taxonomy, for: tenant) else { return nil }
        let key = ModelKey(tenant: model.version == nil ? nil : tenant, taxonomy: taxonomy)
        if let made = classifiers[key], made.version == model.version { return made.classify }
        let classify = model.makeClassifier()
        classifiers[key] = (model.version, classify)
        return classify
    }

    /// Forgets a stream's taxonomies (changed, the stream deleted, or a new model for one of them).
    mutating func forget(_ stream: StreamID, tenant: TenantID) {
        streams[StreamKey(tenant: tenant, stream: stream)] = nil
    }
}
