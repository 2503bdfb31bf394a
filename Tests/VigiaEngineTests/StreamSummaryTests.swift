import Testing
import VigiaCore

@testable import VigiaEngine

@Suite struct StreamSummaryTests {
    let tenant = TenantID("acme")
    /// Monday 2026-11-16 00:00 in Brasília.
    static let monday = Timestamp(rfc3339: "2026-11-16T03:00:00Z")!

    static func at(hours: Int64) -> Timestamp { Timestamp(milliseconds: monday.milliseconds + hours * 3_600_000) }

    static func message(_ text: String, _ label: String, _ confidence: Double, hours: Int64) -> NewMessage {
        NewMessage(
            eventTime: at(hours: hours), text: text,
            predictions: [Prediction(taxonomy: "tech-issues", label: label, confidence: confidence)])
    }

    func storeWithAWeek() async throws -> InMemoryStore {
        let store = InMemoryStore()
        try await store.createStream(
            VigiaCore.Stream(
                id: StreamID("live"), name: "Live", kind: .chat, taxonomies: ["tech-issues"],
                createdAt: Self.at(hours: -24)), tenant: tenant)
        var messages = (0..<40).map { Self.message("boa noite pessoal \($0)", "nenhum", 0.9, hours: 1) }
        messages += [
            Self.message("sem som no jogo", "audio.sem_som", 0.97, hours: 44),
            Self.message("sem som no jogo", "audio.sem_som", 0.96, hours: 44),
            Self.message("cadê o som da transmissão", "audio.sem_som", 0.91, hours: 44),
            Self.message("o som sumiu", "audio.sem_som", 0.6, hours: 44),
            Self.message("travou a imagem", "video.travando", 0.8, hours: 100),
            // Outside the week: not counted.
            Self.message("sem som antes", "audio.sem_som", 0.99, hours: -2),
            Self.message("sem som depois", "audio.sem_som", 0.99, hours: 7 * 24),
        ]
        _ = try await store.append(messages, to: StreamID("live"), tenant: tenant, receivedAt: Self.at(hours: 0))
        _ = try await store.createIncident(
            Incident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", level: .leaf,
                severity: .high, startedAt: Self.at(hours: 44), peakAt: Self.at(hours: 44), observedRate: 30,
                baselineRate: 1, share: 0.5, messageCount: 120, sampleMessageIDs: [], updatedAt: Self.at(hours: 44)),
            tenant: tenant)
        return store
    }

    @Test func aSummaryCountsThePeriodAndSaysItInWords() async throws {
        let store = try await storeWithAWeek()
        let stream = try #require(await store.stream(StreamID("live"), tenant: tenant))
        let summary = try await StreamSummarizer().summarize(
            stream, from: Self.monday, to: Self.at(hours: 7 * 24), tenant: tenant, store: store)
        #expect(summary.messageCount == 45)
        #expect(
            summary.labels.map { "\($0.label)=\($0.count)" } == ["nenhum=40", "audio.sem_som=4", "video.travando=1"])
        // The two most confident of each label, never the same text twice.
        #expect(
            summary.examples.map(\.text) == ["sem som no jogo", "cadê o som da transmissão", "travou a imagem"])
        #expect(summary.incidents.map(\.label) == ["audio.sem_som"])
        #expect(summary.terms.prefix(3).map { "\($0.term)=\($0.count)" } == ["noite=40", "jogo=2", "sem som=2"])
        #expect(
            summary.text.hasPrefix(
                "De 16/11 a 22/11: 45 mensagens. Mais frequentes: áudio (sem som) 4 (9%), vídeo (travando) 1 (2%). "
                    + "1 incidente: áudio (sem som) em 17/11 às 20:00 (120 mensagens)."), "\(summary.text)")
        #expect(StreamSummarizer.thousands(1_234_567) == "1.234.567" && StreamSummarizer.thousands(999) == "999")
    }

    @Test func theServiceEndsWhenItsTaskIsCancelled() async throws {
        let weekly = WeeklySummaries(store: try await storeWithAWeek(), interval: .seconds(3600))
        let running = Task { try await weekly.run() }
        running.cancel()
        // Before the fix, a cancelled wait returned at once and the loop wrote summaries forever.
        try await running.value
    }

    @Test func theWeekIsMondayToMondayInBrasilia() {
        func week(_ now: String) -> String {
            let (from, to) = WeeklySummaries<InMemoryStore>.lastCompleteWeek(
                before: Timestamp(rfc3339: now)!, utcOffsetMinutes: -180)
            return "\(from.rfc3339) \(to.rfc3339)"
        }
        #expect(week("2026-11-22T12:00:00Z") == "2026-11-09T03:00:00.000Z 2026-11-16T03:00:00.000Z")
        #expect(week("2026-11-23T02:59:59Z") == "2026-11-09T03:00:00.000Z 2026-11-16T03:00:00.000Z")
        #expect(week("2026-11-23T03:00:00Z") == "2026-11-16T03:00:00.000Z 2026-11-23T03:00:00.000Z")
        #expect(week("1970-01-05T03:00:00Z") == "1969-12-29T03:00:00.000Z 1970-01-05T03:00:00.000Z")
    }

    @Test func eachStreamGetsLastWeeksSummaryOnceAndNewStreamsWait() async throws {
        let store = try await storeWithAWeek()
        try await store.createStream(
            VigiaCore.Stream(
                id: StreamID("nova"), name: "Nova", kind: .chat, taxonomies: [], createdAt: Self.at(hours: 7 * 24)),
            tenant: tenant)
        let weekly = WeeklySummaries(store: store)
        let nextSunday = Self.at(hours: 7 * 24 + 60)
        #expect(try await weekly.catchUp(now: nextSunday) == 1)
        #expect(try await weekly.catchUp(now: nextSunday) == 0)
        let kept = try await store.summaries(of: StreamID("live"), limit: 10, tenant: tenant)
        #expect(kept.map(\.from) == [Self.monday] && kept.first?.messageCount == 45)
        #expect(try await store.summaries(of: StreamID("nova"), limit: 10, tenant: tenant).isEmpty)
        // A week later both streams have a new week.
        #expect(try await weekly.catchUp(now: Self.at(hours: 14 * 24 + 1)) == 2)
    }
}
