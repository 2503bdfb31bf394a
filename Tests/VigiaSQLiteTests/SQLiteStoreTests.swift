import Foundation
import Testing
import VigiaCore
import VigiaSQLite
import VigiaTesting

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
}
