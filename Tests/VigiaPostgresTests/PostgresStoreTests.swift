import Foundation
import Testing
import VigiaCore
import VigiaPostgres
import VigiaTesting

@Suite struct PostgresStoreTests {
    @Test func serverIsConfiguredWhereCIRuns() {
        // CI must run these tests against a real server; elsewhere they run when a developer starts one.
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(
                TemporaryPostgresDatabase.serverURL != nil,
                "VIGIA_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL")
        }
    }

    @Test(.enabled(if: TemporaryPostgresDatabase.serverURL != nil), arguments: StoreConformance.checks)
    func conformsToTheStoreContract(check: StoreConformance.Check) async throws {
        try await Self.withMigratedStore { try await check.run($0) }
    }

    @Test(.enabled(if: TemporaryPostgresDatabase.serverURL != nil), arguments: StoreConformance.accountChecks)
    func conformsToTheAccountsContract(check: StoreConformance.Check) async throws {
        try await Self.withMigratedStore { try await check.run($0) }
    }

    /// Runs `body` with a store on a new, migrated database, its connection pool running.
    static func withMigratedStore(_ body: @escaping (PostgresStore) async throws -> Void) async throws {
        try await TemporaryPostgresDatabase.with { url in
            let store = try PostgresStore(url: url, node: 0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.migrate()
                try await body(store)
                group.cancelAll()
            }
        }
    }

    @Test(.enabled(if: TemporaryPostgresDatabase.serverURL != nil))
    func migratingTwiceChangesNothing() async throws {
        try await TemporaryPostgresDatabase.with { url in
            let store = try PostgresStore(url: url, node: 0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.migrate()
                try await store.migrate()
                group.cancelAll()
            }
        }
    }

    @Test func rejectsAMalformedURL() {
        #expect(throws: VigiaError.self) { try PostgresStore(url: "mysql://x", node: 0) }
    }
}
