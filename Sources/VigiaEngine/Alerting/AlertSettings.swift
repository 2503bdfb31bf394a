import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigiaCore

/// Each tenant's receivers, routes and silences: kept in the store's settings, and held in memory for the alert
/// dispatcher and sender, which look them up on every tick and delivery. Changes made through it are seen at once;
/// as a `Service` it reloads everything every `refresh`, so that changes other nodes made are seen too.
public final class AlertSettings<Store: SettingStore>: Service, Sendable {
    private struct TenantSettings: Sendable {
        var receivers: [String: ReceiverDefinition] = [:]
        var routes: [AlertRoute] = []
        var silences: [AlertSilence] = []
    }

    private let store: Store
    private let refresh: Duration
    private let logger: Logger
    private let tenants = Mutex<[TenantID: TenantSettings]>([:])
    /// Which addresses receivers may be sent to: a receiver whose URL names one that is not is refused when kept.
    public let addresses: OutboundAddressPolicy

    public init(
        store: Store, addresses: OutboundAddressPolicy = .publicOnly, refresh: Duration = .seconds(10),
        logger: Logger = Logger(label: "vigia.alerts")
    ) {
        self.store = store
        self.addresses = addresses
        self.refresh = refresh
        self.logger = logger
    }

    /// Reads every tenant's settings from the store, replacing what is held.
    public func load() async throws(VigiaError) {
        var loaded: [TenantID: TenantSettings] = [:]
        for (tenant, setting) in try await store.allSettings(.receiver) {
            if let receiver = try JSONText.decoded(ReceiverDefinition.self, from: setting.value) {
                loaded[tenant, default: TenantSettings()].receivers[receiver.name] = receiver
            }
        }
        for (tenant, setting) in try await store.allSettings(.route) {
            if let route = try JSONText.decoded(AlertRoute.self, from: setting.value) {
                loaded[tenant, default: TenantSettings()].routes.append(route)
            }
        }
        for (tenant, setting) in try await store.allSettings(.silence) {
            if let silence = try JSONText.decoded(AlertSilence.self, from: setting.value) {
                loaded[tenant, default: TenantSettings()].silences.append(silence)
            }
        }
        tenants.withLock { $0 = loaded }
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully {
            do { try await Task.sleep(for: refresh) } catch { return }
            do throws(VigiaError) { try await load() } catch { logger.error("alert settings not reloaded: \(error)") }
        }
    }

    // MARK: What routing reads

    /// The tenants with at least one route.
    public func tenantsWithRoutes() -> [TenantID] {
        tenants.withLock { $0.filter { !$0.value.routes.isEmpty }.map(\.key) }
    }

    /// The tenant's routes, in the order they were added (the order they match in).
    public func routes(tenant: TenantID) -> [AlertRoute] { tenants.withLock { $0[tenant]?.routes ?? [] } }

    /// The tenant's silences, newest first.
    public func silences(tenant: TenantID) -> [AlertSilence] {
        tenants.withLock { $0[tenant]?.silences ?? [] }.sorted { $0.id > $1.id }
    }

    public func receiver(_ name: String, tenant: TenantID) -> AlertReceiver? {
        try? tenants.withLock { $0[tenant]?.receivers[name] }?.receiver()
    }

    public func receiverDefinitions(tenant: TenantID) -> [ReceiverDefinition] {
        tenants.withLock { $0[tenant]?.receivers.values.sorted { $0.name < $1.name } ?? [] }
    }

    public func receiverDefinition(_ name: String, tenant: TenantID) -> ReceiverDefinition? {
        tenants.withLock { $0[tenant]?.receivers[name] }
    }

    // MARK: Changes

    /// Keeps a receiver (replacing the one of that name when `replacing`). Throws `.invalidArgument` for a
    /// definition that makes no receiver or names an address ``addresses`` refuses (names are judged again, after
    /// DNS, on every delivery), and `.conflict` for a name taken when not replacing.
    public func putReceiver(
        _ definition: ReceiverDefinition, replacing: Bool, tenant: TenantID
    ) async throws(VigiaError) {
        let receiver = try definition.receiver()
        if let refusal = addresses.refusal(ofLiteralHost: URL(string: receiver.endpoint)?.host ?? "") {
            throw VigiaError(.invalidArgument, refusal)
        }
        _ = try await store.putSetting(
            .receiver, name: definition.name, value: JSONText.encoded(definition), replacing: replacing,
            tenant: tenant, at: .now)
        tenants.withLock { $0[tenant, default: TenantSettings()].receivers[definition.name] = definition }
    }

