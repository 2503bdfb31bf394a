import GRDB
import VigiaCore

extension SQLiteStore: IncidentChanging, InsightStore, AlertChanging {
    // MARK: Incidents

    public func createIncident(_ incident: Incident, tenant: TenantID) async throws(VigiaError) -> Incident {
        try Self.validateNew(incident)
        return try await writing("create incident") { db in
            try Self.requireStream(incident.stream, tenant: tenant, in: db)
            do {
                try db.execute(
                    sql: """
                        INSERT INTO incidents (tenant_id, stream_id, taxonomy, label, level, status, severity,
                            started_at, peak_at, ended_at, observed_rate, baseline_rate, share, message_count,
                            sample_message_ids, acknowledged_by, acknowledged_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        tenant.rawValue, incident.stream.rawValue, incident.taxonomy, incident.label,
                        incident.level.rawValue, incident.status.rawValue, incident.severity.rawValue,
                        incident.startedAt.milliseconds, incident.peakAt.milliseconds, incident.endedAt?.milliseconds,
                        incident.observedRate, incident.baselineRate, incident.share, incident.messageCount,
                        JSONText.messageIDs(incident.sampleMessageIDs), incident.acknowledgedBy,
                        incident.acknowledgedAt?.milliseconds, incident.updatedAt.milliseconds,
                    ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw VigiaError(
                    .conflict, "an unresolved incident of '\(incident.label)' on '\(incident.stream)' already exists")
            }
            return incident.with(id: db.lastInsertedRowID)
        }
    }

    public func changeIncident(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (Incident?) throws(VigiaError) -> Incident
    ) async throws(VigiaError) -> Incident {
        try await writing("change incident") { db in
            let current = try Row.fetchOne(
                db, sql: "SELECT * FROM incidents WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id]
            ).map(Self.incident(from:))
            let changed = try change(current)
            try db.execute(
                sql: """
                    UPDATE incidents SET status = ?, severity = ?, peak_at = ?, ended_at = ?, observed_rate = ?,
                        baseline_rate = ?, share = ?, message_count = ?, sample_message_ids = ?, acknowledged_by = ?,
                        acknowledged_at = ?, updated_at = ?
                    WHERE tenant_id = ? AND id = ?
                    """,
                arguments: [
                    changed.status.rawValue, changed.severity.rawValue, changed.peakAt.milliseconds,
                    changed.endedAt?.milliseconds, changed.observedRate, changed.baselineRate, changed.share,
                    changed.messageCount, JSONText.messageIDs(changed.sampleMessageIDs), changed.acknowledgedBy,
                    changed.acknowledgedAt?.milliseconds, changed.updatedAt.milliseconds, tenant.rawValue, id,
                ])
            return changed
        }
    }

    public func incident(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Incident? {
        try await incidents(where: "id = ?", [id], tenant: tenant).first
    }

    public func unresolvedIncident(
        stream: StreamID, taxonomy: String, label: String, tenant: TenantID
    ) async throws(VigiaError) -> Incident? {
        try await incidents(
            where: "stream_id = ? AND taxonomy = ? AND label = ? AND status <> ?",
            [stream.rawValue, taxonomy, label, Incident.Status.resolved.rawValue], tenant: tenant
        ).first
    }

    public func incidents(_ query: IncidentQuery, tenant: TenantID) async throws(VigiaError) -> [Incident] {
        try query.validate()
        let stream = query.stream?.rawValue
        let status = query.status?.rawValue
        let (from, to) = (query.from?.milliseconds, query.to?.milliseconds)
        return try await incidents(
            where: """
                (? IS NULL OR stream_id = ?) AND (? IS NULL OR status = ?) AND (? IS NULL OR started_at >= ?)
                    AND (? IS NULL OR started_at < ?)
                ORDER BY started_at DESC, id DESC LIMIT ?
                """, [stream, stream, status, status, from, from, to, to, query.limit], tenant: tenant)
    }

    private func incidents(
        where condition: String, _ arguments: [(any DatabaseValueConvertible)?], tenant: TenantID
    ) async throws(VigiaError) -> [Incident] {
        let all = StatementArguments([tenant.rawValue] + arguments)
        return try await reading("read incidents") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM incidents WHERE tenant_id = ? AND " + condition, arguments: all)
                .map(Self.incident(from:))
        }
    }

    private static func incident(from row: Row) throws -> Incident {
        Incident(
            id: row["id"], stream: StreamID(row["stream_id"] as String), taxonomy: row["taxonomy"],
            label: row["label"], level: try .stored(row["level"]), status: try .stored(row["status"]),
            severity: try .stored(row["severity"]), startedAt: Timestamp(milliseconds: row["started_at"]),
            peakAt: Timestamp(milliseconds: row["peak_at"]),
            endedAt: (row["ended_at"] as Int64?).map(Timestamp.init(milliseconds:)),
            observedRate: row["observed_rate"], baselineRate: row["baseline_rate"], share: row["share"],
            messageCount: row["message_count"],
            sampleMessageIDs: try JSONText.storedMessageIDs(row["sample_message_ids"]),
            acknowledgedBy: row["acknowledged_by"],
            acknowledgedAt: (row["acknowledged_at"] as Int64?).map(Timestamp.init(milliseconds:)),
            updatedAt: Timestamp(milliseconds: row["updated_at"]))
    }

    private static func requireStream(_ stream: StreamID, tenant: TenantID, in db: Database) throws {
        let exists = try Bool.fetchOne(
            db, sql: "SELECT 1 FROM streams WHERE tenant_id = ? AND id = ?",
            arguments: [tenant.rawValue, stream.rawValue])
        guard exists != nil else { throw VigiaError(.notFound, "no stream '\(stream)'") }
    }

    // MARK: Insights

    public func addInsight(_ insight: Insight, tenant: TenantID) async throws(VigiaError) -> Insight {
        try insight.validate()
        return try await writing("add insight") { db in
            try Self.requireStream(insight.stream, tenant: tenant, in: db)
            if let incident = insight.incident {
                let stream = try String.fetchOne(
                    db, sql: "SELECT stream_id FROM incidents WHERE tenant_id = ? AND id = ?",
                    arguments: [tenant.rawValue, incident])
                guard let stream else { throw VigiaError(.notFound, "no incident \(incident)") }
                guard stream == insight.stream.rawValue else {
                    throw VigiaError(.invalidArgument, "incident \(incident) is not of stream '\(insight.stream)'")
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO insights (tenant_id, stream_id, incident_id, type, message, confidence, source,
                        message_ids, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, insight.stream.rawValue, insight.incident, insight.type, insight.message,
                    insight.confidence, insight.source.rawValue, JSONText.messageIDs(insight.messageIDs),
                    insight.createdAt.milliseconds,
                ])
            return insight.with(id: db.lastInsertedRowID)
        }
    }

    public func insights(
        stream: StreamID, incident: Int64?, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [Insight] {
        try ListingLimit.validate(limit)
        return try await reading("read insights") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM insights WHERE tenant_id = ? AND stream_id = ? AND (? IS NULL OR incident_id = ?)
                    ORDER BY created_at DESC, id DESC LIMIT ?
                    """, arguments: [tenant.rawValue, stream.rawValue, incident, incident, limit]
            ).map { row in
                Insight(
                    id: row["id"], stream: StreamID(row["stream_id"] as String), incident: row["incident_id"],
                    type: row["type"], message: row["message"], confidence: row["confidence"],
                    source: try .stored(row["source"]), messageIDs: try JSONText.storedMessageIDs(row["message_ids"]),
                    createdAt: Timestamp(milliseconds: row["created_at"]))
            }
        }
    }

    // MARK: Alerts

    public func enqueueAlert(
        channel: OutboxAlert.Channel, destination: String, payload: String, incident: Int64?, tenant: TenantID,
        at time: Timestamp
    ) async throws(VigiaError) -> OutboxAlert {
        try Self.validateNewAlert(destination: destination, payload: payload)
        return try await writing("enqueue alert") { db in
            if let incident {
                let exists = try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM incidents WHERE tenant_id = ? AND id = ?",
                    arguments: [tenant.rawValue, incident])
                guard exists != nil else { throw VigiaError(.notFound, "no incident \(incident)") }
            }
            try db.execute(
                sql: """
                    INSERT INTO alerts (tenant_id, incident_id, channel, destination, payload, status, attempts,
                        next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, incident, channel.rawValue, destination, payload,
                    OutboxAlert.Status.pending.rawValue, time.milliseconds, time.milliseconds,
                ])
            return OutboxAlert(
                id: db.lastInsertedRowID, incident: incident, channel: channel, destination: destination,
                payload: payload, status: .pending, attempts: 0, nextAttemptAt: time, lastError: nil, createdAt: time,
                sentAt: nil)
        }
    }

    public func alert(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> OutboxAlert? {
        try await reading("read alert") { db in try Self.alert(id, tenant: tenant, in: db) }
    }

    public func alerts(
        status: OutboxAlert.Status?, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [OutboxAlert] {
        try ListingLimit.validate(limit)
        return try await reading("list alerts") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM alerts WHERE tenant_id = ? AND (? IS NULL OR status = ?) ORDER BY id DESC LIMIT ?
                    """, arguments: [tenant.rawValue, status?.rawValue, status?.rawValue, limit]
            ).map(Self.alert(from:))
        }
    }

