extension InMemoryStore: TenantStore, UserStore, APIKeyStore {
    // MARK: Tenants

    public func createTenant(_ tenant: Tenant) throws(VigiaError) {
        try tenant.validate()
        guard records.tenants[tenant.id] == nil else {
            throw VigiaError(.conflict, "tenant '\(tenant.id)' already exists")
        }
        records.tenants[tenant.id] = tenant
    }

    public func tenant(_ id: TenantID) -> Tenant? { records.tenants[id] }

    private func requireTenant(_ id: TenantID) throws(VigiaError) {
        guard records.tenants[id] != nil else { throw VigiaError(.notFound, "no tenant '\(id)'") }
    }

    // MARK: Users

    public func createUser(
        email: String, passwordHash: String, role: Role, tenant: TenantID, at time: Timestamp
    ) throws(VigiaError) -> User {
        let email = try User.normalizedEmail(email)
        try User.validatePasswordHash(passwordHash)
        try requireTenant(tenant)
        guard !records.users.all(tenant: tenant).contains(where: { $0.email == email }) else {
            throw VigiaError(.conflict, "the tenant has a user with e-mail \(email)")
        }
        return records.users.insert(tenant: tenant) { id in
            User(id: id, email: email, passwordHash: passwordHash, role: role, createdAt: time)
        }
    }

    public func user(_ id: Int64, tenant: TenantID) -> User? { records.users[id, tenant: tenant] }

    public func users(tenant: TenantID) -> [User] { records.users.all(tenant: tenant) }

    public func updateRole(of id: Int64, to role: Role, tenant: TenantID) throws(VigiaError) -> User {
        guard var user = records.users[id, tenant: tenant] else { throw VigiaError(.notFound, "no user \(id)") }
        user.role = role
        records.users[id, tenant: tenant] = user
        return user
    }

    public func updatePasswordHash(of id: Int64, to hash: String, tenant: TenantID) throws(VigiaError) -> User {
        try User.validatePasswordHash(hash)
        guard var user = records.users[id, tenant: tenant] else { throw VigiaError(.notFound, "no user \(id)") }
        user.passwordHash = hash
        records.users[id, tenant: tenant] = user
        return user
    }

    public func deleteUser(_ id: Int64, tenant: TenantID) -> Bool {
        guard records.users[id, tenant: tenant] != nil else { return false }
        records.users[id, tenant: tenant] = nil
        return true
    }

    public func usersForLogin(email: String) -> [(tenant: TenantID, user: User)] {
        let email = email.lowercased()
        return records.users.all().filter { $0.value.email == email }.map { ($0.tenant, $0.value) }
            .sorted { $0.1.id < $1.1.id }
    }

    // MARK: API keys

    public func createAPIKey(
        name: String, role: Role, keyHash: String, prefix: String, tenant: TenantID, at time: Timestamp
    ) throws(VigiaError) -> APIKey {
        try APIKey.validateHash(keyHash)
        try APIKey.validate(name: name, prefix: prefix)
        try requireTenant(tenant)
        guard !records.apiKeys.all().contains(where: { $0.value.keyHash == keyHash }) else {
            throw VigiaError(.conflict, "an API key with that hash already exists")
        }
        return records.apiKeys.insert(tenant: tenant) { id in
            APIKey(id: id, name: name, role: role, keyHash: keyHash, prefix: prefix, createdAt: time)
        }
    }

    public func apiKeys(tenant: TenantID) -> [APIKey] { records.apiKeys.all(tenant: tenant) }

    public func revokeAPIKey(_ id: Int64, tenant: TenantID, at time: Timestamp) -> Bool {
        guard var key = records.apiKeys[id, tenant: tenant], key.revokedAt == nil else { return false }
        key.revokedAt = time
        records.apiKeys[id, tenant: tenant] = key
        return true
    }

    public func recordAPIKeyUse(_ id: Int64, tenant: TenantID, at time: Timestamp) throws(VigiaError) {
        guard var key = records.apiKeys[id, tenant: tenant] else { throw VigiaError(.notFound, "no API key \(id)") }
        key.lastUsedAt = max(key.lastUsedAt ?? time, time)
        records.apiKeys[id, tenant: tenant] = key
    }

    public func apiKeyForAuthentication(hash: String) -> (tenant: TenantID, key: APIKey)? {
        records.apiKeys.all().first { $0.value.keyHash == hash && $0.value.revokedAt == nil }.map {
            ($0.tenant, $0.value)
        }
    }
}
