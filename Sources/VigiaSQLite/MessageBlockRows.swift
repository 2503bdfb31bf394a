import Foundation
import GRDB
import VigiaCore

/// The rows a ``MessageBlock`` is stored as: its row in `message_blocks`, its document in the full-text index and
/// its rows in `message_block_labels`; and the rows that point into it (client ids, human labels).
enum MessageBlockRows {
    /// Writes a new block; its id is its first message's id.
    static func insert(_ draft: MessageBlock.Draft, tenant: String, stream: String, in db: Database) throws {
        let id = draft.ids[0]
        let insertBlock = try db.cachedStatement(
            sql: """
                INSERT INTO message_blocks
                    (id, last_id, tenant_id, stream_id, message_count, min_event_time, max_event_time,
                    word_signatures, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try insertBlock.execute(arguments: [
            id, draft.ids[draft.count - 1], tenant, stream, draft.count, draft.minEventTime, draft.maxEventTime,
            Data(draft.wordSignatures), Data(draft.payload(blockID: id)),
        ])
        try index(draft, blockID: id, in: db)
    }

    /// The id of the message the stream already has under `clientID`.
    static func message(
        withClientID clientID: String, tenant: String, stream: String, in db: Database
    ) throws
        -> Int64?
    {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: "SELECT message_id FROM message_client_ids WHERE tenant_id = ? AND stream_id = ? AND client_id = ?"
            ), arguments: [tenant, stream, clientID])
    }

    static func record(clientID: String, of id: Int64, tenant: String, stream: String, in db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO message_client_ids (tenant_id, stream_id, client_id, message_id) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [tenant, stream, clientID, id])
    }

    /// Reads a block from a row with its `id`, `stream_id` and `payload`.
    static func reader(from row: Row) throws -> MessageBlock.Reader {
        try MessageBlock.Reader(
            blockID: row["id"], stream: StreamID(row["stream_id"] as String), payload: Array(row["payload"] as Data))
    }

    /// Up to `limit` messages that pass `filter`, from blocks in id order: newest first below the id `bound`, or
    /// oldest first above it. Words are checked on the text alone before the rest of a message is read.
    static func matching(
        _ filter: MessageFilter, limit: Int, newestFirst: Bool, past bound: Int64, in blocks: RowCursor
    ) throws -> [StoredMessage] {
        var found: [StoredMessage] = []
        let signature = filter.words.signature
        while let row = try blocks.next() {
            // The signatures first: when no message can have the words, the payload is never read.
            var indices = Array(0..<(row["message_count"] as Int))
            if !signature.isEmpty {
                indices = MessageBlock.Reader.indices(
                    in: indices.indices, of: row["word_signatures"], matching: signature)
                if indices.isEmpty { continue }
            }
            let block = try reader(from: row)
            if newestFirst { indices.reverse() }
            for index in indices where newestFirst ? block.ids[index] < bound : block.ids[index] > bound {
                guard try block.text(at: index, has: filter.words) else { continue }
                let message = try block.message(at: index)
                guard filter.matches(message) else { continue }
                found.append(message)
                if found.count == limit { return found }
            }
        }
        return found
    }

    /// The tenant's block that holds message `id`, if any.
    static func block(containing id: MessageID, tenant: TenantID, in db: Database) throws -> MessageBlock.Reader? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT id, stream_id, payload FROM message_blocks
                        WHERE tenant_id = ? AND id <= ? AND last_id >= ? ORDER BY id DESC LIMIT 1
                        """),
                arguments: [tenant.rawValue, id.rawValue, id.rawValue])
        else { return nil }
        return try reader(from: row)
    }

    /// Removes the messages at `indices` from a stored block (the whole block when that is all of them), with
    /// their client ids and human labels; returns how many were removed.
    @discardableResult
    static func remove(
        _ indices: some Collection<Int>, from block: MessageBlock.Reader, tenant: TenantID, in db: Database
    ) throws -> Int {
        guard !indices.isEmpty else { return 0 }
        let messages = try block.messages()
        let removed = Set(indices)
        for index in removed {
            let message = messages[index]
            if let clientID = message.message.clientID {
                try db.execute(
                    sql: "DELETE FROM message_client_ids WHERE tenant_id = ? AND stream_id = ? AND client_id = ?",
                    arguments: [tenant.rawValue, block.stream.rawValue, clientID])
            }
            try db.execute(
                sql: "DELETE FROM labels WHERE tenant_id = ? AND message_id = ?",
                arguments: [tenant.rawValue, message.id.rawValue])
        }
        try unindex(block.blockID, text: MessageBlock.searchableText(messages.map(\.message.text)), in: db)
        var kept = MessageBlock.Draft()
        for (index, message) in messages.enumerated() where !removed.contains(index) {
            let record = MessageBlock.Records([message.message], receivedAt: message.receivedTime)
            kept.add(message.message, id: message.id.rawValue, from: record, at: 0)
        }
        if kept.count == 0 {
            try db.execute(sql: "DELETE FROM message_blocks WHERE id = ?", arguments: [block.blockID])
        } else {
            try db.execute(
                sql: """
                    UPDATE message_blocks SET message_count = ?, min_event_time = ?, max_event_time = ?,
                        word_signatures = ?, payload = ?
                    WHERE id = ?
                    """,
                arguments: [
                    kept.count, kept.minEventTime, kept.maxEventTime, Data(kept.wordSignatures),
                    Data(kept.payload(blockID: block.blockID)), block.blockID,
                ])
            try index(kept, blockID: block.blockID, in: db)
        }
        return removed.count
    }

    private static func index(_ draft: MessageBlock.Draft, blockID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO message_blocks_fts (rowid, text) VALUES (?, ?)")
            .execute(arguments: [blockID, draft.searchableText])
        let insertLabel = try db.cachedStatement(
            sql: """
                INSERT INTO message_block_labels (block_id, taxonomy, label, min_confidence, max_confidence)
                VALUES (?, ?, ?, ?, ?)
                """)
        for (key, confidences) in draft.labels {
            try insertLabel.execute(arguments: [
                blockID, key.taxonomy, key.label, confidences.lowerBound, confidences.upperBound,
            ])
        }
    }

    /// Takes a block out of the full-text index and the label rows. The index is contentless, so removing a
    /// document needs its exact text.
    private static func unindex(_ blockID: Int64, text: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO message_blocks_fts (message_blocks_fts, rowid, text) VALUES ('delete', ?, ?)",
            arguments: [blockID, text])
        try db.execute(sql: "DELETE FROM message_block_labels WHERE block_id = ?", arguments: [blockID])
    }
}
