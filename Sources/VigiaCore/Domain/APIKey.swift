/// A secret a machine (an ingest script, a bot) sends instead of signing in; it acts with its own role.
///
/// The store never sees the secret: only its SHA-256 (so a leaked database opens nothing) and a short prefix that
/// people recognise in lists (`vg_3fA9…`).
public struct APIKey: Sendable, Hashable {
    /// Assigned by the store.
    public let id: Int64
    /// What the key is for, e.g. "chat ingest".
    public var name: String
    public var role: Role
    /// Lowercase hex SHA-256 of the secret (64 characters); unique across all tenants, since a request names no
    /// tenant and the hash alone must find the key.
    public var keyHash: String
    /// The secret's first characters, for display.
    public var prefix: String
    public var createdAt: Timestamp
    /// When the key last authenticated a request, if ever.
    public var lastUsedAt: Timestamp?
    /// When the key stopped working; a revoked key never authenticates again.
    public var revokedAt: Timestamp?

    public init(
        id: Int64, name: String, role: Role, keyHash: String, prefix: String, createdAt: Timestamp,
        lastUsedAt: Timestamp? = nil, revokedAt: Timestamp? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.keyHash = keyHash
        self.prefix = prefix
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// Throws `.invalidArgument` unless `hash` is 64 lowercase hex digits: anything else is not a SHA-256 the
    /// server made, and would never match at authentication.
    public static func validateHash(_ hash: String) throws(VigiaError) {
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ Self.lowercaseHexDigits.contains($0) }) else {
            throw VigiaError(.invalidArgument, "an API key hash must be 64 lowercase hex digits (SHA-256)")
        }
    }

    /// Throws `.invalidArgument` for a blank name or a prefix that is empty or longer than 16 characters (a longer
    /// one would show too much of the secret).
    public static func validate(name: String, prefix: String) throws(VigiaError) {
        guard !name.allSatisfy(\.isWhitespace) else { throw VigiaError(.invalidArgument, "an API key needs a name") }
        guard (1...16).contains(prefix.count) else {
            throw VigiaError(.invalidArgument, "an API key prefix has 1 to 16 characters")
        }
    }

    private static let lowercaseHexDigits = Set("0123456789abcdef".utf8)
}
