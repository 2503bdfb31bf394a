import Foundation
import GRDB
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaSQLite

@Suite struct SQLiteStoreTests {
    @Test(arguments: StoreConformance.checks)
    func conformsToTheStoreContract(check: StoreConformance.Check) async throws {
        let directory = try TemporaryDirectory()
        try await check.run(SQLiteStore(path: directory.path("vigia.sqlite")))
    }

    @Test(arguments: StoreConformance.accountChecks)
    func conformsToTheAccountsContract(check: StoreConformance.Check) async throws {
        let directory = try TemporaryDirectory()
        try await check.run(SQLiteStore(path: directory.path("vigia.sqlite")))
    }

    /// The database holds password and key hashes: only its owner reads it, its WAL too, even a file an older
    /// version made world-readable.
    @Test func theDatabaseAndItsLogAreReadableByTheirOwnerOnly() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("vigia.sqlite")
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
        }
        let old = try directory.write("vigia.sqlite", "")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: old)
        let store = try SQLiteStore(path: path)
        try await store.createTenant(Tenant(id: TenantID("acme"), name: "Acme", createdAt: .now))
        #expect(try mode(path) == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try mode(path + "-wal") == 0o600 && mode(path + "-shm") == 0o600)
    }

    /// Migration 8 keeps every user and makes e-mails unique per tenant only.
    @Test func usersKeepTheirAccountsWhenEmailsBecomeUniquePerTenant() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "7-settings")
        try await old.write { db in
            try db.execute(sql: "INSERT INTO tenants VALUES ('acme', 'Acme', 0), ('globex', 'Globex', 0)")
            try db.execute(
                sql: "INSERT INTO users (tenant_id, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: ["acme", "ana@acme.com", "$2b$12$ana", "admin", 5])
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        let kept = try await store.usersForLogin(email: "ana@acme.com")
        #expect(kept.map(\.tenant) == [TenantID("acme")] && kept.first?.user.passwordHash == "$2b$12$ana")
        _ = try await store.createUser(
            email: "ana@acme.com", passwordHash: "$2b$12$x", role: .admin, tenant: TenantID("globex"), at: .now)
        await #expect(throws: VigiaError.self) {
            try await store.createUser(
                email: "ana@acme.com", passwordHash: "$2b$12$y", role: .viewer, tenant: TenantID("acme"), at: .now)
        }
        #expect(try await store.integrityCheck() == "ok")
    }
}
