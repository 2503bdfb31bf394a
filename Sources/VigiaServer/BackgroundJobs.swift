import Foundation
import Logging
import ServiceLifecycle
import VigiaCore
import VigiaEngine

/// Runs the work too long to answer at once as stored jobs, one at a time, reporting progress in the store as it
/// goes: batch analyses too large for one response, and trainings of a tenant's own taxonomies. A node that
/// restarts picks up the jobs it had not finished: each keeps its input.
public final class BackgroundJobs<Store: VigiaStore>: Service, Sendable {
    enum Kind: String {
        case analyze
        case train
    }

    struct AnalysisInput: Codable {
        let taxonomies: [String]
        let texts: [String]
    }

    struct TrainingInput: Codable {
        let taxonomy: String
        let examples: [LabeledExample]
    }

    private let store: Store
    private let pipeline: Pipeline<Store>
    private let logger: Logger
    private let submitted: AsyncStream<(tenant: TenantID, job: Job)>
    private let submit: AsyncStream<(tenant: TenantID, job: Job)>.Continuation

    /// Analyses classify with the pipeline's models; trainings install theirs in it.
    public init(store: Store, pipeline: Pipeline<Store>, logger: Logger = Logger(label: "vigia.jobs")) {
        self.store = store
        self.pipeline = pipeline
        self.logger = logger
        (submitted, submit) = AsyncStream.makeStream()
    }

    /// Stores a pending analysis of `texts` and queues it; the job is returned at once.
    func enqueueAnalysis(_ texts: [String], taxonomies: [String], tenant: TenantID) async throws(VigiaError) -> Job {
        try await enqueue(.analyze, JSONText.encoded(AnalysisInput(taxonomies: taxonomies, texts: texts)), tenant)
    }

    /// Stores a pending training of `taxonomy` on `examples` (checked already) and queues it.
    func enqueueTraining(
        _ taxonomy: String, examples: [LabeledExample], tenant: TenantID
    ) async throws(VigiaError) -> Job {
        try await enqueue(.train, JSONText.encoded(TrainingInput(taxonomy: taxonomy, examples: examples)), tenant)
    }

    private func enqueue(_ kind: Kind, _ input: String, _ tenant: TenantID) async throws(VigiaError) -> Job {
        let job = try await store.createJob(kind: kind.rawValue, input: input, tenant: tenant, at: .now)
        submit.yield((tenant, job))
        return job
    }

    public func run() async throws {
        let unfinished = try await store.unfinishedJobs().filter { Kind(rawValue: $0.job.kind) != nil }
        if !unfinished.isEmpty { logger.info("resuming \(unfinished.count) unfinished jobs") }
        for (tenant, job) in unfinished { await process(job, tenant: tenant) }
        // Ends when the service group shuts down; a job in progress is left unfinished for the next start.
        for await (tenant, job) in submitted.cancelOnGracefulShutdown() { await process(job, tenant: tenant) }
    }

    private func process(_ job: Job, tenant: TenantID) async {
        do {
            _ = try await store.updateJob(
                job.id, status: .processing, progress: 0, result: nil, tenant: tenant, at: .now)
            let result: String
            switch Kind(rawValue: job.kind) {
            case .analyze: result = try await analyze(job, tenant: tenant)
            case .train: result = try await train(job, tenant: tenant)
            case nil: return
            }
            _ = try await store.updateJob(job.id, status: .done, progress: 1, result: result, tenant: tenant, at: .now)
        } catch {
            logger.error("\(job.kind) job \(job.id) failed: \(error)", metadata: ["tenant": "\(tenant)"])
            _ = try? await store.updateJob(
                job.id, status: .failed, progress: job.progress, result: "\(error)", tenant: tenant, at: .now)
        }
    }

    private func analyze(_ job: Job, tenant: TenantID) async throws -> String {
        guard let input = try JSONText.decoded(AnalysisInput.self, from: job.input) else {
            throw VigiaError(.invalidData, "the job has no input")
        }
        let result = try await BatchAnalysis.run(
            input.texts, classifiers: try pipeline.models.classifiers(input.taxonomies, for: tenant)
        ) { done in
            if done < 1 { try await report(done, of: job, tenant: tenant) }
        }
        return JSONText.encoded(result)
    }

    /// Trains the taxonomy, and makes the pipeline forget the tenant's streams that run it, so that their next
    /// messages are classified by the new model.
    private func train(_ job: Job, tenant: TenantID) async throws -> String {
        guard let input = try JSONText.decoded(TrainingInput.self, from: job.input) else {
            throw VigiaError(.invalidData, "the job has no input")
        }
        let taxonomy = try TaxonomyTraining.taxonomy(
            named: input.taxonomy, examples: input.examples, catalog: pipeline.models)
        let (shares, reporter) = AsyncStream.makeStream(of: Double.self, bufferingPolicy: .bufferingNewest(1))
        async let reported: Void = {
            var last = 0.0
            for await share in shares where share - last >= 0.02 && share < 1 {
                last = share
                try? await report(share, of: job, tenant: tenant)
            }
        }()
        let outcome: TaxonomyTraining.Outcome
        do {
            outcome = try await TaxonomyTraining.train(
                taxonomy, examples: input.examples, tenant: tenant, registry: store, catalog: pipeline.models,
                progress: { reporter.yield($0) })
            reporter.finish()
            await reported
        } catch {
            reporter.finish()
            await reported
            throw error
        }
        for stream in try await store.streams(tenant: tenant) where stream.taxonomies.contains(taxonomy.name) {
            await pipeline.forget(stream.id, tenant: tenant)
        }
        return JSONText.encoded(outcome)
    }

    private func report(_ share: Double, of job: Job, tenant: TenantID) async throws {
        _ = try await store.updateJob(
            job.id, status: .processing, progress: share, result: nil, tenant: tenant, at: .now)
    }
}
