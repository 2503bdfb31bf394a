/// Where classified messages are kept, per tenant.
///
/// `append` returns only after the messages are durably committed: callers acknowledge to their clients after it.
public protocol MessageStore: Sendable {
    /// Stores messages of one stream, accepted at `receivedAt`. A message whose (stream, client id) is already
    /// stored, in the store or earlier in the same batch, is not stored again: its existing id is returned.
    /// Throws `.notFound` when the tenant has no such stream.
    func append(
        _ messages: [NewMessage], to stream: StreamID, tenant: TenantID, receivedAt: Timestamp
    )
        async throws(VigiaError) -> AppendResult
    func message(_ id: MessageID, tenant: TenantID) async throws(VigiaError) -> StoredMessage?
    /// One page of matching messages, newest first.
    func search(_ query: MessageQuery, tenant: TenantID) async throws(VigiaError) -> MessagePage
    /// Every matching message, oldest first, handed to `sink` in batches of at most `batchSize`, so that any
    /// number of messages is exported in constant memory. `query.limit` and `query.cursor` are ignored.
    func export(
        _ query: MessageQuery, tenant: TenantID, batchSize: Int,
        into sink: @Sendable ([StoredMessage]) async throws(VigiaError) -> Void
    ) async throws(VigiaError)
    /// Retention: removes the tenant's messages whose event time is before `cutoff`; returns how many.
    func deleteMessages(before cutoff: Timestamp, tenant: TenantID) async throws(VigiaError) -> Int
    /// How many messages the tenant has, in one stream or in all.
    func countMessages(tenant: TenantID, stream: StreamID?) async throws(VigiaError) -> Int
}
