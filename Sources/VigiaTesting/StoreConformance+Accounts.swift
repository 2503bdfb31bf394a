import Testing
import VigiaCore

extension StoreConformance {
    /// The behaviour of the ports of accounts and of what each tenant owns (tenants, users, API keys, incidents,
    /// insights, alerts, model versions), as named checks; each port has a check that another tenant's data is
    /// never read, changed or deleted. Run by each backend: `@Test(arguments: StoreConformance.accountChecks)`.
    public static let accountChecks: [Check] =
        accessChecks + incidentChecks + alertChecks + modelChecks + streamDefinitionChecks + settingChecks

    /// Throws unless the body fails with a ``VigiaError`` of `code`.
    static func expectError(
        _ code: VigiaError.Code, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () async throws -> some Any
    ) async {
        let error = await #expect(throws: VigiaError.self, sourceLocation: sourceLocation) { _ = try await body() }
        #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    /// Creates ``tenant`` (named ACME) and ``otherTenant`` (Globex).
    static func makeTenants(_ store: any ConformingStore) async throws {
        try await store.createTenant(Tenant(id: tenant, name: "ACME", createdAt: base))
        try await store.createTenant(Tenant(id: otherTenant, name: "Globex", createdAt: base))
    }

    /// A SHA-256-shaped hex string, different for each `n`.
    static func keyHash(_ n: Int) -> String {
        let hex = String(n % 256, radix: 16)
        return String(repeating: "ab", count: 31) + (hex.count == 1 ? "0" + hex : hex)
    }

    static func makeUser(
        _ email: String, role: Role = .operator, tenant: TenantID = tenant, _ store: any ConformingStore
    ) async throws -> User {
        try await store.createUser(email: email, passwordHash: "$2b$12$" + email, role: role, tenant: tenant, at: at(1))
    }

    static func makeKey(
        _ n: Int, role: Role = .ingest, tenant: TenantID = tenant, _ store: any ConformingStore
    ) async throws -> APIKey {
        try await store.createAPIKey(
            name: "key \(n)", role: role, keyHash: keyHash(n), prefix: "vg_\(n)", tenant: tenant, at: at(Int64(n)))
    }

    static let accessChecks: [Check] = [
        Check(name: "tenants are created once and read back by id") { store in
            let acme = Tenant(id: tenant, name: "ACME", createdAt: at(1))
            try await store.createTenant(acme)
            #expect(try await store.tenant(tenant) == acme)
            await expectError(.conflict) {
                try await store.createTenant(Tenant(id: tenant, name: "X", createdAt: at(2)))
            }
            await expectError(.invalidArgument) {
                try await store.createTenant(Tenant(id: TenantID("Not An Id"), name: "X", createdAt: at(3)))
            }
            await expectError(.invalidArgument) {
                try await store.createTenant(Tenant(id: TenantID("blank"), name: " ", createdAt: at(3)))
            }
            #expect(try await store.tenant(TenantID("blank")) == nil)
            #expect(try await store.tenant(tenant) == acme)
        },
        Check(name: "users have one e-mail per tenant, and are listed, changed and deleted") { store in
            try await makeTenants(store)
            let ana = try await store.createUser(
                email: "Ana@Example.COM", passwordHash: "$2b$12$ana", role: .admin, tenant: tenant, at: at(1))
            #expect(ana.email == "ana@example.com" && ana.role == .admin && ana.createdAt == at(1))
            #expect(ana.passwordHash == "$2b$12$ana")
            let bia = try await makeUser("bia@example.com", role: .viewer, store)
            #expect(ana.id != bia.id)
            #expect(try await store.users(tenant: tenant) == [ana, bia])
            #expect(try await store.user(bia.id, tenant: tenant) == bia)
            await expectError(.conflict) { try await makeUser("ANA@example.com", store) }
            // Another tenant's account with the same e-mail is another account.
            let anaElsewhere = try await makeUser("ANA@example.com", tenant: otherTenant, store)
            #expect(anaElsewhere.id != ana.id && anaElsewhere.email == ana.email)
            await expectError(.notFound) { try await makeUser("new@example.com", tenant: TenantID("nobody"), store) }
            await expectError(.invalidArgument) { try await makeUser("not-an-address", store) }
            await expectError(.invalidArgument) { try await makeUser("a b@example.com", store) }
            await expectError(.invalidArgument) {
                try await store.createUser(
                    email: "new@example.com", passwordHash: "", role: .admin, tenant: tenant, at: at(2))
            }
            #expect(try await store.users(tenant: tenant) == [ana, bia])
            let promoted = try await store.updateRole(of: bia.id, to: .operator, tenant: tenant)
            #expect(promoted.role == .operator && promoted.passwordHash == bia.passwordHash)
            let renewed = try await store.updatePasswordHash(of: bia.id, to: "$2b$12$new", tenant: tenant)
            #expect(renewed.passwordHash == "$2b$12$new" && renewed.role == .operator)
            #expect(try await store.user(bia.id, tenant: tenant) == renewed)
            await expectError(.notFound) { try await store.updateRole(of: 9999, to: .admin, tenant: tenant) }
            await expectError(.notFound) { try await store.updatePasswordHash(of: 9999, to: "x", tenant: tenant) }
            await expectError(.invalidArgument) {
                try await store.updatePasswordHash(of: bia.id, to: "", tenant: tenant)
            }
            #expect(try await store.user(bia.id, tenant: tenant) == renewed)
            #expect(try await store.deleteUser(bia.id, tenant: tenant))
            #expect(try await !store.deleteUser(bia.id, tenant: tenant))
            #expect(try await store.users(tenant: tenant) == [ana])
            // A deleted user's e-mail is free again.
            _ = try await makeUser("bia@example.com", store)
        },
        Check(name: "signing in finds the users and their tenants by e-mail, in any case, oldest first") { store in
            try await makeTenants(store)
            let ana = try await makeUser("ana@acme.com", store)
            let gil = try await makeUser("gil@globex.com", tenant: otherTenant, store)
            let anaAtGlobex = try await makeUser("ana@acme.com", tenant: otherTenant, store)
            let found = try await store.usersForLogin(email: "ANA@Acme.com")
            #expect(found.map(\.tenant) == [tenant, otherTenant] && found.map(\.user) == [ana, anaAtGlobex])
            let other = try await store.usersForLogin(email: "gil@globex.com")
            #expect(other.map(\.tenant) == [otherTenant] && other.map(\.user) == [gil])
            #expect(try await store.usersForLogin(email: "nobody@acme.com").isEmpty)
        },
        Check(name: "API keys are created, listed, used and revoked; only unrevoked keys authenticate") { store in
            try await makeTenants(store)
            let ingest = try await store.createAPIKey(
                name: "chat ingest", role: .ingest, keyHash: keyHash(1), prefix: "vg_1a2b", tenant: tenant, at: at(1))
            #expect(ingest.name == "chat ingest" && ingest.role == .ingest && ingest.prefix == "vg_1a2b")
            #expect(ingest.keyHash == keyHash(1) && ingest.createdAt == at(1))
            #expect(ingest.lastUsedAt == nil && ingest.revokedAt == nil)
            let bot = try await makeKey(2, role: .viewer, store)
            #expect(try await store.apiKeys(tenant: tenant) == [ingest, bot])
            let found = try await store.apiKeyForAuthentication(hash: keyHash(1))
            #expect(found?.tenant == tenant && found?.key == ingest)
            try await store.recordAPIKeyUse(ingest.id, tenant: tenant, at: at(10))
            try await store.recordAPIKeyUse(ingest.id, tenant: tenant, at: at(5))
            #expect(try await store.apiKeys(tenant: tenant).first?.lastUsedAt == at(10))
            await expectError(.notFound) { try await store.recordAPIKeyUse(9999, tenant: tenant, at: at(11)) }
            #expect(try await store.revokeAPIKey(ingest.id, tenant: tenant, at: at(20)))
            #expect(try await !store.revokeAPIKey(ingest.id, tenant: tenant, at: at(30)))
            #expect(try await !store.revokeAPIKey(9999, tenant: tenant, at: at(30)))
            #expect(try await store.apiKeys(tenant: tenant).first?.revokedAt == at(20))
            #expect(try await store.apiKeyForAuthentication(hash: keyHash(1)) == nil)
            #expect(try await store.apiKeyForAuthentication(hash: keyHash(2))?.key == bot)
            #expect(try await store.apiKeyForAuthentication(hash: keyHash(3)) == nil)
            await expectError(.conflict) { try await makeKey(2, tenant: otherTenant, store) }
            await expectError(.notFound) { try await makeKey(3, tenant: TenantID("nobody"), store) }
            for (hash, name, prefix) in [
                ("abc", "x", "vg_"), (keyHash(3).uppercased(), "x", "vg_"), (keyHash(3), " ", "vg_"),
                (keyHash(3), "x", ""), (keyHash(3), "x", String(repeating: "p", count: 17)),
            ] {
                await expectError(.invalidArgument) {
                    try await store.createAPIKey(
                        name: name, role: .ingest, keyHash: hash, prefix: prefix, tenant: tenant, at: at(40))
                }
            }
            #expect(try await store.apiKeys(tenant: tenant).count == 2)
        },
        Check(name: "tenants never see or change each other's tenant, users and API keys") { store in
            try await makeTenants(store)
            let ana = try await makeUser("ana@acme.com", role: .admin, store)
            let key = try await makeKey(1, store)
            // Reads.
            #expect(try await store.user(ana.id, tenant: otherTenant) == nil)
            #expect(try await store.users(tenant: otherTenant).isEmpty)
            #expect(try await store.apiKeys(tenant: otherTenant).isEmpty)
            // Changes and deletions.
            await expectError(.conflict) {
                try await store.createTenant(Tenant(id: tenant, name: "Impostor", createdAt: at(2)))
            }
            await expectError(.notFound) { try await store.updateRole(of: ana.id, to: .viewer, tenant: otherTenant) }
            await expectError(.notFound) {
                try await store.updatePasswordHash(of: ana.id, to: "x", tenant: otherTenant)
            }
            #expect(try await !store.deleteUser(ana.id, tenant: otherTenant))
            #expect(try await !store.revokeAPIKey(key.id, tenant: otherTenant, at: at(5)))
            await expectError(.notFound) { try await store.recordAPIKeyUse(key.id, tenant: otherTenant, at: at(5)) }
            #expect(try await store.tenant(tenant)?.name == "ACME")
            #expect(try await store.user(ana.id, tenant: tenant) == ana)
            #expect(try await store.apiKeys(tenant: tenant) == [key])
            // Each tenant's own rows, and authentication gives each its own tenant.
            let gil = try await makeUser("gil@globex.com", tenant: otherTenant, store)
            let theirKey = try await makeKey(2, tenant: otherTenant, store)
            #expect(try await store.users(tenant: otherTenant) == [gil])
            #expect(try await store.users(tenant: tenant) == [ana])
            #expect(try await store.apiKeys(tenant: otherTenant) == [theirKey])
            #expect(try await store.tenant(otherTenant)?.name == "Globex")
            #expect(try await store.usersForLogin(email: "gil@globex.com").map(\.tenant) == [otherTenant])
            #expect(try await store.usersForLogin(email: "ana@acme.com").map(\.tenant) == [tenant])
            #expect(try await store.apiKeyForAuthentication(hash: keyHash(2))?.tenant == otherTenant)
            #expect(try await store.apiKeyForAuthentication(hash: keyHash(1))?.tenant == tenant)
        },
    ]
}
