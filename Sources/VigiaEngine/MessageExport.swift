import Synchronization
import VigiaCore
import VigiaText

/// Messages written out for people and other tools: CSV, JSON Lines or one JSON array, oldest first, with the
/// fields and names of the API's messages (`ts`, `text`, `author`, …). A written file is also a recording: `vigia
/// run`, the ingest routes and `vigia ingest` read its `ts`, `text` and `author` back.
public enum MessageExport {
    public enum Format: String, Sendable, CaseIterable {
        case csv, jsonl, json

        public var contentType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8"
            case .jsonl: "application/x-ndjson"
            case .json: "application/json"
            }
        }
    }

    static let csvColumns = [
        "id", "stream", "ts", "receivedAt", "clientId", "author", "text", "language", "labels", "tags",
    ]

    /// Exports what `query` finds, handing the bytes to `write` a batch at a time. The store reads ahead of the
    /// writer by at most a few batches, so a slow reader (a phone on a bad network) holds little memory. When
    /// `write` throws (the reader went away), the store stops reading.
    public static func export(
        _ query: MessageQuery, tenant: TenantID, from store: some MessageStore, format: Format,
        batchSize: Int = 2_000, write: ([UInt8]) async throws -> Void
    ) async throws {
        let chunks = BoundedQueue<[UInt8]>(capacity: 4)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { chunks.close() }
                let nothingYet = Mutex(true)
                @Sendable func send(_ bytes: [UInt8]) async throws(VigiaError) {
                    guard !bytes.isEmpty else { return }
                    guard await chunks.push(bytes, weight: 1) else {
                        throw VigiaError(.unavailable, "the export's reader went away")
                    }
                }
                try await send(header(format))
                try await store.export(query, tenant: tenant, batchSize: batchSize) { batch throws(VigiaError) in
                    var first = nothingYet.withLock { $0 }
                    var bytes: [UInt8] = []
                    for stored in batch { append(stored, format: format, first: &first, to: &bytes) }
                    nothingYet.withLock { $0 = first }
                    try await send(bytes)
                }
                try await send(footer(format))
            }
            do {
                while let bytes = await chunks.next() { try await write(bytes) }
            } catch {
                // Wakes the producer if it waits for room, so that the group can end.
                chunks.close()
                throw error
            }
            try await group.waitForAll()
        }
    }

    static func header(_ format: Format) -> [UInt8] {
        switch format {
        case .csv:
            var bytes: [UInt8] = []
            CSVWriter.appendRecord(csvColumns, to: &bytes)
            return bytes
        case .json: return Array("[".utf8)
        case .jsonl: return []
        }
    }

    static func footer(_ format: Format) -> [UInt8] { format == .json ? Array("]\n".utf8) : [] }

    static func append(_ stored: StoredMessage, format: Format, first: inout Bool, to bytes: inout [UInt8]) {
        switch format {
        case .csv:
            let message = stored.message
            CSVWriter.appendRecord(
                [
                    String(stored.id.rawValue), stored.stream.rawValue, message.eventTime.rfc3339,
                    stored.receivedTime.rfc3339, message.clientID ?? "", message.author ?? "", message.text,
                    message.language ?? "",
                    message.predictions.map { "\($0.taxonomy):\($0.label)" }.joined(separator: " "),
                    message.tags.joined(separator: " "),
                ], to: &bytes)
        case .jsonl:
            bytes += jsonObject(stored).utf8
            bytes.append(UInt8(ascii: "\n"))
        case .json:
            if !first { bytes += ",\n".utf8 }
            bytes += jsonObject(stored).utf8
        }
        first = false
    }

    /// One message as the API shows it.
    public static func jsonObject(_ stored: StoredMessage) -> String {
        let message = stored.message
        return "{\"id\":\"\(stored.id.rawValue)\",\"stream\":\(JSONText.string(stored.stream.rawValue)),"
            + "\"ts\":\"\(message.eventTime.rfc3339)\",\"receivedAt\":\"\(stored.receivedTime.rfc3339)\","
            + "\"clientId\":\(message.clientID.map(JSONText.string) ?? "null"),"
            + "\"author\":\(message.author.map(JSONText.string) ?? "null"),\"text\":\(JSONText.string(message.text)),"
            + "\"language\":\(message.language.map(JSONText.string) ?? "null"),"
            + "\"predictions\":\(JSONText.predictions(message.predictions)),"
            + "\"tags\":\(JSONText.strings(message.tags))}"
    }
}
