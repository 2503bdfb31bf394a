import Foundation
import Hummingbird
import VigiaCore
import VigiaEngine

extension VigiaAPI {
    struct TaxonomyView: Encodable {
        let name: String
        /// Shared by every tenant (else the tenant's own, trained from its examples).
        let builtIn: Bool
        let labels: [String]
        /// The model this node classifies with.
        let running: RunningModelView
        /// Versions of the tenant's own in the registry.
        let versions: Int
    }

    struct RunningModelView: Encodable {
        /// The registry version, for a tenant's own model.
        let version: Int?
        let trainingExamples: Int
        let trainingFingerprint: String
        let accuracy: Double?
        let macroF1: Double?
        let confusion: [String: [String: Int]]?
    }

    struct TaxonomyList: JSONResponse {
        let items: [TaxonomyView]
    }

    struct ModelVersionView: Encodable {
        let version: Int
        let aliases: [String]
        let metrics: [String: Double]
        /// Validation examples by true label, then predicted label, when the version kept them.
        let confusion: [String: [String: Int]]?
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

    struct NewTaxonomy: JSONBody {
        static var fields: Set<String> { ["name", "examples", "useLabels"] }
        let name: String
        let examples: [LabeledExample]?
        /// Whether the tenant's human labels of the taxonomy join the examples (default true).
        let useLabels: Bool?
    }

    /// `GET /api/v1/taxonomies` and `GET /api/v1/taxonomies/{name}/models`: what classifies the tenant's messages,
    /// and the versions its registry keeps, with their metrics. `POST /api/v1/taxonomies` trains one of the
    /// tenant's own from labeled examples and its people's labels, as a job.
    func addTaxonomyRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("taxonomies") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            var items: [TaxonomyView] = []
            for (name, model) in models.models(for: caller.tenant).sorted(by: { $0.key < $1.key }) {
                items.append(
                    TaxonomyView(
                        name: name, builtIn: model.version == nil, labels: model.labels, running: Self.view(model),
                        versions: try await store.modelVersions(taxonomy: name, tenant: caller.tenant).count))
            }
            return try TaxonomyList(items: items).response()
        }
        api.post("taxonomies") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let body = try await request.json(NewTaxonomy.self, limit: limits.batchBody)
            guard Taxonomy.isValidName(body.name) else {
                throw Problem.unprocessable(
                    "invalid taxonomy name '\(body.name)': use lowercase letters, digits, '-' and '_' (1 to 64)")
            }
            var examples = body.examples ?? []
            if let long = examples.firstIndex(where: { $0.text.count > limits.textLength }) {
                throw Problem.unprocessable("example \(long + 1) is longer than \(limits.textLength) characters")
            }
            if body.useLabels ?? true {
                examples += try await store.labeledExamples(taxonomy: body.name, tenant: caller.tenant)
            }
            guard !examples.isEmpty else {
                throw Problem.unprocessable(
                    "no examples: send 'examples', or label messages with taxonomy '\(body.name)' first")
            }
            do throws(VigiaError) {
                _ = try TaxonomyTraining.taxonomy(named: body.name, examples: examples, catalog: models)
            } catch {
                throw Problem.unprocessable(error.message)
            }
            return try JobView.accepted(
                try await jobs.enqueueTraining(body.name, examples: examples, tenant: caller.tenant))
        }
        api.get("taxonomies/:name/models") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let name = try context.parameters.require("name")
            let versions = try await store.modelVersions(taxonomy: name, tenant: caller.tenant)
            let running = models.model(name, for: caller.tenant)
            guard running != nil || !versions.isEmpty else {
                throw Problem(.notFound, code: "not_found", "no taxonomy '\(name)'")
            }
            return try ModelList(
                taxonomy: name, running: running.map(Self.view),
                items: versions.sorted { $0.version > $1.version }.map(Self.view)
            ).response()
        }
    }

    static func view(_ model: ModelCatalog.Model) -> RunningModelView {
        RunningModelView(
            version: model.version, trainingExamples: model.trainingExamples,
            trainingFingerprint: model.trainingFingerprint, accuracy: model.accuracy, macroF1: model.macroF1,
            confusion: model.confusion)
    }

    static func view(_ version: ModelVersion) -> ModelVersionView {
        // The registry keeps the trainer's metrics as JSON; the numbers among them are shown.
        let decoded = (try? JSONSerialization.jsonObject(with: Data(version.metrics.utf8))) as? [String: Any] ?? [:]
        return ModelVersionView(
            version: version.version, aliases: version.aliases.map(\.rawValue).sorted(),
            metrics: decoded.compactMapValues { ($0 as? NSNumber)?.doubleValue },
            confusion: (decoded["confusion"] as? [String: [String: Int]]),
            trainingFingerprint: version.trainingFingerprint,
            parent: version.parent, createdAt: version.createdAt.rfc3339, fileSize: version.fileSize,
            fileChecksum: version.fileChecksum)
    }
}
