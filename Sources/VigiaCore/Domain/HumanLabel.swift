/// A person's correction: the label a message should have had in one taxonomy, with who gave it and when.
public struct HumanLabel: Sendable, Hashable {
    public var message: MessageID
    public var taxonomy: String
    public var label: String
    /// Who corrected it (a user's e-mail or id).
    public var author: String
    public var createdAt: Timestamp

    public init(message: MessageID, taxonomy: String, label: String, author: String, createdAt: Timestamp) {
        self.message = message
        self.taxonomy = taxonomy
        self.label = label
        self.author = author
        self.createdAt = createdAt
    }
}
