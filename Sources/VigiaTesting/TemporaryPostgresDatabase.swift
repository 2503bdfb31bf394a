import Foundation
import VigiaCore

/// A new, empty PostgreSQL database on the test server for the duration of a test.
///
/// The server is `VIGIA_TEST_POSTGRES_URL`, set by `.ci/run` and by `eval "$(scripts/dev-postgres)"`; databases are
/// created and dropped with `psql`, so test targets need no database driver of their own.
public enum TemporaryPostgresDatabase {
    public static let serverURL = ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"]

    /// Runs `body` with the URL of a new database, dropped afterwards.
    public static func with(_ body: (String) async throws -> Void) async throws {
        guard let server = serverURL else { throw VigiaError(.invalidArgument, "VIGIA_TEST_POSTGRES_URL is not set") }
        let name = "vigia_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        try psql(server, "CREATE DATABASE \(name)")
        defer { try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let base = server[..<(server.lastIndex(of: "/") ?? server.endIndex)]
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
