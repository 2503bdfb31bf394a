import Hummingbird
import VigiaCore
import VigiaEngine

extension ReceiverDefinition: JSONBody {
    static var fields: Set<String> { ["name", "kind", "url", "secret", "botToken", "chatID", "apiBaseURL"] }
}

extension AlertRoute: JSONBody {
    static var fields: Set<String> {
        [
            "name", "receivers", "streams", "taxonomies", "labels", "minimumSeverity", "groupWaitSeconds",
            "groupIntervalSeconds", "repeatIntervalSeconds", "sendResolved", "continues",
        ]
    }
}

extension VigiaAPI {
    struct ReceiverList: JSONResponse {
        let items: [ReceiverDefinition]
    }

    struct RouteList: JSONResponse {
        let items: [AlertRoute]
    }

    struct NewSilence: JSONBody {
        static var fields: Set<String> { ["streams", "labels", "startsAt", "endsAt", "durationSeconds", "comment"] }
        let streams: [String]?
        let labels: [String]?
        let startsAt: String?
        let endsAt: String?
        let durationSeconds: Int?
        let comment: String
    }

    struct SilenceView: JSONResponse {
        let id: Int64
        let streams: [String]
        let labels: [String]
        let startsAt: String
        let endsAt: String
        let createdBy: String
        let comment: String
        let active: Bool

        init(_ silence: AlertSilence, now: Timestamp) {
            id = silence.id
            streams = silence.streams.map(\.rawValue)
            labels = silence.labels
            startsAt = silence.startsAt.rfc3339
            endsAt = silence.endsAt.rfc3339
            createdBy = silence.createdBy
            comment = silence.comment
            active = silence.startsAt <= now && now < silence.endsAt
        }
    }

    struct SilenceList: JSONResponse {
        let items: [SilenceView]
    }

    struct ReceiverTest: JSONResponse {
        let receiver: String
        let delivered: Bool
        /// Why not, as the receiver answered.
        let reason: String?
    }

    struct NotificationView: Encodable {
        let id: Int64
        let receiver: String
        let channel: String
        let status: String
        let attempts: Int
        let lastError: String?
        let createdAt: String
        let sentAt: String?
        let notification: AlertNotification?

        init(_ alert: OutboxAlert) {
            id = alert.id
            receiver = alert.destination
            channel = alert.channel.rawValue
            status = alert.status.rawValue
            attempts = alert.attempts
            lastError = alert.lastError
            createdAt = alert.createdAt.rfc3339
            sentAt = alert.sentAt?.rfc3339
            notification = try? JSONText.decoded(AlertNotification.self, from: alert.payload)
        }
    }

    struct NotificationList: JSONResponse {
        let items: [NotificationView]
    }

