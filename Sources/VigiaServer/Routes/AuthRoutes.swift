import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct Registration: JSONBody {
        static var fields: Set<String> { ["email", "password", "tenant"] }
        let email: String
        let password: String
        let tenant: String
    }

    struct Login: JSONBody {
        static var fields: Set<String> { ["email", "password"] }
        let email: String
        let password: String
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

    /// `/auth/register`, `/auth/login`, `/auth/refresh`.
    func addAuthRoutes(to router: Router<VigiaRequestContext>) {
        let auth = router.group("auth")
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
            // Joining an existing tenant takes an invitation from its admin (not built yet): only new tenants here.
            if try await store.tenant(tenantID) != nil {
                throw Problem(.forbidden, code: "invitation_required", "tenant '\(body.tenant)' exists: ask its admin")
            }
            do {
                try await store.createTenant(Tenant(id: tenantID, name: body.tenant, createdAt: now))
            } catch let error as VigiaError where error.code == .conflict {
                throw Problem(.forbidden, code: "invitation_required", "tenant '\(body.tenant)' exists: ask its admin")
            }
            let user = try await store.createUser(
                email: email, passwordHash: try await Credentials.hash(password: body.password), role: .admin,
                tenant: tenantID, at: now)
            let (access, refresh) = try await tokens.issue(for: user, tenant: tenantID)
            return try Registered(
                user: UserView(user), tenant: TenantView(id: tenantID.rawValue, name: body.tenant), token: access,
                refreshToken: refresh, expiresIn: tokens.accessLifetime.components.seconds
            ).response(status: .created)
        }
        auth.post("login") { request, _ in
            let body = try await request.json(Login.self, limit: limits.smallBody)
            let found = try? await store.userForLogin(email: body.email)
            // The same work whether or not the e-mail exists, so timing tells nothing.
            let matches = try await Credentials.verify(
                password: body.password, hash: found?.user.passwordHash ?? Credentials.decoyHash)
            guard let found, matches else { throw Problem.unauthorized("wrong e-mail or password") }
            let (access, refresh) = try await tokens.issue(for: found.user, tenant: found.tenant)
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
}
