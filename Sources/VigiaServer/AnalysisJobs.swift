import Foundation
import Logging
import ServiceLifecycle
import VigiaCore
import VigiaEngine

/// Runs batch analyses too large to answer at once as stored jobs, one at a time, reporting progress in the store
/// as it goes. A node that restarts picks up the analyses it had not finished: the job keeps its input.
public final class AnalysisJobs<Store: VigiaStore>: Service, Sendable {
    static var kind: String { "analyze" }

    struct Input: Codable {
        let taxonomies: [String]
        let texts: [String]
    }

    private let store: Store
    private let classifiers: ClassifierFactory
    private let logger: Logger
    private let submitted: AsyncStream<(tenant: TenantID, job: Job)>
    private let submit: AsyncStream<(tenant: TenantID, job: Job)>.Continuation

    public init(store: Store, classifiers: @escaping ClassifierFactory, logger: Logger = Logger(label: "vigia.jobs")) {
        self.store = store
        self.classifiers = classifiers
        self.logger = logger
        (submitted, submit) = AsyncStream.makeStream()
    }

    /// Stores a pending analysis of `texts` and queues it; the job is returned at once.
    func enqueue(_ texts: [String], taxonomies: [String], tenant: TenantID) async throws(VigiaError) -> Job {
        let input = JSONText.encoded(Input(taxonomies: taxonomies, texts: texts))
        let job = try await store.createJob(kind: Self.kind, input: input, tenant: tenant, at: .now)
        submit.yield((tenant, job))
        return job
    }

    public func run() async throws {
        let unfinished = try await store.unfinishedJobs().filter { $0.job.kind == Self.kind }
        if !unfinished.isEmpty { logger.info("resuming \(unfinished.count) unfinished analyses") }
        for (tenant, job) in unfinished { await process(job, tenant: tenant) }
        // Ends when the service group shuts down; a job in progress is left unfinished for the next start.
        for await (tenant, job) in submitted.cancelOnGracefulShutdown() { await process(job, tenant: tenant) }
    }

    private func process(_ job: Job, tenant: TenantID) async {
        do {
            guard let input = try JSONText.decoded(Input.self, from: job.input) else { return }
            _ = try await store.updateJob(
                job.id, status: .processing, progress: 0, result: nil, tenant: tenant, at: .now)
            let result = try await BatchAnalysis.run(
                input.texts, taxonomies: input.taxonomies, classifiers: classifiers
            ) { done in
                if done < 1 {
                    _ = try await store.updateJob(
                        job.id, status: .processing, progress: done, result: nil, tenant: tenant, at: .now)
                }
            }
            _ = try await store.updateJob(
                job.id, status: .done, progress: 1, result: JSONText.encoded(result), tenant: tenant, at: .now)
        } catch {
            logger.error("analysis job \(job.id) failed: \(error)", metadata: ["tenant": "\(tenant)"])
            _ = try? await store.updateJob(
                job.id, status: .failed, progress: job.progress, result: "\(error)", tenant: tenant, at: .now)
        }
    }
}