    /// Receivers and routes (admins change them, since receivers hold credentials; operators read them without),
    /// silences (operators), a receiver's test message, and the notifications the outbox holds.
    func addAlertingRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("receivers") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            return try ReceiverList(items: alerting.receiverDefinitions(tenant: caller.tenant).map(\.redacted))
                .response()
        }
        api.post("receivers") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let definition = try await request.json(ReceiverDefinition.self, limit: limits.smallBody)
            try await alerting.putReceiver(definition, replacing: false, tenant: caller.tenant)
            return try definition.redacted.response(status: .created)
        }
        api.get("receivers/:name") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            return try receiver(context, tenant: caller.tenant).redacted.response()
        }
        api.put("receivers/:name") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let definition = try await request.json(ReceiverDefinition.self, limit: limits.smallBody)
            try Self.requireName(definition.name, in: context)
            try await alerting.putReceiver(definition, replacing: true, tenant: caller.tenant)
            return try definition.redacted.response()
        }
        api.delete("receivers/:name") { _, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let name = try context.parameters.require("name")
            guard try await alerting.removeReceiver(name, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no receiver '\(name)'")
            }
            return Response(status: .noContent)
        }
        api.post("receivers/:name/test") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let definition = try receiver(context, tenant: caller.tenant)
            // Bounded below a caller's own timeout: an unreachable receiver answers "no answer" rather than hanging.
            let outcome = await AlertDelivery(timeout: .seconds(5), addresses: alerting.addresses).send(
                try definition.receiver().request(
                    for: Self.testNotification(receiver: definition.name), tenant: caller.tenant,
                    dashboard: publicURL))
            switch outcome {
            case .delivered: return try ReceiverTest(receiver: definition.name, delivered: true, reason: nil).response()
            case .retry(_, let reason), .rejected(let reason):
                return try ReceiverTest(receiver: definition.name, delivered: false, reason: reason).response()
            }
        }

        api.get("routes") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            return try RouteList(items: alerting.routes(tenant: caller.tenant)).response()
        }
        api.post("routes") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let route = try await request.json(AlertRoute.self, limit: limits.smallBody)
            try await alerting.putRoute(route, replacing: false, tenant: caller.tenant)
            return try route.response(status: .created)
        }
        api.get("routes/:name") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let name = try context.parameters.require("name")
            guard let route = alerting.routes(tenant: caller.tenant).first(where: { $0.name == name }) else {
                throw Problem(.notFound, code: "not_found", "no route '\(name)'")
            }
            return try route.response()
        }
        api.put("routes/:name") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let route = try await request.json(AlertRoute.self, limit: limits.smallBody)
            try Self.requireName(route.name, in: context)
            try await alerting.putRoute(route, replacing: true, tenant: caller.tenant)
            return try route.response()
        }
        api.delete("routes/:name") { _, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let name = try context.parameters.require("name")
            guard try await alerting.removeRoute(name, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no route '\(name)'")
            }
            return Response(status: .noContent)
        }

        api.get("silences") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let now = Timestamp.now
            return try SilenceList(items: alerting.silences(tenant: caller.tenant).map { SilenceView($0, now: now) })
                .response()
        }
        api.post("silences") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let body = try await request.json(NewSilence.self, limit: limits.smallBody)
            let now = Timestamp.now
            let silence = try await alerting.addSilence(
                try Self.silence(body, by: caller.name, now: now), tenant: caller.tenant, now: now)
            return try SilenceView(silence, now: now).response(status: .created)
        }
        api.delete("silences/:id") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let id = try context.parameters.require("id", as: Int64.self)
            let now = Timestamp.now
            return try SilenceView(try await alerting.expireSilence(id, tenant: caller.tenant, at: now), now: now)
                .response()
        }

        api.get("notifications") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let parameters = request.uri.queryParameters
            let status = try parameters.get("status").map { text throws(Problem) in
                guard let status = OutboxAlert.Status(rawValue: text) else {
                    throw Problem.unprocessable("status must be pending, sent or failed")
                }
                return status
            }
            let limit = try Self.limit(parameters)
            let alerts = try await store.alerts(status: status, limit: limit, tenant: caller.tenant)
            return try NotificationList(items: alerts.map(NotificationView.init)).response()
        }
    }

    private func receiver(_ context: VigiaRequestContext, tenant: TenantID) throws -> ReceiverDefinition {
        let name = try context.parameters.require("name")
        guard let definition = alerting.receiverDefinition(name, tenant: tenant) else {
            throw Problem(.notFound, code: "not_found", "no receiver '\(name)'")
        }
        return definition
    }

    /// A body's name must be the one in the path, so that a PUT cannot rename.
    static func requireName(_ name: String, in context: VigiaRequestContext) throws {
        guard name == (try context.parameters.require("name")) else {
            throw Problem.unprocessable("the body's name must be the one in the path")
        }
    }

    static func silence(_ body: NewSilence, by person: String, now: Timestamp) throws -> AlertSilence {
        func time(_ text: String?, _ field: String) throws -> Timestamp? {
            guard let text else { return nil }
            guard let time = Timestamp(acceptedText: text) else {
                throw Problem.unprocessable("\(field) must be \(Timestamp.acceptedRangeDescription)")
            }
            return time
        }
        let starts = try time(body.startsAt, "startsAt") ?? now
        let ends: Timestamp
        switch (try time(body.endsAt, "endsAt"), body.durationSeconds) {
        case (let end?, nil): ends = end
        case (nil, let seconds?) where (60...31 * 86_400).contains(seconds):
            ends = Timestamp(milliseconds: starts.milliseconds + Int64(seconds) * 1000)
        case (nil, _?): throw Problem.unprocessable("durationSeconds must be in 60…2678400")
        default: throw Problem.unprocessable("give endsAt or durationSeconds (one of them)")
        }
        return AlertSilence(
            streams: (body.streams ?? []).map { StreamID($0) }, labels: body.labels ?? [], startsAt: starts,
            endsAt: ends,
            createdBy: person, comment: body.comment)
    }

    /// What `receivers/{name}/test` sends: a made-up incident, said to be a test.
    static func testNotification(receiver: String) -> AlertNotification {
        let now = Timestamp.now
        return AlertNotification(
            route: "teste", receiver: receiver, stream: StreamID("teste"), groupKey: "teste/\(receiver)/teste",
            alerts: [
                IncidentAlert(
                    incident: 0, stream: StreamID("teste"), taxonomy: "teste", label: "teste", severity: .low,
                    startsAt: now, summary: "Mensagem de teste do Vigia: este destino recebe os alertas.")
            ])
    }
}

extension ReceiverDefinition: JSONResponse {}
extension AlertRoute: JSONResponse {}
