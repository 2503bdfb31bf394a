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
}
