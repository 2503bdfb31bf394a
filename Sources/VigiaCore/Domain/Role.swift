/// What a person or a machine may do within its tenant. The same roles serve users (JWT) and API keys, so one
/// permission check covers both.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Everything, including users, API keys and settings.
    case admin
    /// Runs the system day to day: streams, incidents, labels, models.
    case `operator`
    /// Reads dashboards, messages and incidents; changes nothing.
    case viewer
    /// Only sends messages: the role of a machine feeding a stream.
    case ingest
}
