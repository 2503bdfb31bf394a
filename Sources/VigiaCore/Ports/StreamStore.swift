/// Where streams are kept, per tenant.
public protocol StreamStore: Sendable {
    /// Adds a stream; throws `.conflict` when the tenant already has one with that id.
    func createStream(_ stream: Stream, tenant: TenantID) async throws(VigiaError)
    func stream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Stream?
    /// The tenant's streams, by id.
    func streams(tenant: TenantID) async throws(VigiaError) -> [Stream]
    /// Replaces a stream's name, kind, taxonomies and detection (its id and creation time stay); false when there
    /// is no such stream.
    func updateStream(_ stream: Stream, tenant: TenantID) async throws(VigiaError) -> Bool
    /// Every tenant's streams, for the node's own background work (weekly summaries); never for a caller.
    func allStreams() async throws(VigiaError) -> [(tenant: TenantID, stream: Stream)]
    /// Removes a stream with all its messages, incidents and insights; false when there was no such stream.
    func deleteStream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Bool
}
