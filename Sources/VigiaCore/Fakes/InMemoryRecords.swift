/// The rows of an ``InMemoryStore`` beyond streams, messages, labels and jobs: each with its tenant, as a database
/// row has, so that every read can filter by tenant the way the real stores do.
struct InMemoryRecords {
    var tenants: [TenantID: Tenant] = [:]
    var users = OwnedRows<User>()
    var apiKeys = OwnedRows<APIKey>()
    var incidents = OwnedRows<Incident>()
    var insights = OwnedRows<Insight>()
    var alerts = OwnedRows<OutboxAlert>()
    /// Versions of a (tenant, taxonomy) in number order, with their files.
    var models: [ModelKey: [(version: ModelVersion, file: [UInt8])]] = [:]
    var aliases: [ModelKey: [ModelVersion.Alias: Int]] = [:]
    var summaries = OwnedRows<StreamSummary>()
    /// Settings with the order they were first kept in, which replacing keeps.
    var settings: [SettingKey: (order: Int, setting: Setting)] = [:]
    var settingsKept = 0

    struct SettingKey: Hashable {
        var tenant: TenantID
        var kind: Setting.Kind
        var name: String
    }

    struct ModelKey: Hashable {
        var tenant: TenantID
        var taxonomy: String
    }

    /// What deleting a stream takes with it besides messages.
    mutating func removeStream(_ stream: StreamID, tenant: TenantID) {
        incidents.removeAll(tenant: tenant) { $0.stream == stream }
        insights.removeAll(tenant: tenant) { $0.stream == stream }
        summaries.removeAll(tenant: tenant) { $0.stream == stream }
    }
}

/// Rows with ids assigned in increasing order, each owned by one tenant.
struct OwnedRows<Value> {
    private var rows: [Int64: (tenant: TenantID, value: Value)] = [:]
    private var lastID: Int64 = 0

    /// Stores the value made for the next id, and returns it.
    mutating func insert(tenant: TenantID, _ make: (Int64) -> Value) -> Value {
        lastID += 1
        let value = make(lastID)
        rows[lastID] = (tenant, value)
        return value
    }

    /// The row `id` when `tenant` owns it.
    subscript(id: Int64, tenant tenant: TenantID) -> Value? {
        get { rows[id].flatMap { $0.tenant == tenant ? $0.value : nil } }
        set {
            guard rows[id]?.tenant == tenant else { return }
            rows[id] = newValue.map { (tenant, $0) }
        }
    }

    /// Replaces row `id` of `tenant` with what `change` makes of it (it gets nil when the tenant has no such row).
    mutating func change(
        _ id: Int64, tenant: TenantID, _ change: (Value?) throws(VigiaError) -> Value
    ) throws(VigiaError)
        -> Value
    {
        let changed = try change(self[id, tenant: tenant])
        self[id, tenant: tenant] = changed
        return changed
    }

    /// The tenant's rows in id order.
    func all(tenant: TenantID) -> [Value] { all().filter { $0.tenant == tenant }.map(\.value) }

    /// Every tenant's rows in id order, with their ids and tenants.
    func all() -> [(id: Int64, tenant: TenantID, value: Value)] {
        rows.sorted { $0.key < $1.key }.map { (id: $0.key, tenant: $0.value.tenant, value: $0.value.value) }
    }

    mutating func removeAll(tenant: TenantID, where doomed: (Value) -> Bool) {
        rows = rows.filter { $0.value.tenant != tenant || !doomed($0.value.value) }
    }
}
