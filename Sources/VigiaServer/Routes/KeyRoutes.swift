import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct NewKey: JSONBody {
        static var fields: Set<String> { ["name", "role"] }
        let name: String
        let role: String
    }

    struct KeyView: JSONResponse {
        let id: Int64
        let name: String
        let role: String
        let prefix: String
        let createdAt: String
        let lastUsedAt: String?
        let revokedAt: String?
        /// The secret, only in the answer that creates the key.
        let key: String?

        init(_ key: APIKey, secret: String? = nil) {
            id = key.id
            name = key.name
            role = key.role.rawValue
            prefix = key.prefix
            createdAt = key.createdAt.rfc3339
            lastUsedAt = key.lastUsedAt?.rfc3339
            revokedAt = key.revokedAt?.rfc3339
            self.key = secret
        }
    }

    struct KeyList: JSONResponse {
        let items: [KeyView]
    }

    /// `/api/v1/keys`: admins make, list and revoke their tenant's API keys.
    func addKeyRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.post("keys") { request, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let body = try await request.json(NewKey.self, limit: limits.smallBody)
            guard let role = Role(rawValue: body.role) else {
                throw Problem.unprocessable(
                    "role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let (secret, hash, prefix) = Credentials.newAPIKey()
            let key = try await store.createAPIKey(
                name: body.name, role: role, keyHash: hash, prefix: prefix, tenant: caller.tenant, at: .now)
            return try KeyView(key, secret: secret).response(status: .created)
        }
        api.get("keys") { _, context in
            let caller = try context.caller()
            try caller.require(.admin)
            return try KeyList(items: try await store.apiKeys(tenant: caller.tenant).map { KeyView($0) }).response()
        }
        api.delete("keys/:id") { _, context in
            let caller = try context.caller()
            try caller.require(.admin)
            let id = try context.parameters.require("id", as: Int64.self)
            guard try await store.revokeAPIKey(id, tenant: caller.tenant, at: .now) else {
                throw Problem(.notFound, code: "not_found", "no API key \(id)")
            }
            return Response(status: .noContent)
        }
    }
}
