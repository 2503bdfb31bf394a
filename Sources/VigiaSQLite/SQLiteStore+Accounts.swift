import GRDB
import VigiaCore

extension SQLiteStore: TenantStore, UserStore, APIKeyStore {
    // MARK: Tenants

    public func createTenant(_ tenant: Tenant) async throws(VigiaError) {
        try tenant.validate()
        try await writing("create tenant") { db in
            do {
                try db.execute(
                    sql: "INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)",
                    arguments: [tenant.id.rawValue, tenant.name, tenant.createdAt.milliseconds])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw VigiaError(.conflict, "tenant '\(tenant.id)' already exists")
            }
        }
    }

    public func tenant(_ id: TenantID) async throws(VigiaError) -> Tenant? {
        try await reading("read tenant") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tenants WHERE id = ?", arguments: [id.rawValue]).map { row in
                Tenant(id: id, name: row["name"], createdAt: Timestamp(milliseconds: row["created_at"]))
            }
        }
    }

    /// Throws `.notFound` unless the tenant exists: users and keys belong to a tenant someone created.
    static func requireTenant(_ tenant: TenantID, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tenants WHERE id = ?", arguments: [tenant.rawValue]) != nil
        else { throw VigiaError(.notFound, "no tenant '\(tenant)'") }
    }

    // MARK: Users

    public func createUser(
        email: String, passwordHash: String, role: Role, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> User {
        let email = try User.normalizedEmail(email)
        try User.validatePasswordHash(passwordHash)
        return try await writing("create user") { db in
            try Self.requireTenant(tenant, in: db)
            do {
                try db.execute(
                    sql: "INSERT INTO users (tenant_id, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [tenant.rawValue, email, passwordHash, role.rawValue, time.milliseconds])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw VigiaError(.conflict, "the tenant has a user with e-mail \(email)")
            }
            return User(
                id: db.lastInsertedRowID, email: email, passwordHash: passwordHash, role: role, createdAt: time)
        }
    }

    public func user(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> User? {
        try await reading("read user") { db in try Self.user(id, tenant: tenant, in: db) }
    }

    public func users(tenant: TenantID) async throws(VigiaError) -> [User] {
        try await reading("list users") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM users WHERE tenant_id = ? ORDER BY id", arguments: [tenant.rawValue]
            )
            .map(Self.user(from:))
        }
    }

    public func updateRole(of id: Int64, to role: Role, tenant: TenantID) async throws(VigiaError) -> User {
        try await updateUser(id, tenant: tenant, set: "role = ?", role.rawValue)
    }

    public func updatePasswordHash(of id: Int64, to hash: String, tenant: TenantID) async throws(VigiaError) -> User {
        try User.validatePasswordHash(hash)
        return try await updateUser(id, tenant: tenant, set: "password_hash = ?", hash)
    }

    private func updateUser(
        _ id: Int64, tenant: TenantID, set assignment: String, _ value: String
    ) async throws(VigiaError) -> User {
        try await writing("update user") { db in
            try db.execute(
                sql: "UPDATE users SET \(assignment) WHERE tenant_id = ? AND id = ?",
                arguments: [value, tenant.rawValue, id])
            guard let user = try Self.user(id, tenant: tenant, in: db) else {
                throw VigiaError(.notFound, "no user \(id)")
            }
            return user
        }
    }

    public func deleteUser(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await writing("delete user") { db in
            try db.execute(sql: "DELETE FROM users WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id])
            return db.changesCount > 0
        }
    }

    public func usersForLogin(email: String) async throws(VigiaError) -> [(tenant: TenantID, user: User)] {
        try await reading("find users for login") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM users WHERE email = ? ORDER BY id", arguments: [email.lowercased()]
            )
            .map { row in (tenant: TenantID(row["tenant_id"] as String), user: try Self.user(from: row)) }
        }
    }

    private static func user(_ id: Int64, tenant: TenantID, in db: Database) throws -> User? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM users WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id]
        )
        .map(user(from:))
    }

    private static func user(from row: Row) throws -> User {
        User(
            id: row["id"], email: row["email"], passwordHash: row["password_hash"], role: try .stored(row["role"]),
            createdAt: Timestamp(milliseconds: row["created_at"]))
    }

    // MARK: API keys

    public func createAPIKey(
        name: String, role: Role, keyHash: String, prefix: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> APIKey {
        try APIKey.validateHash(keyHash)
        try APIKey.validate(name: name, prefix: prefix)
        return try await writing("create API key") { db in
            try Self.requireTenant(tenant, in: db)
            do {
                try db.execute(
                    sql: """
                        INSERT INTO api_keys (tenant_id, name, role, key_hash, prefix, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [tenant.rawValue, name, role.rawValue, keyHash, prefix, time.milliseconds])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw VigiaError(.conflict, "an API key with that hash already exists")
            }
            return APIKey(
                id: db.lastInsertedRowID, name: name, role: role, keyHash: keyHash, prefix: prefix, createdAt: time)
        }
    }

    public func apiKeys(tenant: TenantID) async throws(VigiaError) -> [APIKey] {
        try await reading("list API keys") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM api_keys WHERE tenant_id = ? ORDER BY id", arguments: [tenant.rawValue]
            ).map(Self.apiKey(from:))
        }
    }

    public func revokeAPIKey(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Bool {
        try await writing("revoke API key") { db in
            try db.execute(
                sql: "UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL",
                arguments: [time.milliseconds, tenant.rawValue, id])
            return db.changesCount > 0
        }
    }

    public func recordAPIKeyUse(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) {
        try await writing("record API key use") { db in
            try db.execute(
                sql: """
                    UPDATE api_keys SET last_used_at = max(coalesce(last_used_at, ?1), ?1)
                    WHERE tenant_id = ?2 AND id = ?3
                    """, arguments: [time.milliseconds, tenant.rawValue, id])
            guard db.changesCount > 0 else { throw VigiaError(.notFound, "no API key \(id)") }
        }
    }

    public func apiKeyForAuthentication(hash: String) async throws(VigiaError) -> (tenant: TenantID, key: APIKey)? {
        try await reading("find API key") { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", arguments: [hash]
            ).map { row in (tenant: TenantID(row["tenant_id"] as String), key: try Self.apiKey(from: row)) }
        }
    }

    private static func apiKey(from row: Row) throws -> APIKey {
        APIKey(
            id: row["id"], name: row["name"], role: try .stored(row["role"]), keyHash: row["key_hash"],
            prefix: row["prefix"], createdAt: Timestamp(milliseconds: row["created_at"]),
            lastUsedAt: (row["last_used_at"] as Int64?).map(Timestamp.init(milliseconds:)),
            revokedAt: (row["revoked_at"] as Int64?).map(Timestamp.init(milliseconds:)))
    }
}
