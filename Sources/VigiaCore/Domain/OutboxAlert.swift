/// An alert waiting to be delivered, or delivered. Alerts are written to the store before anyone tries to send them
/// (an outbox), so that a crash between deciding to alert and delivering loses nothing: a restarted node sends what
/// is still pending.
public struct OutboxAlert: Sendable, Hashable {
    /// Where an alert is in its delivery.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Not delivered yet; tried again at ``OutboxAlert/nextAttemptAt``.
        case pending
        /// Delivered. Final.
        case sent
        /// Given up after failed attempts. Final.
        case failed
    }

    /// How the alert travels.
    public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
        case slack, telegram, webhook
    }

    /// Assigned by the store.
    public let id: Int64
    /// The incident it is about, if any.
    public var incident: Int64?
    public var channel: Channel
    /// Where on the channel: a Slack webhook URL, a Telegram chat id, an HTTP endpoint.
    public var destination: String
    /// What to send, as a JSON object text.
    public var payload: String
    public var status: Status
    /// How many deliveries were started (a claim counts, so an alert whose sender crashes is not retried forever).
    public var attempts: Int
    /// A pending alert is due from this time on; while one node delivers it, the end of that node's lease.
    public var nextAttemptAt: Timestamp
    /// Why the last attempt failed.
    public var lastError: String?
    public var createdAt: Timestamp
    public var sentAt: Timestamp?

    public init(
        id: Int64, incident: Int64?, channel: Channel, destination: String, payload: String, status: Status,
        attempts: Int, nextAttemptAt: Timestamp, lastError: String?, createdAt: Timestamp, sentAt: Timestamp?
    ) {
        self.id = id
        self.incident = incident
        self.channel = channel
        self.destination = destination
        self.payload = payload
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}
