import Foundation
import GRDB
import VigiaCore

extension SQLiteStore: ModelRegistry {
    /// Every column but the file, so listing versions never reads model files.
    private static let versionColumns = """
        version, metrics, training_fingerprint, parameters, parent, created_at, file_size, file_checksum
        """

    public func addModelVersion(
        _ version: NewModelVersion, file: [UInt8], tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion {
        try version.validate(file: file)
        return try await writing("add model version") { db in
            if let parent = version.parent,
                try Self.versionRows(taxonomy: version.taxonomy, tenant: tenant, only: parent, in: db).isEmpty
            {
                throw VigiaError(.notFound, "no version \(parent) of \(version.taxonomy)")
            }
            let latest = try Int.fetchOne(
                db, sql: "SELECT max(version) FROM model_versions WHERE tenant_id = ? AND taxonomy = ?",
                arguments: [tenant.rawValue, version.taxonomy])
            let stored = version.stored(as: (latest ?? 0) + 1, file: file)
            try db.execute(
                sql: """
                    INSERT INTO model_versions (tenant_id, taxonomy, \(Self.versionColumns), file)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, stored.taxonomy, stored.version, stored.metrics, stored.trainingFingerprint,
                    stored.parameters, stored.parent, stored.createdAt.milliseconds, stored.fileSize,
                    stored.fileChecksum, Data(file),
                ])
            return stored
        }
    }

    public func modelVersions(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [ModelVersion] {
        try await reading("list model versions") { db in
            try Self.versionRows(taxonomy: taxonomy, tenant: tenant, only: nil, in: db)
        }
    }

    public func modelVersion(
        taxonomy: String, version: Int, tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion? {
        try await reading("read model version") { db in
            try Self.versionRows(taxonomy: taxonomy, tenant: tenant, only: version, in: db).first
        }
    }

    public func modelFile(taxonomy: String, version: Int, tenant: TenantID) async throws(VigiaError) -> [UInt8]? {
        let stored = try await reading("read model file") { db -> (ModelVersion, Data)? in
            guard let metadata = try Self.versionRows(taxonomy: taxonomy, tenant: tenant, only: version, in: db).first,
                let file = try Data.fetchOne(
                    db, sql: "SELECT file FROM model_versions WHERE tenant_id = ? AND taxonomy = ? AND version = ?",
                    arguments: [tenant.rawValue, taxonomy, version])
            else { return nil }
            return (metadata, file)
        }
        guard let (metadata, file) = stored else { return nil }
        return try metadata.verified([UInt8](file))
    }

    public func setAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, version: Int, tenant: TenantID
    ) async throws(VigiaError) {
        try await writing("set model alias") { db in
            guard try !Self.versionRows(taxonomy: taxonomy, tenant: tenant, only: version, in: db).isEmpty else {
                throw VigiaError(.notFound, "no version \(version) of \(taxonomy)")
            }
            try db.execute(
                sql: """
                    INSERT INTO model_aliases (tenant_id, taxonomy, alias, version) VALUES (?, ?, ?, ?)
                    ON CONFLICT (tenant_id, taxonomy, alias) DO UPDATE SET version = excluded.version
                    """, arguments: [tenant.rawValue, taxonomy, alias.rawValue, version])
        }
    }

    public func removeAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID
    ) async throws(VigiaError) -> Bool {
        try await writing("remove model alias") { db in
            try db.execute(
                sql: "DELETE FROM model_aliases WHERE tenant_id = ? AND taxonomy = ? AND alias = ?",
                arguments: [tenant.rawValue, taxonomy, alias.rawValue])
            return db.changesCount > 0
        }
    }

    public func modelVersion(
        forAlias alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion? {
        try await reading("read model alias") { db in
            let version = try Int.fetchOne(
                db, sql: "SELECT version FROM model_aliases WHERE tenant_id = ? AND taxonomy = ? AND alias = ?",
                arguments: [tenant.rawValue, taxonomy, alias.rawValue])
            guard let version else { return nil }
            return try Self.versionRows(taxonomy: taxonomy, tenant: tenant, only: version, in: db).first
        }
    }

    public func aliasedVersions(
        _ alias: ModelVersion.Alias
    ) async throws(VigiaError) -> [(tenant: TenantID, taxonomy: String, version: Int)] {
        try await reading("read model aliases") { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT tenant_id, taxonomy, version FROM model_aliases WHERE alias = ? ORDER BY tenant_id, taxonomy",
                arguments: [alias.rawValue]
            ).map { (TenantID($0["tenant_id"]), $0["taxonomy"], $0["version"]) }
        }
    }

    /// A taxonomy's versions (or only `version`) in number order, with their aliases.
    private static func versionRows(
        taxonomy: String, tenant: TenantID, only version: Int?, in db: Database
    ) throws -> [ModelVersion] {
        var aliases: [Int: Set<ModelVersion.Alias>] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT alias, version FROM model_aliases WHERE tenant_id = ? AND taxonomy = ?",
            arguments: [tenant.rawValue, taxonomy])
        {
            aliases[row["version"], default: []].insert(try .stored(row["alias"]))
        }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(versionColumns) FROM model_versions
                WHERE tenant_id = ? AND taxonomy = ? AND (? IS NULL OR version = ?) ORDER BY version
                """, arguments: [tenant.rawValue, taxonomy, version, version]
        ).map { row in
            ModelVersion(
                taxonomy: taxonomy, version: row["version"], metrics: row["metrics"],
                trainingFingerprint: row["training_fingerprint"], parameters: row["parameters"], parent: row["parent"],
                aliases: aliases[row["version"]] ?? [], createdAt: Timestamp(milliseconds: row["created_at"]),
                fileSize: row["file_size"], fileChecksum: row["file_checksum"])
        }
    }
}
