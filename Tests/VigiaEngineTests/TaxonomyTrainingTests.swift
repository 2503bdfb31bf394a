import Logging
import Testing
import VigiaCore

@testable import VigiaEngine

/// A tenant's own taxonomy, trained by the real trainer into the registry and the catalog, loaded again by a
/// starting node, and run by the pipeline for that tenant only.
@Suite struct TaxonomyTrainingTests {
    let acme = TenantID("acme")
    let globex = TenantID("globex")

    /// Application log lines of two kinds.
    static let logExamples: [LabeledExample] =
        [
            "timeout ao conectar no banco", "erro 500 no checkout", "falha ao gravar arquivo",
            "exceção não tratada no worker", "conexão recusada pelo servidor", "erro de autenticação no login",
        ].map { LabeledExample(text: $0, label: "erro") }
        + [
            "requisição concluída em 20 ms", "usuário entrou no sistema", "cache aquecido com sucesso",
            "tarefa agendada executada", "backup concluído com sucesso", "serviço iniciado na porta 8080",
        ].map { LabeledExample(text: $0, label: "info") }

    func train(
        _ name: String, _ examples: [LabeledExample], store: InMemoryStore, catalog: ModelCatalog
    ) async throws -> TaxonomyTraining.Outcome {
        let taxonomy = try TaxonomyTraining.taxonomy(named: name, examples: examples, catalog: catalog)
        return try await TaxonomyTraining.train(
            taxonomy, examples: examples, tenant: acme, registry: store, catalog: catalog)
    }

    @Test func eachTrainingIsTheNextProductionVersionAndAStartingNodeLoadsIt() async throws {
        let store = InMemoryStore()
        let catalog = ModelCatalog(builtIn: [])
        let first = try await train("logs", Self.logExamples, store: store, catalog: catalog)
        #expect(first.version == 1 && first.parent == nil && first.labels == ["erro", "info"])
        #expect(catalog.model("logs", for: acme)?.version == 1)
        #expect(catalog.model("logs", for: globex) == nil)
        let more = Self.logExamples + [LabeledExample(text: "disco cheio no servidor", label: "erro")]
        let second = try await train("logs", more, store: store, catalog: catalog)
        #expect(second.version == 2 && second.parent == 1)
        let versions = await store.modelVersions(taxonomy: "logs", tenant: acme)
        #expect(versions.map(\.aliases) == [[], [.production]])
        #expect(versions[1].metrics.contains(#""trainingExamples""#))

        // A node that starts again: every tenant's production model, less one whose file cannot be read.
        _ = try await store.addModelVersion(
            NewModelVersion(
                taxonomy: "quebrado", metrics: "{}", trainingFingerprint: "x", parameters: "{}", createdAt: .now),
            file: [1, 2, 3], tenant: globex)
        try await store.setAlias(.production, taxonomy: "quebrado", version: 1, tenant: globex)
        let restarted = ModelCatalog(builtIn: [])
        try await restarted.installProductionModels(from: store, logger: Logger(label: "test"))
        let loaded = try #require(restarted.model("logs", for: acme))
        #expect(loaded.version == 2 && loaded.labels == ["erro", "info"])
        #expect(restarted.model("quebrado", for: globex) == nil)
        #expect(loaded.makeClassifier()("falha ao conectar no banco").label == "erro")
    }

    @Test func whatCannotMakeATaxonomyIsRefused() {
        let catalog = ModelCatalog(builtIn: [
            .init(taxonomy: "tech-issues", labels: ["nenhum"]) { { _ in .init(label: "nenhum", confidence: 1) } }
        ])
        let cases: [(String, [LabeledExample], VigiaError.Code)] = [
            ("tech-issues", Self.logExamples, .invalidArgument),
            ("Logs", Self.logExamples, .invalidArgument),
            ("logs", Self.logExamples.filter { $0.label == "erro" }, .invalidData),
            (
                "logs", Self.logExamples.filter { $0.label == "erro" } + Self.logExamples.prefix(2 + 6).suffix(2),
                .invalidData
            ),
            ("logs", Self.logExamples + [LabeledExample(text: "x", label: "Erro Grave")], .invalidData),
            ("logs", Self.logExamples + [LabeledExample(text: "  ", label: "erro")], .invalidData),
        ]
        for (name, examples, code) in cases {
            #expect(throws: VigiaError.self) {
                do throws(VigiaError) {
                    _ = try TaxonomyTraining.taxonomy(named: name, examples: examples, catalog: catalog)
                } catch {
                    #expect(error.code == code, "\(name): \(error)")
                    throw error
                }
            }
        }
    }

    @Test func theTenantsStreamsRunItsModelAndAnotherTenantsDoNot() async throws {
        let store = InMemoryStore()
        let catalog = ModelCatalog(builtIn: [])
        _ = try await train("logs", Self.logExamples, store: store, catalog: catalog)
        for tenant in [acme, globex] {
            try await store.createStream(
                VigiaCore.Stream(
                    id: StreamID("app"), name: "App", kind: .logs, taxonomies: ["logs"],
                    createdAt: Timestamp(milliseconds: 0)), tenant: tenant)
        }
        let pipeline = Pipeline(store: store, models: catalog)
        let running = Task { try await pipeline.run() }
        defer { running.cancel() }
        for tenant in [acme, globex] {
            _ = try await pipeline.submit(
                [NewMessage(eventTime: .now, text: "erro 500 ao gravar no banco")], to: StreamID("app"), tenant: tenant,
                receivedAt: .now)
        }
        let mine = try await store.search(MessageQuery(stream: StreamID("app")), tenant: acme).items
        let theirs = try await store.search(MessageQuery(stream: StreamID("app")), tenant: globex).items
        #expect(mine.first?.message.predictions.map(\.label) == ["erro"])
        #expect(theirs.first?.message.predictions.isEmpty == true)
    }
}
