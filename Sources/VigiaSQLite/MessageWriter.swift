import GRDB
import VigiaCore

/// Group commit: appends that arrive while a transaction is being written wait and go together into the next one,
/// so throughput grows with load while every append still returns only after its own transaction commits.
///
/// There is no timer: a batch is whatever arrived during the previous commit, capped at ``maximumBatch`` messages,
/// so a lone append commits at once and a burst commits in few large transactions.
actor MessageWriter {
    static let maximumBatch = 20_000

    private struct Request {
        let append: PendingAppend
        let continuation: CheckedContinuation<AppendResult, any Error>
    }

    /// What a request writes, without its continuation, so it can cross into the database's queue.
    struct PendingAppend: Sendable {
        let messages: [NewMessage]
        let stream: StreamID
        let tenant: TenantID
        let receivedAt: Timestamp
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
            // Ids are taken here, in the actor, in arrival order; a duplicate leaves a gap, which is harmless.
            let newIDs = batch.map { request in
                request.append.messages.map { _ in ids.next(at: request.append.receivedAt) }
            }
            let outcomes = await Self.write(batch.map(\.append), ids: newIDs, to: pool)
            for (request, outcome) in zip(batch, outcomes) {
                request.continuation.resume(with: outcome.mapError { $0 as any Error })
            }
        }
        draining = false
    }

    /// Writes every append of the batch in one transaction. An append to a missing stream fails alone; a database
    /// failure fails them all (and the transaction is rolled back, so nothing of the batch is stored).
    private static func write(
        _ batch: [PendingAppend], ids: [[MessageID]], to pool: DatabasePool
    ) async
        -> [Result<AppendResult, VigiaError>]
    {
        do {
            return try await pool.write { db in
                let streamExists = try db.cachedStatement(sql: "SELECT 1 FROM streams WHERE tenant_id = ? AND id = ?")
                let existingID = try db.cachedStatement(
                    sql: "SELECT id FROM messages WHERE tenant_id = ? AND stream_id = ? AND client_id = ?")
                let insertMessage = try db.cachedStatement(
                    sql: """
                        INSERT INTO messages (id, tenant_id, stream_id, client_id, event_time, received_time, author,
                            text, language, predictions, tags, extra)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                var outcomes: [Result<AppendResult, VigiaError>] = []
                var inserted: ClosedRange<Int64>?
                for (append, newIDs) in zip(batch, ids) {
                    let tenant = append.tenant.rawValue
                    let stream = append.stream.rawValue
                    guard try Int.fetchOne(streamExists, arguments: [tenant, stream]) != nil else {
                        outcomes.append(.failure(VigiaError(.notFound, "no stream '\(stream)'")))
                        continue
                    }
                    var result = AppendResult(ids: [], accepted: 0, duplicates: 0)
                    for (message, id) in zip(append.messages, newIDs) {
                        if let clientID = message.clientID,
                            let existing = try Int64.fetchOne(existingID, arguments: [tenant, stream, clientID])
                        {
                            result.ids.append(MessageID(rawValue: existing))
                            result.duplicates += 1
                            continue
                        }
                        try insertMessage.execute(arguments: [
                            id.rawValue, tenant, stream, message.clientID, message.eventTime.milliseconds,
                            append.receivedAt.milliseconds, message.author, message.text, message.language,
                            JSONText.predictions(message.predictions), JSONText.strings(message.tags),
                            message.extra,
                        ])
                        result.ids.append(id)
                        result.accepted += 1
                        inserted = (inserted?.lowerBound ?? id.rawValue)...id.rawValue
                    }
                    outcomes.append(.success(result))
                }
                // Every new id is above every stored one (the generator resumes after the largest), so this range
                // holds exactly the rows inserted above. Indexing them with one statement each, inside SQLite, is
                // several times faster than a statement or trigger per row.
                if let inserted {
                    let range: StatementArguments = [inserted.lowerBound, inserted.upperBound]
                    try db.execute(
                        sql:
                            "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE id BETWEEN ? AND ?",
                        arguments: range)
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO predictions (message_id, tenant_id, taxonomy, label, confidence)
                            SELECT m.id, m.tenant_id, p.value ->> 'taxonomy', p.value ->> 'label',
                                p.value ->> 'confidence'
                            FROM messages m, json_each(m.predictions) p WHERE m.id BETWEEN ? AND ?
                            """,
                        arguments: range)
                }
                return outcomes
            }
        } catch {
            return batch.map { _ in .failure(VigiaError(.storage, "could not commit messages: \(error)")) }
        }
    }
}
