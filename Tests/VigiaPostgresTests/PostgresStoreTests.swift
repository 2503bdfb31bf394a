import Foundation
import Testing
import VigiaCore
import VigiaPostgres
import VigiaTesting

/// The server the tests use: `VIGIA_TEST_POSTGRES_URL`, set by `.ci/run` and by `eval "$(scripts/dev-postgres)"`.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"]

    /// Runs `body` with the URL of a new, empty database, dropped afterwards.
    static func withDatabase(_ body: (String) async throws -> Void) async throws {
        let server = try #require(url)
        let name = "vigia_test_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try psql(server, "CREATE DATABASE \(name)")
        defer { try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let base = server.hasSuffix("/") ? server : String(server[..<(server.lastIndex(of: "/") ?? server.endIndex)])
        try await body(base + "/" + name)
    }

    private static func psql(_ url: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [url, "-v", "ON_ERROR_STOP=1", "-qc", command]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw VigiaError(.storage, "psql failed: \(command)") }
    }
}

@Suite struct PostgresStoreTests {
    @Test func serverIsConfiguredWhereCIRuns() {
        // CI must run these tests against a real server; elsewhere they run when a developer starts one.
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(TestServer.url != nil, "VIGIA_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL")
        }
    }

    @Test(.enabled(if: TestServer.url != nil), arguments: StoreConformance.checks)
    func conformsToTheStoreContract(check: StoreConformance.Check) async throws {
        try await TestServer.withDatabase { url in
            let store = try PostgresStore(url: url, node: 0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.migrate()
                try await check.run(store)
                group.cancelAll()
            }
        }
    }

    @Test(.enabled(if: TestServer.url != nil))
    func migratingTwiceChangesNothing() async throws {
        try await TestServer.withDatabase { url in
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
