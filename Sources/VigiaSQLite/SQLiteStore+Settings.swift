import GRDB
import VigiaCore

extension SQLiteStore: SettingStore {
    public func putSetting(
        _ kind: Setting.Kind, name: String, value: String, replacing: Bool, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Setting {
        try Self.validateSetting(name: name, value: value)
        return try await writing("keep setting") { db in
            if let current = try Self.setting(kind, name: name, tenant: tenant, in: db) {
                guard replacing else { throw VigiaError(.conflict, "\(kind.rawValue) '\(name)' already exists") }
                try db.execute(
                    sql: "UPDATE settings SET value = ?, updated_at = ? WHERE tenant_id = ? AND kind = ? AND name = ?",
                    arguments: [value, time.milliseconds, tenant.rawValue, kind.rawValue, name])
                return Setting(kind: kind, name: name, value: value, createdAt: current.createdAt, updatedAt: time)
            }
            try db.execute(
                sql: """
                    INSERT INTO settings (tenant_id, kind, name, value, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [tenant.rawValue, kind.rawValue, name, value, time.milliseconds, time.milliseconds])
            return Setting(kind: kind, name: name, value: value, createdAt: time, updatedAt: time)
        }
    }

    public func setting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Setting? {
        try await reading("read setting") { db in try Self.setting(kind, name: name, tenant: tenant, in: db) }
    }

    public func settings(_ kind: Setting.Kind, tenant: TenantID) async throws(VigiaError) -> [Setting] {
        try await reading("read settings") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM settings WHERE tenant_id = ? AND kind = ? ORDER BY created_at, rowid
                    """, arguments: [tenant.rawValue, kind.rawValue]
            ).map(Self.setting(from:))
        }
    }

    public func allSettings(_ kind: Setting.Kind) async throws(VigiaError) -> [(tenant: TenantID, setting: Setting)] {
        try await reading("read settings") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM settings WHERE kind = ? ORDER BY tenant_id, created_at, rowid",
                arguments: [kind.rawValue]
            ).map { row in (TenantID(row["tenant_id"] as String), try Self.setting(from: row)) }
        }
    }

    public func deleteSetting(_ kind: Setting.Kind, name: String, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await writing("remove setting") { db in
            try db.execute(
                sql: "DELETE FROM settings WHERE tenant_id = ? AND kind = ? AND name = ?",
                arguments: [tenant.rawValue, kind.rawValue, name])
            return db.changesCount > 0
        }
    }

    private static func setting(
        _ kind: Setting.Kind, name: String, tenant: TenantID, in db: Database
    ) throws -> Setting? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM settings WHERE tenant_id = ? AND kind = ? AND name = ?",
            arguments: [tenant.rawValue, kind.rawValue, name]
        ).map(setting(from:))
    }

    private static func setting(from row: Row) throws -> Setting {
        guard let kind = Setting.Kind(rawValue: row["kind"]) else {
            throw VigiaError(.storage, "unknown setting kind '\(row["kind"] as String)'")
        }
        return Setting(
            kind: kind, name: row["name"], value: row["value"],
            createdAt: Timestamp(milliseconds: row["created_at"]), updatedAt: Timestamp(milliseconds: row["updated_at"])
        )
    }
}