    /// Removes a receiver; false when there was none. Throws `.conflict` while a route sends to it.
    public func removeReceiver(_ name: String, tenant: TenantID) async throws(VigiaError) -> Bool {
        if let route = routes(tenant: tenant).first(where: { $0.receivers.contains(name) }) {
            throw VigiaError(.conflict, "route '\(route.name)' sends to receiver '\(name)'; change or remove it first")
        }
        let removed = try await store.deleteSetting(.receiver, name: name, tenant: tenant)
        tenants.withLock { _ = $0[tenant]?.receivers.removeValue(forKey: name) }
        return removed
    }

    /// Keeps a route (a replaced one keeps its place). Throws `.invalidArgument` for an invalid route or one that
    /// names a receiver the tenant does not have, and `.conflict` for a name taken when not replacing.
    public func putRoute(_ route: AlertRoute, replacing: Bool, tenant: TenantID) async throws(VigiaError) {
        try route.validate()
        let known = Set(receiverDefinitions(tenant: tenant).map(\.name))
        if let unknown = route.receivers.first(where: { !known.contains($0) }) {
            throw VigiaError(
                .invalidArgument, "route '\(route.name)' names receiver '\(unknown)', which does not exist")
        }
        _ = try await store.putSetting(
            .route, name: route.name, value: JSONText.encoded(route), replacing: replacing, tenant: tenant, at: .now)
        try await reloadRoutes(tenant: tenant)
    }

    public func removeRoute(_ name: String, tenant: TenantID) async throws(VigiaError) -> Bool {
        let removed = try await store.deleteSetting(.route, name: name, tenant: tenant)
        try await reloadRoutes(tenant: tenant)
        return removed
    }

    /// Keeps a new silence under the next id and returns it. Throws `.invalidArgument` unless it ends after it
    /// starts and after `now`.
    public func addSilence(
        _ silence: AlertSilence, tenant: TenantID, now: Timestamp = .now
    ) async throws(VigiaError) -> AlertSilence {
        guard silence.endsAt > silence.startsAt, silence.endsAt > now else {
            throw VigiaError(.invalidArgument, "a silence ends after it starts, and in the future")
        }
        guard silence.comment.count <= 1000, silence.streams.count <= 100, silence.labels.count <= 100 else {
            throw VigiaError(.invalidArgument, "a silence has at most 100 streams, 100 labels, 1,000 characters")
        }
        var added = silence
        // Two nodes adding at once race for the next id: the loser takes the one after.
        for _ in 0..<5 {
            added.id = (silences(tenant: tenant).map(\.id).max() ?? 0) + 1
            do throws(VigiaError) {
                _ = try await store.putSetting(
                    .silence, name: String(added.id), value: JSONText.encoded(added), replacing: false,
                    tenant: tenant, at: now)
                tenants.withLock { $0[tenant, default: TenantSettings()].silences.append(added) }
                return added
            } catch  where error.code == .conflict {
                try await load()
            }
        }
        throw VigiaError(.unavailable, "could not add the silence; try again")
    }

    /// Ends a silence now (it stays listed, expired). Throws `.notFound` for one the tenant does not have.
    public func expireSilence(
        _ id: Int64, tenant: TenantID, at now: Timestamp = .now
    ) async throws(VigiaError)
        -> AlertSilence
    {
        guard var silence = silences(tenant: tenant).first(where: { $0.id == id }) else {
            throw VigiaError(.notFound, "no silence \(id)")
        }
        silence.endsAt = min(silence.endsAt, max(now, silence.startsAt))
        _ = try await store.putSetting(
            .silence, name: String(id), value: JSONText.encoded(silence), replacing: true, tenant: tenant, at: now)
        let expired = silence
        tenants.withLock { all in
            let kept = all[tenant]?.silences ?? []
            all[tenant]?.silences = kept.map { $0.id == id ? expired : $0 }
        }
        return expired
    }

    private func reloadRoutes(tenant: TenantID) async throws(VigiaError) {
        var routes: [AlertRoute] = []
        for setting in try await store.settings(.route, tenant: tenant) {
            if let route = try JSONText.decoded(AlertRoute.self, from: setting.value) { routes.append(route) }
        }
        tenants.withLock { $0[tenant, default: TenantSettings()].routes = routes }
    }
}
