import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct Registration: JSONBody {
        static var fields: Set<String> { ["email", "password", "tenant", "invitation"] }
        let email: String
        let password: String
        let tenant: String
        /// Needed to join a tenant that exists: from ``NewInvitation``.
        let invitation: String?
    }

    struct NewInvitation: JSONBody {
        static var fields: Set<String> { ["email", "role"] }
        let email: String
        let role: String
    }

    struct InvitationView: JSONResponse {
        let email: String
        let role: String
        let tenant: String
        let token: String
        let expiresAt: String
    }

    /// How long an invitation may wait to be used.
    static var invitationLifetime: Duration { .seconds(7 * 86_400) }

    struct Login: JSONBody {
        static var fields: Set<String> { ["email", "password", "tenant"] }
        let email: String
        let password: String
        /// Needed only when the e-mail and password open accounts in several tenants.
        let tenant: String?
    }

    struct Refresh: JSONBody {
        static var fields: Set<String> { ["refreshToken"] }
        let refreshToken: String
    }

    struct UserView: Encodable {
        let id: Int64
        let email: String
        let role: String

        init(_ user: User) {
            id = user.id
            email = user.email
            role = user.role.rawValue
        }
    }

    struct TenantView: Encodable {
        let id: String
        let name: String
    }

    struct Registered: JSONResponse {
        let user: UserView
        let tenant: TenantView
        let token: String
        let refreshToken: String
        let expiresIn: Int64
    }

    struct Tokens: JSONResponse {
        let token: String
        let refreshToken: String
        let expiresIn: Int64
    }

    /// `/auth/register`, `/auth/login`, `/auth/refresh`, each limited per client address.
    func addAuthRoutes(to router: Router<VigiaRequestContext>) {
        let auth = router.group("auth").add(middleware: SignInAddressLimit(throttle: signInThrottle))
        auth.post("register") { request, _ in
            let body = try await request.json(Registration.self, limit: limits.smallBody)
            try Credentials.validate(password: body.password)
            let tenantID = TenantID(body.tenant)
            guard Taxonomy.isValidName(body.tenant) else {
                throw Problem.unprocessable(
                    "a tenant id is lowercase letters, digits, '-' and '_', starting with a letter")
            }
            let email = try User.normalizedEmail(body.email)
            let now = Timestamp.now
            let role: Role
            if let invitation = body.invitation {
                // An invitation names the tenant, the e-mail and the role: it opens this tenant to this person only.
                guard let granted = await tokens.invitation(in: invitation), granted.tenant == tenantID,
                    granted.email == email
                else {
                    throw Problem(
                        .forbidden, code: "invalid_invitation",
                        "the invitation is invalid, expired, or for another tenant or e-mail")
                }
                role = granted.role
            } else {
                let exists = Problem(
                    .forbidden, code: "invitation_required",
                    "tenant '\(body.tenant)' exists: ask its admin for an invitation")
                if try await store.tenant(tenantID) != nil { throw exists }
                do {
                    try await store.createTenant(Tenant(id: tenantID, name: body.tenant, createdAt: now))
                } catch let error as VigiaError where error.code == .conflict {
                    throw exists
                }
                role = .admin
            }
            let user = try await store.createUser(
                email: email, passwordHash: try await Credentials.hash(password: body.password), role: role,
                tenant: tenantID, at: now)
            let (access, refresh) = try await tokens.issue(for: user, tenant: tenantID)
            let tenantName = try await store.tenant(tenantID)?.name ?? body.tenant
            return try Registered(
                user: UserView(user), tenant: TenantView(id: tenantID.rawValue, name: tenantName), token: access,
                refreshToken: refresh, expiresIn: tokens.accessLifetime.components.seconds
            ).response(status: .created)
        }
        router.post("api/v1/invitations") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let body = try await request.json(NewInvitation.self, limit: limits.smallBody)
            let email = try User.normalizedEmail(body.email)
            guard let role = Role(rawValue: body.role), role != .ingest else {
                throw Problem.unprocessable("role must be one of admin, operator, viewer (ingest is for API keys)")
            }
            let (token, expiresAt) = try await tokens.invite(
                email: email, role: role, tenant: caller.tenant, lifetime: Self.invitationLifetime)
            return try InvitationView(
                email: email, role: role.rawValue, tenant: caller.tenant.rawValue, token: token,
                expiresAt: Timestamp(milliseconds: Int64(expiresAt.timeIntervalSince1970 * 1000)).rfc3339
            ).response(status: .created)
        }
        auth.post("login") { request, _ in
            let body = try await request.json(Login.self, limit: limits.smallBody)
            let (user, tenant) = try await signIn(body)
            let (access, refresh) = try await tokens.issue(for: user, tenant: tenant)
            return try Tokens(
                token: access, refreshToken: refresh, expiresIn: tokens.accessLifetime.components.seconds
            ).response()
        }
        auth.post("refresh") { request, _ in
            let body = try await request.json(Refresh.self, limit: limits.smallBody)
            guard let (identity, userID) = await tokens.identity(in: body.refreshToken, use: "refresh"),
                // The user as stored now: a removed user cannot refresh, a changed role takes effect.
                let user = try await store.user(userID, tenant: identity.tenant)
            else { throw Problem.unauthorized("the refresh token is invalid or expired") }
            let (access, refresh) = try await tokens.issue(for: user, tenant: identity.tenant)
            return try Tokens(
                token: access, refreshToken: refresh, expiresIn: tokens.accessLifetime.components.seconds
            ).response()
        }
    }
    /// The user whose password matches, among the accounts of the login's e-mail (in its tenant, if named). A
    /// locked account is refused before any password is checked; a wrong password counts toward its lockout.
    private func signIn(_ login: Login) async throws -> (User, TenantID) {
        let account = login.email.trimmingCharacters(in: .whitespaces).lowercased()
        if let wait = signInThrottle.lockout(of: account) {
            throw Problem.tooManyRequests(retryAfter: wait, "too many wrong passwords for this account; retry later")
        }
        // A store that fails is an error of its own, not a wrong password counted against the account.
        let candidates = try await store.usersForLogin(email: account)
            .filter { login.tenant == nil || $0.tenant.rawValue == login.tenant }.prefix(Self.accountsPerEmail)
        var matching: [(User, TenantID)] = []
        for candidate in candidates
        where try await Credentials.verify(password: login.password, hash: candidate.user.passwordHash) {
            matching.append((candidate.user, candidate.tenant))
        }
        // The same work whether or not the e-mail exists, so timing tells nothing.
        if candidates.isEmpty {
            _ = try await Credentials.verify(password: login.password, hash: Credentials.decoyHash)
        }
        guard let first = matching.first else {
            signInThrottle.failed(account)
            throw Problem.unauthorized("wrong e-mail or password")
        }
        guard matching.count == 1 else {
            throw Problem.unprocessable(
                "this e-mail and password open accounts in several tenants: give 'tenant' ("
                    + matching.map(\.1.rawValue).joined(separator: ", ") + ")")
        }
        signInThrottle.succeeded(account)
        return first
    }

    /// Tenants whose accounts of one e-mail a sign-in tries: bounds the password checks one request costs.
    static var accountsPerEmail: Int { 10 }
}

/// Every `/auth` request takes a token of its client address's bucket: 429 with Retry-After beyond it.
struct SignInAddressLimit: RouterMiddleware {
    typealias Context = VigiaRequestContext
    let throttle: SignInThrottle

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let wait = throttle.admit(address: context.clientAddress) {
            throw Problem.tooManyRequests(retryAfter: wait, "too many sign-in requests from this address; retry later")
        }
        return try await next(request, context)
    }
}
