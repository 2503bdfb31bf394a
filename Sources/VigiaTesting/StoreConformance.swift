import Testing
import VigiaCore

/// A store under test: both ports, as every backend implements them.
public typealias ConformingStore = VigiaStore

/// The behaviour every ``StreamStore`` and ``MessageStore`` must have, as named checks. Each backend's test target
/// runs every check on a fresh store: `@Test(arguments: StoreConformance.checks)`.
public enum StoreConformance {
    public struct Check: Sendable, CustomTestStringConvertible {
        public let name: String
        public let run: @Sendable (any ConformingStore) async throws -> Void
        public var testDescription: String { name }
    }

    public static let tenant = TenantID("acme")
    public static let otherTenant = TenantID("globex")
    static let base = Timestamp(milliseconds: 1_767_225_600_000)  // 2026-01-01T00:00:00Z

    static func at(_ seconds: Int64) -> Timestamp { Timestamp(milliseconds: base.milliseconds + seconds * 1000) }

    static func makeStream(_ id: String, _ store: any ConformingStore, tenant: TenantID = tenant) async throws {
        try await store.createStream(
            Stream(id: StreamID(id), name: "Stream \(id)", kind: .chat, taxonomies: ["tech-issues"], createdAt: base),
            tenant: tenant)
    }

