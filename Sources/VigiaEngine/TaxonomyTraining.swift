import Foundation
import VigiaCore
import VigiaML

/// A tenant's own taxonomy made from labeled examples: trained, stored in the registry as a new version (the child
/// of the production one), made `production`, and installed in the node's ``ModelCatalog``.
public enum TaxonomyTraining {
    /// The fewest examples of each label, and of labels, a taxonomy is trained from.
    public static var minimumExamplesPerLabel: Int { 3 }
    public static var minimumLabels: Int { 2 }
    /// The most examples one training takes.
    public static var maximumExamples: Int { 200_000 }

    /// What a training made.
    public struct Outcome: Sendable, Hashable, Codable {
        public let taxonomy: String
        public let version: Int
        public let parent: Int?
        public let labels: [String]
        public let trainingExamples: Int
        public let validationExamples: Int
        /// Validation figures (nil when too few examples of each label could be held out).
        public let accuracy: Double?
        public let macroF1: Double?
    }

    /// The taxonomy the examples make: their labels, sorted. `.invalidArgument` for a built-in or invalid name, and
    /// `.invalidData` for invalid labels, too few labels or examples of a label, or too many examples.
    public static func taxonomy(
        named name: String, examples: [LabeledExample], catalog: ModelCatalog
    ) throws(VigiaError) -> Taxonomy {
        guard !catalog.isBuiltIn(name) else {
            throw VigiaError(.invalidArgument, "'\(name)' is a built-in taxonomy; give your own taxonomy another name")
        }
        guard examples.count <= maximumExamples else {
            throw VigiaError(.invalidData, "at most \(maximumExamples) examples a training")
        }
        var counts: [String: Int] = [:]
        for example in examples {
            guard !example.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw VigiaError(.invalidData, "an example of '\(example.label)' has no text")
            }
            counts[example.label, default: 0] += 1
        }
        guard counts.count >= minimumLabels else {
            throw VigiaError(
                .invalidData,
                "a taxonomy needs examples of at least \(minimumLabels) labels (found \(counts.count))")
        }
        let scarce = counts.filter { $0.value < minimumExamplesPerLabel }.keys.sorted()
        guard scarce.isEmpty else {
            throw VigiaError(
                .invalidData,
                "each label needs at least \(minimumExamplesPerLabel) examples; too few for "
                    + scarce.joined(separator: ", "))
        }
        return try Taxonomy(name: name, labels: counts.keys.sorted())
    }

    /// Parameters for `count` examples: few examples need more passes to converge (as with fastText), many need
    /// the default ten.
    public static func parameters(for count: Int) -> TrainingParameters {
        TrainingParameters(epochs: min(50, max(10, 100_000 / max(count, 1))))
    }

    /// Trains `taxonomy` on `examples` on a thread of its own (training takes seconds of one core, which the
    /// cooperative pool's ingest work must not wait for), stores the model as the taxonomy's next version, makes it
    /// `production`, and installs it. `progress` gets the share of training done, now and then.
    public static func train(
        _ taxonomy: Taxonomy, examples: [LabeledExample], tenant: TenantID, registry: some ModelRegistry,
        catalog: ModelCatalog, progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) async throws(VigiaError) -> Outcome {
        let parameters = parameters(for: examples.count)
        let model = try await onOwnThread { () throws(VigiaError) in
            try Trainer.train(
                taxonomy: taxonomy, examples: examples, parameters: parameters,
                progress: { progress(Double($0.processed) / Double(max($0.total, 1))) }
            ).model
        }
        let metadata = model.metadata
        let metrics = RegistryMetrics(
            trainingExamples: metadata.trainingExamples, validationExamples: metadata.validationExamples,
            accuracy: metadata.validation?.accuracy, macroF1: metadata.validation?.macroF1,
            logLoss: metadata.validation?.logLoss, confusion: metadata.validation?.confusion)
        let parent = try await registry.modelVersion(forAlias: .production, taxonomy: taxonomy.name, tenant: tenant)
        let stored = try await registry.addModelVersion(
            NewModelVersion(
                taxonomy: taxonomy.name, metrics: JSONText.encoded(metrics),
                trainingFingerprint: metadata.trainingFingerprint, parameters: JSONText.encoded(parameters),
                parent: parent?.version, createdAt: .now),
            file: ModelFile.encode(model), tenant: tenant)
        try await registry.setAlias(.production, taxonomy: taxonomy.name, version: stored.version, tenant: tenant)
        catalog.install(ModelCatalog.Model(model, version: stored.version), for: tenant)
        return Outcome(
            taxonomy: taxonomy.name, version: stored.version, parent: parent?.version, labels: taxonomy.labels,
            trainingExamples: metadata.trainingExamples, validationExamples: metadata.validationExamples,
            accuracy: metadata.validation?.accuracy, macroF1: metadata.validation?.macroF1)
    }

    /// What the registry keeps of a version's evaluation.
    private struct RegistryMetrics: Encodable {
        let trainingExamples: Int
        let validationExamples: Int
        let accuracy: Double?
        let macroF1: Double?
        let logLoss: Double?
        let confusion: [String: [String: Int]]?
    }

    private static func onOwnThread<Value: Sendable>(
        _ work: @escaping @Sendable () throws(VigiaError) -> Value
    ) async throws(VigiaError) -> Value {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<Value, VigiaError>, Never>) in
            Thread {
                do throws(VigiaError) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }.start()
        }
        return try result.get()
    }
}
