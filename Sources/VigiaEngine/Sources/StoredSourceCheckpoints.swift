import Logging
import VigiaCore

/// Sources' checkpoints kept as settings of the store (kind `source-checkpoint`, named by the source), so they
/// survive a restart and follow the source when another node runs it.
public struct StoredSourceCheckpoints<Store: SettingStore>: SourceCheckpoints {
    private let store: Store
    private let logger: Logger

    public init(store: Store, logger: Logger = Logger(label: "vigia.sources")) {
        self.store = store
        self.logger = logger
    }

    public func checkpoint(source: String, tenant: TenantID) async -> String? {
        do {
            return try await store.setting(.sourceCheckpoint, name: source, tenant: tenant)?.value
        } catch {
            logger.error("checkpoint of source '\(source)' not read, so it starts over: \(error)")
            return nil
        }
    }

    public func saveCheckpoint(_ json: String, source: String, tenant: TenantID) async {
        do {
            _ = try await store.putSetting(
                .sourceCheckpoint, name: source, value: json, replacing: true, tenant: tenant, at: .now)
        } catch {
            logger.error("checkpoint of source '\(source)' not saved: \(error)")
        }
    }
}

extension SourceSupervisor: SourceControl {}

extension SourceSupervisor {
    /// Starts every tenant's stored sources: what a starting node does.
    public func startStoredSources(from store: some SettingStore, logger: Logger) async throws(VigiaError) {
        for (tenant, setting) in try await store.allSettings(.source) {
            guard let definition = try? JSONText.decoded(SourceDefinition.self, from: setting.value) else {
                logger.error("source '\(setting.name)' of \(tenant) is unreadable and does not run")
                continue
            }
            start(definition, tenant: tenant)
        }
    }
}