    public func claimDueAlerts(
        now: Timestamp, limit: Int, leaseUntil: Timestamp
    ) async throws(VigiaError) -> [(tenant: TenantID, alert: OutboxAlert)] {
        try Self.validateClaim(now: now, limit: limit, leaseUntil: leaseUntil)
        // One writer at a time (SQLite): reading and leasing in one write transaction is atomic.
        return try await writing("claim due alerts") { db in
            let due = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM alerts WHERE status = ? AND next_attempt_at <= ?
                    ORDER BY next_attempt_at, id LIMIT ?
                    """, arguments: [OutboxAlert.Status.pending.rawValue, now.milliseconds, limit])
            return try due.map { row in
                var alert = try Self.alert(from: row)
                alert.attempts += 1
                alert.nextAttemptAt = leaseUntil
                try db.execute(
                    sql: "UPDATE alerts SET attempts = ?, next_attempt_at = ? WHERE id = ?",
                    arguments: [alert.attempts, leaseUntil.milliseconds, alert.id])
                return (tenant: TenantID(row["tenant_id"] as String), alert: alert)
            }
        }
    }

    public func changeAlert(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (OutboxAlert?) throws(VigiaError) -> OutboxAlert
    ) async throws(VigiaError) -> OutboxAlert {
        try await writing("record alert delivery") { db in
            let changed = try change(try Self.alert(id, tenant: tenant, in: db))
            try db.execute(
                sql: "UPDATE alerts SET status = ?, next_attempt_at = ?, last_error = ?, sent_at = ? WHERE id = ?",
                arguments: [
                    changed.status.rawValue, changed.nextAttemptAt.milliseconds, changed.lastError,
                    changed.sentAt?.milliseconds, id,
                ])
            return changed
        }
    }

    private static func alert(_ id: Int64, tenant: TenantID, in db: Database) throws -> OutboxAlert? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM alerts WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id]
        )
        .map(alert(from:))
    }

    private static func alert(from row: Row) throws -> OutboxAlert {
        OutboxAlert(
            id: row["id"], incident: row["incident_id"], channel: try .stored(row["channel"]),
            destination: row["destination"], payload: row["payload"], status: try .stored(row["status"]),
            attempts: row["attempts"], nextAttemptAt: Timestamp(milliseconds: row["next_attempt_at"]),
            lastError: row["last_error"], createdAt: Timestamp(milliseconds: row["created_at"]),
            sentAt: (row["sent_at"] as Int64?).map(Timestamp.init(milliseconds:)))
    }
}

extension SQLiteStore: SummaryStore {
    public func saveSummary(_ summary: StreamSummary, tenant: TenantID) async throws(VigiaError) {
        try await writing("save summary") { db in
            try Self.requireStream(summary.stream, tenant: tenant, in: db)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO summaries (tenant_id, stream_id, period_from, period_to, body)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, summary.stream.rawValue, summary.from.milliseconds, summary.to.milliseconds,
                    JSONText.encoded(summary),
                ])
        }
    }

    public func summaries(
        of stream: StreamID, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [StreamSummary] {
        try ListingLimit.validate(limit)
        return try await reading("read summaries") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT body FROM summaries WHERE tenant_id = ? AND stream_id = ?
                    ORDER BY period_from DESC, period_to DESC LIMIT ?
                    """, arguments: [tenant.rawValue, stream.rawValue, limit]
            ).compactMap { body throws(VigiaError) in try JSONText.decoded(StreamSummary.self, from: body) }
        }
    }
}
