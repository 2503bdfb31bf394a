import PostgresNIO
import VigiaCore

extension PostgresStore: SettingStore {
    public func putSetting(
        _ kind: Setting.Kind, name: String, value: String, replacing: Bool, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Setting {
        try Self.validateSetting(name: name, value: value)
        let onConflict =
            replacing
            ? "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
            : "DO NOTHING"
        let kept = try await rows(
            "keep setting",
            """
            INSERT INTO settings (tenant_id, kind, name, value, created_at, updated_at)
            VALUES (\(tenant.rawValue), \(kind.rawValue), \(name), \(value)::json, \(time.milliseconds),
                \(time.milliseconds))
            ON CONFLICT (tenant_id, kind, name) \(unescaped: onConflict)
            RETURNING \(unescaped: Self.settingColumns)
            """, Self.setting(from:))
        guard let setting = kept.first else {
            throw VigiaError(.conflict, "\(kind.rawValue) '\(name)' already exists")
        }
        return setting
    }

    public func setting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Setting? {
        try await rows(
            "read setting",
            """
            SELECT \(unescaped: Self.settingColumns) FROM settings
            WHERE tenant_id = \(tenant.rawValue) AND kind = \(kind.rawValue) AND name = \(name)
            """, Self.setting(from:)
        ).first
    }

    public func settings(_ kind: Setting.Kind, tenant: TenantID) async throws(VigiaError) -> [Setting] {
        try await rows(
            "read settings",
            """
            SELECT \(unescaped: Self.settingColumns) FROM settings
            WHERE tenant_id = \(tenant.rawValue) AND kind = \(kind.rawValue) ORDER BY created_at, kept
            """, Self.setting(from:))
    }

    public func allSettings(_ kind: Setting.Kind) async throws(VigiaError) -> [(tenant: TenantID, setting: Setting)] {
        try await rows(
            "read settings",
            """
            SELECT tenant_id, \(unescaped: Self.settingColumns) FROM settings
            WHERE kind = \(kind.rawValue) ORDER BY tenant_id COLLATE "C", created_at, kept
            """
        ) { row in (TenantID(try row.value("tenant_id", as: String.self)), try Self.setting(from: row)) }
    }

    public func deleteSetting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await !rows(
            "remove setting",
            """
            DELETE FROM settings WHERE tenant_id = \(tenant.rawValue) AND kind = \(kind.rawValue) AND name = \(name)
            RETURNING 1 AS removed
            """
        ) { _ in true }.isEmpty
    }

    private static let settingColumns = "kind, name, value::text AS value, created_at, updated_at"

    private static func setting(from row: PostgresRandomAccessRow) throws -> Setting {
        let stored = try row.value("kind", as: String.self)
        guard let kind = Setting.Kind(rawValue: stored) else {
            throw VigiaError(.storage, "unknown setting kind '\(stored)'")
        }
        return Setting(
            kind: kind, name: try row.value("name"), value: try row.value("value"),
            createdAt: Timestamp(milliseconds: try row.value("created_at")),
            updatedAt: Timestamp(milliseconds: try row.value("updated_at")))
    }
}
