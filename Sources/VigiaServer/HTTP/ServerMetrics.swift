import Hummingbird
import NIOCore
import Prometheus
import VigiaCore
import VigiaEngine

/// What `/metrics` shows, in Prometheus' text format: requests by route, method and status with their latency,
/// messages accepted, and the pipeline's queue depth (read when scraped).
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let accepted: Counter
    private let duplicates: Counter
    private let queueDepth: Gauge
    private let openIncidents: Gauge
    private let eventClients: Gauge
    private let ingestClients: Gauge

    public init() {
        accepted = registry.makeCounter(
            descriptor: .init(
                namespace: "vigia", metricName: "ingest_messages_accepted", unitName: "total",
                helpText: "Messages committed through the API"))
        duplicates = registry.makeCounter(
            descriptor: .init(
                namespace: "vigia", metricName: "ingest_messages_duplicate", unitName: "total",
                helpText: "Messages sent again with a known client id"))
        queueDepth = registry.makeGauge(
            descriptor: .init(
                namespace: "vigia", metricName: "pipeline_queue_depth", unitName: "messages",
                helpText: "Messages waiting in the pipeline's lanes"))
        openIncidents = registry.makeGauge(
            descriptor: .init(
                // A count of things has no unit; a `_count` suffix would say it is a summary's or histogram's.
                namespace: "vigia", metricName: "incidents_open", unitName: "",
                helpText: "Incidents whose bursts are still on"))
        let registry = registry
        func clients(_ route: String) -> Gauge {
            registry.makeGauge(
                descriptor: .init(
                    namespace: "vigia", metricName: "websocket_clients", unitName: "",
                    helpText: "WebSocket clients connected"),
                labels: [("route", route)])
        }
        eventClients = clients("events")
        ingestClients = clients("ingest")
    }

    enum SocketRoute { case events, ingest }

    /// Counts a WebSocket client for as long as `body` runs.
    func connected<T>(_ route: SocketRoute, _ body: () async throws -> T) async rethrows -> T {
        let gauge = route == .events ? eventClients : ingestClients
        gauge.increment()
        defer { gauge.decrement() }
        return try await body()
    }

    func recordIngest(_ result: AppendResult) {
        accepted.increment(by: Int64(result.accepted))
        duplicates.increment(by: Int64(result.duplicates))
    }

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: .init(
                namespace: "vigia", metricName: "http_requests", unitName: "total", helpText: "HTTP requests"),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(
                namespace: "vigia", metricName: "http_request_duration", unitName: "seconds",
                helpText: "HTTP request latency"),
            labels: [("route", route), ("method", method)],
            buckets: [
                .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                .seconds(5),
            ]
        ).record(duration)
    }

    /// The text of a scrape, with the pipeline's and the hub's figures as they are now.
    func scrape(pipeline: some PipelineFigures, hub: EventHub) -> ByteBuffer {
        queueDepth.set(to: Double(pipeline.queueDepth))
        openIncidents.set(to: Double(hub.openIncidents))
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        bytes +=
            pipeline.classifyLatency.prometheus(
                name: "vigia_pipeline_classify_duration_seconds", help: "Time to redact and classify a batch"
            ).utf8
        bytes +=
            pipeline.commitLatency.prometheus(
                name: "vigia_pipeline_commit_duration_seconds", help: "Time for the store to commit a batch"
            ).utf8
        return ByteBuffer(bytes: bytes)
    }
}

/// Counts and times every request, by its route's pattern (not its path: ids would make a series each).
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = VigiaRequestContext
    let metrics: ServerMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        func record(_ status: Int) {
            metrics.recordRequest(
                route: context.endpointPath ?? "unmatched", method: request.method.rawValue, status: status,
                duration: ContinuousClock.now - started)
        }
        do {
            let response = try await next(request, context)
            record(response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            record(error.status.code)
            throw error
        } catch {
            record(500)
            throw error
        }
    }
}

/// What a scrape reads from the pipeline.
protocol PipelineFigures {
    var queueDepth: Int { get }
    var classifyLatency: LatencyHistogram { get }
    var commitLatency: LatencyHistogram { get }
}

extension Pipeline: PipelineFigures {}
