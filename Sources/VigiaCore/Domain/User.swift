/// A person who signs in to one tenant with an e-mail and a password.
///
/// The store keeps only the password's hash (bcrypt, made by the server): a leaked database gives no passwords.
public struct User: Sendable, Hashable {
    /// Assigned by the store.
    public let id: Int64
    /// Lowercase, unique across all tenants: signing in names no tenant, so the e-mail alone must find the user.
    public var email: String
    public var passwordHash: String
    public var role: Role
    public var createdAt: Timestamp

    public init(id: Int64, email: String, passwordHash: String, role: Role, createdAt: Timestamp) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.role = role
        self.createdAt = createdAt
    }

    /// `email` lowercased, so that `Ana@X.com` and `ana@x.com` are one account; throws `.invalidArgument` for text
    /// that is not an address (no `@` between two non-empty parts, spaces, or over 254 bytes).
    public static func normalizedEmail(_ email: String) throws(VigiaError) -> String {
        let lowered = email.lowercased()
        let parts = lowered.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, lowered.utf8.count <= 254,
            !lowered.contains(where: { $0.isWhitespace })
        else { throw VigiaError(.invalidArgument, "'\(email)' is not an e-mail address") }
        return lowered
    }

    /// Throws `.invalidArgument` for an empty hash: a user without a password must not be able to sign in with one.
    public static func validatePasswordHash(_ hash: String) throws(VigiaError) {
        guard !hash.isEmpty else { throw VigiaError(.invalidArgument, "a user needs a password hash") }
    }
}
