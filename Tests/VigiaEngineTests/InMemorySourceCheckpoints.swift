import Synchronization
import VigiaCore
import VigiaEngine

/// Checkpoints kept in memory, as the database keeps them: the last saved JSON per (tenant, source).
final class InMemorySourceCheckpoints: SourceCheckpoints {
    private let store = Mutex<[String: String]>([:])

    init(_ initial: [String: String] = [:]) { store.withLock { $0 = initial } }

    func checkpoint(source: String, tenant: TenantID) async -> String? {
        store.withLock { $0["\(tenant)/\(source)"] }
    }

    func saveCheckpoint(_ json: String, source: String, tenant: TenantID) async {
        store.withLock { $0["\(tenant)/\(source)"] = json }
    }
}

extension InMemorySourceCheckpoints {
    /// The checkpoint of the test tenant's `source`, read without waiting.
    func saved(_ source: String) -> String? { store.withLock { $0["\(SourceHarness.tenant)/\(source)"] } }
}
