/// Where the periodic (weekly) summaries of streams are kept.
public protocol SummaryStore: Sendable {
    /// Keeps `summary`, replacing the one of the same stream and period; throws `.notFound` for an unknown stream.
    func saveSummary(_ summary: StreamSummary, tenant: TenantID) async throws(VigiaError)
    /// The stream's kept summaries, the latest period first, at most `limit` (see ``ListingLimit``).
    func summaries(of stream: StreamID, limit: Int, tenant: TenantID) async throws(VigiaError) -> [StreamSummary]
}
