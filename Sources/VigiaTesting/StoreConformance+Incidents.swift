import Testing
import VigiaCore

extension StoreConformance {
    /// A burst of `label` on `stream` starting at `second`, as the detector would report it.
    static func burst(
        _ label: String, stream: String = "live", taxonomy: String = "tech-issues", level: Incident.Level = .leaf,
        second: Int64 = 10
    ) -> Incident {
        Incident(
            stream: StreamID(stream), taxonomy: taxonomy, label: label, level: level, severity: .high,
            startedAt: at(second), peakAt: at(second + 2), observedRate: 42.5, baselineRate: 1.5, share: 0.35,
            messageCount: 85, sampleMessageIDs: [MessageID(rawValue: 11), MessageID(rawValue: 12)],
            updatedAt: at(second + 2))
    }

    static func insight(
        _ text: String, stream: String = "live", incident: Int64? = nil, second: Int64
    ) -> Insight {
        Insight(
            stream: StreamID(stream), incident: incident, type: "summary", message: text, confidence: 0.8,
            source: .rules, messageIDs: [MessageID(rawValue: 11)], createdAt: at(second))
    }

    static let incidentChecks: [Check] = [
        Check(name: "one unresolved incident per (stream, taxonomy, label); resolving makes room") { store in
            try await makeStream("live", store)
            try await makeStream("other", store)
            let first = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            #expect(first == burst("audio.sem_som").with(id: first.id))
            #expect(try await store.incident(first.id, tenant: tenant) == first)
            let unresolved = try await store.unresolvedIncident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", tenant: tenant)
            #expect(unresolved == first)
            await expectError(.conflict) {
                try await store.createIncident(burst("audio.sem_som", second: 20), tenant: tenant)
            }
            // Another label, level, taxonomy or stream is another incident.
            let others = [
                burst("audio", level: .top), burst("audio.sem_som", stream: "other"),
                burst("critica", taxonomy: "feedback"),
            ]
            for incident in others { _ = try await store.createIncident(incident, tenant: tenant) }
            // An acknowledged incident is still the unresolved one.
            _ = try await store.acknowledgeIncident(first.id, by: "ana@acme.com", tenant: tenant, at: at(30))
            await expectError(.conflict) {
                try await store.createIncident(burst("audio.sem_som", second: 40), tenant: tenant)
            }
            _ = try await store.resolveIncident(first.id, tenant: tenant, at: at(50))
            let none = try await store.unresolvedIncident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", tenant: tenant)
            #expect(none == nil)
            let next = try await store.createIncident(burst("audio.sem_som", second: 60), tenant: tenant)
            #expect(next.id != first.id)
            let current = try await store.unresolvedIncident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", tenant: tenant)
            #expect(current == next)
            await expectError(.notFound) { try await store.createIncident(burst("x", stream: "nope"), tenant: tenant) }
            #expect(try await store.incidents(IncidentQuery(), tenant: tenant).count == 5)
        },
        Check(name: "incidents take new figures, are acknowledged once and resolved for good") { store in
            try await makeStream("live", store)
            let incident = try await store.createIncident(burst("video.travando"), tenant: tenant)
            var figures = incident
            figures.severity = .critical
            figures.peakAt = at(15)
            figures.observedRate = 120
            figures.share = 0.5
            figures.messageCount = 300
            figures.sampleMessageIDs = [MessageID(rawValue: 7), MessageID(rawValue: 9)]
            figures.updatedAt = at(15)
            figures.status = .resolved  // not changed by an update
            let updated = try await store.updateIncident(figures, tenant: tenant)
            figures.status = .open
            #expect(updated == figures)
            #expect(try await store.incident(incident.id, tenant: tenant) == figures)
            var moved = updated
            moved.label = "video.pixelando"
            var impossible = updated
            impossible.share = 2
            var early = updated
            early.peakAt = at(1)
            for bad in [moved, impossible, early] {
                await expectError(.invalidArgument) { try await store.updateIncident(bad, tenant: tenant) }
            }
            #expect(try await store.incident(incident.id, tenant: tenant) == updated)
            let acknowledged = try await store.acknowledgeIncident(
                incident.id, by: "ana@acme.com", tenant: tenant, at: at(20))
            #expect(acknowledged.status == .acknowledged && acknowledged.acknowledgedBy == "ana@acme.com")
            #expect(acknowledged.acknowledgedAt == at(20) && acknowledged.updatedAt == at(20))
            await expectError(.invalidArgument) {
                try await store.acknowledgeIncident(incident.id, by: "bia@acme.com", tenant: tenant, at: at(21))
            }
            var later = acknowledged
            later.messageCount = 400
            later.updatedAt = at(25)
            let stillAcknowledged = try await store.updateIncident(later, tenant: tenant)
            #expect(stillAcknowledged == later)
            let resolved = try await store.resolveIncident(incident.id, tenant: tenant, at: at(30))
            #expect(resolved.status == .resolved && resolved.endedAt == at(30) && resolved.updatedAt == at(30))
            #expect(resolved.acknowledgedBy == "ana@acme.com" && resolved.messageCount == 400)
            await expectError(.invalidArgument) {
                try await store.resolveIncident(incident.id, tenant: tenant, at: at(31))
            }
            await expectError(.invalidArgument) {
                try await store.acknowledgeIncident(incident.id, by: "bia@acme.com", tenant: tenant, at: at(31))
            }
            await expectError(.invalidArgument) { try await store.updateIncident(resolved, tenant: tenant) }
            #expect(try await store.incident(incident.id, tenant: tenant) == resolved)
            // An incident that ended before it was resolved keeps its end.
            var ended = burst("audio.eco")
            ended.endedAt = at(12)
            let endedEarlier = try await store.createIncident(ended, tenant: tenant)
            #expect(try await store.resolveIncident(endedEarlier.id, tenant: tenant, at: at(90)).endedAt == at(12))
            // Missing incidents, and new ones that are not a fresh, sound burst.
            await expectError(.notFound) { try await store.updateIncident(burst("x").with(id: 9999), tenant: tenant) }
            await expectError(.notFound) {
                try await store.acknowledgeIncident(9999, by: "ana@acme.com", tenant: tenant, at: at(40))
            }
            await expectError(.notFound) { try await store.resolveIncident(9999, tenant: tenant, at: at(40)) }
            var resolvedAlready = burst("rede.buffering")
            resolvedAlready.status = .resolved
            var negative = burst("rede.buffering")
            negative.observedRate = -1
            var badLabel = burst("Rede Buffering")
            badLabel.label = "Rede Buffering"
            var tooManySamples = burst("rede.buffering")
            tooManySamples.sampleMessageIDs = (1...51).map { MessageID(rawValue: $0) }
            for bad in [resolvedAlready, negative, badLabel, tooManySamples] {
                await expectError(.invalidArgument) { try await store.createIncident(bad, tenant: tenant) }
            }
            await expectError(.invalidArgument) {
                try await store.acknowledgeIncident(
                    try await store.createIncident(burst("rede.buffering"), tenant: tenant).id, by: " ", tenant: tenant,
                    at: at(50))
            }
            #expect(try await store.incidents(IncidentQuery(), tenant: tenant).count == 3)
        },
        Check(name: "incidents are listed newest first, by stream, status and start time") { store in
            try await makeStream("a", store)
            try await makeStream("b", store)
            let first = try await store.createIncident(burst("audio.eco", stream: "a", second: 10), tenant: tenant)
            let second = try await store.createIncident(burst("audio.eco", stream: "b", second: 20), tenant: tenant)
            let third = try await store.createIncident(burst("video.travando", stream: "a", second: 30), tenant: tenant)
            _ = try await store.resolveIncident(first.id, tenant: tenant, at: at(40))
            func ids(_ query: IncidentQuery) async throws -> [Int64] {
                try await store.incidents(query, tenant: tenant).map(\.id)
            }
            #expect(try await ids(IncidentQuery()) == [third.id, second.id, first.id])
            #expect(try await ids(IncidentQuery(stream: StreamID("a"))) == [third.id, first.id])
            #expect(try await ids(IncidentQuery(status: .open)) == [third.id, second.id])
            #expect(try await ids(IncidentQuery(status: .resolved)) == [first.id])
            #expect(try await ids(IncidentQuery(from: at(20), to: at(30))) == [second.id])
            #expect(try await ids(IncidentQuery(stream: StreamID("a"), status: .open)) == [third.id])
            #expect(try await ids(IncidentQuery(limit: 2)) == [third.id, second.id])
            await expectError(.invalidArgument) { try await store.incidents(IncidentQuery(limit: 0), tenant: tenant) }
            await expectError(.invalidArgument) {
                try await store.incidents(IncidentQuery(from: at(30), to: at(20)), tenant: tenant)
            }
        },
        Check(name: "insights are kept newest first, per stream and per incident") { store in
            try await makeStream("live", store)
            try await makeStream("other", store)
            let incident = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            let general = try await store.addInsight(insight("Chat calmo", second: 10), tenant: tenant)
            let cause = Insight(
                stream: StreamID("live"), incident: incident.id, type: "root_cause", message: "Sem áudio desde 21:03",
                confidence: 0.9, source: .llm(model: "qwen2.5-7b"),
                messageIDs: [MessageID(rawValue: 1), MessageID(rawValue: 2)], createdAt: at(20))
            let explained = try await store.addInsight(cause, tenant: tenant)
            #expect(explained == cause.with(id: explained.id) && explained.id != general.id)
            #expect(general == insight("Chat calmo", second: 10).with(id: general.id))
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 10, tenant: tenant)
                    == [explained, general])
            #expect(
                try await store.insights(stream: StreamID("live"), incident: incident.id, limit: 10, tenant: tenant)
                    == [explained])
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 1, tenant: tenant)
                    == [explained])
            #expect(
                try await store.insights(stream: StreamID("other"), incident: nil, limit: 10, tenant: tenant).isEmpty)
            let elsewhere = try await store.createIncident(burst("audio.eco", stream: "other"), tenant: tenant)
            await expectError(.notFound) {
                try await store.addInsight(insight("x", stream: "nope", second: 30), tenant: tenant)
            }
            await expectError(.notFound) {
                try await store.addInsight(insight("x", incident: 9999, second: 30), tenant: tenant)
            }
            await expectError(.invalidArgument) {
                try await store.addInsight(insight("x", incident: elsewhere.id, second: 30), tenant: tenant)
            }
            var unsure = insight("x", second: 30)
            unsure.confidence = 1.5
            await expectError(.invalidArgument) { try await store.addInsight(unsure, tenant: tenant) }
            await expectError(.invalidArgument) { try await store.addInsight(insight(" ", second: 30), tenant: tenant) }
            await expectError(.invalidArgument) {
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 0, tenant: tenant)
            }
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 100, tenant: tenant).count == 2
            )
        },
        Check(name: "deleting a stream removes its incidents and insights, and no one else's") { store in
            try await makeStream("live", store)
            try await makeStream("other", store)
            try await makeStream("live", store, tenant: otherTenant)
            let doomed = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            let kept = try await store.createIncident(burst("audio.sem_som", stream: "other"), tenant: tenant)
            let theirs = try await store.createIncident(burst("audio.sem_som"), tenant: otherTenant)
            _ = try await store.addInsight(insight("a", incident: doomed.id, second: 10), tenant: tenant)
            let keptInsight = try await store.addInsight(insight("b", stream: "other", second: 10), tenant: tenant)
            let theirInsight = try await store.addInsight(
                insight("c", incident: theirs.id, second: 10), tenant: otherTenant)
            #expect(try await store.deleteStream(StreamID("live"), tenant: tenant))
            #expect(try await store.incident(doomed.id, tenant: tenant) == nil)
            #expect(try await store.incidents(IncidentQuery(), tenant: tenant) == [kept])
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 10, tenant: tenant).isEmpty)
            #expect(
                try await store.insights(stream: StreamID("other"), incident: nil, limit: 10, tenant: tenant)
                    == [keptInsight])
            #expect(try await store.incidents(IncidentQuery(), tenant: otherTenant) == [theirs])
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 10, tenant: otherTenant)
                    == [theirInsight])
            // A new stream of the same id starts without incidents.
            try await makeStream("live", store)
            let fresh = try await store.unresolvedIncident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", tenant: tenant)
            #expect(fresh == nil)
        },
        Check(name: "tenants never see or change each other's incidents and insights") { store in
            try await makeStream("live", store)
            try await makeStream("live", store, tenant: otherTenant)
            let mine = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            let note = try await store.addInsight(insight("a", incident: mine.id, second: 10), tenant: tenant)
            // Reads.
            #expect(try await store.incident(mine.id, tenant: otherTenant) == nil)
            let unresolved = try await store.unresolvedIncident(
                stream: StreamID("live"), taxonomy: "tech-issues", label: "audio.sem_som", tenant: otherTenant)
            #expect(unresolved == nil)
            #expect(try await store.incidents(IncidentQuery(), tenant: otherTenant).isEmpty)
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 10, tenant: otherTenant)
                    .isEmpty)
            #expect(
                try await store.insights(stream: StreamID("live"), incident: mine.id, limit: 10, tenant: otherTenant)
                    .isEmpty)
            // Changes.
            var figures = mine
            figures.messageCount = 999
            await expectError(.notFound) { try await store.updateIncident(figures, tenant: otherTenant) }
            await expectError(.notFound) {
                try await store.acknowledgeIncident(mine.id, by: "gil@globex.com", tenant: otherTenant, at: at(20))
            }
            await expectError(.notFound) { try await store.resolveIncident(mine.id, tenant: otherTenant, at: at(20)) }
            await expectError(.notFound) {
                try await store.addInsight(insight("b", incident: mine.id, second: 20), tenant: otherTenant)
            }
            await expectError(.notFound) {
                try await store.createIncident(burst("audio.sem_som"), tenant: TenantID("nobody"))
            }
            await expectError(.notFound) {
                try await store.addInsight(insight("b", second: 20), tenant: TenantID("nobody"))
            }
            // The same (stream, taxonomy, label) in another tenant is another incident.
            let theirs = try await store.createIncident(burst("audio.sem_som", second: 30), tenant: otherTenant)
            #expect(theirs.id != mine.id)
            #expect(try await store.incidents(IncidentQuery(), tenant: otherTenant) == [theirs])
            #expect(try await store.incident(mine.id, tenant: tenant) == mine)
            #expect(try await store.incidents(IncidentQuery(), tenant: tenant) == [mine])
            #expect(
                try await store.insights(stream: StreamID("live"), incident: nil, limit: 10, tenant: tenant) == [note])
        },
    ]
}