    static func chat(
        _ text: String, second: Int64, author: String? = nil, label: String = "nenhum",
        confidence: Double = 0.9, clientID: String? = nil
    ) -> NewMessage {
        NewMessage(
            clientID: clientID, eventTime: at(second), author: author, text: text, language: "pt",
            predictions: [Prediction(taxonomy: "tech-issues", label: label, confidence: confidence)],
            tags: ["t\(second % 3)"], extra: #"{"source":"test"}"#)
    }

    public static let checks: [Check] = [
        Check(name: "messages read back as appended, with increasing ids") { store in
            try await makeStream("live", store)
            let messages = [
                chat("sem áudio aqui", second: 1, author: "ana", label: "audio.sem_som", confidence: 0.97),
                chat("boa noite", second: 2),
                NewMessage(eventTime: at(3), text: "só texto"),
            ]
            let result = try await store.append(messages, to: StreamID("live"), tenant: tenant, receivedAt: at(10))
            #expect(result.accepted == 3 && result.duplicates == 0)
            #expect(result.ids == result.ids.sorted() && Set(result.ids).count == 3)
            for (id, message) in zip(result.ids, messages) {
                let stored = try #require(try await store.message(id, tenant: tenant))
                #expect(stored.message == message)
                #expect(stored.stream == StreamID("live"))
                #expect(stored.receivedTime == at(10))
            }
            #expect(try await store.countMessages(tenant: tenant, stream: nil) == 3)
        },
        Check(name: "appending is idempotent on (stream, client id)") { store in
            try await makeStream("a", store)
            try await makeStream("b", store)
            let first = try await store.append(
                [chat("x", second: 1, clientID: "c1"), chat("y", second: 2, clientID: "c2")], to: StreamID("a"),
                tenant: tenant, receivedAt: at(5))
            let again = try await store.append(
                [
                    chat("x", second: 1, clientID: "c1"), chat("z", second: 3, clientID: "c3"),
                    chat("z", second: 3, clientID: "c3"),
                ], to: StreamID("a"), tenant: tenant, receivedAt: at(6))
            #expect(again.accepted == 1 && again.duplicates == 2)
            #expect(again.ids[0] == first.ids[0])
            #expect(again.ids[1] == again.ids[2])
            let otherStream = try await store.append(
                [chat("x", second: 1, clientID: "c1")], to: StreamID("b"), tenant: tenant, receivedAt: at(7))
            #expect(otherStream.accepted == 1)
            #expect(try await store.countMessages(tenant: tenant, stream: StreamID("a")) == 3)
        },
        Check(name: "appending to a missing stream fails and stores nothing") { store in
            await #expect(throws: VigiaError.self) {
                try await store.append([chat("x", second: 1)], to: StreamID("nope"), tenant: tenant, receivedAt: at(1))
            }
            let count = try await store.countMessages(tenant: tenant, stream: nil)
            #expect(count == 0)
        },
        Check(name: "search pages newest first with a cursor") { store in
            try await makeStream("live", store)
            let ids = try await store.append(
                (0..<25).map { chat("mensagem \($0)", second: Int64($0)) }, to: StreamID("live"), tenant: tenant,
                receivedAt: at(100)
            ).ids
            var seen: [MessageID] = []
            var cursor: MessageCursor?
            var pages = 0
            repeat {
                let page = try await store.search(MessageQuery(limit: 10, cursor: cursor), tenant: tenant)
                seen += page.items.map(\.id)
                cursor = page.nextCursor
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(seen == ids.reversed())
        },
        Check(name: "filters by stream, time, author, label and confidence") { store in
            try await makeStream("a", store)
            try await makeStream("b", store)
            _ = try await store.append(
                [
                    chat("um", second: 10, author: "ana", label: "audio.sem_som", confidence: 0.95),
                    chat("dois", second: 20, author: "bia", label: "audio.eco", confidence: 0.6),
                    chat("tres", second: 30, author: "ana", label: "video.travando", confidence: 0.8),
                ], to: StreamID("a"), tenant: tenant, receivedAt: at(40))
            _ = try await store.append(
                [chat("quatro", second: 15, label: "audio.sem_som")], to: StreamID("b"), tenant: tenant,
                receivedAt: at(40))
            func texts(_ query: MessageQuery) async throws -> [String] {
                try await store.search(query, tenant: tenant).items.map(\.message.text)
            }
            #expect(try await texts(MessageQuery(stream: StreamID("b"))) == ["quatro"])
            #expect(try await texts(MessageQuery(stream: StreamID("a"), from: at(10), to: at(30))) == ["dois", "um"])
            #expect(try await texts(MessageQuery(author: "ana")) == ["tres", "um"])
            #expect(try await texts(MessageQuery(stream: StreamID("a"), label: "audio")) == ["dois", "um"])
            #expect(try await texts(MessageQuery(label: "audio.sem_som")) == ["quatro", "um"])
            #expect(try await texts(MessageQuery(taxonomy: "feedback")) == [])
            #expect(try await texts(MessageQuery(label: "audio", minConfidence: 0.9)) == ["quatro", "um"])
            #expect(try await texts(MessageQuery(stream: StreamID("a"), maxConfidence: 0.7)) == ["dois"])
        },
        Check(name: "text search ignores case and accents and needs every word") { store in
            try await makeStream("live", store)
            _ = try await store.append(
                [
                    chat("Sem ÁUDIO aqui, alguém?", second: 1), chat("a imagem travou", second: 2),
                    chat("audiovisual ok", second: 3),
                ], to: StreamID("live"), tenant: tenant, receivedAt: at(5))
            for query in ["audio", "ÁUDIO", "áudio", "sem audio", "ALGUEM"] {
                let found = try await store.search(MessageQuery(text: query), tenant: tenant).items
                #expect(found.map(\.message.text) == ["Sem ÁUDIO aqui, alguém?"], "query \(query)")
            }
            #expect(try await store.search(MessageQuery(text: "audio travou"), tenant: tenant).items.isEmpty)
            #expect(try await store.search(MessageQuery(text: "imagem"), tenant: tenant).items.count == 1)
        },
        Check(name: "export hands every match oldest first in batches") { store in
            try await makeStream("live", store)
            let ids = try await store.append(
                (0..<25).map { chat("m \($0)", second: Int64($0), label: $0 % 5 == 0 ? "audio.eco" : "nenhum") },
                to: StreamID("live"), tenant: tenant, receivedAt: at(100)
            ).ids
            let collected = Collector()
            try await store.export(MessageQuery(stream: StreamID("live")), tenant: tenant, batchSize: 7) { batch in
                await collected.add(batch)
            }
            #expect(await collected.batchSizes == [7, 7, 7, 4])
            #expect(await collected.ids == ids)
            let audio = Collector()
            try await store.export(MessageQuery(label: "audio"), tenant: tenant, batchSize: 100) { batch in
                await audio.add(batch)
            }
            #expect(await audio.ids == stride(from: 0, to: 25, by: 5).map { ids[$0] })
        },
        Check(name: "retention deletes messages older than the cutoff") { store in
            try await makeStream("live", store)
            _ = try await store.append(
                (0..<10).map { chat("m \($0)", second: Int64($0)) }, to: StreamID("live"), tenant: tenant,
                receivedAt: at(100))
            #expect(try await store.deleteMessages(before: at(4), tenant: tenant) == 4)
            #expect(try await store.countMessages(tenant: tenant, stream: nil) == 6)
            let oldest = try await store.search(MessageQuery(limit: 100), tenant: tenant).items.last
            #expect(oldest?.message.text == "m 4")
        },
        Check(name: "streams are created once, listed, and deleted with their messages") { store in
            try await makeStream("b", store)
            try await makeStream("a", store)
            await #expect(throws: VigiaError.self) { try await makeStream("a", store) }
            #expect(try await store.streams(tenant: tenant).map(\.id) == [StreamID("a"), StreamID("b")])
            #expect(try await store.stream(StreamID("a"), tenant: tenant)?.name == "Stream a")
            _ = try await store.append([chat("x", second: 1)], to: StreamID("a"), tenant: tenant, receivedAt: at(2))
            #expect(try await store.deleteStream(StreamID("a"), tenant: tenant))
            #expect(try await !store.deleteStream(StreamID("a"), tenant: tenant))
            #expect(try await store.countMessages(tenant: tenant, stream: nil) == 0)
        },
        Check(name: "tenants never see each other's data") { store in
            try await makeStream("live", store)
            try await makeStream("live", store, tenant: otherTenant)
            let mine = try await store.append(
                [chat("segredo da acme", second: 1, clientID: "c1")], to: StreamID("live"), tenant: tenant,
                receivedAt: at(2))
            let theirs = try await store.append(
                [chat("segredo da globex", second: 1, clientID: "c1")], to: StreamID("live"), tenant: otherTenant,
                receivedAt: at(2))
            #expect(theirs.accepted == 1)
            #expect(try await store.message(mine.ids[0], tenant: otherTenant) == nil)
            #expect(try await store.message(theirs.ids[0], tenant: tenant) == nil)
            #expect(try await store.search(MessageQuery(text: "segredo"), tenant: tenant).items.count == 1)
            #expect(try await store.streams(tenant: TenantID("nobody")).isEmpty)
            #expect(try await store.stream(StreamID("live"), tenant: TenantID("nobody")) == nil)
            await #expect(throws: VigiaError.self) {
                try await store.append(
                    [chat("x", second: 1)], to: StreamID("live"), tenant: TenantID("nobody"),
                    receivedAt: at(3))
            }
            let exported = Collector()
            try await store.export(MessageQuery(), tenant: otherTenant, batchSize: 10) { await exported.add($0) }
            #expect(await exported.ids == theirs.ids)
            #expect(try await store.deleteMessages(before: at(100), tenant: otherTenant) == 1)
            #expect(try await store.countMessages(tenant: tenant, stream: nil) == 1)
            #expect(try await !store.deleteStream(StreamID("live"), tenant: TenantID("nobody")))
            #expect(try await store.stream(StreamID("live"), tenant: tenant) != nil)
        },
        Check(name: "labels keep their history and the latest one trains") { store in
            try await makeStream("live", store)
            let ids = try await store.append(
                [chat("sem som", second: 1), chat("travou", second: 2), chat("gol", second: 3)], to: StreamID("live"),
                tenant: tenant, receivedAt: at(5)
            ).ids
            let first = HumanLabel(
                message: ids[1], taxonomy: "tech-issues", label: "audio.sem_som", author: "ana@x", createdAt: at(10))
            try await store.addLabel(first, tenant: tenant)
            var second = first
            second.label = "video.travando"
            second.createdAt = at(20)
            try await store.addLabel(second, tenant: tenant)
            try await store.addLabel(
                HumanLabel(
                    message: ids[0], taxonomy: "tech-issues", label: "audio.sem_som", author: "bia@x",
                    createdAt: at(30)), tenant: tenant)
            try await store.addLabel(
                HumanLabel(message: ids[2], taxonomy: "feedback", label: "elogio", author: "bia@x", createdAt: at(40)),
                tenant: tenant)
            #expect(try await store.labels(of: ids[1], tenant: tenant) == [first, second])
            let examples = try await store.labeledExamples(taxonomy: "tech-issues", tenant: tenant)
            #expect(
                examples == [
                    LabeledExample(text: "sem som", label: "audio.sem_som"),
                    LabeledExample(text: "travou", label: "video.travando"),
                ])
            await #expect(throws: VigiaError.self) {
                try await store.addLabel(
                    HumanLabel(
                        message: MessageID(rawValue: 42), taxonomy: "tech-issues", label: "nenhum",
                        author: "ana@x", createdAt: at(50)), tenant: tenant)
            }
            // Another tenant can neither label these messages nor read their labels.
            await #expect(throws: VigiaError.self) { try await store.addLabel(first, tenant: otherTenant) }
            #expect(try await store.labels(of: ids[1], tenant: otherTenant).isEmpty)
            #expect(try await store.labeledExamples(taxonomy: "tech-issues", tenant: otherTenant).isEmpty)
            // Labels go with their messages.
            #expect(try await store.deleteMessages(before: at(2), tenant: tenant) == 1)
            #expect(try await store.labeledExamples(taxonomy: "tech-issues", tenant: tenant).count == 1)
        },
        Check(name: "jobs move forward, finish once, and unfinished ones can be resumed") { store in
            let first = try await store.createJob(kind: "analyze", input: #"{"rows":10}"#, tenant: tenant, at: at(1))
            let second = try await store.createJob(kind: "train", input: "{}", tenant: tenant, at: at(2))
            let theirs = try await store.createJob(kind: "analyze", input: "{}", tenant: otherTenant, at: at(3))
            #expect(Set([first.id, second.id, theirs.id]).count == 3)
            #expect(first.status == .pending && first.progress == 0 && first.result == nil)
            let halfway = try await store.updateJob(
                first.id, status: .processing, progress: 0.5, result: nil, tenant: tenant, at: at(4))
            #expect(try await store.job(first.id, tenant: tenant) == halfway)
            let done = try await store.updateJob(
                first.id, status: .done, progress: 1, result: #"{"ok":true}"#, tenant: tenant, at: at(5))
            #expect(done.status == .done && done.result == #"{"ok":true}"# && done.updatedAt == at(5))
            #expect(done.createdAt == at(1) && done.input == #"{"rows":10}"#)
            await #expect(throws: VigiaError.self) {
                try await store.updateJob(
                    first.id, status: .processing, progress: 0.1, result: nil, tenant: tenant,
                    at: at(6))
            }
            await #expect(throws: VigiaError.self) {
                try await store.updateJob(
                    second.id, status: .processing, progress: 1.5, result: nil, tenant: tenant,
                    at: at(6))
            }
            // Another tenant can neither read nor change these jobs.
            #expect(try await store.job(second.id, tenant: otherTenant) == nil)
            await #expect(throws: VigiaError.self) {
                try await store.updateJob(
                    second.id, status: .failed, progress: 0, result: "x", tenant: otherTenant,
                    at: at(7))
            }
            let unfinished = try await store.unfinishedJobs()
            #expect(unfinished.map(\.job.id) == [second.id, theirs.id])
            #expect(unfinished.map(\.tenant) == [tenant, otherTenant])
        },
        Check(name: "invalid queries are rejected") { store in
            await #expect(throws: VigiaError.self) { try await store.search(MessageQuery(limit: 0), tenant: tenant) }
            await #expect(throws: VigiaError.self) {
                try await store.search(MessageQuery(from: at(10), to: at(5)), tenant: tenant)
            }
        },
    ]
}

/// Gathers exported batches across the sink's calls.
actor Collector {
    private(set) var batchSizes: [Int] = []
    private(set) var ids: [MessageID] = []

    func add(_ batch: [StoredMessage]) {
        batchSizes.append(batch.count)
        ids += batch.map(\.id)
    }
}
