import Hummingbird
import Synchronization
import VigiaCore

/// Finds who is calling from `Authorization: Bearer …` (or a WebSocket upgrade's `?token=`): an API key (`vg_…`, looked up by its hash) or an access
/// token. A request with no credentials goes on without an identity (routes that need one answer 401); a request
/// with wrong ones is refused here.
struct Authenticator<Store: APIKeyStore>: RouterMiddleware {
    typealias Context = VigiaRequestContext

    let store: Store
    let tokens: TokenIssuer
    let uses = KeyUses()

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // Browsers cannot set headers on a WebSocket: an upgrade may carry its token as `?token=` instead.
        let queryToken =
            request.headers[.upgrade]?.lowercased() == "websocket"
            ? request.uri.queryParameters.get("token").map { "Bearer " + $0 } : nil
        guard let header = request.headers[.authorization] ?? queryToken else {
            return try await next(request, context)
        }
        guard header.hasPrefix("Bearer "), case let credential = String(header.dropFirst(7)), !credential.isEmpty
        else { throw Problem.unauthorized("the Authorization header must be 'Bearer <token or API key>'") }
        var context = context
        if credential.hasPrefix(Credentials.keyPrefix) {
            guard let (tenant, key) = try await store.apiKeyForAuthentication(hash: Credentials.sha256(credential))
            else { throw Problem.unauthorized("unknown or revoked API key") }
            context.identity = Identity(
                tenant: tenant, role: key.role, subject: .apiKey(key.id), name: "key:\(key.name)")
            let now = Timestamp.now
            if uses.isDue(key.id, at: now) { try? await store.recordAPIKeyUse(key.id, tenant: tenant, at: now) }
        } else {
            guard let (identity, _) = await tokens.identity(in: credential) else {
                throw Problem.unauthorized("the token is invalid or expired")
            }
            context.identity = identity
        }
        return try await next(request, context)
    }
}

/// When each API key's use was last written: a busy key (an ingest bot posting a hundred batches a second) is
/// written at most once a minute, not on every request.
final class KeyUses: Sendable {
    static let interval: Int64 = 60_000
    private let written = Mutex<[Int64: Int64]>([:])

    /// Whether the key's use at `time` should be written (and notes that it is).
    func isDue(_ key: Int64, at time: Timestamp) -> Bool {
        written.withLock { written in
            guard time.milliseconds - (written[key] ?? .min / 2) >= Self.interval else { return false }
            written[key] = time.milliseconds
            return true
        }
    }
}
