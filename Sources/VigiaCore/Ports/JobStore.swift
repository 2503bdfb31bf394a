/// Where jobs are kept, per tenant.
public protocol JobStore: Sendable {
    /// Creates a pending job and returns it with its id.
    func createJob(kind: String, input: String, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Job
    /// Records progress or an outcome; throws `.notFound` for a job the tenant does not have, and
    /// `.invalidArgument` for a progress outside 0…1 or a change to a finished job (finished is final).
    func updateJob(
        _ id: Int64, status: Job.Status, progress: Double, result: String?, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Job
    func job(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Job?
    /// Every tenant's pending and processing jobs, oldest first, with their tenant: what a restarted node resumes.
    func unfinishedJobs() async throws(VigiaError) -> [(tenant: TenantID, job: Job)]
}

extension JobStore {
    /// The checks every backend makes before changing a job.
    public static func validateUpdate(of job: Job?, id: Int64, progress: Double) throws(VigiaError) -> Job {
        guard let job else { throw VigiaError(.notFound, "no job \(id)") }
        guard (0...1).contains(progress) else { throw VigiaError(.invalidArgument, "progress must be in 0…1") }
        guard job.status.isUnfinished else {
            throw VigiaError(.invalidArgument, "job \(id) is finished (\(job.status.rawValue)) and cannot change")
        }
        return job
    }
}
