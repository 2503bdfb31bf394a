/// Where machines' API keys are kept, per tenant, as hashes (see ``APIKey``).
public protocol APIKeyStore: Sendable {
    /// Adds a key to an existing tenant and returns it with its id. Throws `.notFound` when there is no such tenant,
    /// `.conflict` when any tenant has a key with that hash, and `.invalidArgument` for a hash that is not a
    /// SHA-256 in lowercase hex, a blank name or a bad prefix.
    func createAPIKey(
        name: String, role: Role, keyHash: String, prefix: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> APIKey
    /// The tenant's keys, revoked ones included, in the order they were created.
    func apiKeys(tenant: TenantID) async throws(VigiaError) -> [APIKey]
    /// Revokes a key for good; false when the tenant has no such key or it was already revoked (its first
    /// revocation time stays).
    func revokeAPIKey(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Bool
    /// Records that a key authenticated a request at `time`; the latest time stays when uses are recorded out of
    /// order. Throws `.notFound` for a key the tenant does not have.
    func recordAPIKeyUse(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError)
    /// The unrevoked key with this hash and its tenant: the one read across tenants, because a request with a key
    /// names no tenant. Only authentication may call it; everything after uses the returned tenant.
    func apiKeyForAuthentication(hash: String) async throws(VigiaError) -> (tenant: TenantID, key: APIKey)?
}
