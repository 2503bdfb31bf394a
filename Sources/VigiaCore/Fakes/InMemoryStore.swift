/// Every store port in memory: the reference the conformance suite holds the real stores to, and a store for tests
/// that need no database. Tenants, users, API keys, incidents, insights, alerts and models are in the
/// `InMemoryStore+…` files.
public actor InMemoryStore: StreamStore, MessageStore, LabelStore, JobStore {
    private struct TenantData {
        var streams: [StreamID: Stream] = [:]
        /// Messages by id, and the ids in increasing order.
        var messages: [MessageID: StoredMessage] = [:]
        var order: [MessageID] = []
        var byClientID: [StreamID: [String: MessageID]] = [:]
        /// Labels in the order they were given.
        var labels: [HumanLabel] = []
    }

    private var tenants: [TenantID: TenantData] = [:]
    private var ids: MessageIDGenerator
    /// Jobs of every tenant by id, with their tenant.
    private var jobs: [Int64: (tenant: TenantID, job: Job)] = [:]
    private var lastJobID: Int64 = 0
    /// What the `InMemoryStore+…` extensions keep.
    var records = InMemoryRecords()

    public init(node: Int = 0) { ids = MessageIDGenerator(node: node) }

    public func createStream(_ stream: Stream, tenant: TenantID) throws(VigiaError) {
        guard tenants[tenant]?.streams[stream.id] == nil else {
            throw VigiaError(.conflict, "stream '\(stream.id)' already exists")
        }
        tenants[tenant, default: TenantData()].streams[stream.id] = stream
    }

    public func stream(_ id: StreamID, tenant: TenantID) -> Stream? { tenants[tenant]?.streams[id] }

    public func streams(tenant: TenantID) -> [Stream] {
        (tenants[tenant]?.streams.values.map { $0 } ?? []).sorted { $0.id.rawValue < $1.id.rawValue }
    }

    public func updateStream(_ stream: Stream, tenant: TenantID) -> Bool {
        guard let current = tenants[tenant]?.streams[stream.id] else { return false }
        tenants[tenant]?.streams[stream.id] = Stream(
            id: current.id, name: stream.name, kind: stream.kind, taxonomies: stream.taxonomies,
            detection: stream.detection, createdAt: current.createdAt)
        return true
    }

    public func allStreams() -> [(tenant: TenantID, stream: Stream)] {
        tenants.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { tenant, data in
            data.streams.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { (tenant, $0) }
        }
    }

    public func deleteStream(_ id: StreamID, tenant: TenantID) -> Bool {
        guard var state = tenants[tenant], state.streams.removeValue(forKey: id) != nil else { return false }
        state.order.removeAll { state.messages[$0]?.stream == id }
        state.messages = state.messages.filter { $0.value.stream != id }
        state.byClientID[id] = nil
        state.labels.removeAll { state.messages[$0.message] == nil }
        tenants[tenant] = state
        records.removeStream(id, tenant: tenant)
        return true
    }

    public func append(
        _ messages: [NewMessage], to stream: StreamID, tenant: TenantID, receivedAt: Timestamp
    )
        throws(VigiaError) -> AppendResult
    {
        guard tenants[tenant]?.streams[stream] != nil else { throw VigiaError(.notFound, "no stream '\(stream)'") }
        // Taken out of the dictionary, so that appending does not copy every message the tenant has.
        var state = tenants.removeValue(forKey: tenant)!
        defer { tenants[tenant] = state }
        var result = AppendResult(ids: [], accepted: 0, duplicates: 0)
        for message in messages {
            if let clientID = message.clientID, let existing = state.byClientID[stream]?[clientID] {
                result.ids.append(existing)
                result.duplicates += 1
                continue
            }
            let id = ids.next(at: receivedAt)
            state.messages[id] = StoredMessage(id: id, stream: stream, receivedTime: receivedAt, message: message)
            state.order.append(id)
            if let clientID = message.clientID { state.byClientID[stream, default: [:]][clientID] = id }
            result.ids.append(id)
            result.accepted += 1
        }
        return result
    }

    public func message(_ id: MessageID, tenant: TenantID) -> StoredMessage? { tenants[tenant]?.messages[id] }

    public func search(_ query: MessageQuery, tenant: TenantID) throws(VigiaError) -> MessagePage {
        try query.validate()
        guard let state = tenants[tenant] else { return MessagePage(items: [], nextCursor: nil) }
        let filter = MessageFilter(query)
        var items: [StoredMessage] = []
        for id in state.order.reversed() {
            if let cursor = query.cursor, id >= cursor.lastID { continue }
            guard let stored = state.messages[id], filter.matches(stored) else { continue }
            if items.count == query.limit {
                return MessagePage(items: items, nextCursor: MessageCursor(lastID: items[items.count - 1].id))
            }
            items.append(stored)
        }
        return MessagePage(items: items, nextCursor: nil)
    }

    public func export(
        _ query: MessageQuery, tenant: TenantID, batchSize: Int,
        into sink: @Sendable ([StoredMessage]) async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        let filter = MessageFilter(query)
        let matching = (tenants[tenant]?.order ?? []).compactMap { tenants[tenant]?.messages[$0] }.filter(
            filter.matches)
        for start in stride(from: 0, to: matching.count, by: max(1, batchSize)) {
            try await sink(Array(matching[start..<min(start + max(1, batchSize), matching.count)]))
        }
    }

    public func deleteMessages(before cutoff: Timestamp, tenant: TenantID) -> Int {
        guard var state = tenants[tenant] else { return 0 }
        let doomed = Set(state.messages.values.filter { $0.message.eventTime < cutoff }.map(\.id))
        for id in doomed {
            if let stored = state.messages.removeValue(forKey: id), let clientID = stored.message.clientID {
                state.byClientID[stored.stream]?[clientID] = nil
            }
        }
        state.order.removeAll { doomed.contains($0) }
        state.labels.removeAll { doomed.contains($0.message) }
        tenants[tenant] = state
        return doomed.count
    }

    public func addLabel(_ label: HumanLabel, tenant: TenantID) throws(VigiaError) {
        guard tenants[tenant]?.messages[label.message] != nil else {
            throw VigiaError(.notFound, "no message \(label.message)")
        }
        tenants[tenant]?.labels.append(label)
    }

    public func labels(of message: MessageID, tenant: TenantID) -> [HumanLabel] {
        tenants[tenant]?.labels.filter { $0.message == message } ?? []
    }

    public func labeledExamples(taxonomy: String, tenant: TenantID) -> [LabeledExample] {
        guard let state = tenants[tenant] else { return [] }
        var latest: [MessageID: String] = [:]
        for label in state.labels where label.taxonomy == taxonomy { latest[label.message] = label.label }
        return latest.keys.sorted().compactMap { id in
            state.messages[id].map { LabeledExample(text: $0.message.text, label: latest[id]!) }
        }
    }

    public func countMessages(tenant: TenantID, stream: StreamID?) -> Int {
        guard let state = tenants[tenant] else { return 0 }
        guard let stream else { return state.messages.count }
        return state.messages.values.filter { $0.stream == stream }.count
    }

    public func createJob(kind: String, input: String, tenant: TenantID, at time: Timestamp) -> Job {
        lastJobID += 1
        let job = Job(
            id: lastJobID, kind: kind, status: .pending, progress: 0, input: input, result: nil, createdAt: time,
            updatedAt: time)
        jobs[job.id] = (tenant, job)
        return job
    }

    public func updateJob(
        _ id: Int64, status: Job.Status, progress: Double, result: String?, tenant: TenantID, at time: Timestamp
    ) throws(VigiaError) -> Job {
        var job = try Self.validateUpdate(of: self.job(id, tenant: tenant), id: id, progress: progress)
        job.status = status
        job.progress = progress
        job.result = result
        job.updatedAt = time
        jobs[id] = (tenant, job)
        return job
    }

    public func job(_ id: Int64, tenant: TenantID) -> Job? {
        guard let entry = jobs[id], entry.tenant == tenant else { return nil }
        return entry.job
    }

    public func unfinishedJobs() -> [(tenant: TenantID, job: Job)] {
        jobs.values.filter { $0.job.status.isUnfinished }.sorted { $0.job.id < $1.job.id }
    }
}
