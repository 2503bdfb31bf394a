import GRDB
import VigiaCore

/// The blocks that may hold messages matching a ``MessageQuery``: `SELECT … WHERE …` over `message_blocks`
/// (without order), pruning by stream, event-time range, words and labels. Every message of these blocks must
/// still pass ``MessageFilter``.
struct BlockSearchSQL {
    let select: String
    let arguments: [any DatabaseValueConvertible & Sendable]

    init(query: MessageQuery, tenant: TenantID) {
        var sql = """
            SELECT b.id, b.stream_id, b.message_count, b.word_signatures, b.payload FROM message_blocks b
            WHERE b.tenant_id = ?
            """
        var arguments: [any DatabaseValueConvertible & Sendable] = [tenant.rawValue]
        if let stream = query.stream {
            sql += " AND b.stream_id = ?"
            arguments.append(stream.rawValue)
        }
        if let from = query.from {
            sql += " AND b.max_event_time >= ?"
            arguments.append(from.milliseconds)
        }
        if let to = query.to {
            sql += " AND b.min_event_time < ?"
            arguments.append(to.milliseconds)
        }
        let words = query.text.map(SearchText.words) ?? []
        if !words.isEmpty {
            // Every word as a quoted FTS5 string: implicit AND, and no word is read as FTS5 syntax.
            sql += " AND b.id IN (SELECT rowid FROM message_blocks_fts WHERE message_blocks_fts MATCH ?)"
            arguments.append(
                words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " "))
        }
        if query.taxonomy != nil || query.label != nil || query.minConfidence != nil || query.maxConfidence != nil {
            sql += " AND EXISTS (SELECT 1 FROM message_block_labels l WHERE l.block_id = b.id"
            if let taxonomy = query.taxonomy {
                sql += " AND l.taxonomy = ?"
                arguments.append(taxonomy)
            }
            if let label = query.label {
                // Labels are lowercase ASCII, digits, '_', '-' and '.', so only '_' needs escaping in LIKE.
                sql += " AND (l.label = ? OR l.label LIKE ? ESCAPE '\\')"
                arguments.append(label)
                arguments.append(label.replacingOccurrences(of: "_", with: "\\_") + ".%")
            }
            if let minimum = query.minConfidence {
                sql += " AND l.max_confidence >= ?"
                arguments.append(minimum)
            }
            if let maximum = query.maxConfidence {
                sql += " AND l.min_confidence <= ?"
                arguments.append(maximum)
            }
            sql += ")"
        }
        select = sql
        self.arguments = arguments
    }
}
