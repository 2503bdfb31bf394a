import Foundation
import Hummingbird
import HummingbirdWebSocket
import VigiaCore
import VigiaEngine

extension VigiaAPI {
    /// WebSocket `GET /api/v1/streams/{id}/ingest`: each text frame is one message (a JSON object) or a batch (JSON
    /// Lines); the server answers each frame, in order, once it is committed: `{"accepted", "duplicates", "ids"}`,
    /// or `{"error": {"code", "detail"}}` for a frame it refused (the socket stays open).
    func addIngestSocketRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.ws("streams/:id/ingest") { _, context in
            let caller = try context.caller()
            try caller.require(.operator, .ingest)
            _ = try await stream(context, tenant: caller.tenant)
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let caller = context.requestContext.identity,
                let id = context.requestContext.parameters.get("id")
            else { return }
            try await metrics.connected(.ingest) {
                for try await frame in inbound.messages(maxSize: limits.batchBody) {
                    guard case .text(let text) = frame else {
                        try await outbound.write(.text(Self.errorFrame("bad_request", "send text frames")))
                        continue
                    }
                    try await outbound.write(.text(await ingest(text, stream: StreamID(id), caller: caller)))
                }
            }
        }
    }

    /// Commits one frame's messages; the answer's JSON.
    private func ingest(_ text: String, stream: StreamID, caller: Identity) async -> String {
        let now = Timestamp.now
        do {
            let messages = try Recording.jsonLines(Array(text.utf8), path: "line", receivedAt: now)
            guard messages.count <= limits.batchMessages else {
                return Self.errorFrame("too_large", "at most \(limits.batchMessages) messages a frame")
            }
            if let long = messages.firstIndex(where: { $0.text.count > limits.textLength }) {
                return Self.errorFrame("invalid_argument", "line \(long + 1): text longer than \(limits.textLength)")
            }
            let result = try await pipeline.submit(
                messages, to: stream, tenant: caller.tenant, receivedAt: now, whenFull: .refuse)
            metrics.recordIngest(result)
            return "{\"accepted\":\(result.accepted),\"duplicates\":\(result.duplicates),\"ids\":["
                + result.ids.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]}"
        } catch {
            let problem = Problem(error)
            return Self.errorFrame(problem.code, problem.detail)
        }
    }

    static func errorFrame(_ code: String, _ detail: String) -> String {
        "{\"error\":{\"code\":" + JSONText.string(code) + ",\"detail\":" + JSONText.string(detail) + "}}"
    }
}
