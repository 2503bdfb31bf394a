import Logging
import Synchronization
import VigiaCore
import VigiaML

/// The models a node classifies with, by taxonomy: the built-in ones, which every tenant shares, and each tenant's
/// own taxonomies, trained from its examples (``TaxonomyTraining``) and kept in the registry as their `production`
/// version. Pipeline lanes and batch analyses look a stream's or a tenant's models up here.
public final class ModelCatalog: Sendable {
    public struct Model: Sendable {
        public let taxonomy: String
        public let labels: [String]
        /// The tenant's registry version; nil for a built-in model.
        public let version: Int?
        public let trainingExamples: Int
        public let trainingFingerprint: String
        /// Validation figures, when the model was trained with a validation split.
        public let accuracy: Double?
        public let macroF1: Double?
        /// Validation examples by true label, then predicted label.
        public let confusion: [String: [String: Int]]?
        /// A new classifier. Each keeps its own scratch memory, so each lane makes its own.
        public let makeClassifier: @Sendable () -> (String) -> LabelScore

        public init(
            taxonomy: String, labels: [String], version: Int? = nil, trainingExamples: Int = 0,
            trainingFingerprint: String = "", accuracy: Double? = nil, macroF1: Double? = nil,
            confusion: [String: [String: Int]]? = nil, makeClassifier: @escaping @Sendable () -> (String) -> LabelScore
        ) {
            self.taxonomy = taxonomy
            self.labels = labels
            self.version = version
            self.trainingExamples = trainingExamples
            self.trainingFingerprint = trainingFingerprint
            self.accuracy = accuracy
            self.macroF1 = macroF1
            self.confusion = confusion
            self.makeClassifier = makeClassifier
        }

        /// A trained model, with its figures.
        public init(_ model: ClassifierModel, version: Int? = nil) {
            self.init(
                taxonomy: model.taxonomy.name, labels: model.taxonomy.labels, version: version,
                trainingExamples: model.metadata.trainingExamples,
                trainingFingerprint: model.metadata.trainingFingerprint,
                accuracy: model.metadata.validation?.accuracy, macroF1: model.metadata.validation?.macroF1,
                confusion: model.metadata.validation?.confusion, makeClassifier: { model.bestLabel() })
        }
    }

    private let builtIn: [String: Model]
    private let tenants = Mutex<[TenantID: [String: Model]]>([:])

    public init(builtIn: [Model]) {
        self.builtIn = Dictionary(builtIn.map { ($0.taxonomy, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `taxonomy` is one every tenant shares (a tenant cannot train its own under that name).
    public func isBuiltIn(_ taxonomy: String) -> Bool { builtIn[taxonomy] != nil }

    /// The tenant's models: the built-in ones and its own.
    public func models(for tenant: TenantID) -> [String: Model] {
        builtIn.merging(tenants.withLock { $0[tenant] ?? [:] }) { shared, _ in shared }
    }

    public func model(_ taxonomy: String, for tenant: TenantID) -> Model? {
        builtIn[taxonomy] ?? tenants.withLock { $0[tenant]?[taxonomy] }
    }

    /// Makes `model` the tenant's model for its taxonomy (a first version, or one that replaces another). Streams
    /// already watched keep the model they had until the pipeline forgets them.
    public func install(_ model: Model, for tenant: TenantID) {
        precondition(!isBuiltIn(model.taxonomy), "a tenant's model cannot replace a built-in one")
        tenants.withLock { $0[tenant, default: [:]][model.taxonomy] = model }
    }

    /// New classifiers for `taxonomies`, in their order; `.invalidArgument` naming one the tenant has no model for.
    public func classifiers(
        _ taxonomies: [String], for tenant: TenantID
    ) throws(VigiaError) -> [(taxonomy: String, classify: (String) -> LabelScore)] {
        var made: [(taxonomy: String, classify: (String) -> LabelScore)] = []
        for name in taxonomies {
            guard let model = model(name, for: tenant) else {
                throw VigiaError(.invalidArgument, "no model for taxonomy '\(name)'")
            }
            made.append((name, model.makeClassifier()))
        }
        return made
    }

    /// Installs every tenant's `production` model from the registry: what a starting node does before it takes
    /// messages. A model file that cannot be read (corrupt, or of an unknown format) is logged and left out, so that
    /// one bad model does not keep every tenant from running; its streams classify without it. The store's own
    /// failures are thrown.
    public func installProductionModels(
        from registry: some ModelRegistry, logger: Logger
    ) async throws(VigiaError) {
        for (tenant, taxonomy, version) in try await registry.aliasedVersions(.production) {
            do throws(VigiaError) {
                guard let file = try await registry.modelFile(taxonomy: taxonomy, version: version, tenant: tenant)
                else { continue }
                let model = try ModelFile.decode(file, source: "\(taxonomy) version \(version)")
                install(Model(model, version: version), for: tenant)
            } catch  where error.code == .corruptModel {
                logger.error("model not loaded: \(error)", metadata: ["tenant": "\(tenant)"])
            }
        }
    }
}
