import Hummingbird
import VigiaCore
import VigiaEngine

extension VigiaAPI {
    /// The longest period a summary on demand reads.
    static var longestSummaryPeriod: Int64 { 92 * 86_400_000 }

    struct SummaryView: JSONResponse {
        struct IncidentView: Encodable {
            let id: Int64
            let label: String
            let severity: String
            let startedAt: String
            let endedAt: String?
            let messageCount: Int
        }

        struct ExampleView: Encodable {
            let message: String
            let taxonomy: String
            let label: String
            let confidence: Double
            let text: String
        }

        let stream: String
        let from: String
        let to: String
        let messageCount: Int
        let labels: [StreamSummary.LabelCount]
        let incidents: [IncidentView]
        let terms: [StreamSummary.TermCount]
        let examples: [ExampleView]
        let text: String
        let createdAt: String

        init(_ summary: StreamSummary) {
            stream = summary.stream.rawValue
            from = summary.from.rfc3339
            to = summary.to.rfc3339
            messageCount = summary.messageCount
            labels = summary.labels
            incidents = summary.incidents.map {
                IncidentView(
                    id: $0.id, label: $0.label, severity: $0.severity.rawValue, startedAt: $0.startedAt.rfc3339,
                    endedAt: $0.endedAt?.rfc3339, messageCount: $0.messageCount)
            }
            terms = summary.terms
            examples = summary.examples.map {
                ExampleView(
                    message: String($0.message.rawValue), taxonomy: $0.taxonomy, label: $0.label,
                    confidence: $0.confidence, text: $0.text)
            }
            text = summary.text
            createdAt = summary.createdAt.rfc3339
        }
    }

    struct SummaryList: JSONResponse {
        let items: [SummaryView]
    }

    /// `GET /api/v1/streams/{id}/summary` writes a period's summary now (the last 7 days by default);
    /// `GET …/summaries` lists the weekly ones kept.
    func addSummaryRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("streams/:id/summary") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            let parameters = request.uri.queryParameters
            let now = Timestamp.now
            let to = try Self.time(parameters, "to") ?? now
            let from = try Self.time(parameters, "from") ?? Timestamp(milliseconds: to.milliseconds - 7 * 86_400_000)
            guard from < to, to.milliseconds - from.milliseconds <= Self.longestSummaryPeriod else {
                throw Problem.unprocessable("'from' must come before 'to', at most 92 days apart")
            }
            let summary = try await StreamSummarizer().summarize(
                stream, from: from, to: to, tenant: caller.tenant, store: store, now: now)
            return try SummaryView(summary).response()
        }
        api.get("streams/:id/summaries") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            let limit = try Self.limit(request.uri.queryParameters, default: 12)
            let kept = try await store.summaries(of: stream.id, limit: limit, tenant: caller.tenant)
            return try SummaryList(items: kept.map(SummaryView.init)).response()
        }
    }
}
