import Foundation
import Hummingbird
import VigiaCore

/// What a node says about the model it runs for a taxonomy (the server does not read model files itself).
public struct NodeModel: Sendable {
    public let taxonomy: String
    public let labels: [String]
    public let trainingExamples: Int
    public let trainingFingerprint: String
    /// Validation figures, when the model was trained with a validation split.
    public let accuracy: Double?
    public let macroF1: Double?

    public init(
        taxonomy: String, labels: [String], trainingExamples: Int, trainingFingerprint: String, accuracy: Double?,
        macroF1: Double?
    ) {
        self.taxonomy = taxonomy
        self.labels = labels
        self.trainingExamples = trainingExamples
        self.trainingFingerprint = trainingFingerprint
        self.accuracy = accuracy
        self.macroF1 = macroF1
    }
}

extension VigiaAPI {
    struct TaxonomyView: Encodable {
        let name: String
        let labels: [String]
        /// The model this node classifies with.
        let running: RunningModelView?
        /// Versions of the tenant's own in the registry.
        let versions: Int
    }

    struct RunningModelView: Encodable {
        let trainingExamples: Int
        let trainingFingerprint: String
        let accuracy: Double?
        let macroF1: Double?
    }

    struct TaxonomyList: JSONResponse {
        let items: [TaxonomyView]
    }

    struct ModelVersionView: Encodable {
        let version: Int
        let aliases: [String]
        let metrics: [String: Double]
        let trainingFingerprint: String
        let parent: Int?
        let createdAt: String
        let fileSize: Int
        let fileChecksum: String
    }

    struct ModelList: JSONResponse {
        let taxonomy: String
        let running: RunningModelView?
        let items: [ModelVersionView]
    }

    /// `GET /api/v1/taxonomies` and `GET /api/v1/taxonomies/{name}/models`: what classifies the tenant's messages,
    /// and the versions its registry keeps, with their metrics.
    func addTaxonomyRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("taxonomies") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            var items: [TaxonomyView] = []
            for name in taxonomies.sorted() {
                let running = models[name]
                items.append(
                    TaxonomyView(
                        name: name, labels: running?.labels ?? Taxonomy.builtIn[name]?.labels ?? [],
                        running: running.map(Self.view),
                        versions: try await store.modelVersions(taxonomy: name, tenant: caller.tenant).count))
            }
            return try TaxonomyList(items: items).response()
        }
        api.get("taxonomies/:name/models") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let name = try context.parameters.require("name")
            let versions = try await store.modelVersions(taxonomy: name, tenant: caller.tenant)
            guard taxonomies.contains(name) || !versions.isEmpty else {
                throw Problem(.notFound, code: "not_found", "no taxonomy '\(name)'")
            }
            return try ModelList(
                taxonomy: name, running: models[name].map(Self.view),
                items: versions.sorted { $0.version > $1.version }.map(Self.view)
            ).response()
        }
    }

    static func view(_ model: NodeModel) -> RunningModelView {
        RunningModelView(
            trainingExamples: model.trainingExamples, trainingFingerprint: model.trainingFingerprint,
            accuracy: model.accuracy, macroF1: model.macroF1)
    }

    static func view(_ version: ModelVersion) -> ModelVersionView {
        // The registry keeps the trainer's metrics as JSON; the numbers among them are shown.
        let decoded = (try? JSONSerialization.jsonObject(with: Data(version.metrics.utf8))) as? [String: Any] ?? [:]
        return ModelVersionView(
            version: version.version, aliases: version.aliases.map(\.rawValue).sorted(),
            metrics: decoded.compactMapValues { ($0 as? NSNumber)?.doubleValue },
            trainingFingerprint: version.trainingFingerprint,
            parent: version.parent, createdAt: version.createdAt.rfc3339, fileSize: version.fileSize,
            fileChecksum: version.fileChecksum)
    }
}
