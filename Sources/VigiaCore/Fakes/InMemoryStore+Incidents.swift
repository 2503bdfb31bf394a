extension InMemoryStore: IncidentChanging, InsightStore, AlertChanging {
    // MARK: Incidents

    public func createIncident(_ incident: Incident, tenant: TenantID) throws(VigiaError) -> Incident {
        try Self.validateNew(incident)
        guard stream(incident.stream, tenant: tenant) != nil else {
            throw VigiaError(.notFound, "no stream '\(incident.stream)'")
        }
        guard
            unresolvedIncident(
                stream: incident.stream, taxonomy: incident.taxonomy, label: incident.label, tenant: tenant) == nil
        else {
            throw VigiaError(
                .conflict, "an unresolved incident of '\(incident.label)' on '\(incident.stream)' already exists")
        }
        return records.incidents.insert(tenant: tenant) { incident.with(id: $0) }
    }

    public func changeIncident(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (Incident?) throws(VigiaError) -> Incident
    ) throws(VigiaError) -> Incident {
        try records.incidents.change(id, tenant: tenant, change)
    }

    public func incident(_ id: Int64, tenant: TenantID) -> Incident? { records.incidents[id, tenant: tenant] }

    public func unresolvedIncident(stream: StreamID, taxonomy: String, label: String, tenant: TenantID) -> Incident? {
        records.incidents.all(tenant: tenant).first {
            $0.stream == stream && $0.taxonomy == taxonomy && $0.label == label && $0.status.isUnresolved
        }
    }

    public func incidents(_ query: IncidentQuery, tenant: TenantID) throws(VigiaError) -> [Incident] {
        try query.validate()
        let matching = records.incidents.all(tenant: tenant).filter(query.matches)
        return Array(matching.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }.prefix(query.limit))
    }

    // MARK: Insights

    public func addInsight(_ insight: Insight, tenant: TenantID) throws(VigiaError) -> Insight {
        try insight.validate()
        guard stream(insight.stream, tenant: tenant) != nil else {
            throw VigiaError(.notFound, "no stream '\(insight.stream)'")
        }
        if let id = insight.incident {
            guard let incident = records.incidents[id, tenant: tenant] else {
                throw VigiaError(.notFound, "no incident \(id)")
            }
            guard incident.stream == insight.stream else {
                throw VigiaError(.invalidArgument, "incident \(id) is not of stream '\(insight.stream)'")
            }
        }
        return records.insights.insert(tenant: tenant) { insight.with(id: $0) }
    }

    public func insights(
        stream: StreamID, incident: Int64?, limit: Int, tenant: TenantID
    ) throws(VigiaError) -> [Insight] {
        try ListingLimit.validate(limit)
        let matching = records.insights.all(tenant: tenant).filter {
            $0.stream == stream && (incident == nil || $0.incident == incident)
        }
        return Array(matching.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.prefix(limit))
    }

    // MARK: Alerts

    public func enqueueAlert(
        channel: OutboxAlert.Channel, destination: String, payload: String, incident: Int64?, tenant: TenantID,
        at time: Timestamp
    ) throws(VigiaError) -> OutboxAlert {
        try Self.validateNewAlert(destination: destination, payload: payload)
        if let incident, records.incidents[incident, tenant: tenant] == nil {
            throw VigiaError(.notFound, "no incident \(incident)")
        }
        return records.alerts.insert(tenant: tenant) { id in
            OutboxAlert(
                id: id, incident: incident, channel: channel, destination: destination, payload: payload,
                status: .pending, attempts: 0, nextAttemptAt: time, lastError: nil, createdAt: time, sentAt: nil)
        }
    }

    public func alert(_ id: Int64, tenant: TenantID) -> OutboxAlert? { records.alerts[id, tenant: tenant] }

    public func alerts(status: OutboxAlert.Status?, limit: Int, tenant: TenantID) throws(VigiaError) -> [OutboxAlert] {
        try ListingLimit.validate(limit)
        return Array(
            records.alerts.all(tenant: tenant).filter { status == nil || $0.status == status }.reversed().prefix(limit))
    }

    public func claimDueAlerts(
        now: Timestamp, limit: Int, leaseUntil: Timestamp
    ) throws(VigiaError) -> [(tenant: TenantID, alert: OutboxAlert)] {
        try Self.validateClaim(now: now, limit: limit, leaseUntil: leaseUntil)
        let due = records.alerts.all().filter { $0.value.status == .pending && $0.value.nextAttemptAt <= now }
            .sorted { ($0.value.nextAttemptAt, $0.id) < ($1.value.nextAttemptAt, $1.id) }.prefix(limit)
        return due.map { row in
            var alert = row.value
            alert.nextAttemptAt = leaseUntil
            alert.attempts += 1
            records.alerts[row.id, tenant: row.tenant] = alert
            return (row.tenant, alert)
        }
    }

    public func changeAlert(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (OutboxAlert?) throws(VigiaError) -> OutboxAlert
    ) throws(VigiaError) -> OutboxAlert {
        try records.alerts.change(id, tenant: tenant, change)
    }
}

extension InMemoryStore: SummaryStore {
    public func saveSummary(_ summary: StreamSummary, tenant: TenantID) throws(VigiaError) {
        guard stream(summary.stream, tenant: tenant) != nil else {
            throw VigiaError(.notFound, "no stream '\(summary.stream)'")
        }
        records.summaries.removeAll(tenant: tenant) {
            $0.stream == summary.stream && $0.from == summary.from && $0.to == summary.to
        }
        _ = records.summaries.insert(tenant: tenant) { _ in summary }
    }

    public func summaries(of stream: StreamID, limit: Int, tenant: TenantID) throws(VigiaError) -> [StreamSummary] {
        try ListingLimit.validate(limit)
        let kept = records.summaries.all(tenant: tenant).filter { $0.stream == stream }
        return Array(kept.sorted { ($0.from, $0.to) > ($1.from, $1.to) }.prefix(limit))
    }
}
