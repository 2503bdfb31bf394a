import PostgresNIO
import VigiaCore

/// The `SELECT … WHERE …` of a ``MessageQuery`` for PostgreSQL, with numbered parameters.
struct PostgresSearchSQL {
    private var sql = ""
    private var bindings = PostgresBindings()

    init(query: MessageQuery, tenant: TenantID) {
        add(" WHERE m.tenant_id = ", tenant.rawValue)
        if let text = query.text, !SearchText.words(text).isEmpty {
            add(" AND m.search @@ plainto_tsquery('vigia_pt', ", SearchText.words(text).joined(separator: " "))
            sql += ")"
        }
        if let stream = query.stream { add(" AND m.stream_id = ", stream.rawValue) }
        if let from = query.from { add(" AND m.event_time >= ", from.milliseconds) }
        if let to = query.to { add(" AND m.event_time < ", to.milliseconds) }
        if let author = query.author { add(" AND m.author = ", author) }
        if query.taxonomy != nil || query.label != nil || query.minConfidence != nil || query.maxConfidence != nil {
            sql += " AND EXISTS (SELECT 1 FROM jsonb_to_recordset(m.predictions)"
            sql += " AS p(taxonomy text, label text, confidence double precision) WHERE true"
            if let taxonomy = query.taxonomy { add(" AND p.taxonomy = ", taxonomy) }
            if let label = query.label {
                add(" AND (p.label = ", label)
                add(" OR starts_with(p.label, ", label + ".")
                sql += "))"
            }
            if let minimum = query.minConfidence { add(" AND p.confidence >= ", minimum) }
            if let maximum = query.maxConfidence { add(" AND p.confidence <= ", maximum) }
            sql += ")"
        }
    }

    /// Appends `fragment` followed by a parameter holding `value`.
    mutating func add(_ fragment: String, _ value: some PostgresDynamicTypeEncodable) {
        bindings.append(value)
        sql += fragment + "$\(bindings.count)"
    }

    func query(columns: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: "SELECT \(columns) FROM messages m" + sql, binds: bindings)
    }
}
