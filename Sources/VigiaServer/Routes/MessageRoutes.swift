import Foundation
import Hummingbird
import NIOCore
import VigiaCore
import VigiaEngine

extension VigiaAPI {
    struct Accepted: JSONResponse {
        let accepted: Int
        let duplicates: Int
        let ids: [String]
    }

    struct PredictionView: Encodable {
        let taxonomy: String
        let label: String
        let confidence: Double
    }

    struct MessageView: JSONResponse {
        let id: String
        let stream: String
        let ts: String
        let receivedAt: String
        let clientId: String?
        let author: String?
        let text: String
        let predictions: [PredictionView]
        let tags: [String]

        init(_ stored: StoredMessage) {
            id = String(stored.id.rawValue)
            stream = stored.stream.rawValue
            ts = stored.message.eventTime.rfc3339
            receivedAt = stored.receivedTime.rfc3339
            clientId = stored.message.clientID
            author = stored.message.author
            text = stored.message.text
            predictions = stored.message.predictions.map {
                PredictionView(taxonomy: $0.taxonomy, label: $0.label, confidence: $0.confidence)
            }
            tags = stored.message.tags
        }
    }

    struct MessageList: JSONResponse {
        let items: [MessageView]
        let nextCursor: String?
    }

    /// `POST /api/v1/streams/{id}/messages` takes a batch (a JSON array, JSON Lines or CSV) and answers once it is
    /// committed; `GET` searches the stream's messages, newest first.
    func addMessageRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.get("messages/:id") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let id = MessageID(rawValue: try context.parameters.require("id", as: Int64.self))
            guard let stored = try await store.message(id, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no message \(id)")
            }
            return try MessageView(stored).response()
        }
        api.post("streams/:id/messages") { request, context in
            let caller = try context.caller()
            try caller.require(.operator, .ingest)
            let stream = try await stream(context, tenant: caller.tenant)
            let now = Timestamp.now
            let messages = try await batch(of: request, receivedAt: now)
            let result = try await pipeline.submit(
                messages, to: stream.id, tenant: caller.tenant, receivedAt: now, whenFull: .refuse)
            metrics.recordIngest(result)
            return try Accepted(
                accepted: result.accepted, duplicates: result.duplicates, ids: result.ids.map { String($0.rawValue) }
            ).response()
        }
        api.get("streams/:id/messages") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            let query = try Self.messageQuery(request.uri.queryParameters, stream: stream.id)
            let page = try await store.search(query, tenant: caller.tenant)
            return try MessageList(items: page.items.map(MessageView.init), nextCursor: page.nextCursor?.description)
                .response()
        }
    }

    /// `GET /api/v1/streams/{id}/export`: every message the filters of the search find (not one page), oldest
    /// first, streamed as it is read.
    func addExportRoute(to api: RouterGroup<VigiaRequestContext>) {
        api.get("streams/:id/export") { request, context in
            let caller = try context.caller()
            try caller.requireReader()
            let stream = try await stream(context, tenant: caller.tenant)
            let parameters = request.uri.queryParameters
            guard let format = MessageExport.Format(rawValue: parameters.get("format") ?? "jsonl") else {
                throw Problem.unprocessable("format must be csv, jsonl or json")
            }
            let query = try Self.messageQuery(parameters, stream: stream.id)
            let tenant = caller.tenant
            let fileExtension = format == .jsonl ? "jsonl" : format.rawValue
            return Response(
                status: .ok,
                headers: [
                    .contentType: format.contentType,
                    .contentDisposition: "attachment; filename=\"\(stream.id.rawValue).\(fileExtension)\"",
                ],
                body: ResponseBody { writer in
                    try await MessageExport.export(query, tenant: tenant, from: store, format: format) { bytes in
                        try await writer.write(ByteBuffer(bytes: bytes))
                    }
                    try await writer.finish(nil)
                })
        }
    }

    /// A posted batch, by its content type, checked against the limits.
    func batch(of request: Request, receivedAt: Timestamp) async throws -> [NewMessage] {
        let contentType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(
            in: .whitespaces)
        let bytes = Array(try await request.text(limit: limits.batchBody).utf8)
        let messages: [NewMessage]
        do {
            switch contentType?.lowercased() {
            case "application/x-ndjson", "application/jsonl":
                messages = try Recording.jsonLines(bytes, path: "line", receivedAt: receivedAt)
            case "text/csv":
                messages = try Recording.csv(bytes, path: "line")
            case "application/json", nil:
                messages = try Self.jsonArray(bytes, receivedAt: receivedAt)
            default:
                throw Problem(
                    .unsupportedMediaType, code: "unsupported_media_type",
                    "send application/json, application/x-ndjson or text/csv")
            }
        } catch let error as VigiaError {
            throw Problem.unprocessable(error.message)
        }
        guard messages.count <= limits.batchMessages else {
            throw Problem(.contentTooLarge, code: "too_large", "at most \(limits.batchMessages) messages a batch")
        }
        for (index, message) in messages.enumerated() {
            guard message.text.count <= limits.textLength else {
                throw Problem.unprocessable("message \(index + 1): text longer than \(limits.textLength) characters")
            }
            guard (message.author?.count ?? 0) <= limits.nameLength, (message.clientID?.count ?? 0) <= limits.nameLength
            else { throw Problem.unprocessable("message \(index + 1): author or id longer than \(limits.nameLength)") }
        }
        return messages
    }

    static func jsonArray(_ bytes: [UInt8], receivedAt: Timestamp) throws -> [NewMessage] {
        let decoded: Any
        do {
            decoded = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw Problem.badRequest("the body is not valid JSON")
        }
        guard let array = decoded as? [Any] else { throw Problem.unprocessable("the body must be a JSON array") }
        return try array.enumerated().map { index, element throws(VigiaError) in
            guard let object = element as? [String: Any] else {
                throw VigiaError(.invalidData, "message \(index + 1): not a JSON object")
            }
            return try Recording.message(from: object, at: "message \(index + 1)", receivedAt: receivedAt)
        }
    }

    /// The query parameter `name` as a time: RFC 3339 or epoch milliseconds, within the times messages may have.
    static func time(_ parameters: Parameters, _ name: String) throws -> Timestamp? {
        guard let text = parameters.get(name) else { return nil }
        guard let time = Timestamp(acceptedText: text) else {
            throw Problem.unprocessable("'\(name)' must be \(Timestamp.acceptedRangeDescription)")
        }
        return time
    }

    static func messageQuery(_ parameters: Parameters, stream: StreamID) throws -> MessageQuery {
        func time(_ name: String) throws -> Timestamp? { try Self.time(parameters, name) }
        func number(_ name: String) throws -> Double? {
            guard let text = parameters.get(name) else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw Problem.unprocessable("'\(name)' must be a number")
            }
            return value
        }
        var cursor: MessageCursor?
        if let text = parameters.get("cursor") {
            guard let parsed = MessageCursor(text) else { throw Problem.unprocessable("'cursor' is not a cursor") }
            cursor = parsed
        }
        let limit: Int
        if let text = parameters.get("limit") {
            guard let parsed = Int(text) else { throw Problem.unprocessable("'limit' must be a whole number") }
            limit = parsed
        } else {
            limit = 50
        }
        let query = MessageQuery(
            stream: stream, from: try time("from"), to: try time("to"), taxonomy: parameters.get("taxonomy"),
            label: parameters.get("label"), minConfidence: try number("minConfidence"),
            maxConfidence: try number("maxConfidence"), text: parameters.get("q"), limit: limit, cursor: cursor)
        try query.validate()
        return query
    }
}
