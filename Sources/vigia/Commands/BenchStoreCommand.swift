import ArgumentParser
import Foundation
import VigiaCore
import VigiaML
import VigiaPostgres
import VigiaSQLite

struct BenchStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Messages committed per second (with predictions and full-text indexing) by concurrent writers.",
        discussion: """
            Writes synthetic chat messages, each with two predictions and two tags, in batches from several \
            concurrent writers, and reports committed messages per second: an append counts only when its \
            transaction has committed. The backend is the configuration's (store.kind) unless --backend names one. \
            SQLite writes to a new temporary file (removed afterwards) unless --store-path names one; PostgreSQL \
            writes to a new stream in the database of --store-url or store.postgres.url.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Backend: sqlite or postgres (default: store.kind, else sqlite).")
    var backend: String?

    @Option(help: "Messages to write.")
    var messages: Int = 500_000

    @Option(help: "Messages per append call.")
    var batch: Int = 1_000

    @Option(help: "Concurrent writers.")
    var writers: Int = 4

    @Option(help: "After writing, time the first page (50 newest) of a full-text search for these words.")
    var search: String?

    @Flag(help: "Print one JSON object (msgs_per_s, …).")
    var json = false

    func validate() throws {
        if let backend, !["sqlite", "postgres"].contains(backend) {
            throw ValidationError("--backend must be sqlite or postgres")
        }
        guard messages > 0, batch > 0, writers > 0 else { throw ValidationError("counts must be positive") }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let configuration = try await store.configuration()
            let kind = backend ?? (store.storeURL != nil ? "postgres" : configuration.string(forKey: "store.kind"))
            if kind == "postgres" {
                guard let url = store.storeURL ?? configuration.string(forKey: "store.postgres.url") else {
                    throw VigiaError(.invalidArgument, "give --store-url or set store.postgres.url for PostgreSQL")
                }
                try await StoreOptions.withPostgres(url: url, node: 0) { database async throws(VigiaError) in
                    try await measure(
                        database, backend: "postgres",
                        location: StoreOptions.location(.init(backend: .postgres(url: url), node: 0)))
                }
                return
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-bench-\(UUID())")
            let file = store.storePath ?? directory.appendingPathComponent("bench.sqlite").path
            if store.storePath == nil {
                try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            defer { if store.storePath == nil { try? FileManager.default.removeItem(at: directory) } }
            try await measure(try StoreOptions.openSQLite(path: file), backend: "sqlite", location: file)
        }
    }

    private func measure(
        _ store: some StreamStore & MessageStore, backend: String, location: String
    ) async throws(VigiaError) {
        let tenant = TenantID("bench")
        let stream = StreamID("bench-\(UUID().uuidString.prefix(8))")
        try await store.createStream(
            VigiaCore.Stream(id: stream, name: "bench", kind: .chat, taxonomies: ["tech-issues"], createdAt: .now),
            tenant: tenant)
        let batches = try Self.makeBatches(messages: messages, batch: batch)
        let clock = ContinuousClock()
        let started = clock.now
        let committed = try await Self.write(batches, to: store, stream: stream, tenant: tenant, writers: writers)
        let elapsed = clock.now - started
        let seconds = elapsed.inSeconds
        let rate = Double(committed) / seconds
        var latencies: [Double]?
        if let search { latencies = try await Self.searchLatencies(search, in: store, tenant: tenant) }
        let searchFigures = latencies.map { milliseconds in
            ",\"search_ms_median\":\(String(format: "%.2f", milliseconds[milliseconds.count / 2])),"
                + "\"search_ms_p95\":\(String(format: "%.2f", milliseconds[milliseconds.count * 95 / 100]))"
        }
        if json {
            print(
                "{\"msgs_per_s\":\(Int(rate)),\"backend\":\"\(backend)\",\"messages\":\(committed),"
                    + "\"seconds\":\(String(format: "%.3f", seconds)),\"batch\":\(batch),\"writers\":\(writers)"
                    + (searchFigures ?? "") + "}")
            return
        }
        print(
            """
            backend      \(backend) (\(location))
            committed    \(committed) messages in \(String(format: "%.2f", seconds)) s (\(batch) per append, \(writers) writers)
            throughput   \(Int(rate)) msgs/s
            """)
        if let latencies {
            print(
                "search       first page of '\(search ?? "")': median "
                    + "\(String(format: "%.2f", latencies[latencies.count / 2])) ms, "
                    + "p95 \(String(format: "%.2f", latencies[latencies.count * 95 / 100])) ms")
        }
    }

    /// First-page latencies of a text search, in milliseconds, sorted: one warm-up, then 40 timed runs.
    static func searchLatencies(
        _ words: String, in store: some MessageStore, tenant: TenantID
    )
        async throws(VigiaError) -> [Double]
    {
        let query = MessageQuery(text: words, limit: 50)
        _ = try await store.search(query, tenant: tenant)
        let clock = ContinuousClock()
        var latencies: [Double] = []
        for _ in 0..<40 {
            let started = clock.now
            _ = try await store.search(query, tenant: tenant)
            let elapsed = clock.now - started
            latencies.append(elapsed.inSeconds * 1000)
        }
        return latencies.sorted()
    }

    /// Synthetic chat texts with two predictions and two tags each, cut into append-sized batches.
    static func makeBatches(messages: Int, batch: Int) throws(VigiaError) -> [[NewMessage]] {
        var generator = try SyntheticDataGenerator(taxonomy: .techIssues, seed: 11)
        let start = Timestamp.now.milliseconds
        let all = (0..<messages).map { index in
            let example = generator.next()
            return NewMessage(
                eventTime: Timestamp(milliseconds: start + Int64(index)), author: "viewer\(index % 5000)",
                text: example.text, language: "pt",
                predictions: [
                    Prediction(taxonomy: "tech-issues", label: example.label, confidence: 0.93),
                    Prediction(taxonomy: "feedback", label: "critica", confidence: 0.41),
                ], tags: ["live", "bench"])
        }
        return stride(from: 0, to: all.count, by: batch).map { Array(all[$0..<min($0 + batch, all.count)]) }
    }

    /// Appends the batches from `writers` concurrent tasks; returns how many messages were committed.
    static func write(
        _ batches: [[NewMessage]], to store: some MessageStore, stream: StreamID, tenant: TenantID, writers: Int
    ) async throws(VigiaError) -> Int {
        do {
            return try await withThrowingTaskGroup(of: Int.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var committed = 0
                        for index in stride(from: writer, to: batches.count, by: writers) {
                            committed += try await store.append(
                                batches[index], to: stream, tenant: tenant, receivedAt: .now
                            ).accepted
                        }
                        return committed
                    }
                }
                return try await group.reduce(0, +)
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "\(error)")
        }
    }
}
