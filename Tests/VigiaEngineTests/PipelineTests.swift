import Synchronization
import Testing
import VigiaCore
import VigiaText

@testable import VigiaEngine

@Suite struct PipelineTests {
    let tenant = TenantID("acme")
    static let start: Int64 = 1_795_384_800_000
    let complaint = "sem som, liga 11 98765-4321"

    /// What the pipeline handed out, in order.
    final class EventLog: Sendable {
        private let events = Mutex<[StreamEvent]>([])
        func append(_ more: [StreamEvent]) { events.withLock { $0 += more } }
        var all: [StreamEvent] { events.withLock { $0 } }
        var bursts: [StreamMonitor.Event] {
            all.compactMap { event in
                if case .burst(let burst) = event { burst } else { nil }
            }
        }
    }

    func storeWithStreams(_ names: [String]) async throws -> InMemoryStore {
        let store = InMemoryStore()
        for name in names {
            try await store.createStream(
                VigiaCore.Stream(
                    id: StreamID(name), name: name, kind: .chat, taxonomies: ["tech-issues", "unknown-taxonomy"],
                    createdAt: Timestamp(milliseconds: 0)), tenant: tenant)
        }
        return store
    }

    func pipeline(
        _ store: InMemoryStore, log: EventLog, configure: (inout PipelineConfiguration) -> Void = { _ in }
    ) -> Pipeline<InMemoryStore> {
        let classifier = ScriptedClassifier(labels: [PIIRedactor().redact(complaint): "audio.sem_som"])
        var configuration = PipelineConfiguration()
        configure(&configuration)
        return Pipeline(
            store: store,
            models: ModelCatalog(builtIn: [
                .init(taxonomy: "tech-issues", labels: Taxonomy.techIssues.labels) {
                    { classifier.classify($0).top[0] }
                }
            ]),
            configuration: configuration,
            onEvents: { _, events in log.append(events) })
    }

    /// Sends one second of chat to stream `a` (with `complaints` complaints) and one "oi" to stream `b`.
    func send(second: Int64, complaints: Int, to pipeline: Pipeline<InMemoryStore>) async throws {
        let time = Timestamp(milliseconds: Self.start + second * 1000)
        var messages = [NewMessage(clientID: "a\(second)", eventTime: time, author: "ana", text: "boa noite")]
        messages += (0..<complaints).map { _ in NewMessage(eventTime: time, text: complaint) }
        let result = try await pipeline.submit(messages, to: StreamID("a"), tenant: tenant, receivedAt: time)
        #expect(result.ids.count == messages.count)
        _ = try await pipeline.submit(
            [NewMessage(eventTime: time, text: "oi")], to: StreamID("b"), tenant: tenant, receivedAt: time)
    }

    func running<T: Sendable>(
        _ pipeline: Pipeline<InMemoryStore>, _ body: () async throws -> T
    ) async throws -> T {
        let service = Task { try await pipeline.run() }
        defer { service.cancel() }
        return try await body()
    }

