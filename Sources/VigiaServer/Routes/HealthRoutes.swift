import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct Status: JSONResponse {
        let status: String
    }

    /// `/health`: the process answers. `/ready`: it can reach its store and take messages. `/metrics`: Prometheus.
    func addHealthRoutes(to router: Router<VigiaRequestContext>) {
        router.get("health") { _, _ in try Status(status: "ok").response() }
        router.get("ready") { _, _ in
            do {
                _ = try await store.tenant(TenantID("readiness"))
            } catch {
                throw Problem(.serviceUnavailable, code: "unavailable", "the store does not answer")
            }
            return try Status(status: "ready").response()
        }
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: metrics.scrape(pipeline: pipeline, hub: hub)))
        }
    }
}
