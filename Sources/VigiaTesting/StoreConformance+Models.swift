import Testing
import VigiaCore

extension StoreConformance {
    /// Model metadata as the trainer gives it; the metrics keep their key order and spacing.
    static func newVersion(
        _ taxonomy: String = "tech-issues", parent: Int? = nil, second: Int64 = 10
    ) -> NewModelVersion {
        NewModelVersion(
            taxonomy: taxonomy, metrics: #"{"macroF1": 0.91, "accuracy":0.93}"#, trainingFingerprint: "9f86d081",
            parameters: #"{"epochs":5,"learningRate":0.5}"#, parent: parent, createdAt: at(second))
    }

    /// A model file with every byte value, zero included, so no backend may treat it as text.
    static func modelFile(_ seed: UInt8) -> [UInt8] { [0x56, 0x47, 0, seed] + (0...255).map { UInt8($0) ^ seed } }

    static let modelChecks: [Check] = [
        Check(name: "model versions are numbered per taxonomy and keep their file") { store in
            let v1 = try await store.addModelVersion(newVersion(), file: modelFile(1), tenant: tenant)
            #expect(v1 == newVersion().stored(as: 1, file: modelFile(1)))
            #expect(v1.fileSize == 260 && v1.fileChecksum.count == 8 && v1.aliases.isEmpty)
            let v2 = try await store.addModelVersion(
                newVersion(parent: 1, second: 20), file: modelFile(2), tenant: tenant)
            #expect(v2.version == 2 && v2.parent == 1)
            let feedback = try await store.addModelVersion(newVersion("feedback"), file: modelFile(3), tenant: tenant)
            #expect(feedback.version == 1)
            #expect(try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant) == [v1, v2])
            #expect(try await store.modelVersion(taxonomy: "tech-issues", version: 2, tenant: tenant) == v2)
            #expect(try await store.modelVersion(taxonomy: "tech-issues", version: 3, tenant: tenant) == nil)
            #expect(try await store.modelFile(taxonomy: "tech-issues", version: 1, tenant: tenant) == modelFile(1))
            #expect(try await store.modelFile(taxonomy: "feedback", version: 1, tenant: tenant) == modelFile(3))
            #expect(try await store.modelFile(taxonomy: "tech-issues", version: 9, tenant: tenant) == nil)
            #expect(try await store.modelVersions(taxonomy: "other", tenant: tenant).isEmpty)
            // Failures store nothing and use no number.
            await expectError(.notFound) {
                try await store.addModelVersion(newVersion(parent: 7), file: modelFile(4), tenant: tenant)
            }
            var badMetrics = newVersion()
            badMetrics.metrics = "accuracy=0.9"
            var badParameters = newVersion()
            badParameters.parameters = "[5]"
            var badParent = newVersion()
            badParent.parent = 0
            for bad in [badMetrics, badParameters, badParent, newVersion("Tech Issues")] {
                await expectError(.invalidArgument) {
                    try await store.addModelVersion(bad, file: modelFile(4), tenant: tenant)
                }
            }
            await expectError(.invalidArgument) {
                try await store.addModelVersion(newVersion(), file: [], tenant: tenant)
            }
            let v3 = try await store.addModelVersion(newVersion(), file: modelFile(5), tenant: tenant)
            #expect(v3.version == 3)
            #expect(try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant).map(\.version) == [1, 2, 3])
        },
        Check(name: "an alias points at one version; moving production promotes or rolls back") { store in
            _ = try await store.addModelVersion(newVersion(), file: modelFile(1), tenant: tenant)
            _ = try await store.addModelVersion(newVersion(parent: 1), file: modelFile(2), tenant: tenant)
            try await store.setAlias(.production, taxonomy: "tech-issues", version: 1, tenant: tenant)
            let production = try await store.modelVersion(
                forAlias: .production, taxonomy: "tech-issues", tenant: tenant)
            #expect(production?.version == 1 && production?.aliases == [.production])
            try await store.setAlias(.candidate, taxonomy: "tech-issues", version: 2, tenant: tenant)
            try await store.setAlias(.shadow, taxonomy: "tech-issues", version: 2, tenant: tenant)
            #expect(
                try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant).map(\.aliases)
                    == [[.production], [.candidate, .shadow]])
            try await store.setAlias(.production, taxonomy: "tech-issues", version: 2, tenant: tenant)
            #expect(
                try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant).map(\.aliases)
                    == [[], [.production, .candidate, .shadow]])
            try await store.setAlias(.production, taxonomy: "tech-issues", version: 1, tenant: tenant)
            let rolledBack = try await store.modelVersion(
                forAlias: .production, taxonomy: "tech-issues", tenant: tenant)
            #expect(rolledBack?.version == 1)
            #expect(try await store.removeAlias(.shadow, taxonomy: "tech-issues", tenant: tenant))
            #expect(try await !store.removeAlias(.shadow, taxonomy: "tech-issues", tenant: tenant))
            #expect(try await store.modelVersion(forAlias: .shadow, taxonomy: "tech-issues", tenant: tenant) == nil)
            await expectError(.notFound) {
                try await store.setAlias(.production, taxonomy: "tech-issues", version: 9, tenant: tenant)
            }
            await expectError(.notFound) {
                try await store.setAlias(.production, taxonomy: "feedback", version: 1, tenant: tenant)
            }
            // Aliases are per taxonomy.
            _ = try await store.addModelVersion(newVersion("feedback"), file: modelFile(3), tenant: tenant)
            try await store.setAlias(.production, taxonomy: "feedback", version: 1, tenant: tenant)
            #expect(
                try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant).map(\.aliases)
                    == [[.production], [.candidate]])
            let feedback = try await store.modelVersion(forAlias: .production, taxonomy: "feedback", tenant: tenant)
            #expect(
                feedback?.taxonomy == "feedback" && feedback?.fileChecksum == ModelVersion.checksum(of: modelFile(3)))
            // What a starting node loads: every tenant's production versions, and nothing else.
            _ = try await store.addModelVersion(newVersion("feedback"), file: modelFile(4), tenant: otherTenant)
            try await store.setAlias(.production, taxonomy: "feedback", version: 1, tenant: otherTenant)
            let loaded = try await store.aliasedVersions(.production).map {
                "\($0.tenant)/\($0.taxonomy)/\($0.version)"
            }
            #expect(Set(loaded) == ["\(tenant)/tech-issues/1", "\(tenant)/feedback/1", "\(otherTenant)/feedback/1"])
            #expect(try await store.aliasedVersions(.candidate).map(\.version) == [2])
        },
        Check(name: "tenants never see or change each other's models") { store in
            let mine = try await store.addModelVersion(newVersion(), file: modelFile(1), tenant: tenant)
            try await store.setAlias(.production, taxonomy: "tech-issues", version: 1, tenant: tenant)
            // Reads.
            #expect(try await store.modelVersions(taxonomy: "tech-issues", tenant: otherTenant).isEmpty)
            #expect(try await store.modelVersion(taxonomy: "tech-issues", version: 1, tenant: otherTenant) == nil)
            #expect(try await store.modelFile(taxonomy: "tech-issues", version: 1, tenant: otherTenant) == nil)
            let aliased = try await store.modelVersion(
                forAlias: .production, taxonomy: "tech-issues", tenant: otherTenant)
            #expect(aliased == nil)
            // Changes.
            await expectError(.notFound) {
                try await store.setAlias(.candidate, taxonomy: "tech-issues", version: 1, tenant: otherTenant)
            }
            #expect(try await !store.removeAlias(.production, taxonomy: "tech-issues", tenant: otherTenant))
            await expectError(.notFound) {
                try await store.addModelVersion(newVersion(parent: 1), file: modelFile(2), tenant: otherTenant)
            }
            // Each tenant numbers its own versions and moves its own aliases.
            let theirs = try await store.addModelVersion(newVersion(), file: modelFile(2), tenant: otherTenant)
            #expect(theirs.version == 1)
            try await store.setAlias(.production, taxonomy: "tech-issues", version: 1, tenant: otherTenant)
            #expect(try await store.modelFile(taxonomy: "tech-issues", version: 1, tenant: tenant) == modelFile(1))
            #expect(try await store.modelFile(taxonomy: "tech-issues", version: 1, tenant: otherTenant) == modelFile(2))
            #expect(try await store.removeAlias(.production, taxonomy: "tech-issues", tenant: otherTenant))
            var expected = mine
            expected.aliases = [.production]
            #expect(try await store.modelVersions(taxonomy: "tech-issues", tenant: tenant) == [expected])
            let production = try await store.modelVersion(
                forAlias: .production, taxonomy: "tech-issues", tenant: tenant)
            #expect(production == expected)
        },
    ]
}
