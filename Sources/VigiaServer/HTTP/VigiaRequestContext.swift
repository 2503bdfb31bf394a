import Hummingbird
import HummingbirdWebSocket
import VigiaCore

/// Who is calling, once authenticated: a person (by token) or a machine (by API key), always within one tenant.
public struct Identity: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        case user(Int64)
        case apiKey(Int64)
    }

    public let tenant: TenantID
    public let role: Role
    public let subject: Subject
    /// How the subject is named in records (who acknowledged an incident, who corrected a label).
    public let name: String

    /// Throws 403 for the ingest role, which sends messages and reads nothing.
    func requireReader() throws(Problem) { try require(.operator, .viewer) }

    /// Throws 403 unless the role is one of `roles` (admins may do everything).
    func require(_ roles: Role...) throws(Problem) {
        guard role == .admin || roles.contains(role) else {
            throw Problem.forbidden("the \(role.rawValue) role may not do this")
        }
    }
}

/// A request's context: the router's, plus the identity the authenticator found; WebSocket routes upgrade from it.
public struct VigiaRequestContext: RequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Identity?
    public let webSocket: WebSocketHandlerReference<VigiaRequestContext>
    /// The address the connection comes from, when the transport has one (router tests have none).
    public let clientAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
        webSocket = .init()
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The identity, or 401.
    func caller() throws(Problem) -> Identity {
        guard let identity else { throw Problem.unauthorized() }
        return identity
    }
}
