/// One feed of short texts and how Vigia treats it.
public struct Stream: Sendable, Hashable, Codable {
    /// What kind of text flows in: it decides defaults such as taxonomies and detection.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case chat, feedback, conversation, logs
    }

    public let id: StreamID
    public var name: String
    public var kind: Kind
    /// Taxonomies that classify every message of the stream.
    public var taxonomies: [String]
    public let createdAt: Timestamp

    public init(id: StreamID, name: String, kind: Kind, taxonomies: [String], createdAt: Timestamp) {
        self.id = id
        self.name = name
        self.kind = kind
        self.taxonomies = taxonomies
        self.createdAt = createdAt
    }
}
