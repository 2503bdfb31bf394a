import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct IncidentView: JSONResponse {
        let id: Int64
        let stream: String
        let taxonomy: String
        let label: String
        let level: String
        let status: String
        let severity: String
        let startedAt: String
        let peakAt: String
        let endedAt: String?
        let observedRate: Double
        let baselineRate: Double
        let share: Double
        let messageCount: Int
        let sampleMessageIds: [String]
        let acknowledgedBy: String?
        let acknowledgedAt: String?
        let updatedAt: String

        init(_ incident: Incident) {
            id = incident.id
            stream = incident.stream.rawValue
            taxonomy = incident.taxonomy
            label = incident.label
            level = incident.level.rawValue
            status = incident.status.rawValue
            severity = incident.severity.rawValue
            startedAt = incident.startedAt.rfc3339
            peakAt = incident.peakAt.rfc3339
            endedAt = incident.endedAt?.rfc3339
            observedRate = incident.observedRate
            baselineRate = incident.baselineRate
            share = incident.share
            messageCount = incident.messageCount
            sampleMessageIds = incident.sampleMessageIDs.map { String($0.rawValue) }
            acknowledgedBy = incident.acknowledgedBy
            acknowledgedAt = incident.acknowledgedAt?.rfc3339
            updatedAt = incident.updatedAt.rfc3339
        }
    }

    struct IncidentList: JSONResponse {
        let items: [IncidentView]
    }

    struct InsightView: Encodable {
        let id: Int64
        let stream: String
        let incident: Int64?
        let type: String
        let message: String
        let confidence: Double
        let source: String
        let messageIds: [String]
        let createdAt: String

        init(_ insight: Insight) {
            id = insight.id
            stream = insight.stream.rawValue
            incident = insight.incident
            type = insight.type
            message = insight.message
            confidence = insight.confidence
            source = insight.source.rawValue
            messageIds = insight.messageIDs.map { String($0.rawValue) }
            createdAt = insight.createdAt.rfc3339
        }
    }

    struct InsightList: JSONResponse {
        let items: [InsightView]
    }

    /// Incidents of a stream, one incident, acknowledging and resolving it; a stream's insights.
    func addIncidentRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("streams/:id/incidents") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            var query = IncidentQuery(stream: stream.id, limit: try Self.limit(request.uri.queryParameters))
            if let status = request.uri.queryParameters.get("status") {
                guard let parsed = Incident.Status(rawValue: status) else {
                    throw Problem.unprocessable("'status' must be open, acknowledged or resolved")
                }
                query.status = parsed
            }
            return try IncidentList(
                items: try await store.incidents(query, tenant: caller.tenant).map(IncidentView.init)
            ).response()
        }
        api.get("incidents/:id") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            return try IncidentView(try await incident(context, tenant: caller.tenant)).response()
        }
        api.post("incidents/:id/ack") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let incident = try await incident(context, tenant: caller.tenant)
            return try IncidentView(
                try await store.acknowledgeIncident(incident.id, by: caller.name, tenant: caller.tenant, at: .now)
            ).response()
        }
        api.post("incidents/:id/resolve") { _, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let incident = try await incident(context, tenant: caller.tenant)
            return try IncidentView(try await store.resolveIncident(incident.id, tenant: caller.tenant, at: .now))
                .response()
        }
        api.get("streams/:id/insights") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            let insights = try await store.insights(
                stream: stream.id, incident: request.uri.queryParameters.get("incident", as: Int64.self),
                limit: try Self.limit(request.uri.queryParameters), tenant: caller.tenant)
            return try InsightList(items: insights.map(InsightView.init)).response()
        }
    }

    func incident(_ context: VigiaRequestContext, tenant: TenantID) async throws -> Incident {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let incident = try await store.incident(id, tenant: tenant) else {
            throw Problem(.notFound, code: "not_found", "no incident \(id)")
        }
        return incident
    }

    static func limit(_ parameters: Parameters, default fallback: Int = 100) throws -> Int {
        guard let text = parameters.get("limit") else { return fallback }
        guard let limit = Int(text), ListingLimit.range.contains(limit) else {
            throw Problem.unprocessable("'limit' must be in 1…1000")
        }
        return limit
    }
}
