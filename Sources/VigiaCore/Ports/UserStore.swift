/// Where the people who sign in are kept, per tenant.
public protocol UserStore: Sendable {
    /// Adds a user to an existing tenant and returns it with its id. The e-mail is stored lowercased (see
    /// ``User/normalizedEmail(_:)``). Throws `.notFound` when there is no such tenant, `.conflict` when the tenant
    /// has a user with that e-mail, and `.invalidArgument` for an invalid e-mail or an empty hash. Other tenants'
    /// users do not matter: a person may have an account in several tenants, and registering a tenant must not
    /// tell who has one elsewhere.
    func createUser(
        email: String, passwordHash: String, role: Role, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> User
    func user(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> User?
    /// The tenant's users, in the order they were created.
    func users(tenant: TenantID) async throws(VigiaError) -> [User]
    /// Gives a user another role; throws `.notFound` for a user the tenant does not have.
    func updateRole(of id: Int64, to role: Role, tenant: TenantID) async throws(VigiaError) -> User
    /// Replaces a user's password hash (a password change); throws `.notFound` for a user the tenant does not have
    /// and `.invalidArgument` for an empty hash.
    func updatePasswordHash(of id: Int64, to hash: String, tenant: TenantID) async throws(VigiaError) -> User
    /// Removes a user; false when the tenant has no such user.
    func deleteUser(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Bool
    /// The users with this e-mail (any case), one per tenant that has one, oldest first, with their tenants: the one
    /// read across tenants, because signing in need not name a tenant. Only authentication may call it; everything
    /// after sign-in uses the tenant of the user whose password matched.
    func usersForLogin(email: String) async throws(VigiaError) -> [(tenant: TenantID, user: User)]
}
