import VigiaCore

/// What runs a node's sources, as the API and the server's start drive it.
public protocol SourceControl: Sendable {
    /// Runs `definition` (replacing a running source of the same name and tenant).
    func start(_ definition: SourceDefinition, tenant: TenantID)
    func stop(source: String, tenant: TenantID)
    func status(source: String, tenant: TenantID) -> SourceStatus?
}
