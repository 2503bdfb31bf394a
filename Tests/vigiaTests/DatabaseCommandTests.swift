import Foundation
import Testing
import VigiaCore
import VigiaSQLite
import VigiaTesting

@Suite struct DatabaseCommandTests {
    static let start = Timestamp(milliseconds: 1_795_000_000_000)

    /// A database with one stream of three messages, one of them needing CSV quoting.
    func makeDatabase(in directory: TemporaryDirectory) async throws -> String {
        let path = directory.path("vigia.sqlite")
        let store = try SQLiteStore(path: path)
        try await store.createStream(
            VigiaCore.Stream(id: StreamID("live"), name: "Live", kind: .chat, taxonomies: [], createdAt: Self.start),
            tenant: TenantID("acme"))
        let texts = ["sem som, alguém?", "diz \"travou\"", "boa noite"]
        _ = try await store.append(
            texts.enumerated().map { index, text in
                NewMessage(
                    eventTime: Timestamp(milliseconds: Self.start.milliseconds + Int64(index) * 1000), author: "ana",
                    text: text,
                    predictions: [
                        Prediction(
                            taxonomy: "tech-issues", label: index == 2 ? "nenhum" : "audio.sem_som", confidence: 0.9)
                    ])
            }, to: StreamID("live"), tenant: TenantID("acme"), receivedAt: Self.start)
        return path
    }

    @Test func exportsCSVAndJSONLinesOldestFirst() async throws {
        let directory = try TemporaryDirectory()
        let path = try await makeDatabase(in: directory)
        let csv = try VigiaProcess.run([
            "export", "--store-path", path, "--tenant", "acme", "--stream", "live", "--format", "csv",
        ])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "id,stream,ts,receivedAt,clientId,author,text,language,labels,tags")
        #expect(lines.count == 4)
        #expect(lines[1].contains(",\"sem som, alguém?\","))
        #expect(lines[2].contains(",\"diz \"\"travou\"\"\","))

        let jsonl = try VigiaProcess.run([
            "export", "--store-path", path, "--tenant", "acme", "--stream", "live", "--label", "audio",
        ])
        let objects = try jsonl.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(objects.map { $0["text"] as? String } == ["sem som, alguém?", "diz \"travou\""])
        #expect(objects.first?["ts"] as? String == "2026-11-18T11:06:40.000Z")

