import GRDB
import VigiaCore

/// Group commit: appends that arrive while a transaction is being written wait and go together into the next one,
/// so throughput grows with load while every append still returns only after its own transaction commits.
///
/// There is no timer: a batch is whatever arrived during the previous commit, capped at ``maximumBatch`` messages,
/// so a lone append commits at once and a burst commits in few large transactions. Each stream's messages of a
/// batch are packed into ``MessageBlock``s.
actor MessageWriter {
    static let maximumBatch = 20_000

    private struct Request {
        let append: PendingAppend
        let continuation: CheckedContinuation<AppendResult, any Error>
    }

    /// What a request writes, without its continuation, so it can cross into the database's queue. The records
    /// are encoded by the caller, off the writer's path.
    struct PendingAppend: Sendable {
        let messages: [NewMessage]
        let records: MessageBlock.Records
        let stream: StreamID
        let tenant: TenantID
        let receivedAt: Timestamp
    }

    /// The appends of one stream in a batch, with the ids given to their messages.
    private struct StreamAppends: Sendable {
        let tenant: String
        let stream: String
        var appends: [(index: Int, ids: [Int64])] = []
    }

    private let pool: DatabasePool
    private var ids: MessageIDGenerator
    private var pending: [Request] = []
    private var draining = false

    init(pool: DatabasePool, ids: MessageIDGenerator) {
        self.pool = pool
        self.ids = ids
    }

    func append(_ append: PendingAppend) async throws(VigiaError) -> AppendResult {
        do {
            return try await withCheckedThrowingContinuation { continuation in
                pending.append(Request(append: append, continuation: continuation))
                if !draining {
                    draining = true
                    Task { await self.drain() }
                }
            }
        } catch let error as VigiaError {
            throw error
        } catch {
            throw VigiaError(.storage, "append failed: \(error)")
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            // At least one request, then as many as fit; taken in one slice, since thousands may be waiting.
            var taken = 1
            var messages = pending[0].append.messages.count
            while taken < pending.count, messages + pending[taken].append.messages.count <= Self.maximumBatch {
                messages += pending[taken].append.messages.count
                taken += 1
            }
            let batch = Array(pending.prefix(taken))
            pending.removeFirst(taken)
            let appends = batch.map(\.append)
            let outcomes = await Self.write(appends, byStream: assignIDs(appends), to: pool)
            for (request, outcome) in zip(batch, outcomes) {
                request.continuation.resume(with: outcome.mapError { $0 as any Error })
            }
        }
        draining = false
    }

    /// Groups the batch by stream and gives ids stream after stream, so each stream's new messages get a run of
    /// consecutive ids and its blocks overlap no other block. A duplicate leaves a gap, which is harmless.
    private func assignIDs(_ appends: [PendingAppend]) -> [StreamAppends] {
        var groups: [StreamAppends] = []
        var groupOf: [String: Int] = [:]
        for (index, append) in appends.enumerated() {
            let key = append.tenant.rawValue + "\u{0}" + append.stream.rawValue
            let group =
                groupOf[key]
                ?? {
                    groups.append(StreamAppends(tenant: append.tenant.rawValue, stream: append.stream.rawValue))
                    groupOf[key] = groups.count - 1
                    return groups.count - 1
                }()
            groups[group].appends.append((index, []))
        }
        for group in groups.indices {
            for member in groups[group].appends.indices {
                let append = appends[groups[group].appends[member].index]
                groups[group].appends[member].ids = append.messages.map { _ in
                    ids.next(at: append.receivedAt).rawValue
                }
            }
        }
        return groups
    }

    /// Writes the batch in one transaction. An append to a missing stream fails alone; a database failure fails
    /// them all (and the transaction is rolled back, so nothing of the batch is stored).
    private static func write(
        _ appends: [PendingAppend], byStream groups: [StreamAppends], to pool: DatabasePool
    ) async
        -> [Result<AppendResult, VigiaError>]
    {
        do {
            return try await pool.write { db in
                var outcomes = [Result<AppendResult, VigiaError>?](repeating: nil, count: appends.count)
                for group in groups {
                    let streamExists = try Int.fetchOne(
                        db.cachedStatement(sql: "SELECT 1 FROM streams WHERE tenant_id = ? AND id = ?"),
                        arguments: [group.tenant, group.stream])
                    guard streamExists != nil else {
                        for member in group.appends {
                            outcomes[member.index] = .failure(VigiaError(.notFound, "no stream '\(group.stream)'"))
                        }
                        continue
                    }
                    var block = MessageBlock.Draft()
                    // Client ids given earlier in this batch: they are not in the table until their block is.
                    var batchClientIDs: [String: Int64] = [:]
                    for member in group.appends {
                        let append = appends[member.index]
                        var result = AppendResult(ids: [], accepted: 0, duplicates: 0)
                        result.ids.reserveCapacity(append.messages.count)
                        for (position, (message, id)) in zip(append.messages, member.ids).enumerated() {
                            if let clientID = message.clientID {
                                if let existing = try batchClientIDs[clientID]
                                    ?? MessageBlockRows.message(
                                        withClientID: clientID, tenant: group.tenant, stream: group.stream, in: db)
                                {
                                    result.ids.append(MessageID(rawValue: existing))
                                    result.duplicates += 1
                                    continue
                                }
                                batchClientIDs[clientID] = id
                                try MessageBlockRows.record(
                                    clientID: clientID, of: id, tenant: group.tenant, stream: group.stream, in: db)
                            }
                            block.add(message, id: id, from: append.records, at: position)
                            result.ids.append(MessageID(rawValue: id))
                            result.accepted += 1
                            if block.count == MessageBlock.capacity {
                                try MessageBlockRows.insert(block, tenant: group.tenant, stream: group.stream, in: db)
                                block = MessageBlock.Draft()
                            }
                        }
                        outcomes[member.index] = .success(result)
                    }
                    if block.count > 0 {
                        try MessageBlockRows.insert(block, tenant: group.tenant, stream: group.stream, in: db)
                    }
                }
                return outcomes.map { $0 ?? .failure(VigiaError(.storage, "an append was not written")) }
            }
        } catch {
            return appends.map { _ in .failure(VigiaError(.storage, "could not commit messages: \(error)")) }
        }
    }
}
