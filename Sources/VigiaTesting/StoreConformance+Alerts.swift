import Testing
import VigiaCore

extension StoreConformance {
    static func enqueue(
        _ destination: String, incident: Int64? = nil, tenant: TenantID = tenant, second: Int64,
        _ store: any ConformingStore
    ) async throws -> OutboxAlert {
        try await store.enqueueAlert(
            channel: .telegram, destination: destination, payload: #"{"text":"alerta"}"#, incident: incident,
            tenant: tenant, at: at(second))
    }

    static let alertChecks: [Check] = [
        Check(name: "alerts wait in the outbox until sent, retried or given up") { store in
            try await makeStream("live", store)
            let incident = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            let slack = try await store.enqueueAlert(
                channel: .slack, destination: "https://hooks.slack.com/services/x",
                payload: #"{"text": "Sem áudio", "severity":"high"}"#, incident: incident.id, tenant: tenant, at: at(10)
            )
            #expect(slack.channel == .slack && slack.destination == "https://hooks.slack.com/services/x")
            #expect(slack.payload == #"{"text": "Sem áudio", "severity":"high"}"# && slack.incident == incident.id)
            #expect(slack.status == .pending && slack.attempts == 0 && slack.nextAttemptAt == at(10))
            #expect(slack.createdAt == at(10) && slack.lastError == nil && slack.sentAt == nil)
            #expect(try await store.alert(slack.id, tenant: tenant) == slack)
            let hook = try await store.enqueueAlert(
                channel: .webhook, destination: "https://example.com/hook", payload: "{}", incident: nil,
                tenant: tenant, at: at(12))
            #expect(try await store.claimDueAlerts(now: at(9), limit: 10, leaseUntil: at(69)).isEmpty)
            let claimed = try await store.claimDueAlerts(now: at(12), limit: 10, leaseUntil: at(72))
            #expect(claimed.map(\.alert.id) == [slack.id, hook.id])
            #expect(claimed.allSatisfy { $0.tenant == tenant && $0.alert.attempts == 1 })
            #expect(claimed.allSatisfy { $0.alert.nextAttemptAt == at(72) })
            // Leased: no one claims them again before the lease ends.
            #expect(try await store.claimDueAlerts(now: at(30), limit: 10, leaseUntil: at(90)).isEmpty)
            let sent = try await store.markAlertSent(slack.id, tenant: tenant, at: at(13))
            #expect(sent.status == .sent && sent.sentAt == at(13) && sent.attempts == 1)
            let retry = try await store.markAlertFailed(hook.id, error: "HTTP 503", retryAt: at(100), tenant: tenant)
            #expect(retry.status == .pending && retry.lastError == "HTTP 503" && retry.nextAttemptAt == at(100))
            #expect(try await store.alert(hook.id, tenant: tenant) == retry)
            #expect(try await store.claimDueAlerts(now: at(99), limit: 10, leaseUntil: at(160)).isEmpty)
            let again = try await store.claimDueAlerts(now: at(100), limit: 10, leaseUntil: at(160))
            #expect(again.map(\.alert.id) == [hook.id] && again.first?.alert.attempts == 2)
            let gaveUp = try await store.markAlertFailed(hook.id, error: "HTTP 410", retryAt: nil, tenant: tenant)
            #expect(gaveUp.status == .failed && gaveUp.lastError == "HTTP 410" && gaveUp.attempts == 2)
            // Sent and failed are final.
            await expectError(.invalidArgument) { try await store.markAlertSent(slack.id, tenant: tenant, at: at(200)) }
            await expectError(.invalidArgument) { try await store.markAlertSent(hook.id, tenant: tenant, at: at(200)) }
            await expectError(.invalidArgument) {
                try await store.markAlertFailed(hook.id, error: "x", retryAt: at(300), tenant: tenant)
            }
            #expect(try await store.claimDueAlerts(now: at(10_000), limit: 10, leaseUntil: at(10_060)).isEmpty)
            #expect(try await store.alert(slack.id, tenant: tenant) == sent)
            #expect(try await store.alerts(status: nil, limit: 10, tenant: tenant) == [gaveUp, sent])
            #expect(try await store.alerts(status: .sent, limit: 10, tenant: tenant) == [sent])
            #expect(try await store.alerts(status: .pending, limit: 10, tenant: tenant).isEmpty)
            #expect(try await store.alerts(status: nil, limit: 1, tenant: tenant) == [gaveUp])
        },
        Check(name: "claims take the oldest due alerts first, and an ended lease lets them be claimed again") { store in
            let late = try await enqueue("c", second: 30, store)
            let early = try await enqueue("a", second: 10, store)
            let middle = try await enqueue("b", tenant: otherTenant, second: 20, store)
            let first = try await store.claimDueAlerts(now: at(40), limit: 2, leaseUntil: at(50))
            #expect(first.map(\.alert.id) == [early.id, middle.id])
            #expect(first.map(\.tenant) == [tenant, otherTenant])
            let second = try await store.claimDueAlerts(now: at(41), limit: 2, leaseUntil: at(51))
            #expect(second.map(\.alert.id) == [late.id])
            // The worker holding the first two died: their lease ends and another claims them.
            let reclaimed = try await store.claimDueAlerts(now: at(50), limit: 10, leaseUntil: at(110))
            #expect(reclaimed.map(\.alert.id) == [early.id, middle.id])
            #expect(reclaimed.map(\.alert.attempts) == [2, 2])
        },
        Check(name: "concurrent claims never hand out one alert twice") { store in
            for index in 0..<30 {
                _ = try await enqueue(
                    "chat-\(index)", tenant: index.isMultiple(of: 2) ? tenant : otherTenant,
                    second: Int64(index), store)
            }
            let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await store.claimDueAlerts(now: at(100), limit: 4, leaseUntil: at(200)).map(\.alert.id)
                    }
                }
                var all: [Int64] = []
                for try await ids in group { all += ids }
                return all
            }
            let rest = try await store.claimDueAlerts(now: at(100), limit: 100, leaseUntil: at(200)).map(\.alert.id)
            #expect(claimed.count + rest.count == 30)
            #expect(Set(claimed + rest).count == 30)
        },
        Check(name: "alerts need a destination and a JSON object, and listings and claims sound limits") { store in
            try await makeStream("live", store)
            for (destination, payload) in [(" ", "{}"), ("x", "not json"), ("x", "[1, 2]"), ("x", "")] {
                await expectError(.invalidArgument) {
                    try await store.enqueueAlert(
                        channel: .webhook, destination: destination, payload: payload, incident: nil, tenant: tenant,
                        at: at(1))
                }
            }
            await expectError(.notFound) { try await enqueue("x", incident: 9999, second: 1, store) }
            await expectError(.invalidArgument) { try await store.alerts(status: nil, limit: 0, tenant: tenant) }
            await expectError(.invalidArgument) {
                try await store.claimDueAlerts(now: at(10), limit: 0, leaseUntil: at(20))
            }
            await expectError(.invalidArgument) {
                try await store.claimDueAlerts(now: at(10), limit: 1, leaseUntil: at(10))
            }
            await expectError(.notFound) { try await store.markAlertSent(9999, tenant: tenant, at: at(1)) }
            await expectError(.notFound) {
                try await store.markAlertFailed(9999, error: "x", retryAt: nil, tenant: tenant)
            }
            #expect(try await store.alerts(status: nil, limit: 10, tenant: tenant).isEmpty)
        },
        Check(name: "tenants never see or change each other's alerts") { store in
            try await makeStream("live", store)
            let incident = try await store.createIncident(burst("audio.sem_som"), tenant: tenant)
            let mine = try await enqueue("ops", incident: incident.id, second: 1, store)
            #expect(try await store.alert(mine.id, tenant: otherTenant) == nil)
            #expect(try await store.alerts(status: nil, limit: 10, tenant: otherTenant).isEmpty)
            #expect(try await store.alerts(status: .pending, limit: 10, tenant: otherTenant).isEmpty)
            await expectError(.notFound) { try await store.markAlertSent(mine.id, tenant: otherTenant, at: at(2)) }
            await expectError(.notFound) {
                try await store.markAlertFailed(mine.id, error: "x", retryAt: nil, tenant: otherTenant)
            }
            await expectError(.notFound) {
                try await enqueue("theirs", incident: incident.id, tenant: otherTenant, second: 2, store)
            }
            #expect(try await store.alert(mine.id, tenant: tenant) == mine)
            let theirs = try await enqueue("theirs", tenant: otherTenant, second: 3, store)
            #expect(try await store.alerts(status: nil, limit: 10, tenant: otherTenant) == [theirs])
            #expect(try await store.alerts(status: nil, limit: 10, tenant: tenant) == [mine])
            // The delivery worker claims every tenant's alerts, each with its own tenant.
            let claimed = try await store.claimDueAlerts(now: at(5), limit: 10, leaseUntil: at(60))
            #expect(claimed.map(\.alert.id) == [mine.id, theirs.id])
            #expect(claimed.map(\.tenant) == [tenant, otherTenant])
            _ = try await store.markAlertSent(theirs.id, tenant: otherTenant, at: at(6))
            #expect(try await store.alert(mine.id, tenant: tenant)?.status == .pending)
        },
    ]
}
