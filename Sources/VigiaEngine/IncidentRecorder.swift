import VigiaCore

/// Keeps a tenant's incidents and insights in the store in step with what its streams' monitors find: an opened
/// burst creates the incident (or updates the unresolved one of its label, which is how a new burst of the same
/// label is meant to count), a grown burst updates it, a finished one resolves it, and every insight is stored with
/// the incident and the sample messages it is about.
struct IncidentRecorder {
    private struct Key: Hashable {
        let stream: StreamID
        let taxonomy: String
        let label: String
    }

    /// Rule-based insights restate what was measured.
    static let ruleConfidence = 1.0

    let tenant: TenantID
    /// The unresolved incidents this recorder wrote or adopted, as last stored.
    private var unresolved: [Key: Incident] = [:]

    init(tenant: TenantID) {
        self.tenant = tenant
    }

    /// Stores what `events` say and returns them with their incident ids.
    mutating func record(
        _ events: [StreamMonitor.Event], in store: some IncidentStore & InsightStore
    ) async throws(VigiaError) -> [StreamMonitor.Event] {
        var recorded: [StreamMonitor.Event] = []
        recorded.reserveCapacity(events.count)
        for var event in events {
            let key = Key(stream: event.stream, taxonomy: event.taxonomy, label: event.burst.label)
            switch event.kind {
            case .incidentOpened:
                event.incident = try await open(event, key: key, in: store).id
            case .incidentUpdated:
                event.incident = try await update(key, with: event, in: store)?.id
            case .incidentResolved:
                if let incident = try await update(key, with: event, in: store) {
                    let end = incident.endedAt ?? event.at
                    _ = try await resolve(incident.id, at: end, in: store)
                    event.incident = incident.id
                }
                unresolved[key] = nil
            case .insight:
                event.incident = unresolved[key]?.id ?? recorded.last { $0.burst.label == key.label }?.incident
                let type = event.burst.endedAt == nil ? "summary" : "resolution"
                _ = try await store.addInsight(
                    Insight(
                        stream: event.stream, incident: event.incident, type: type, message: event.insight ?? "",
                        confidence: Self.ruleConfidence, source: .rules, messageIDs: event.samples,
                        createdAt: event.at), tenant: tenant)
            }
            recorded.append(event)
        }
        return recorded
    }

    /// After a restart: the monitor, rebuilt from the stored messages, has `open` bursts. Unresolved incidents of
    /// those labels are this stream's again; the others ended while nobody watched and are resolved at `lastSeen`.
    mutating func adopt(
        open: [String: BurstDetector.Burst], stream: StreamID, taxonomy: String, lastSeen: Timestamp,
        in store: some IncidentStore
    ) async throws(VigiaError) {
        for status in [Incident.Status.open, .acknowledged] {
            let incidents = try await store.incidents(
                IncidentQuery(stream: stream, status: status, limit: ListingLimit.range.upperBound), tenant: tenant)
            for incident in incidents where incident.taxonomy == taxonomy {
                if open[incident.label] != nil {
                    unresolved[Key(stream: stream, taxonomy: taxonomy, label: incident.label)] = incident
                } else {
                    _ = try await resolve(incident.id, at: max(lastSeen, incident.startedAt), in: store)
                }
            }
        }
    }

    private mutating func open(
        _ event: StreamMonitor.Event, key: Key, in store: some IncidentStore
    ) async throws(VigiaError) -> Incident {
        if let existing = try await store.unresolvedIncident(
            stream: key.stream, taxonomy: key.taxonomy, label: key.label, tenant: tenant)
        {
            unresolved[key] = existing
            return try await update(key, with: event, in: store) ?? existing
        }
        do {
            let created = try await store.createIncident(Self.incident(from: event), tenant: tenant)
            unresolved[key] = created
            return created
        } catch  where error.code == .conflict {
            // Another writer created it between the lookup and the insert: this burst updates it.
            unresolved[key] = try await store.unresolvedIncident(
                stream: key.stream, taxonomy: key.taxonomy, label: key.label, tenant: tenant)
            return try await update(key, with: event, in: store) ?? Self.incident(from: event)
        }
    }

    /// Writes the event's figures on the label's unresolved incident; nil when it has none (people resolved it).
    private mutating func update(
        _ key: Key, with event: StreamMonitor.Event, in store: some IncidentStore
    ) async throws(VigiaError) -> Incident? {
        guard var incident = unresolved[key] else { return nil }
        let figures = Self.incident(from: event)
        incident.severity = max(incident.severity, figures.severity)
        incident.peakAt = max(figures.peakAt, incident.startedAt)
        incident.endedAt = figures.endedAt.map { max($0, incident.startedAt) }
        incident.observedRate = figures.observedRate
        incident.baselineRate = figures.baselineRate
        incident.share = figures.share
        incident.messageCount = figures.messageCount
        if !figures.sampleMessageIDs.isEmpty { incident.sampleMessageIDs = figures.sampleMessageIDs }
        incident.updatedAt = figures.updatedAt
        do {
            let stored = try await store.updateIncident(incident, tenant: tenant)
            unresolved[key] = stored
            return stored
        } catch  where error.code == .invalidArgument || error.code == .notFound {
            // Resolved or deleted by people meanwhile: a later burst opens a new one.
            unresolved[key] = nil
            return nil
        }
    }

    private func resolve(
        _ id: Int64, at time: Timestamp, in store: some IncidentStore
    ) async throws(VigiaError) -> Incident? {
        do {
            return try await store.resolveIncident(id, tenant: tenant, at: time)
        } catch  where error.code == .invalidArgument {
            return nil
        }
    }

    static func incident(from event: StreamMonitor.Event) -> Incident {
        let burst = event.burst
        func time(_ second: Int64) -> Timestamp { Timestamp(milliseconds: second * 1000) }
        return Incident(
            stream: event.stream, taxonomy: event.taxonomy, label: burst.label, level: burst.level,
            severity: burst.severity, startedAt: time(burst.startedAt), peakAt: time(burst.peakAt),
            endedAt: burst.endedAt.map(time), observedRate: burst.peakRatePerMinute,
            baselineRate: burst.baselineRatePerMinute, share: min(max(burst.share, 0), 1),
            messageCount: burst.messageCount, sampleMessageIDs: Array(event.samples.prefix(Incident.maximumSamples)),
            updatedAt: event.at)
    }
}
