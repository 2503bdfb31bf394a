import Hummingbird
import HummingbirdWebSocket
import VigiaCore

extension VigiaAPI {
    /// WebSocket `GET /api/v1/streams/{id}/events[?after=N]`: the stream's events as text frames, one JSON object
    /// each with its number as `id`; a client that reconnects with `after` (the last number it saw) first gets
    /// what it missed, as far as the hub keeps.
    func addEventRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.ws("streams/:id/events") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            _ = try await stream(context, tenant: caller.tenant)
            if let after = request.uri.queryParameters.get("after"), Int64(after) == nil {
                throw Problem.unprocessable("'after' must be an event number")
            }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let caller = context.requestContext.identity,
                let id = context.requestContext.parameters.get("id")
            else { return }
            let after = context.request.uri.queryParameters.get("after").flatMap { Int64($0) }
            let (backlog, live) = hub.subscribe(tenant: caller.tenant, stream: StreamID(id), after: after)
            try await metrics.connected(.events) {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for entry in backlog { try await outbound.write(.text(Self.frame(entry))) }
                        for await entry in live { try await outbound.write(.text(Self.frame(entry))) }
                    }
                    // The client's frames are not read for anything; its closing ends the subscription.
                    group.addTask { for try await _ in inbound {} }
                    try await group.next()
                    group.cancelAll()
                }
            }
        }
    }

    /// The event's JSON with its number first.
    static func frame(_ entry: EventHub.Entry) -> String {
        "{\"id\":\(entry.id)," + entry.json.dropFirst()
    }
}
