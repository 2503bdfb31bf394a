/// Where trained models are kept, per tenant: every version of every taxonomy with its file, and which version
/// each alias points to (see ``ModelVersion``).
public protocol ModelRegistry: Sendable {
    /// Stores a new version of a taxonomy with its model file and returns it, numbered one after the taxonomy's
    /// latest (1 for the first). Throws `.notFound` for a parent version the taxonomy does not have, and
    /// `.invalidArgument` for metadata or a file that fail ``NewModelVersion/validate(file:)``.
    func addModelVersion(
        _ version: NewModelVersion, file: [UInt8], tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion
    /// A taxonomy's versions, oldest first.
    func modelVersions(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [ModelVersion]
    func modelVersion(taxonomy: String, version: Int, tenant: TenantID) async throws(VigiaError) -> ModelVersion?
    /// A version's model file, checked against its size and checksum (`.corruptModel` when it does not match).
    func modelFile(taxonomy: String, version: Int, tenant: TenantID) async throws(VigiaError) -> [UInt8]?
    /// Points `alias` of a taxonomy at `version`, moving it from the version it pointed to (promote, roll back).
    /// Throws `.notFound` for a version the taxonomy does not have.
    func setAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, version: Int, tenant: TenantID
    ) async throws(VigiaError)
    /// Removes an alias (e.g. `shadow` when a comparison ends); false when it pointed nowhere.
    func removeAlias(_ alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID) async throws(VigiaError) -> Bool
    /// Every tenant's taxonomies that `alias` points into, with the version it points to, by tenant and taxonomy:
    /// the models a starting node loads (`production`).
    func aliasedVersions(
        _ alias: ModelVersion.Alias
    ) async throws(VigiaError) -> [(tenant: TenantID, taxonomy: String, version: Int)]
    /// The version `alias` points to, if any.
    func modelVersion(
        forAlias alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion?
}
