import ArgumentParser
import Foundation
import VigiaCore
import VigiaEngine
import VigiaML
import VigiaSQLite

struct BenchPipelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Messages per second through redact, classify, commit to SQLite and burst detection, in process.",
        discussion: """
            Synthetic chat for many streams (each 10 messages a second of stream time) goes through ingest lanes \
            running in parallel: redaction, the built-in classifier, a committed append to a new SQLite database \
            (a temporary file unless --store-path), and each stream's burst detector. Reports committed messages \
            per second and the process's resident memory as it goes.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: "Messages to ingest.")
    var messages: Int = 1_000_000

    @Option(help: "Streams the messages are spread over.")
    var streams: Int = 1_000

    @Option(help: "Messages per append (per stream), as an HTTP batch would bring them.")
    var batch: Int = 1_000

    @Option(help: "Ingest lanes running in parallel.")
    var lanes: Int = 4

    @Option(help: "SQLite database to write (default: a temporary file, removed afterwards).")
    var storePath: String?

    @Flag(help: "Print one JSON object (msgs_per_s, rss_mb_max, …).")
    var json = false

    func validate() throws {
        guard messages > 0, streams > 0, batch > 0, lanes > 0 else {
            throw ValidationError("--messages, --streams, --batch and --lanes must be positive")
        }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let model = try modelOptions.load()
            var generator = try SyntheticDataGenerator(taxonomy: .techIssues, seed: 5)
            // A pool of texts used round robin keeps the bench's own memory flat however many messages it sends.
            let texts = generator.generate(count: 20_000).map(\.text)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-bench-\(UUID())")
            let path = storePath ?? directory.appendingPathComponent("pipeline.sqlite").path
            defer { if storePath == nil { try? FileManager.default.removeItem(at: directory) } }
            let store = try StoreOptions.openSQLite(path: path)
            let tenant = TenantID("bench")
            for index in 0..<streams {
                try await store.createStream(
                    VigiaCore.Stream(
                        id: StreamID("s\(index)"), name: "s\(index)", kind: .chat, taxonomies: [model.taxonomy.name],
                        createdAt: .now), tenant: tenant)
            }
            let memory = MemoryWatch()
            let clock = ContinuousClock()
            let started = clock.now
            let committed = try await ingest(texts: texts, model: model, store: store, tenant: tenant, memory: memory)
            let elapsed = clock.now - started
            let seconds = elapsed.inSeconds
            let samples = await memory.samples
            let rate = Double(committed) / seconds
            if json {
                print(
                    "{\"msgs_per_s\":\(Int(rate)),\"messages\":\(committed),\"streams\":\(streams),"
                        + "\"lanes\":\(lanes),\"seconds\":\(String(format: "%.2f", seconds)),"
                        + "\"rss_mb_first\":\(samples.first ?? 0),\"rss_mb_max\":\(samples.max() ?? 0),"
                        + "\"rss_mb_last\":\(samples.last ?? 0)}")
                return
            }
            print(
                """
                committed    \(committed) messages of \(streams) streams in \(String(format: "%.2f", seconds)) s (\(lanes) lanes, \(batch) per append)
                throughput   \(Int(rate)) msgs/s (redact, classify, commit to SQLite, detect)
                resident     \(samples.map(String.init).joined(separator: " → ")) MB anonymous, every tenth of the run
                """)
        }
    }

    /// Producers, each sending the batches of its share of the streams in turn, keep the pipeline's lanes busy:
    /// each waits for its batch's commit, so there are more of them than lanes.
    private func ingest(
        texts: [String], model: ClassifierModel, store: SQLiteStore, tenant: TenantID, memory: MemoryWatch
    ) async throws(VigiaError) -> Int {
        let (messages, streams, batch) = (self.messages, self.streams, self.batch)
        let producers = min(lanes * 4, streams)
        var configuration = PipelineConfiguration()
        configuration.lanes = lanes
        let pipeline = Pipeline(
            store: store,
            models: ModelCatalog(builtIn: [.init(model)]), configuration: configuration)
        let start = Timestamp.now.milliseconds
        var committed = 0
        try await RunCommand.running(pipeline) { () async throws(VigiaError) in
            do {
                committed = try await withThrowingTaskGroup(of: Int.self) { group in
                    for producer in 0..<producers {
                        group.addTask {
                            let owned = Array(stride(from: producer, to: streams, by: producers))
                            let share = messages / producers + (producer < messages % producers ? 1 : 0)
                            var sent = 0
                            var round = 0
                            while sent < share {
                                for streamIndex in owned where sent < share {
                                    let count = min(batch, share - sent)
                                    // Each stream says 10 messages a second of stream time.
                                    let first = round * batch
                                    let records = (0..<count).map { offset in
                                        let number = first + offset
                                        return NewMessage(
                                            eventTime: Timestamp(milliseconds: start + Int64(number) * 100),
                                            text: texts[(number * 7 + streamIndex) % texts.count])
                                    }
                                    _ = try await pipeline.submit(
                                        records, to: StreamID("s\(streamIndex)"), tenant: tenant, receivedAt: .now)
                                    sent += count
                                    if producer == 0 { await memory.progress(sent, of: share) }
                                }
                                round += 1
                            }
                            return sent
                        }
                    }
                    return try await group.reduce(0, +)
                }
                // The last batches are committed; detection finishes too before the clock stops.
                await pipeline.finish()
            } catch let error as VigiaError {
                throw error
            } catch {
                throw VigiaError(.storage, "\(error)")
            }
        }
        return committed
    }
}

/// Resident anonymous memory (RssAnon in /proc/self/status), sampled every tenth of the work: the process's own
/// memory, without the pages of the memory-mapped database, which the kernel reclaims at will.
private actor MemoryWatch {
    private(set) var samples: [Int] = []
    private var nextTenth = 0

    func progress(_ done: Int, of total: Int) {
        guard done * 10 >= nextTenth * total else { return }
        nextTenth += 1
        samples.append(Self.residentMegabytes())
    }

    static func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("RssAnon:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return kilobytes / 1024
    }
}
