extension InMemoryStore: SettingStore {
    public func putSetting(
        _ kind: Setting.Kind, name: String, value: String, replacing: Bool, tenant: TenantID, at time: Timestamp
    ) throws(VigiaError) -> Setting {
        try Self.validateSetting(name: name, value: value)
        let key = InMemoryRecords.SettingKey(tenant: tenant, kind: kind, name: name)
        if let (order, current) = records.settings[key] {
            guard replacing else { throw VigiaError(.conflict, "\(kind.rawValue) '\(name)' already exists") }
            let setting = Setting(
                kind: kind, name: name, value: value, createdAt: current.createdAt, updatedAt: time)
            records.settings[key] = (order, setting)
            return setting
        }
        records.settingsKept += 1
        let setting = Setting(kind: kind, name: name, value: value, createdAt: time, updatedAt: time)
        records.settings[key] = (records.settingsKept, setting)
        return setting
    }

    public func setting(_ kind: Setting.Kind, name: String, tenant: TenantID) -> Setting? {
        records.settings[InMemoryRecords.SettingKey(tenant: tenant, kind: kind, name: name)]?.setting
    }

    public func settings(_ kind: Setting.Kind, tenant: TenantID) -> [Setting] {
        allSettings(kind).filter { $0.tenant == tenant }.map(\.setting)
    }

    public func allSettings(_ kind: Setting.Kind) -> [(tenant: TenantID, setting: Setting)] {
        records.settings.filter { $0.key.kind == kind }
            .sorted {
                ($0.key.tenant.rawValue, $0.value.setting.createdAt, $0.value.order)
                    < ($1.key.tenant.rawValue, $1.value.setting.createdAt, $1.value.order)
            }
            .map { ($0.key.tenant, $0.value.setting) }
    }

    public func deleteSetting(_ kind: Setting.Kind, name: String, tenant: TenantID) -> Bool {
        records.settings.removeValue(forKey: InMemoryRecords.SettingKey(tenant: tenant, kind: kind, name: name)) != nil
    }
}
