import Testing
import VigiaCore

extension StoreConformance {
    static func summary(_ stream: String, from: Int64, to: Int64, text: String) -> StreamSummary {
        StreamSummary(
            stream: StreamID(stream), from: at(from), to: at(to), messageCount: 3,
            labels: [.init(taxonomy: "tech-issues", label: "audio.sem_som", count: 2)],
            incidents: [.init(burst("audio.sem_som", stream: stream).with(id: 7))],
            terms: [.init(term: "sem audio", count: 2)],
            examples: [
                .init(
                    message: MessageID(rawValue: 11), taxonomy: "tech-issues", label: "audio.sem_som", confidence: 0.97,
                    text: "sem áudio \"aqui\"")
            ], text: text, createdAt: at(to + 1))
    }

    static let streamDefinitionChecks: [Check] = [
        Check(name: "a stream's name, kind, taxonomies and detection change; its id and creation time stay") { store in
            try await makeStream("live", store)
            var changed = try #require(try await store.stream(StreamID("live"), tenant: tenant))
            changed.name = "Final — 2º tempo"
            changed.kind = .feedback
            changed.taxonomies = ["feedback", "tech-issues"]
            changed.detection = .init(minimumCount: 3, minimumRatio: 4.5, quietPeriodSeconds: 30, ignoredLabels: ["x"])
            let moved = Stream(
                id: changed.id, name: changed.name, kind: changed.kind, taxonomies: changed.taxonomies,
                detection: changed.detection, createdAt: at(999))
            #expect(try await store.updateStream(moved, tenant: tenant))
            #expect(try await store.stream(StreamID("live"), tenant: tenant) == changed)
            #expect(try await store.streams(tenant: tenant) == [changed])
            changed.detection = .init()
            #expect(try await store.updateStream(changed, tenant: tenant))
            #expect(try await store.stream(StreamID("live"), tenant: tenant)?.detection == .init())
            // Another tenant's stream of the same id is not this one.
            #expect(try await store.updateStream(changed, tenant: otherTenant) == false)
            #expect(try await store.stream(StreamID("live"), tenant: otherTenant) == nil)
            try await makeStream("live", store, tenant: otherTenant)
            let all = try await store.allStreams()
            #expect(all.map { "\($0.tenant)/\($0.stream.id)" } == ["acme/live", "globex/live"])
            #expect(all.first?.stream == changed)
        },
        Check(name: "summaries are kept per stream and period, replaced, listed latest first, and tenant-bound") {
            store in
            try await makeStream("live", store)
            try await makeStream("other", store)
            try await store.saveSummary(summary("live", from: 0, to: 100, text: "primeira"), tenant: tenant)
            try await store.saveSummary(summary("live", from: 100, to: 200, text: "segunda"), tenant: tenant)
            try await store.saveSummary(summary("live", from: 0, to: 100, text: "refeita"), tenant: tenant)
            try await store.saveSummary(summary("other", from: 0, to: 100, text: "outra"), tenant: tenant)
            let kept = try await store.summaries(of: StreamID("live"), limit: 10, tenant: tenant)
            #expect(kept.map(\.text) == ["segunda", "refeita"])
            #expect(kept.last == summary("live", from: 0, to: 100, text: "refeita"))
            #expect(
                try await store.summaries(of: StreamID("live"), limit: 1, tenant: tenant).map(\.text) == ["segunda"])
            #expect(try await store.summaries(of: StreamID("live"), limit: 10, tenant: otherTenant).isEmpty)
            await expectError(.notFound) {
                try await store.saveSummary(summary("live", from: 0, to: 1, text: "x"), tenant: otherTenant)
            }
            await expectError(.invalidArgument) {
                _ = try await store.summaries(of: StreamID("live"), limit: 0, tenant: tenant)
            }
            #expect(try await store.deleteStream(StreamID("live"), tenant: tenant))
            try await makeStream("live", store)
            #expect(try await store.summaries(of: StreamID("live"), limit: 10, tenant: tenant).isEmpty)
            #expect(try await store.summaries(of: StreamID("other"), limit: 10, tenant: tenant).count == 1)
        },
    ]
}