    @Test func messagesAreStoredRedactedAndClassifiedAndBurstsBecomeStoredIncidents() async throws {
        let store = try await storeWithStreams(["a", "b"])
        let log = EventLog()
        let pipeline = pipeline(store, log: log)
        try await running(pipeline) {
            for second in Int64(0)..<400 {
                try await send(second: second, complaints: second >= 300 ? 5 : 0, to: pipeline)
            }
            await pipeline.finish()
        }
        let redacted = PIIRedactor().redact(complaint)
        let page = try await store.search(MessageQuery(stream: StreamID("a"), label: "audio", limit: 5), tenant: tenant)
        #expect(page.items.count == 5)
        #expect(page.items.allSatisfy { $0.message.text == redacted && $0.message.predictions.count == 1 })
        #expect(await store.countMessages(tenant: tenant, stream: StreamID("b")) == 400)

        let incidents = try await store.incidents(IncidentQuery(stream: StreamID("a")), tenant: tenant)
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.label == "audio.sem_som" && incident.status == .open && incident.taxonomy == "tech-issues")
        #expect(!incident.sampleMessageIDs.isEmpty)
        for id in incident.sampleMessageIDs {
            #expect(await store.message(id, tenant: tenant)?.message.text == redacted)
        }
        let opened = try #require(log.bursts.first { $0.kind == .incidentOpened })
        #expect(opened.incident == incident.id && opened.stream == StreamID("a"))
        #expect(!log.all.contains { $0.stream == StreamID("b") })
        let insights = try await store.insights(stream: StreamID("a"), incident: incident.id, limit: 10, tenant: tenant)
        #expect(insights.count == 1)
        #expect(insights.first?.message.hasPrefix("Pico de relatos de áudio (sem som)") == true)
        let insight = try #require(insights.first)
        #expect(insight.source == .rules && !insight.messageIDs.isEmpty)
        for id in insight.messageIDs {
            #expect(await store.message(id, tenant: tenant)?.message.text == redacted)
        }
    }

    @Test(arguments: [
        VigiaCore.Stream.Detection(minimumCount: 1000), VigiaCore.Stream.Detection(ignoredLabels: ["audio.sem_som"]),
    ])
    func aStreamsOwnDetectionSettingsTakeThePlaceOfTheNodes(detection: VigiaCore.Stream.Detection) async throws {
        // The burst of the first test, which opens an incident with the node's settings.
        let store = try await storeWithStreams(["a", "b"])
        var definition = try #require(await store.stream(StreamID("a"), tenant: tenant))
        definition.detection = detection
        #expect(await store.updateStream(definition, tenant: tenant))
        let log = EventLog()
        let pipeline = pipeline(store, log: log)
        try await running(pipeline) {
            for second in Int64(0)..<400 {
                try await send(second: second, complaints: second >= 300 ? 5 : 0, to: pipeline)
            }
            await pipeline.finish()
        }
        #expect(try await store.incidents(IncidentQuery(stream: StreamID("a")), tenant: tenant).isEmpty)
        #expect(log.bursts.isEmpty)
    }

    @Test func aRestartJustAfterAnIncidentOpensCarriesItOnToItsEnd() async throws {
        let store = try await storeWithStreams(["a", "b"])
        let before = EventLog()
        let first = pipeline(store, log: before)
        var opened: Int64 = 0
        try await running(first) {
            for second in Int64(0)..<400 {
                try await send(second: second, complaints: second >= 300 ? 5 : 0, to: first)
                await first.advance(to: Timestamp(milliseconds: Self.start + (second + 1) * 1000))
                if before.bursts.contains(where: { $0.kind == .incidentOpened }) {
                    opened = second
                    break
                }
            }
        }
        #expect(opened > 0)
        let after = EventLog()
        let restarted = pipeline(store, log: after)
        try await running(restarted) {
            for second in (opened + 2)..<(opened + 300) {
                try await send(second: second, complaints: second < opened + 60 ? 5 : 0, to: restarted)
                await restarted.advance(to: Timestamp(milliseconds: Self.start + (second + 1) * 1000))
            }
        }
        let incidents = try await store.incidents(IncidentQuery(stream: StreamID("a")), tenant: tenant)
        #expect(incidents.count == 1)
        #expect(incidents.first?.endedAt != nil, "\(after.bursts.map(\.kind))")
        #expect(after.bursts.contains { $0.kind == .incidentResolved }, "\(after.bursts.map(\.kind))")
    }

    @Test func aRestartRebuildsTheWindowsFromTheStoreAndCarriesOnWithTheOpenIncident() async throws {
        let store = try await storeWithStreams(["a", "b"])
        let before = EventLog()
        let first = pipeline(store, log: before)
        try await running(first) {
            for second in Int64(0)..<400 {
                try await send(second: second, complaints: second >= 300 ? 5 : 0, to: first)
            }
        }
        #expect(before.bursts.contains { $0.kind == .incidentOpened })

        let after = EventLog()
        let restarted = pipeline(store, log: after)
        try await running(restarted) {
            for second in Int64(400)..<800 {
                try await send(second: second, complaints: second < 460 ? 5 : 0, to: restarted)
            }
            await restarted.finish()
        }
        // Without the rebuilt windows, the new detector would be warming up: it would neither know the burst nor
        // resolve its incident.
        #expect(!after.bursts.contains { $0.kind == .incidentOpened }, "\(after.bursts.map(\.kind))")
        let incidents = try await store.incidents(IncidentQuery(stream: StreamID("a")), tenant: tenant)
        #expect(incidents.count == 1)
        let incident = try #require(incidents.first)
        #expect(incident.status == .resolved)
        let endedSecond = ((incident.endedAt?.milliseconds ?? 0) - Self.start) / 1000
        #expect((455...470).contains(endedSecond), "ended at second \(endedSecond)")
        let resolution = try await store.insights(
            stream: StreamID("a"), incident: incident.id, limit: 10, tenant: tenant)
        #expect(resolution.contains { $0.type == "resolution" && $0.message.contains("normalizados") })
    }

    @Test func feedbackMessagesGetKeyphrasesAndTheStreamItsTrendingTerms() async throws {
        let store = InMemoryStore()
        for (name, kind) in [("app", VigiaCore.Stream.Kind.feedback), ("chat", .chat)] {
            try await store.createStream(
                VigiaCore.Stream(
                    id: StreamID(name), name: name, kind: kind, taxonomies: ["tech-issues"],
                    createdAt: Timestamp(milliseconds: 0)), tenant: tenant)
        }
        let log = EventLog()
        let pipeline = pipeline(store, log: log)
        let everyday = ["adorei o novo layout", "entrega rapida", "preco justo", "atendimento excelente"]
        try await running(pipeline) {
            for second in Int64(0)..<1_500 {
                let time = Timestamp(milliseconds: Self.start + second * 1000)
                var messages = [NewMessage(eventTime: time, text: everyday[Int(second) % everyday.count])]
                // After the app release, "bluetooth" complaints: far above their own (nil) baseline.
                if second >= 1_400 { messages.append(NewMessage(eventTime: time, text: "o bluetooth nao conecta")) }
                for stream in ["app", "chat"] {
                    _ = try await pipeline.submit(messages, to: StreamID(stream), tenant: tenant, receivedAt: time)
                }
            }
            await pipeline.finish()
        }
        let tagged = try await store.search(
            MessageQuery(stream: StreamID("app"), text: "bluetooth", limit: 1), tenant: tenant)
        #expect(
            tagged.items.first?.message.tags.contains("bluetooth") == true, "\(tagged.items.first?.message.tags ?? [])")
        let chat = try await store.search(
            MessageQuery(stream: StreamID("chat"), text: "bluetooth", limit: 1), tenant: tenant)
        #expect(chat.items.first?.message.tags == [])
        let started = log.all.compactMap { event -> TrendEvent? in
            if case .trend(let trend) = event, case .started = trend.change { trend } else { nil }
        }
        #expect(started.contains { $0.stream == StreamID("app") && $0.change.trend.term.contains("bluetooth") })
        #expect(started.allSatisfy { $0.stream == StreamID("app") })
        let first = try #require(started.first { $0.change.trend.term.contains("bluetooth") })
        #expect(first.at.milliseconds - Self.start < 1_470_000, "trending from \(first.at.rfc3339)")
    }

    @Test func aFullLaneRefusesOrMakesProducersWaitAndShutdownFinishesWhatWasQueued() async throws {
        let store = try await storeWithStreams(["a"])
        let pipeline = pipeline(store, log: EventLog()) {
            $0.lanes = 1
            $0.queueCapacity = 10
        }
        let time = Timestamp(milliseconds: Self.start)
        let six = (0..<6).map { NewMessage(eventTime: time, text: "oi \($0)") }
        let queued = Task { [tenant] in
            try await pipeline.submit(six, to: StreamID("a"), tenant: tenant, receivedAt: time, whenFull: .refuse)
        }
        while pipeline.queueDepth < 6 { await Task.yield() }
        await #expect(throws: VigiaError(.unavailable, "the ingest queue is full; retry shortly")) {
            try await pipeline.submit(six, to: StreamID("a"), tenant: tenant, receivedAt: time, whenFull: .refuse)
        }
        // Cancelled before it starts: it still commits what was queued, then takes nothing more.
        let service = Task { try await pipeline.run() }
        service.cancel()
        try await service.value
        #expect(try await queued.value.accepted == 6)
        await #expect(throws: VigiaError(.unavailable, "the pipeline is shutting down")) {
            try await pipeline.submit(six, to: StreamID("a"), tenant: tenant, receivedAt: time)
        }
        #expect(await store.countMessages(tenant: tenant, stream: StreamID("a")) == 6)
    }

    @Test func aLiveReplayStoresThePastAtOnceSoItsFirstLiveBurstIsFoundInSeconds() async throws {
        let store = try await storeWithStreams(["a"])
        let log = EventLog()
        let pipeline = pipeline(store, log: log)
        let startAt = Timestamp(milliseconds: Self.start + 600_000)
        // Ten minutes of calm chat before `startAt`, then complaints from it on.
        var messages = (0..<1_200).map { index in
            NewMessage(eventTime: Timestamp(milliseconds: Self.start + Int64(index) * 500), text: "boa noite")
        }
        messages += (0..<100).map { index in
            NewMessage(eventTime: Timestamp(milliseconds: startAt.milliseconds + Int64(index) * 100), text: complaint)
        }
        let replay = LiveReplay(
            messages: messages, stream: StreamID("a"), tenant: tenant, pipeline: pipeline, startAt: startAt, speed: 1)
        // The replay makes `startAt` "now" when it starts: the live burst begins then, in stream time.
        let live = Timestamp.now
        let service = Task { try await pipeline.run() }
        let player = Task { try await replay.run() }
        defer {
            player.cancel()
            service.cancel()
        }
        let began = ContinuousClock.now
        while !log.bursts.contains(where: { $0.kind == .incidentOpened }), ContinuousClock.now - began < .seconds(60) {
            try await Task.sleep(for: .milliseconds(100))
        }
        let opened = try #require(log.bursts.first { $0.kind == .incidentOpened })
        // Warm from the stored past, the detector needs no warm-up: a few seconds of the burst are enough (stream
        // time, from the burst's first second, so that a busy machine's late start of the replay does not count).
        let delay = opened.at.milliseconds - opened.burst.startedAt * 1000
        #expect(delay < 5_000, "opened \(delay) ms into the burst")
        #expect(opened.burst.startedAt * 1000 >= live.milliseconds - 1_000)
        #expect(await store.countMessages(tenant: tenant, stream: StreamID("a")) >= 1_200)
    }

    @Test func aResentBatchIsStoredOnceAndCountedOnce() async throws {
        let store = try await storeWithStreams(["a"])
        let log = EventLog()
        let pipeline = pipeline(store, log: log) { $0.reportsSeconds = true }
        try await running(pipeline) {
            let time = Timestamp(milliseconds: Self.start)
            let batch = (0..<3).map { NewMessage(clientID: "m\($0)", eventTime: time, text: "oi") }
            for _ in 0..<2 { _ = try await pipeline.submit(batch, to: StreamID("a"), tenant: tenant, receivedAt: time) }
            // One new message, one known, and the new one twice in the batch.
            let later = Timestamp(milliseconds: Self.start + 1_000)
            let mixed = [
                NewMessage(clientID: "m9", eventTime: later, text: "oi"),
                NewMessage(clientID: "m0", eventTime: later, text: "oi"),
                NewMessage(clientID: "m9", eventTime: later, text: "oi"),
            ]
            _ = try await pipeline.submit(mixed, to: StreamID("a"), tenant: tenant, receivedAt: later)
            await pipeline.finish()
        }
        let seconds = log.all.compactMap { event -> StreamMonitor.SecondCounts? in
            if case .second(let counts) = event { counts } else { nil }
        }
        #expect(seconds.map(\.total) == [3, 1])
        #expect(await store.countMessages(tenant: tenant, stream: StreamID("a")) == 4)
    }

    @Test func anUnknownStreamIsRefusedAndTheLaneGoesOn() async throws {
        let store = try await storeWithStreams(["a"])
        let pipeline = pipeline(store, log: EventLog())
        try await running(pipeline) {
            let time = Timestamp(milliseconds: Self.start)
            await #expect(throws: VigiaError(.notFound, "no stream 'zzz'")) {
                try await pipeline.submit(
                    [NewMessage(eventTime: time, text: "oi")], to: StreamID("zzz"), tenant: tenant, receivedAt: time)
            }
            let result = try await pipeline.submit(
                [NewMessage(eventTime: time, text: "oi")], to: StreamID("a"), tenant: tenant, receivedAt: time)
            #expect(result.accepted == 1)
        }
    }
}
