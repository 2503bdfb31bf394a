/// One configuration document of a tenant (see ``SettingStore``).
public struct Setting: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case receiver, route, silence, source
        /// Where a source got to, so that a restart resumes there.
        case sourceCheckpoint = "source-checkpoint"
    }

    public let kind: Kind
    public let name: String
    /// A JSON object text.
    public var value: String
    public let createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(kind: Kind, name: String, value: String, createdAt: Timestamp, updatedAt: Timestamp) {
        self.kind = kind
        self.name = name
        self.value = value
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
