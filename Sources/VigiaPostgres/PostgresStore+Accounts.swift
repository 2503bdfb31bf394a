import PostgresNIO
import VigiaCore

extension PostgresStore: TenantStore, UserStore, APIKeyStore {
    // MARK: Tenants

    public func createTenant(_ tenant: Tenant) async throws(VigiaError) {
        try tenant.validate()
        try await transaction("create tenant", conflict: "tenant '\(tenant.id)' already exists") { connection in
            _ = try await connection.query(
                """
                INSERT INTO tenants (id, name, created_at)
                VALUES (\(tenant.id.rawValue), \(tenant.name), \(tenant.createdAt.milliseconds))
                """, logger: logger)
        }
    }

    public func tenant(_ id: TenantID) async throws(VigiaError) -> Tenant? {
        try await rows("read tenant", "SELECT name, created_at FROM tenants WHERE id = \(id.rawValue)") { row in
            Tenant(id: id, name: try row.value("name"), createdAt: Timestamp(milliseconds: try row.value("created_at")))
        }.first
    }

    // MARK: Users

    static let userColumns = "id, tenant_id, email, password_hash, role, created_at"

    public func createUser(
        email: String, passwordHash: String, role: Role, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> User {
        let email = try User.normalizedEmail(email)
        try User.validatePasswordHash(passwordHash)
        let created = try await transaction("create user", conflict: "the tenant has a user with e-mail \(email)") {
            connection in
            try await self.fetch(
                """
                INSERT INTO users (tenant_id, email, password_hash, role, created_at)
                SELECT id, \(email), \(passwordHash), \(role.rawValue), \(time.milliseconds) FROM tenants
                WHERE id = \(tenant.rawValue)
                RETURNING \(unescaped: Self.userColumns)
                """, on: connection, Self.user(from:))
        }
        guard let user = created.first?.user else { throw VigiaError(.notFound, "no tenant '\(tenant)'") }
        return user
    }

    public func user(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> User? {
        try await users(
            "SELECT \(unescaped: Self.userColumns) FROM users WHERE tenant_id = \(tenant.rawValue) AND id = \(id)"
        ).first
    }

    public func users(tenant: TenantID) async throws(VigiaError) -> [User] {
        try await users(
            "SELECT \(unescaped: Self.userColumns) FROM users WHERE tenant_id = \(tenant.rawValue) ORDER BY id")
    }

    public func updateRole(of id: Int64, to role: Role, tenant: TenantID) async throws(VigiaError) -> User {
        let updated = try await users(
            """
            UPDATE users SET role = \(role.rawValue) WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
            RETURNING \(unescaped: Self.userColumns)
            """)
        guard let user = updated.first else { throw VigiaError(.notFound, "no user \(id)") }
        return user
    }

    public func updatePasswordHash(of id: Int64, to hash: String, tenant: TenantID) async throws(VigiaError) -> User {
        try User.validatePasswordHash(hash)
        let updated = try await users(
            """
            UPDATE users SET password_hash = \(hash) WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
            RETURNING \(unescaped: Self.userColumns)
            """)
        guard let user = updated.first else { throw VigiaError(.notFound, "no user \(id)") }
        return user
    }

    public func deleteUser(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await rows(
            "delete user", "DELETE FROM users WHERE tenant_id = \(tenant.rawValue) AND id = \(id) RETURNING id"
        ) { _ in true }.count > 0
    }

    public func usersForLogin(email: String) async throws(VigiaError) -> [(tenant: TenantID, user: User)] {
        try await rows(
            "find users for login",
            "SELECT \(unescaped: Self.userColumns) FROM users WHERE email = \(email.lowercased()) ORDER BY id",
            Self.user(from:))
    }

    private func users(_ query: PostgresQuery) async throws(VigiaError) -> [User] {
        try await rows("read users", query, Self.user(from:)).map(\.user)
    }

    private static func user(from row: PostgresRandomAccessRow) throws -> (tenant: TenantID, user: User) {
        (
            TenantID(try row.value("tenant_id", as: String.self)),
            User(
                id: try row.value("id"), email: try row.value("email"), passwordHash: try row.value("password_hash"),
                role: try .stored(row.value("role")), createdAt: Timestamp(milliseconds: try row.value("created_at")))
        )
    }

    // MARK: API keys

    static let apiKeyColumns = "id, tenant_id, name, role, key_hash, prefix, created_at, last_used_at, revoked_at"

    public func createAPIKey(
        name: String, role: Role, keyHash: String, prefix: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> APIKey {
        try APIKey.validateHash(keyHash)
        try APIKey.validate(name: name, prefix: prefix)
        let created = try await transaction("create API key", conflict: "an API key with that hash already exists") {
            connection in
            try await self.fetch(
                """
                INSERT INTO api_keys (tenant_id, name, role, key_hash, prefix, created_at)
                SELECT id, \(name), \(role.rawValue), \(keyHash), \(prefix), \(time.milliseconds) FROM tenants
                WHERE id = \(tenant.rawValue)
                RETURNING \(unescaped: Self.apiKeyColumns)
                """, on: connection, Self.apiKey(from:))
        }
        guard let key = created.first?.key else { throw VigiaError(.notFound, "no tenant '\(tenant)'") }
        return key
    }

    public func apiKeys(tenant: TenantID) async throws(VigiaError) -> [APIKey] {
        try await rows(
            "list API keys",
            "SELECT \(unescaped: Self.apiKeyColumns) FROM api_keys WHERE tenant_id = \(tenant.rawValue) ORDER BY id",
            Self.apiKey(from:)
        ).map(\.key)
    }

    public func revokeAPIKey(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Bool {
        try await rows(
            "revoke API key",
            """
            UPDATE api_keys SET revoked_at = \(time.milliseconds)
            WHERE tenant_id = \(tenant.rawValue) AND id = \(id) AND revoked_at IS NULL RETURNING id
            """
        ) { _ in true }.count > 0
    }

    public func recordAPIKeyUse(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) {
        let updated = try await rows(
            "record API key use",
            """
            UPDATE api_keys SET last_used_at = greatest(last_used_at, \(time.milliseconds))
            WHERE tenant_id = \(tenant.rawValue) AND id = \(id) RETURNING id
            """
        ) { _ in true }
        guard !updated.isEmpty else { throw VigiaError(.notFound, "no API key \(id)") }
    }

    public func apiKeyForAuthentication(hash: String) async throws(VigiaError) -> (tenant: TenantID, key: APIKey)? {
        try await rows(
            "find API key",
            """
            SELECT \(unescaped: Self.apiKeyColumns) FROM api_keys WHERE key_hash = \(hash) AND revoked_at IS NULL
            """, Self.apiKey(from:)
        ).first
    }

    private static func apiKey(from row: PostgresRandomAccessRow) throws -> (tenant: TenantID, key: APIKey) {
        (
            TenantID(try row.value("tenant_id", as: String.self)),
            APIKey(
                id: try row.value("id"), name: try row.value("name"), role: try .stored(row.value("role")),
                keyHash: try row.value("key_hash"), prefix: try row.value("prefix"),
                createdAt: Timestamp(milliseconds: try row.value("created_at")),
                lastUsedAt: try row.timestamp("last_used_at"), revokedAt: try row.timestamp("revoked_at"))
        )
    }
}
