/// Where incidents are kept, per tenant. At most one incident per (stream, taxonomy, label) is unresolved at a
/// time: a new burst of the same label updates it.
public protocol IncidentStore: Sendable {
    /// Adds an open incident and returns it with its id (the one given is ignored). Throws `.notFound` when the
    /// tenant has no such stream, `.conflict` when an unresolved incident of the same (stream, taxonomy, label)
    /// exists, and `.invalidArgument` for a status other than open, an acknowledgement, or figures that fail
    /// ``Incident/validate()``.
    func createIncident(_ incident: Incident, tenant: TenantID) async throws(VigiaError) -> Incident
    /// Records a burst's new figures on an unresolved incident: severity, peak, end, rates, share, message count,
    /// samples and update time. The stream, taxonomy, label, level, start, status and acknowledgement do not change
    /// here (status moves through ``acknowledgeIncident(_:by:tenant:at:)`` and ``resolveIncident(_:tenant:at:)``).
    /// Throws `.notFound` for an incident the tenant does not have and `.invalidArgument` for a resolved one, a
    /// different stream, taxonomy or label, or figures that fail ``Incident/validate()``.
    func updateIncident(_ incident: Incident, tenant: TenantID) async throws(VigiaError) -> Incident
    func incident(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Incident?
    /// The open or acknowledged incident of (stream, taxonomy, label), if any: the one a new burst updates.
    func unresolvedIncident(
        stream: StreamID, taxonomy: String, label: String, tenant: TenantID
    ) async throws(VigiaError) -> Incident?
    /// Matching incidents, newest start first.
    func incidents(_ query: IncidentQuery, tenant: TenantID) async throws(VigiaError) -> [Incident]
    /// Marks an open incident as being handled by `person`. Throws `.notFound` for an incident the tenant does not
    /// have and `.invalidArgument` unless it is open (an acknowledged one says who has it already).
    func acknowledgeIncident(
        _ id: Int64, by person: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Incident
    /// Marks an unresolved incident resolved, ending it at `time` unless it had ended already. Throws `.notFound`
    /// for an incident the tenant does not have and `.invalidArgument` for a resolved one (resolved is final).
    func resolveIncident(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Incident
}

extension IncidentStore {
    /// The checks every backend makes before creating an incident (the stream and conflict checks aside).
    public static func validateNew(_ incident: Incident) throws(VigiaError) {
        try incident.validate()
        guard incident.status == .open, incident.acknowledgedBy == nil, incident.acknowledgedAt == nil else {
            throw VigiaError(.invalidArgument, "a new incident is open and unacknowledged")
        }
    }
}

/// An ``IncidentStore`` built on one primitive its backend writes: reading an incident, deciding its new state, and
/// writing that state, atomically. Updating, acknowledging and resolving are written here once, on top of it, so
/// their rules are the same in every backend.
public protocol IncidentChanging: IncidentStore {
    /// Reads the tenant's incident `id` (nil when it has none), lets `change` decide its new state or throw, and
    /// writes that state, all in one transaction (the row locked where several nodes write). For backends: callers
    /// change incidents through ``IncidentStore``'s methods, which check the rules.
    func changeIncident(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (Incident?) throws(VigiaError) -> Incident
    ) async throws(VigiaError) -> Incident
}

extension IncidentChanging {
    public func updateIncident(_ update: Incident, tenant: TenantID) async throws(VigiaError) -> Incident {
        try await changeIncident(update.id, tenant: tenant) { current throws(VigiaError) in
            guard var current else { throw VigiaError(.notFound, "no incident \(update.id)") }
            try update.validate()
            guard current.status.isUnresolved else {
                throw VigiaError(.invalidArgument, "incident \(current.id) is resolved and cannot change")
            }
            guard update.stream == current.stream, update.taxonomy == current.taxonomy, update.label == current.label
            else {
                throw VigiaError(.invalidArgument, "an update cannot move incident \(current.id) to another label")
            }
            guard update.peakAt >= current.startedAt, update.endedAt.map({ $0 >= current.startedAt }) ?? true else {
                throw VigiaError(.invalidArgument, "an incident cannot peak or end before it starts")
            }
            current.severity = update.severity
            current.peakAt = update.peakAt
            current.endedAt = update.endedAt
            current.observedRate = update.observedRate
            current.baselineRate = update.baselineRate
            current.share = update.share
            current.messageCount = update.messageCount
            current.sampleMessageIDs = update.sampleMessageIDs
            current.updatedAt = update.updatedAt
            return current
        }
    }

    public func acknowledgeIncident(
        _ id: Int64, by person: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Incident {
        try await changeIncident(id, tenant: tenant) { current throws(VigiaError) in
            guard var incident = current else { throw VigiaError(.notFound, "no incident \(id)") }
            guard !person.allSatisfy(\.isWhitespace) else {
                throw VigiaError(.invalidArgument, "say who acknowledges the incident")
            }
            guard incident.status == .open else {
                let who = incident.acknowledgedBy.map { " by \($0)" } ?? ""
                throw VigiaError(.invalidArgument, "incident \(id) is \(incident.status.rawValue)\(who), not open")
            }
            incident.status = .acknowledged
            incident.acknowledgedBy = person
            incident.acknowledgedAt = time
            incident.updatedAt = time
            return incident
        }
    }

    public func resolveIncident(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> Incident
    {
        try await changeIncident(id, tenant: tenant) { current throws(VigiaError) in
            guard var incident = current else { throw VigiaError(.notFound, "no incident \(id)") }
            guard incident.status.isUnresolved else {
                throw VigiaError(.invalidArgument, "incident \(id) is resolved already")
            }
            incident.status = .resolved
            incident.endedAt = incident.endedAt ?? max(time, incident.startedAt)
            incident.updatedAt = time
            return incident
        }
    }
}
