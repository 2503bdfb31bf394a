import GRDB
import VigiaCore

/// The `SELECT … WHERE …` of a ``MessageQuery`` (without cursor, order and limit), with its arguments.
struct SearchSQL {
    let select: String
    let arguments: [any DatabaseValueConvertible & Sendable]

    init(query: MessageQuery, tenant: TenantID) {
        var sql = "SELECT \(MessageColumns.select) FROM messages m"
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        let words = query.text.map(SearchText.words) ?? []
        if !words.isEmpty {
            // Every word as a quoted FTS5 string: implicit AND, and no word is read as FTS5 syntax.
            sql += " JOIN messages_fts ON messages_fts.rowid = m.id AND messages_fts MATCH ?"
            arguments.append(
                words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " "))
        }
        sql += " WHERE m.tenant_id = ?"
        arguments.append(tenant.rawValue)
        if let stream = query.stream {
            sql += " AND m.stream_id = ?"
            arguments.append(stream.rawValue)
        }
        if let from = query.from {
            sql += " AND m.event_time >= ?"
            arguments.append(from.milliseconds)
        }
        if let to = query.to {
            sql += " AND m.event_time < ?"
            arguments.append(to.milliseconds)
        }
        if let author = query.author {
            sql += " AND m.author = ?"
            arguments.append(author)
        }
        if query.taxonomy != nil || query.label != nil || query.minConfidence != nil || query.maxConfidence != nil {
            sql += " AND EXISTS (SELECT 1 FROM predictions p WHERE p.message_id = m.id AND p.tenant_id = m.tenant_id"
            if let taxonomy = query.taxonomy {
                sql += " AND p.taxonomy = ?"
                arguments.append(taxonomy)
            }
            if let label = query.label {
                // Labels are lowercase ASCII, digits, '_', '-' and '.', so only '_' needs escaping in LIKE.
                sql += " AND (p.label = ? OR p.label LIKE ? ESCAPE '\\')"
                arguments.append(label)
                arguments.append(label.replacingOccurrences(of: "_", with: "\\_") + ".%")
            }
            if let minimum = query.minConfidence {
                sql += " AND p.confidence >= ?"
                arguments.append(minimum)
            }
            if let maximum = query.maxConfidence {
                sql += " AND p.confidence <= ?"
                arguments.append(maximum)
            }
            sql += ")"
        }
        select = sql
        self.arguments = arguments
    }
}
