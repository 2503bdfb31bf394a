extension InMemoryStore: ModelRegistry {
    public func addModelVersion(
        _ version: NewModelVersion, file: [UInt8], tenant: TenantID
    ) throws(VigiaError) -> ModelVersion {
        try version.validate(file: file)
        let key = InMemoryRecords.ModelKey(tenant: tenant, taxonomy: version.taxonomy)
        let existing = records.models[key] ?? []
        if let parent = version.parent, !existing.contains(where: { $0.version.version == parent }) {
            throw VigiaError(.notFound, "no version \(parent) of \(version.taxonomy)")
        }
        let stored = version.stored(as: existing.count + 1, file: file)
        records.models[key, default: []].append((stored, file))
        return stored
    }

    public func modelVersions(taxonomy: String, tenant: TenantID) -> [ModelVersion] {
        let key = InMemoryRecords.ModelKey(tenant: tenant, taxonomy: taxonomy)
        return (records.models[key] ?? []).map { withAliases($0.version, key) }
    }

    public func modelVersion(taxonomy: String, version: Int, tenant: TenantID) -> ModelVersion? {
        modelVersions(taxonomy: taxonomy, tenant: tenant).first { $0.version == version }
    }

    public func modelFile(taxonomy: String, version: Int, tenant: TenantID) throws(VigiaError) -> [UInt8]? {
        let key = InMemoryRecords.ModelKey(tenant: tenant, taxonomy: taxonomy)
        guard let stored = records.models[key]?.first(where: { $0.version.version == version }) else { return nil }
        return try stored.version.verified(stored.file)
    }

    public func setAlias(
        _ alias: ModelVersion.Alias, taxonomy: String, version: Int, tenant: TenantID
    ) throws(VigiaError) {
        guard modelVersion(taxonomy: taxonomy, version: version, tenant: tenant) != nil else {
            throw VigiaError(.notFound, "no version \(version) of \(taxonomy)")
        }
        records.aliases[InMemoryRecords.ModelKey(tenant: tenant, taxonomy: taxonomy), default: [:]][alias] = version
    }

    public func removeAlias(_ alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID) -> Bool {
        let key = InMemoryRecords.ModelKey(tenant: tenant, taxonomy: taxonomy)
        return records.aliases[key]?.removeValue(forKey: alias) != nil
    }

    public func modelVersion(forAlias alias: ModelVersion.Alias, taxonomy: String, tenant: TenantID) -> ModelVersion? {
        let key = InMemoryRecords.ModelKey(tenant: tenant, taxonomy: taxonomy)
        return records.aliases[key]?[alias].flatMap { modelVersion(taxonomy: taxonomy, version: $0, tenant: tenant) }
    }

    public func aliasedVersions(_ alias: ModelVersion.Alias) -> [(tenant: TenantID, taxonomy: String, version: Int)] {
        records.aliases.compactMap { key, aliases in aliases[alias].map { (key.tenant, key.taxonomy, $0) } }
            .sorted { ($0.tenant.rawValue, $0.taxonomy) < ($1.tenant.rawValue, $1.taxonomy) }
    }

    private func withAliases(_ version: ModelVersion, _ key: InMemoryRecords.ModelKey) -> ModelVersion {
        var version = version
        version.aliases = Set((records.aliases[key] ?? [:]).filter { $0.value == version.version }.keys)
        return version
    }
}
