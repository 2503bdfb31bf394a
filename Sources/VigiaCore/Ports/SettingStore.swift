/// A tenant's small configuration documents that change rarely and are read whole: alert receivers, routes,
/// silences, sources and the sources' checkpoints. Each is a JSON object text under a (kind, name) unique within
/// the tenant, so adding a kind of setting needs no new table in any backend.
public protocol SettingStore: Sendable {
    /// Keeps `value` as the tenant's setting (kind, name) and returns it. A replaced setting keeps its creation time,
    /// so its place among its kind's does not move. Throws `.conflict` when one exists and `replacing` is false,
    /// and `.invalidArgument` for an invalid name or a value that is not a JSON object.
    func putSetting(
        _ kind: Setting.Kind, name: String, value: String, replacing: Bool, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Setting
    func setting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Setting?
    /// The tenant's settings of a kind, oldest first (the order routes are matched in).
    func settings(_ kind: Setting.Kind, tenant: TenantID) async throws(VigiaError) -> [Setting]
    /// Every tenant's settings of a kind, by tenant then age: for the node's own background work (starting sources,
    /// routing alerts); never for a caller.
    func allSettings(_ kind: Setting.Kind) async throws(VigiaError) -> [(tenant: TenantID, setting: Setting)]
    /// Removes a setting; false when there was none.
    func deleteSetting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Bool
}

extension SettingStore {
    /// The checks every backend makes before keeping a setting.
    public static func validateSetting(name: String, value: String) throws(VigiaError) {
        guard (1...200).contains(name.count), !name.allSatisfy(\.isWhitespace) else {
            throw VigiaError(.invalidArgument, "a setting's name has 1…200 characters")
        }
        try JSONText.validateObject(value, what: "a setting")
    }
}
