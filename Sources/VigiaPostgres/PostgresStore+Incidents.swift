import PostgresNIO
import VigiaCore

extension PostgresStore: IncidentChanging, InsightStore, AlertChanging {
    // MARK: Incidents

    static let incidentColumns = """
        id, stream_id, taxonomy, label, level, status, severity, started_at, peak_at, ended_at, observed_rate,
        baseline_rate, share, message_count, sample_message_ids::text AS sample_message_ids, acknowledged_by,
        acknowledged_at, updated_at
        """

    public func createIncident(_ incident: Incident, tenant: TenantID) async throws(VigiaError) -> Incident {
        try Self.validateNew(incident)
        let conflict = "an unresolved incident of '\(incident.label)' on '\(incident.stream)' already exists"
        let ids = try await transaction("create incident", conflict: conflict) { connection in
            try await self.fetch(
                """
                INSERT INTO incidents (tenant_id, stream_id, taxonomy, label, level, status, severity, started_at,
                    peak_at, ended_at, observed_rate, baseline_rate, share, message_count, sample_message_ids,
                    acknowledged_by, acknowledged_at, updated_at)
                SELECT tenant_id, id, \(incident.taxonomy), \(incident.label), \(incident.level.rawValue),
                    \(incident.status.rawValue), \(incident.severity.rawValue), \(incident.startedAt.milliseconds),
                    \(incident.peakAt.milliseconds), \(incident.endedAt?.milliseconds), \(incident.observedRate),
                    \(incident.baselineRate), \(incident.share), \(Int64(incident.messageCount)),
                    \(JSONText.messageIDs(incident.sampleMessageIDs))::jsonb, \(incident.acknowledgedBy),
                    \(incident.acknowledgedAt?.milliseconds), \(incident.updatedAt.milliseconds)
                FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(incident.stream.rawValue)
                RETURNING id
                """, on: connection
            ) { row in try row.value("id", as: Int64.self) }
        }
        guard let id = ids.first else { throw VigiaError(.notFound, "no stream '\(incident.stream)'") }
        return incident.with(id: id)
    }

    public func changeIncident(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (Incident?) throws(VigiaError) -> Incident
    ) async throws(VigiaError) -> Incident {
        try await changeRow(
            "change incident",
            select: """
                SELECT \(unescaped: Self.incidentColumns) FROM incidents
                WHERE tenant_id = \(tenant.rawValue) AND id = \(id) FOR UPDATE
                """, decode: Self.incident(from:), change: change
        ) { changed in
            """
            UPDATE incidents SET status = \(changed.status.rawValue), severity = \(changed.severity.rawValue),
                peak_at = \(changed.peakAt.milliseconds), ended_at = \(changed.endedAt?.milliseconds),
                observed_rate = \(changed.observedRate), baseline_rate = \(changed.baselineRate),
                share = \(changed.share), message_count = \(Int64(changed.messageCount)),
                sample_message_ids = \(JSONText.messageIDs(changed.sampleMessageIDs))::jsonb,
                acknowledged_by = \(changed.acknowledgedBy), acknowledged_at = \(changed.acknowledgedAt?.milliseconds),
                updated_at = \(changed.updatedAt.milliseconds)
            WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
            """
        }
    }

