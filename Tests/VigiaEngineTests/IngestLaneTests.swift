import Testing
import VigiaCore
import VigiaText

@testable import VigiaEngine

@Suite struct IngestLaneTests {
    @Test func messagesAreStoredRedactedAndClassifiedThenWatched() async throws {
        let store = InMemoryStore()
        let tenant = TenantID("acme")
        for name in ["a", "b"] {
            try await store.createStream(
                VigiaCore.Stream(
                    id: StreamID(name), name: name, kind: .chat, taxonomies: ["tech-issues"],
                    createdAt: Timestamp(milliseconds: 0)), tenant: tenant)
        }
        let complaint = PIIRedactor().redact("sem som, liga 11 98765-4321")
        let classifier = ScriptedClassifier(labels: [complaint: "audio.sem_som"])
        var lane = IngestLane(
            tenant: tenant, taxonomy: "tech-issues", classify: classifier.classify,
            monitor: { StreamMonitor(stream: $0, classifier: classifier) })
        var events: [StreamMonitor.Event] = []
        for second in Int64(0)..<400 {
            let time = Timestamp(milliseconds: 1_795_384_800_000 + second * 1000)
            var messages = [Recording.Message(time: time, text: "boa noite", author: "ana", id: "a\(second)")]
            if second >= 300 {
                messages += (0..<5).map { _ in Recording.Message(time: time, text: "sem som, liga 11 98765-4321") }
            }
            events += try await lane.ingest(messages, of: StreamID("a"), into: store, receivedAt: time)
            events += try await lane.ingest(
                [Recording.Message(time: time, text: "oi")], of: StreamID("b"), into: store, receivedAt: time)
        }
        let page = try await store.search(MessageQuery(stream: StreamID("a"), label: "audio", limit: 5), tenant: tenant)
        #expect(page.items.count == 5)
        #expect(
            page.items.allSatisfy { $0.message.text == complaint && $0.message.predictions.first?.confidence == 0.95 })
        #expect(await store.countMessages(tenant: tenant, stream: StreamID("b")) == 400)
        // Client ids make a replayed batch harmless.
        let again = try await store.append(
            [NewMessage(clientID: "a1", eventTime: Timestamp(milliseconds: 0), text: "x")], to: StreamID("a"),
            tenant: tenant, receivedAt: Timestamp(milliseconds: 0))
        #expect(again.duplicates == 1)
        #expect(events.contains { $0.kind == .incidentOpened && $0.stream == StreamID("a") })
        #expect(!events.contains { $0.stream == StreamID("b") })
    }
}
