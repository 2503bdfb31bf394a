/// Where alerts wait for delivery, durably (see ``OutboxAlert``). Delivery workers claim due alerts with a lease,
/// deliver them, and mark each sent or failed; an alert whose worker dies is claimed again when its lease ends.
public protocol AlertOutbox: Sendable {
    /// Adds a pending alert, due at `time`, and returns it with its id. Throws `.notFound` when the tenant has no
    /// such incident, and `.invalidArgument` for a blank destination or a payload that is not a JSON object.
    func enqueueAlert(
        channel: OutboxAlert.Channel, destination: String, payload: String, incident: Int64?, tenant: TenantID,
        at time: Timestamp
    ) async throws(VigiaError) -> OutboxAlert
    func alert(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> OutboxAlert?
    /// The tenant's latest alerts, newest first, at most `limit` (1…1000); only those with `status` when given.
    func alerts(status: OutboxAlert.Status?, limit: Int, tenant: TenantID) async throws(VigiaError) -> [OutboxAlert]
    /// Every tenant's pending alerts due at `now`, oldest due first, at most `limit`, with their tenant: what a
    /// delivery worker sends. The one read across tenants, for that worker only. Claiming is atomic: each returned
    /// alert's next attempt moves to `leaseUntil` and its attempts grow by one, so no other worker (on any node)
    /// claims it before the lease ends. Throws `.invalidArgument` for a limit below 1 or a lease not after `now`.
    func claimDueAlerts(
        now: Timestamp, limit: Int, leaseUntil: Timestamp
    ) async throws(VigiaError) -> [(tenant: TenantID, alert: OutboxAlert)]
    /// Records a delivery. Throws `.notFound` for an alert the tenant does not have and `.invalidArgument` for one
    /// that is not pending (sent or given up already, e.g. by a worker that claimed it after a lease ran out).
    func markAlertSent(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> OutboxAlert
    /// Records a failed delivery: the alert stays pending until `retryAt`, or is given up (failed) when `retryAt`
    /// is nil. Throws like ``markAlertSent(_:tenant:at:)``.
    func markAlertFailed(
        _ id: Int64, error: String, retryAt: Timestamp?, tenant: TenantID
    ) async throws(VigiaError) -> OutboxAlert
}

extension AlertOutbox {
    /// The checks every backend makes before enqueueing (the incident check aside).
    public static func validateNewAlert(destination: String, payload: String) throws(VigiaError) {
        guard !destination.allSatisfy(\.isWhitespace) else {
            throw VigiaError(.invalidArgument, "an alert needs a destination")
        }
        try JSONText.validateObject(payload, what: "an alert payload")
    }

    /// The checks every backend makes before claiming.
    public static func validateClaim(now: Timestamp, limit: Int, leaseUntil: Timestamp) throws(VigiaError) {
        guard limit >= 1 else { throw VigiaError(.invalidArgument, "claim at least one alert") }
        guard leaseUntil > now else { throw VigiaError(.invalidArgument, "a lease ends after now") }
    }
}

/// An ``AlertOutbox`` built on one primitive its backend writes: reading an alert, deciding its new state, and
/// writing that state, atomically. Recording deliveries is written here once, on top of it, so its rules are the
/// same in every backend.
public protocol AlertChanging: AlertOutbox {
    /// Reads the tenant's alert `id` (nil when it has none), lets `change` decide its new state or throw, and writes
    /// that state, all in one transaction (the row locked where several nodes write). For backends: callers record
    /// deliveries through ``AlertOutbox``'s methods, which check the rules.
    func changeAlert(
        _ id: Int64, tenant: TenantID, _ change: @escaping @Sendable (OutboxAlert?) throws(VigiaError) -> OutboxAlert
    ) async throws(VigiaError) -> OutboxAlert
}

extension AlertChanging {
    public func markAlertSent(_ id: Int64, tenant: TenantID, at time: Timestamp) async throws(VigiaError) -> OutboxAlert
    {
        try await changeAlert(id, tenant: tenant) { current throws(VigiaError) in
            var alert = try Self.pending(current, id: id)
            alert.status = .sent
            alert.sentAt = time
            return alert
        }
    }

    public func markAlertFailed(
        _ id: Int64, error: String, retryAt: Timestamp?, tenant: TenantID
    ) async throws(VigiaError) -> OutboxAlert {
        try await changeAlert(id, tenant: tenant) { current throws(VigiaError) in
            var alert = try Self.pending(current, id: id)
            alert.lastError = error
            if let retryAt { alert.nextAttemptAt = retryAt } else { alert.status = .failed }
            return alert
        }
    }

    /// `current` if it exists and still waits for delivery.
    private static func pending(_ current: OutboxAlert?, id: Int64) throws(VigiaError) -> OutboxAlert {
        guard let current else { throw VigiaError(.notFound, "no alert \(id)") }
        guard current.status == .pending else {
            throw VigiaError(.invalidArgument, "alert \(id) is \(current.status.rawValue) already")
        }
        return current
    }
}
