import Foundation
import GRDB
import VigiaCore

/// How a message maps to the columns of `messages`. Predictions and tags are kept as JSON text for an exact read
/// back (the `predictions` table repeats them for filtering); they are written with ``JSONText`` because
/// Foundation's encoder costs microseconds per message on the ingest path.
enum MessageColumns {
    static let select = """
        m.id, m.stream_id, m.client_id, m.event_time, m.received_time, m.author, m.text, m.language, m.predictions,
        m.tags, m.extra
        """

    /// Messages from rows, with one decoder for all of them (exports read thousands of rows per batch).
    static func messages(from rows: [Row]) throws -> [StoredMessage] {
        let decoder = JSONDecoder()
        return try rows.map { try message(from: $0, decoder: decoder) }
    }

    private static func message(from row: Row, decoder: JSONDecoder) throws -> StoredMessage {
        let predictions = try decoder.decode([Prediction].self, from: Data((row["predictions"] as String).utf8))
        let tags = try decoder.decode([String].self, from: Data((row["tags"] as String).utf8))
        return StoredMessage(
            id: MessageID(rawValue: row["id"]), stream: StreamID(row["stream_id"] as String),
            receivedTime: Timestamp(milliseconds: row["received_time"]),
            message: NewMessage(
                clientID: row["client_id"], eventTime: Timestamp(milliseconds: row["event_time"]),
                author: row["author"], text: row["text"], language: row["language"], predictions: predictions,
                tags: tags, extra: row["extra"]))
    }
}
