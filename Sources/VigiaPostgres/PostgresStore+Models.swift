import NIOCore
import PostgresNIO
import VigiaCore

extension PostgresStore: ModelRegistry {
    /// Every column but the file, with the version's aliases, so listing versions never reads model files.
    static let versionColumns = """
        v.taxonomy, v.version, v.metrics, v.training_fingerprint, v.parameters, v.parent, v.created_at, v.file_size,
        v.file_checksum,
        ARRAY(SELECT alias FROM model_aliases a
            WHERE a.tenant_id = v.tenant_id AND a.taxonomy = v.taxonomy AND a.version = v.version) AS aliases
        """

    /// The first key of the advisory locks that number a taxonomy's versions (the second is a hash of tenant and
    /// taxonomy): two nodes adding versions of one taxonomy at once take turns, and get 1 and 2, not 1 and 1.
    static let versionNumberingLock: Int32 = 0x5647_4D56  // "VGMV"

    public func addModelVersion(
        _ version: NewModelVersion, file: [UInt8], tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion {
        try version.validate(file: file)
        return try await transaction("add model version") { connection in
            try await connection.query(
                """
                SELECT pg_advisory_xact_lock(\(Self.versionNumberingLock),
                    hashtext(\(tenant.rawValue) || '/' || \(version.taxonomy)))
                """, logger: logger)
            let numbers = try await self.fetch(
                """
                SELECT max(version) AS latest, bool_or(version = \(version.parent.map(Int32.init))) AS has_parent
                FROM model_versions WHERE tenant_id = \(tenant.rawValue) AND taxonomy = \(version.taxonomy)
                """, on: connection
            ) { row in
                (
                    latest: try row.value("latest", as: Int32?.self),
                    hasParent: try row.value("has_parent", as: Bool?.self)
                )
            }
            if let parent = version.parent, numbers.first?.hasParent != true {
                throw VigiaError(.notFound, "no version \(parent) of \(version.taxonomy)")
            }
            let stored = version.stored(as: Int(numbers.first?.latest ?? 0) + 1, file: file)
            try await connection.query(
                """
                INSERT INTO model_versions (tenant_id, taxonomy, version, metrics, training_fingerprint, parameters,
                    parent, created_at, file_size, file_checksum, file)
                VALUES (\(tenant.rawValue), \(stored.taxonomy), \(Int32(stored.version)), \(stored.metrics),
                    \(stored.trainingFingerprint), \(stored.parameters), \(stored.parent.map(Int32.init)),
                    \(stored.createdAt.milliseconds), \(Int64(stored.fileSize)), \(stored.fileChecksum),
                    \(ByteBuffer(bytes: file)))
                """, logger: logger)
            return stored
        }
    }

    public func modelVersions(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [ModelVersion] {
        try await versions(
            """
            SELECT \(unescaped: Self.versionColumns) FROM model_versions v
            WHERE v.tenant_id = \(tenant.rawValue) AND v.taxonomy = \(taxonomy) ORDER BY v.version
            """)
    }

    public func modelVersion(
        taxonomy: String, version: Int, tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion? {
        try await versions(
            """
            SELECT \(unescaped: Self.versionColumns) FROM model_versions v
            WHERE v.tenant_id = \(tenant.rawValue) AND v.taxonomy = \(taxonomy) AND v.version = \(Int32(version))
            """
        ).first
    }

    public func modelFile(taxonomy: String, version: Int, tenant: TenantID) async throws(VigiaError) -> [UInt8]? {
        let stored = try await rows(
            "read model file",
            """
            SELECT \(unescaped: Self.versionColumns), v.file FROM model_versions v
            WHERE v.tenant_id = \(tenant.rawValue) AND v.taxonomy = \(taxonomy) AND v.version = \(Int32(version))
            """
        ) { row in
            (
                metadata: try Self.version(from: row),
                file: [UInt8](try row.value("file", as: ByteBuffer.self).readableBytesView)
            )
        }
        guard let stored = stored.first else { return nil }
        return try stored.metadata.verified(stored.file)
    }

    public func setAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, version: Int, tenant: TenantID
    ) async throws(VigiaError) {
        let set = try await rows(
            "set model alias",
            """
            INSERT INTO model_aliases (tenant_id, taxonomy, alias, version)
            SELECT tenant_id, taxonomy, \(alias.rawValue), version FROM model_versions
            WHERE tenant_id = \(tenant.rawValue) AND taxonomy = \(taxonomy) AND version = \(Int32(version))
            ON CONFLICT (tenant_id, taxonomy, alias) DO UPDATE SET version = excluded.version
            RETURNING version
            """
        ) { _ in true }
        guard !set.isEmpty else { throw VigiaError(.notFound, "no version \(version) of \(taxonomy)") }
    }

    public func removeAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID
    ) async throws(VigiaError) -> Bool {
        try await rows(
            "remove model alias",
            """
            DELETE FROM model_aliases
            WHERE tenant_id = \(tenant.rawValue) AND taxonomy = \(taxonomy) AND alias = \(alias.rawValue)
            RETURNING version
            """
        ) { _ in true }.count > 0
    }

    public func modelVersion(
        forAlias alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID
    ) async throws(VigiaError) -> ModelVersion? {
        try await versions(
            """
            SELECT \(unescaped: Self.versionColumns) FROM model_versions v
            JOIN model_aliases a ON a.tenant_id = v.tenant_id AND a.taxonomy = v.taxonomy AND a.version = v.version
            WHERE v.tenant_id = \(tenant.rawValue) AND v.taxonomy = \(taxonomy) AND a.alias = \(alias.rawValue)
            """
        ).first
    }

    public func aliasedVersions(
        _ alias: ModelVersion.Alias
    ) async throws(VigiaError) -> [(tenant: TenantID, taxonomy: String, version: Int)] {
        try await rows(
            "read model aliases",
            """
            SELECT tenant_id, taxonomy, version FROM model_aliases WHERE alias = \(alias.rawValue)
            ORDER BY tenant_id, taxonomy
            """
        ) { row in
            (
                TenantID(try row.value("tenant_id", as: String.self)), try row.value("taxonomy", as: String.self),
                Int(try row.value("version", as: Int32.self))
            )
        }
    }

    private func versions(_ query: PostgresQuery) async throws(VigiaError) -> [ModelVersion] {
        try await rows("read model versions", query, Self.version(from:))
    }

    private static func version(from row: PostgresRandomAccessRow) throws -> ModelVersion {
        ModelVersion(
            taxonomy: try row.value("taxonomy"), version: Int(try row.value("version", as: Int32.self)),
            metrics: try row.value("metrics"), trainingFingerprint: try row.value("training_fingerprint"),
            parameters: try row.value("parameters"), parent: try row.value("parent", as: Int32?.self).map(Int.init),
            aliases: Set(
                try row.value("aliases", as: [String].self).map { name throws(VigiaError) in try .stored(name) }),
            createdAt: Timestamp(milliseconds: try row.value("created_at")),
            fileSize: Int(try row.value("file_size", as: Int64.self)), fileChecksum: try row.value("file_checksum"))
    }
}
