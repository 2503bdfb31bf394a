import ArgumentParser
import Configuration
import Foundation
import Logging
import SystemPackage
import VigiaCore
import VigiaPostgres
import VigiaSQLite

/// Which database a command works on. From strongest to weakest: command-line options, environment variables
/// (`STORE_KIND`, `STORE_SQLITE_PATH`, `STORE_POSTGRES_URL`), the JSON file given with `--config`, the defaults.
///
/// Keys, read here:
/// - `store.kind`: `sqlite` (default) or `postgres`.
/// - `store.sqlite.path`: the SQLite file; default `vigia-data/vigia.sqlite`.
/// - `store.postgres.url`: `postgres://user:password@host:port/database`; required when the kind is `postgres`.
/// - `store.node`: this process's node number (0…4095), distinct for every node sharing a PostgreSQL database;
///   default 0.
struct StoreOptions: ParsableArguments {
    @Option(help: "JSON configuration file (keys such as store.kind, store.sqlite.path, store.postgres.url).")
    var config: String?

    @Option(help: "SQLite database file (sets store.kind to sqlite).")
    var storePath: String?

    @Option(help: "PostgreSQL URL (sets store.kind to postgres).")
    var storeURL: String?

    /// Resolved settings.
    struct Settings: Equatable {
        enum Backend: Equatable {
            case sqlite(path: String)
            case postgres(url: String)
        }

        var backend: Backend
        var node: Int
    }

    /// The configuration: environment variables over the `--config` file.
    func configuration() async throws(VigiaError) -> ConfigReader {
        var providers: [any ConfigProvider] = [EnvironmentVariablesProvider()]
        if let config {
            do {
                providers.append(try await FileProvider<JSONSnapshot>(filePath: FilePath(config)))
            } catch {
                throw VigiaError(.invalidArgument, "\(config): cannot read the configuration file (\(error))")
            }
        }
        return ConfigReader(providers: providers)
    }

    func settings() async throws(VigiaError) -> Settings {
        let reader = try await configuration()
        let node = reader.int(forKey: "store.node", default: 0)
        guard (0..<4096).contains(node) else { throw VigiaError(.invalidArgument, "store.node must be in 0…4095") }
        if let storePath { return Settings(backend: .sqlite(path: storePath), node: node) }
        if let storeURL { return Settings(backend: .postgres(url: storeURL), node: node) }
        switch reader.string(forKey: "store.kind", default: "sqlite") {
        case "sqlite":
            let path = reader.string(forKey: "store.sqlite.path", default: "vigia-data/vigia.sqlite")
            return Settings(backend: .sqlite(path: path), node: node)
        case "postgres":
            guard let url = reader.string(forKey: "store.postgres.url") else {
                throw VigiaError(.invalidArgument, "store.kind is postgres but store.postgres.url is not set")
            }
            return Settings(backend: .postgres(url: url), node: node)
        case let other:
            throw VigiaError(.invalidArgument, "store.kind must be sqlite or postgres, not '\(other)'")
        }
    }

    /// A description of the database for messages, without secrets.
    static func location(_ settings: Settings) -> String {
        switch settings.backend {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres" }
            if components.password != nil { components.password = "…" }
            return components.string ?? "postgres"
        }
    }

    /// Opens the configured store (creating and migrating it), runs `body`, and closes it.
    func withStore(_ body: (any VigiaStore, Settings) async throws(VigiaError) -> Void) async throws(VigiaError) {
        let settings = try await settings()
        switch settings.backend {
        case .sqlite(let path):
            try await body(try Self.openSQLite(path: path, node: settings.node), settings)
        case .postgres(let url):
            try await Self.withPostgres(url: url, node: settings.node) { store async throws(VigiaError) in
                try await body(store, settings)
            }
        }
    }

    /// Opens a PostgreSQL store, runs its connection pool and migrates it while `body` runs, then stops the pool.
    static func withPostgres(
        url: String, node: Int, _ body: (PostgresStore) async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        let store = try PostgresStore(url: url, node: node, logger: Self.commandLogger)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.migrate()
                try await body(store)
                group.cancelAll()
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "\(error)")
        }
    }

    /// A command's first query can reach the pool before it has started; PostgresNIO waits but warns, which says
    /// nothing useful to someone running a command, so commands log PostgreSQL errors only.
    static var commandLogger: Logger {
        var logger = Logger(label: "vigia.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Opens a SQLite store, creating its folder first (private to the owner).
    static func openSQLite(path: String, node: Int = 0) throws(VigiaError) -> SQLiteStore {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try PrivateFiles.createDirectory(atPath: folder) }
        return try SQLiteStore(path: path, node: node)
    }
}