    public func incident(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Incident? {
        try await rows(
            "read incident",
            """
            SELECT \(unescaped: Self.incidentColumns) FROM incidents WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
            """, Self.incident(from:)
        ).first
    }

    public func unresolvedIncident(
        stream: StreamID, taxonomy: String, label: String, tenant: TenantID
    ) async throws(VigiaError) -> Incident? {
        try await rows(
            "read unresolved incident",
            """
            SELECT \(unescaped: Self.incidentColumns) FROM incidents
            WHERE tenant_id = \(tenant.rawValue) AND stream_id = \(stream.rawValue) AND taxonomy = \(taxonomy)
                AND label = \(label) AND status <> \(Incident.Status.resolved.rawValue)
            """, Self.incident(from:)
        ).first
    }

    public func incidents(_ query: IncidentQuery, tenant: TenantID) async throws(VigiaError) -> [Incident] {
        try query.validate()
        return try await rows(
            "list incidents",
            """
            SELECT \(unescaped: Self.incidentColumns) FROM incidents
            WHERE tenant_id = \(tenant.rawValue)
                AND (\(query.stream?.rawValue)::text IS NULL OR stream_id = \(query.stream?.rawValue))
                AND (\(query.status?.rawValue)::text IS NULL OR status = \(query.status?.rawValue))
                AND (\(query.from?.milliseconds)::bigint IS NULL OR started_at >= \(query.from?.milliseconds))
                AND (\(query.to?.milliseconds)::bigint IS NULL OR started_at < \(query.to?.milliseconds))
            ORDER BY started_at DESC, id DESC LIMIT \(Int64(query.limit))
            """, Self.incident(from:))
    }

    private static func incident(from row: PostgresRandomAccessRow) throws -> Incident {
        Incident(
            id: try row.value("id"), stream: StreamID(try row.value("stream_id", as: String.self)),
            taxonomy: try row.value("taxonomy"), label: try row.value("label"), level: try .stored(row.value("level")),
            status: try .stored(row.value("status")), severity: try .stored(row.value("severity")),
            startedAt: Timestamp(milliseconds: try row.value("started_at")),
            peakAt: Timestamp(milliseconds: try row.value("peak_at")), endedAt: try row.timestamp("ended_at"),
            observedRate: try row.value("observed_rate"), baselineRate: try row.value("baseline_rate"),
            share: try row.value("share"), messageCount: Int(try row.value("message_count", as: Int64.self)),
            sampleMessageIDs: try JSONText.storedMessageIDs(row.value("sample_message_ids")),
            acknowledgedBy: try row.value("acknowledged_by"), acknowledgedAt: try row.timestamp("acknowledged_at"),
            updatedAt: Timestamp(milliseconds: try row.value("updated_at")))
    }

    // MARK: Insights

    public func addInsight(_ insight: Insight, tenant: TenantID) async throws(VigiaError) -> Insight {
        try insight.validate()
        let id: Int64 = try await transaction("add insight") { connection in
            let streams = try await self.fetch(
                "SELECT 1 FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(insight.stream.rawValue)",
                on: connection
            ) { _ in true }
            guard !streams.isEmpty else { throw VigiaError(.notFound, "no stream '\(insight.stream)'") }
            if let incident = insight.incident {
                let stream = try await self.fetch(
                    "SELECT stream_id FROM incidents WHERE tenant_id = \(tenant.rawValue) AND id = \(incident)",
                    on: connection
                ) { row in try row.value("stream_id", as: String.self) }.first
                guard let stream else { throw VigiaError(.notFound, "no incident \(incident)") }
                guard stream == insight.stream.rawValue else {
                    throw VigiaError(.invalidArgument, "incident \(incident) is not of stream '\(insight.stream)'")
                }
            }
            let ids = try await self.fetch(
                """
                INSERT INTO insights (tenant_id, stream_id, incident_id, type, message, confidence, source,
                    message_ids, created_at)
                VALUES (\(tenant.rawValue), \(insight.stream.rawValue), \(insight.incident), \(insight.type),
                    \(insight.message), \(insight.confidence), \(insight.source.rawValue),
                    \(JSONText.messageIDs(insight.messageIDs))::jsonb, \(insight.createdAt.milliseconds))
                RETURNING id
                """, on: connection
            ) { row in try row.value("id", as: Int64.self) }
            return ids[0]
        }
        return insight.with(id: id)
    }

    public func insights(
        stream: StreamID, incident: Int64?, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [Insight] {
        try ListingLimit.validate(limit)
        return try await rows(
            "read insights",
            """
            SELECT id, stream_id, incident_id, type, message, confidence, source, message_ids::text AS message_ids,
                created_at
            FROM insights
            WHERE tenant_id = \(tenant.rawValue) AND stream_id = \(stream.rawValue)
                AND (\(incident)::bigint IS NULL OR incident_id = \(incident))
            ORDER BY created_at DESC, id DESC LIMIT \(Int64(limit))
            """
        ) { row in
            Insight(
                id: try row.value("id"), stream: StreamID(try row.value("stream_id", as: String.self)),
                incident: try row.value("incident_id"), type: try row.value("type"), message: try row.value("message"),
                confidence: try row.value("confidence"), source: try .stored(row.value("source")),
                messageIDs: try JSONText.storedMessageIDs(row.value("message_ids")),
                createdAt: Timestamp(milliseconds: try row.value("created_at")))
        }
    }

    // MARK: Alerts

    static let alertColumns = """
        id, tenant_id, incident_id, channel, destination, payload, status, attempts, next_attempt_at, last_error,
        created_at, sent_at
        """

    public func enqueueAlert(
        channel: OutboxAlert.Channel, destination: String, payload: String, incident: Int64?, tenant: TenantID,
        at time: Timestamp
    ) async throws(VigiaError) -> OutboxAlert {
        try Self.validateNewAlert(destination: destination, payload: payload)
        let created = try await transaction("enqueue alert") { connection in
            if let incident {
                let found = try await self.fetch(
                    "SELECT 1 FROM incidents WHERE tenant_id = \(tenant.rawValue) AND id = \(incident)", on: connection
                ) { _ in true }
                guard !found.isEmpty else { throw VigiaError(.notFound, "no incident \(incident)") }
            }
            return try await self.fetch(
                """
                INSERT INTO alerts (tenant_id, incident_id, channel, destination, payload, status, attempts,
                    next_attempt_at, created_at)
                VALUES (\(tenant.rawValue), \(incident), \(channel.rawValue), \(destination), \(payload),
                    \(OutboxAlert.Status.pending.rawValue), 0, \(time.milliseconds), \(time.milliseconds))
                RETURNING \(unescaped: Self.alertColumns)
                """, on: connection, Self.alert(from:))
        }
        return created[0].alert
    }

    public func alert(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> OutboxAlert? {
        try await rows(
            "read alert",
            "SELECT \(unescaped: Self.alertColumns) FROM alerts WHERE tenant_id = \(tenant.rawValue) AND id = \(id)",
            Self.alert(from:)
        ).first?.alert
    }

    public func alerts(
        status: OutboxAlert.Status?, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [OutboxAlert] {
        try ListingLimit.validate(limit)
        return try await rows(
            "list alerts",
            """
            SELECT \(unescaped: Self.alertColumns) FROM alerts
            WHERE tenant_id = \(tenant.rawValue) AND (\(status?.rawValue)::text IS NULL OR status = \(status?.rawValue))
            ORDER BY id DESC LIMIT \(Int64(limit))
            """, Self.alert(from:)
        ).map(\.alert)
    }

    public func claimDueAlerts(
        now: Timestamp, limit: Int, leaseUntil: Timestamp
    ) async throws(VigiaError) -> [(tenant: TenantID, alert: OutboxAlert)] {
        try Self.validateClaim(now: now, limit: limit, leaseUntil: leaseUntil)
        // SKIP LOCKED: workers on other nodes claiming at the same moment take other rows instead of waiting for
        // these, and never the same ones.
        let claimed = try await rows(
            "claim due alerts",
            """
            WITH due AS (
                SELECT id, next_attempt_at AS due_at FROM alerts
                WHERE status = \(OutboxAlert.Status.pending.rawValue) AND next_attempt_at <= \(now.milliseconds)
                ORDER BY next_attempt_at, id LIMIT \(Int64(limit))
                FOR UPDATE SKIP LOCKED
            )
            UPDATE alerts a SET attempts = a.attempts + 1, next_attempt_at = \(leaseUntil.milliseconds)
            FROM due WHERE a.id = due.id
            RETURNING due.due_at, a.*
            """
        ) { row in (dueAt: try row.value("due_at", as: Int64.self), claim: try Self.alert(from: row)) }
        return claimed.sorted { ($0.dueAt, $0.claim.alert.id) < ($1.dueAt, $1.claim.alert.id) }.map(\.claim)
    }

    public func changeAlert(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (OutboxAlert?) throws(VigiaError) -> OutboxAlert
    ) async throws(VigiaError) -> OutboxAlert {
        try await changeRow(
            "record alert delivery",
            select: """
                SELECT \(unescaped: Self.alertColumns) FROM alerts
                WHERE tenant_id = \(tenant.rawValue) AND id = \(id) FOR UPDATE
                """, decode: { try Self.alert(from: $0).alert }, change: change
        ) { changed in
            """
            UPDATE alerts SET status = \(changed.status.rawValue), next_attempt_at = \(changed.nextAttemptAt.milliseconds),
                last_error = \(changed.lastError), sent_at = \(changed.sentAt?.milliseconds)
            WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
            """
        }
    }

    private static func alert(from row: PostgresRandomAccessRow) throws -> (tenant: TenantID, alert: OutboxAlert) {
        (
            TenantID(try row.value("tenant_id", as: String.self)),
            OutboxAlert(
                id: try row.value("id"), incident: try row.value("incident_id"),
                channel: try .stored(row.value("channel")), destination: try row.value("destination"),
                payload: try row.value("payload"), status: try .stored(row.value("status")),
                attempts: Int(try row.value("attempts", as: Int32.self)),
                nextAttemptAt: Timestamp(milliseconds: try row.value("next_attempt_at")),
                lastError: try row.value("last_error"), createdAt: Timestamp(milliseconds: try row.value("created_at")),
                sentAt: try row.timestamp("sent_at"))
        )
    }
}

extension PostgresStore: SummaryStore {
    public func saveSummary(_ summary: StreamSummary, tenant: TenantID) async throws(VigiaError) {
        // Inserting from the stream's row makes an unknown stream insert nothing, in the same statement.
        let saved = try await rows(
            "save summary",
            """
            INSERT INTO summaries (tenant_id, stream_id, period_from, period_to, body)
            SELECT tenant_id, id, \(summary.from.milliseconds), \(summary.to.milliseconds),
                \(JSONText.encoded(summary))::jsonb
            FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(summary.stream.rawValue)
            ON CONFLICT (tenant_id, stream_id, period_from, period_to) DO UPDATE SET body = excluded.body
            RETURNING 1 AS saved
            """
        ) { _ in true }
        guard !saved.isEmpty else { throw VigiaError(.notFound, "no stream '\(summary.stream)'") }
    }

    public func summaries(
        of stream: StreamID, limit: Int, tenant: TenantID
    ) async throws(VigiaError) -> [StreamSummary] {
        try ListingLimit.validate(limit)
        let bodies = try await rows(
            "read summaries",
            """
            SELECT body::text AS body FROM summaries WHERE tenant_id = \(tenant.rawValue) AND stream_id = \(stream.rawValue)
            ORDER BY period_from DESC, period_to DESC LIMIT \(limit)
            """
        ) { row in try row.value("body", as: String.self) }
        var summaries: [StreamSummary] = []
        for body in bodies {
            if let summary = try JSONText.decoded(StreamSummary.self, from: body) { summaries.append(summary) }
        }
        return summaries
    }
}
