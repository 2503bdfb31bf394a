import ArgumentParser
import Foundation
import VigiaCore
import VigiaEngine
import VigiaML

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Replay a recorded stream through classification and burst detection; print incidents and insights.",
        discussion: """
            The recording is JSON Lines with ts (RFC 3339 or epoch milliseconds), text, and optional author and id, \
            or CSV with the same columns (a .csv file). Messages are redacted, classified, counted per second of \
            stream time and tested for bursts. --speed max runs on a virtual clock, as fast as the machine allows, \
            with the same output every time; --speed N plays N seconds of stream time per second.
            """)

    @OptionGroup var modelOptions: ModelOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Recorded stream (.jsonl or .csv).")
    var input: String

    @Option(help: "max, or how many seconds of stream time per second of real time.")
    var speed: String = "max"

    @Option(help: "Stream id shown in the events (and stored, with --persist).")
    var stream: String = "replay"

    @Option(help: "Tenant of the stream, with --persist.")
    var tenant: String = "local"

    @Flag(help: "Store the messages, incidents and insights in the configured store (default: in memory only).")
    var persist = false

    @Flag(help: "Also report trending terms (terms far above their own baseline), as feedback streams do by default.")
    var trends = false

    @Flag(help: "One JSON object per event on stdout.")
    var json = false

    func validate() throws {
        guard speed == "max" || (Double(speed).map { $0 > 0 && $0.isFinite } ?? false) else {
            throw ValidationError("--speed must be max or a positive number")
        }
    }

    func run() async throws {
        try await reportingErrors { () async throws(VigiaError) in
            let messages = try Recording.read(path: input)
            let model = try modelOptions.load()
            if persist {
                try await storeOptions.withStore { store, _ async throws(VigiaError) in
                    try await replay(messages, model: model, into: store)
                }
            } else {
                try await replay(messages, model: model, into: InMemoryStore())
            }
        }
    }

    /// Replays the recording through a pipeline on `store`, in chunks of at most a second of stream time (and
    /// 1,000 messages), paced by `--speed`.
    private func replay(
        _ messages: [NewMessage], model: ClassifierModel, into store: some VigiaStore
    ) async throws(VigiaError) {
        let (tenant, stream) = (TenantID(self.tenant), StreamID(self.stream))
        try await Self.ensureStream(stream, taxonomy: model.taxonomy.name, in: store, tenant: tenant)
        let json = self.json
        var configuration = PipelineConfiguration()
        // A replay has one stream, which uses one lane whatever their number.
        configuration.lanes = 1
        if trends { configuration.taggedKinds = Set(VigiaCore.Stream.Kind.allCases) }
        let pipeline = Pipeline(
            store: store,
            models: ModelCatalog(builtIn: [.init(model)]),
            configuration: configuration,
            logger: StoreOptions.commandLogger,
            onEvents: { _, events in
                for event in events {
                    if let text = json ? event.json : Self.line(event) { print(text) }
                }
            })
        let pace = Double(speed)
        try await Self.running(pipeline) { () async throws(VigiaError) in
            let clock = ContinuousClock()
            let started = clock.now
            var next = 0
            while next < messages.count {
                let first = messages[next].eventTime.milliseconds / 1000
                var end = next
                while end < messages.count, end - next < 1000, messages[end].eventTime.milliseconds / 1000 == first {
                    end += 1
                }
                if let pace, let origin = messages.first?.eventTime.milliseconds {
                    let due = Double(messages[next].eventTime.milliseconds - origin) / 1000 / pace
                    try? await clock.sleep(until: started.advanced(by: .milliseconds(Int64(due * 1000))))
                    await pipeline.advance(to: messages[next].eventTime)
                }
                _ = try await pipeline.submit(
                    Array(messages[next..<end]), to: stream, tenant: tenant, receivedAt: messages[next].eventTime)
                next = end
            }
            await pipeline.finish()
        }
    }

    /// Runs `pipeline` as a service while `body` feeds it, then stops it.
    static func running<Store>(
        _ pipeline: Pipeline<Store>, _ body: () async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await pipeline.run() }
                try await body()
                group.cancelAll()
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "\(error)")
        }
    }

    /// Creates the stream unless the store has it already (a second replay into a persistent store).
    static func ensureStream(
        _ stream: StreamID, taxonomy: String, in store: some StreamStore, tenant: TenantID
    ) async throws(VigiaError) {
        guard try await store.stream(stream, tenant: tenant) == nil else { return }
        try await store.createStream(
            VigiaCore.Stream(id: stream, name: stream.rawValue, kind: .chat, taxonomies: [taxonomy], createdAt: .now),
            tenant: tenant)
    }

    /// The event as a line for people; nil for a closed second or live messages, which a replay does not report.
    static func line(_ event: StreamEvent) -> String? {
        switch event {
        case .second, .messages: nil
        case .burst(let event): line(event)
        case .trend(let event):
            "\(event.at.rfc3339)  "
                + {
                    switch event.change {
                    case .started(let trend):
                        "termo em alta        \(trend.term): \(trend.count) mensagens no último minuto, "
                            + "\(RuleInsightWriter.decimal(trend.ratio))x acima da base"
                    case .ended(let trend): "termo normalizado    \(trend.term)"
                    }
                }()
        }
    }

    static func line(_ event: StreamMonitor.Event) -> String {
        let burst = event.burst
        let what =
            switch event.kind {
            case .incidentOpened: "incidente aberto     "
            case .incidentUpdated: "incidente atualizado "
            case .incidentResolved: "incidente resolvido  "
            case .insight: "insight              "
            }
        return "\(event.at.rfc3339)  \(what)\(burst.label) (\(burst.severity.rawValue))"
            + (event.insight.map { ": " + $0 } ?? "")
    }
}
