import Foundation
import JWTKit
import VigiaCore

/// Signs and checks the tokens people use after signing in: short-lived access tokens, and refresh tokens that
/// can only be exchanged for new ones. HMAC-SHA256 with the server's secret.
public struct TokenIssuer: Sendable {
    struct Claims: JWTPayload {
        /// `user:<id>`.
        var sub: SubjectClaim
        var exp: ExpirationClaim
        var iat: IssuedAtClaim
        var tenant: String
        var role: String
        var email: String
        /// `access` or `refresh`: a refresh token opens nothing else.
        var use: String

        func verify(using algorithm: some JWTAlgorithm) throws { try exp.verifyNotExpired() }
    }

    public let accessLifetime: Duration
    public let refreshLifetime: Duration
    private let keys: JWTKeyCollection

    /// `secret` must be at least 32 bytes.
    public init(
        secret: String, accessLifetime: Duration = .seconds(900), refreshLifetime: Duration = .seconds(7 * 86_400)
    )
        async
    {
        precondition(secret.utf8.count >= 32, "the JWT secret needs at least 32 bytes")
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.accessLifetime = accessLifetime
        self.refreshLifetime = refreshLifetime
    }

    /// An access and a refresh token for a user of a tenant.
    func issue(for user: User, tenant: TenantID) async throws -> (access: String, refresh: String) {
        let now = Date()
        func claims(_ use: String, _ lifetime: Duration) -> Claims {
            Claims(
                sub: SubjectClaim(value: "user:\(user.id)"),
                exp: ExpirationClaim(value: now.addingTimeInterval(Double(lifetime.components.seconds))),
                iat: IssuedAtClaim(value: now), tenant: tenant.rawValue, role: user.role.rawValue, email: user.email,
                use: use)
        }
        return (
            try await keys.sign(claims("access", accessLifetime)),
            try await keys.sign(claims("refresh", refreshLifetime))
        )
    }

    /// A token that lets `email` join `tenant` with `role` (see ``invitation(in:)``), valid for `lifetime`.
    func invite(
        email: String, role: Role, tenant: TenantID, lifetime: Duration
    ) async throws -> (token: String, expiresAt: Date) {
        let now = Date()
        let expiresAt = now.addingTimeInterval(Double(lifetime.components.seconds))
        let token = try await keys.sign(
            Claims(
                sub: SubjectClaim(value: "invitation:\(email)"), exp: ExpirationClaim(value: expiresAt),
                iat: IssuedAtClaim(value: now), tenant: tenant.rawValue, role: role.rawValue, email: email,
                use: "invitation"))
        return (token, expiresAt)
    }

    /// What a valid, unexpired invitation token grants; nil for anything else (an access token included).
    func invitation(in token: String) async -> (tenant: TenantID, role: Role, email: String)? {
        guard let claims = try? await keys.verify(token, as: Claims.self), claims.use == "invitation",
            let role = Role(rawValue: claims.role)
        else { return nil }
        return (TenantID(claims.tenant), role, claims.email)
    }

    /// The identity in a valid access token (or, with `use: "refresh"`, a refresh token); nil for anything else.
    func identity(in token: String, use: String = "access") async -> (identity: Identity, userID: Int64)? {
        guard let claims = try? await keys.verify(token, as: Claims.self), claims.use == use,
            let role = Role(rawValue: claims.role), claims.sub.value.hasPrefix("user:"),
            let id = Int64(claims.sub.value.dropFirst(5))
        else { return nil }
        return (Identity(tenant: TenantID(claims.tenant), role: role, subject: .user(id), name: claims.email), id)
    }
}
