/// Where insights are kept, per tenant. Insights are history: they are added, never changed.
public protocol InsightStore: Sendable {
    /// Adds an insight and returns it with its id (the one given is ignored). Throws `.notFound` when the tenant has
    /// no such stream or incident, and `.invalidArgument` for an incident of another stream or an insight that
    /// fails ``Insight/validate()``.
    func addInsight(_ insight: Insight, tenant: TenantID) async throws(VigiaError) -> Insight
    /// A stream's latest insights, newest first, at most `limit` (1…1000); only those of `incident` when given.
    func insights(
        stream: StreamID, incident: Int64?, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [Insight]
}
