/// An organization using Vigia: every other row belongs to one, and no tenant sees another's data.
public struct Tenant: Sendable, Hashable {
    public let id: TenantID
    /// How people call it, for display.
    public var name: String
    public var createdAt: Timestamp

    public init(id: TenantID, name: String, createdAt: Timestamp) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }

    /// Throws `.invalidArgument` for an id that is empty, longer than 64 characters, or has characters other than
    /// lowercase ASCII letters, digits, `-` and `_` (the rule of taxonomy names: the id appears in URLs, tokens
    /// and logs), or for a blank name.
    public func validate() throws(VigiaError) {
        guard Taxonomy.isValidName(id.rawValue) else {
            throw VigiaError(
                .invalidArgument,
                "invalid tenant id '\(id)': use lowercase letters, digits, '-' and '_' (1 to 64 characters)")
        }
        guard !name.allSatisfy(\.isWhitespace) else { throw VigiaError(.invalidArgument, "a tenant needs a name") }
    }
}
