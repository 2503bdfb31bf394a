/// Where streams are kept, per tenant.
public protocol StreamStore: Sendable {
    /// Adds a stream; throws `.conflict` when the tenant already has one with that id.
    func createStream(_ stream: Stream, tenant: TenantID) async throws(VigiaError)
    func stream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Stream?
    /// The tenant's streams, by id.
    func streams(tenant: TenantID) async throws(VigiaError) -> [Stream]
    /// Removes a stream with all its messages, incidents and insights; false when there was no such stream.
    func deleteStream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Bool
}
