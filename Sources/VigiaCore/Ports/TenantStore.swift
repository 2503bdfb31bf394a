/// Where tenants are kept. A tenant is read only by its own id; nothing lists them, so no tenant learns of another.
public protocol TenantStore: Sendable {
    /// Adds a tenant; throws `.conflict` when one with that id exists and `.invalidArgument` for an invalid id or a
    /// blank name (see ``Tenant/validate()``).
    func createTenant(_ tenant: Tenant) async throws(VigiaError)
    func tenant(_ id: TenantID) async throws(VigiaError) -> Tenant?
}