        let window = try VigiaProcess.run([
            "export", "--store-path", path, "--tenant", "acme", "--stream", "live", "--from",
            String(Self.start.milliseconds + 1000), "--to", "2026-11-18T11:06:42Z",
        ])
        #expect(window.stdout.split(separator: "\n").count == 1)
    }

    @Test func retentionRemovesOnlyTheTenantsOldMessages() async throws {
        let directory = try TemporaryDirectory()
        let path = try await makeDatabase(in: directory)
        let store = try SQLiteStore(path: path)
        try await store.createStream(
            VigiaCore.Stream(id: StreamID("live"), name: "Live", kind: .chat, taxonomies: [], createdAt: Self.start),
            tenant: TenantID("other"))
        _ = try await store.append(
            [NewMessage(eventTime: Self.start, text: "velha")], to: StreamID("live"), tenant: TenantID("other"),
            receivedAt: Self.start)
        _ = try await store.append(
            [NewMessage(eventTime: .now, text: "nova")], to: StreamID("live"), tenant: TenantID("acme"),
            receivedAt: .now)
        let daysSinceStart = (Timestamp.now.milliseconds - Self.start.milliseconds) / 86_400_000
        let keepAll = try VigiaProcess.run([
            "db", "retention", "--store-path", path, "--tenant", "acme", "--days", String(daysSinceStart + 1),
        ])
        #expect(keepAll.stdout.hasPrefix("removed 0 messages"), "\(keepAll.stderr)")
        let prune = try VigiaProcess.run(["db", "retention", "--store-path", path, "--tenant", "acme", "--days", "1"])
        #expect(prune.status == 0, "\(prune.stderr)")
        #expect(prune.stdout.hasPrefix("removed 3 messages of tenant 'acme'"))
        #expect(try await store.countMessages(tenant: TenantID("acme"), stream: nil) == 1)
        #expect(try await store.countMessages(tenant: TenantID("other"), stream: nil) == 1)
        for days in ["0", "9223372036854775807"] {
            let bad = try VigiaProcess.run([
                "db", "retention", "--store-path", path, "--tenant", "acme", "--days", days,
            ])
            #expect(bad.status == 64 && bad.stderr.contains("--days must be in 1…36500"), "\(bad.stderr)")
        }
    }

    @Test func reportsMissingStreamsAndBadTimes() async throws {
        let directory = try TemporaryDirectory()
        let path = try await makeDatabase(in: directory)
        let missing = try VigiaProcess.run(["export", "--store-path", path, "--tenant", "other", "--stream", "live"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no stream 'live'"))
        let badTime = try VigiaProcess.run([
            "export", "--store-path", path, "--tenant", "acme", "--stream", "live", "--from", "yesterday",
        ])
        #expect(badTime.status == 2)
        #expect(badTime.stderr.contains("'yesterday'"))
    }

    @Test func migrateCreatesTheDatabaseAndStatsCountsIt() async throws {
        let directory = try TemporaryDirectory()
        let fresh = directory.path("new/data/vigia.sqlite")
        let migrate = try VigiaProcess.run(["db", "migrate", "--store-path", fresh])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(FileManager.default.fileExists(atPath: fresh))
        // Only its owner may read what holds password and key hashes.
        func mode(_ path: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map { $0 & 0o777 }
        }
        #expect(
            mode(fresh) == 0o600 && mode(directory.path("new/data")) == 0o700 && mode(directory.path("new")) == 0o700)
        let path = try await makeDatabase(in: directory)
        let stats = try VigiaProcess.run(["db", "stats"], environment: ["STORE_SQLITE_PATH": path])
        #expect(stats.stdout.contains("streams       1"))
        #expect(stats.stdout.contains("messages      3"))
    }

    @Test func configurationChoosesTheStore() async throws {
        let directory = try TemporaryDirectory()
        let fromFile = directory.path("from-file.sqlite")
        let config = try directory.write(
            "vigia.json", #"{"store": {"kind": "sqlite", "sqlite": {"path": "\#(fromFile)"}}}"#)
        let migrate = try VigiaProcess.run(["db", "migrate", "--config", config])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(FileManager.default.fileExists(atPath: fromFile))

        let fromEnvironment = directory.path("from-env.sqlite")
        let overridden = try VigiaProcess.run(
            ["db", "migrate", "--config", config], environment: ["STORE_SQLITE_PATH": fromEnvironment])
        #expect(overridden.stdout.contains(fromEnvironment))

        let unknown = try VigiaProcess.run(["db", "stats"], environment: ["STORE_KIND": "mysql"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("store.kind must be sqlite or postgres"))
        let noURL = try VigiaProcess.run(["db", "stats"], environment: ["STORE_KIND": "postgres"])
        #expect(noURL.status == 2)
        #expect(noURL.stderr.contains("store.postgres.url"))
        let badFile = try VigiaProcess.run(["db", "migrate", "--config", directory.path("missing.json")])
        #expect(badFile.status == 2)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"] != nil))
    func databaseCommandsRunOnPostgreSQL() throws {
        let url = ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"]!
        let environment = ["STORE_KIND": "postgres", "STORE_POSTGRES_URL": url]
        let migrate = try VigiaProcess.run(["db", "migrate"], environment: environment)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stderr.isEmpty)
        let stats = try VigiaProcess.run(["db", "stats"], environment: environment)
        #expect(stats.stdout.contains("bytes on disk"))
    }

    /// The figures of `bench store --json`, and the messages really committed where the configuration points.
    func benchFigures(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any] {
        let bench = try VigiaProcess.run(
            ["bench", "store", "--messages", "3000", "--batch", "250", "--json"] + arguments, environment: environment)
        #expect(bench.status == 0, "\(bench.stderr)")
        return try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func benchStoreWritesWhereTheConfigurationSays() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("bench.sqlite")
        let figures = try benchFigures(["--store-path", path])
        #expect(figures["backend"] as? String == "sqlite")
        #expect(figures["messages"] as? Int == 3000)
        #expect((figures["msgs_per_s"] as? Int ?? 0) > 0)
        let stats = try VigiaProcess.run(["db", "stats", "--store-path", path])
        #expect(stats.stdout.contains("messages") && stats.stdout.contains("3000"), "\(stats.stdout)")
        let wrong = try VigiaProcess.run(["bench", "store", "--backend", "oracle"])
        #expect(wrong.status != 0 && wrong.stderr.contains("sqlite or postgres"))
        let noURL = try VigiaProcess.run(
            ["bench", "store", "--messages", "10"], environment: ["STORE_KIND": "postgres"])
        #expect(noURL.status == 2 && noURL.stderr.contains("store.postgres.url"))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"] != nil))
    func benchStoreRunsOnPostgreSQL() async throws {
        try await TemporaryPostgresDatabase.with { url in
            let figures = try benchFigures([], environment: ["STORE_KIND": "postgres", "STORE_POSTGRES_URL": url])
            #expect(figures["backend"] as? String == "postgres")
            #expect(figures["messages"] as? Int == 3000)
        }
    }
}
