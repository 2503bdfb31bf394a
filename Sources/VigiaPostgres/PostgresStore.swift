import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import VigiaCore

/// The store for several Vigia nodes sharing one PostgreSQL database; same contract as the SQLite store.
///
/// The connection pool runs in ``run()``, which must be running (as a `Service` in a `ServiceGroup`, or in a task)
/// while the store is used; it returns when its task is cancelled or the service group shuts down. Each append is one transaction that inserts the whole batch with one statement.
public final class PostgresStore: StreamStore, MessageStore, LabelStore, JobStore, Service {
    let client: PostgresClient
    private let ids: IDSource
    private let plannerStatistics = PlannerStatistics()
    let logger: Logger

    /// Connects to `url` (`postgres://user:password@host:port/database`); `node` (0..<4096) must differ between the
    /// nodes that share the database, so their message ids never collide.
    public init(url: String, node: Int, logger: Logger = Logger(label: "vigia.postgres")) throws(VigiaError) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let host = components.host
        else {
            throw VigiaError(
                .invalidArgument, "store.postgres.url must look like postgres://user:password@host:port/db")
        }
        let configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: String(components.path.dropFirst()).nilIfEmpty, tls: .disable)
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        ids = IDSource(node: node)
        self.logger = logger
    }

    /// Runs the connection pool until the task is cancelled or graceful shutdown.
    public func run() async throws { await cancelWhenGracefulShutdown { await self.client.run() } }

    /// Brings the schema up to date and primes the id generator after the largest stored id. Call once, with
    /// ``run()`` running, before using the store.
    public func migrate() async throws(VigiaError) {
        try await VigiaError.mappingStorageErrors("migrate the database") {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.lockKey))", logger: logger)
                try await connection.query(
                    "CREATE TABLE IF NOT EXISTS vigia_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                    logger: logger)
                var applied = Set<String>()
                for try await id in try await connection.query("SELECT id FROM vigia_migrations", logger: logger)
                    .decode(String.self)
                {
                    applied.insert(id)
                }
                for migration in PostgresSchema.migrations where !applied.contains(migration.id) {
                    for statement in migration.sql {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query(
                        "INSERT INTO vigia_migrations (id) VALUES (\(migration.id))", logger: logger)
                }
            }
            let last = try await client.query("SELECT max(id) FROM messages", logger: logger).decode(Int64?.self)
            for try await value in last { await ids.resume(after: value.map { MessageID(rawValue: $0) }) }
        }
    }

    // MARK: Streams

    public func createStream(_ stream: VigiaCore.Stream, tenant: TenantID) async throws(VigiaError) {
        do {
            try await client.query(
                """
                INSERT INTO streams (tenant_id, id, name, kind, taxonomies, detection, created_at)
                VALUES (\(tenant.rawValue), \(stream.id.rawValue), \(stream.name), \(stream.kind.rawValue),
                    \(JSONText.strings(stream.taxonomies))::jsonb, \(stream.detection.stored)::jsonb,
                    \(stream.createdAt.milliseconds))
                """, logger: logger)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw VigiaError(.conflict, "stream '\(stream.id)' already exists")
        } catch {
            throw VigiaError(.storage, "cannot create stream: \(error)")
        }
    }

    public func stream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> VigiaCore.Stream? {
        try await streams(
            "SELECT \(unescaped: Self.streamColumns) FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(id.rawValue)"
        ).first?.stream
    }

    public func streams(tenant: TenantID) async throws(VigiaError) -> [VigiaCore.Stream] {
        try await streams(
            "SELECT \(unescaped: Self.streamColumns) FROM streams WHERE tenant_id = \(tenant.rawValue) ORDER BY id COLLATE \"C\""
        ).map(\.stream)
    }

    public func allStreams() async throws(VigiaError) -> [(tenant: TenantID, stream: VigiaCore.Stream)] {
        try await streams(
            "SELECT \(unescaped: Self.streamColumns) FROM streams ORDER BY tenant_id COLLATE \"C\", id COLLATE \"C\"")
    }

    public func updateStream(_ stream: VigiaCore.Stream, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await VigiaError.mappingStorageErrors("update stream") {
            let updated = try await client.query(
                """
                UPDATE streams SET name = \(stream.name), kind = \(stream.kind.rawValue),
                    taxonomies = \(JSONText.strings(stream.taxonomies))::jsonb,
                    detection = \(stream.detection.stored)::jsonb
                WHERE tenant_id = \(tenant.rawValue) AND id = \(stream.id.rawValue) RETURNING id
                """, logger: logger)
            var count = 0
            for try await _ in updated.decode(String.self) { count += 1 }
            return count > 0
        }
    }

    static let streamColumns = "tenant_id, id, name, kind, taxonomies::text, detection::text, created_at"

    private func streams(
        _ query: PostgresQuery
    ) async throws(VigiaError) -> [(
        tenant: TenantID, stream: VigiaCore.Stream
    )] {
        try await VigiaError.mappingStorageErrors("read streams") {
            var streams: [(tenant: TenantID, stream: VigiaCore.Stream)] = []
            let rows = try await client.query(query, logger: logger)
            for try await (tenant, id, name, kind, taxonomies, detection, createdAt) in rows.decode(
                (String, String, String, String, String, String?, Int64).self)
            {
                let stream = VigiaCore.Stream(
                    id: StreamID(id), name: name, kind: VigiaCore.Stream.Kind(rawValue: kind) ?? .chat,
                    taxonomies: try JSONDecoder().decode([String].self, from: Data(taxonomies.utf8)),
                    detection: try JSONText.decoded(VigiaCore.Stream.Detection.self, from: detection) ?? .init(),
                    createdAt: Timestamp(milliseconds: createdAt))
                streams.append((TenantID(tenant), stream))
            }
            return streams
        }
    }

    public func deleteStream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await VigiaError.mappingStorageErrors("delete stream") {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    "DELETE FROM messages WHERE tenant_id = \(tenant.rawValue) AND stream_id = \(id.rawValue)",
                    logger: logger)
                let deleted = try await connection.query(
                    "DELETE FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(id.rawValue) RETURNING id",
                    logger: logger)
                var count = 0
                for try await _ in deleted.decode(String.self) { count += 1 }
                return count > 0
            }
        }
    }

    // MARK: Messages

    public func append(
        _ messages: [NewMessage], to stream: StreamID, tenant: TenantID, receivedAt: Timestamp
    )
        async throws(VigiaError) -> AppendResult
    {
        guard !messages.isEmpty else { return AppendResult(ids: [], accepted: 0, duplicates: 0) }
        let newIDs = await ids.next(messages.count, at: receivedAt)
        let columns = AppendColumns(messages, ids: newIDs)
        let clientIDs = messages.compactMap(\.clientID)
        // ON CONFLICT makes every insertion speculative (about 10% slower) and RETURNING sends a row back per
        // message, so only batches with client ids, which may hold duplicates, pay for them.
        let conflictClause =
            clientIDs.isEmpty
            ? "" : "ON CONFLICT (tenant_id, stream_id, client_id) WHERE client_id IS NOT NULL DO NOTHING RETURNING id"
        let outcome: AppendResult? = try await VigiaError.mappingStorageErrors("commit messages") {
            try await client.withTransaction(logger: logger) { connection in
                var exists = false
                for try await _ in try await connection.query(
                    "SELECT 1 FROM streams WHERE tenant_id = \(tenant.rawValue) AND id = \(stream.rawValue)",
                    logger: logger
                ).decode(Int32.self) {
                    exists = true
                }
                guard exists else { return nil }
                let insertedRows = try await connection.query(
                    """
                    INSERT INTO messages (id, tenant_id, stream_id, client_id, event_time, received_time, author, text,
                        language, predictions, tags, extra)
                    SELECT x.id, \(tenant.rawValue), \(stream.rawValue),
                        CASE WHEN x.absent & 1 = 0 THEN x.client_id END, x.event_time, \(receivedAt.milliseconds),
                        CASE WHEN x.absent & 2 = 0 THEN x.author END, x.text,
                        CASE WHEN x.absent & 4 = 0 THEN x.language END, x.predictions::jsonb, x.tags::jsonb,
                        CASE WHEN x.absent & 8 = 0 THEN x.extra END
                    FROM unnest(\(columns.ids)::bigint[], \(columns.clientIDs)::text[], \(columns.eventTimes)::bigint[],
                        \(columns.authors)::text[], \(columns.texts)::text[], \(columns.languages)::text[],
                        \(columns.predictions)::text[], \(columns.tags)::text[], \(columns.extras)::text[],
                        \(columns.absent)::int[])
                        AS x(id, client_id, event_time, author, text, language, predictions, tags, extra, absent)
                    ORDER BY x.id \(unescaped: conflictClause)
                    """, logger: logger)
                // Without client ids there is nothing to conflict on: every message was inserted.
                guard !clientIDs.isEmpty else {
                    return AppendResult(ids: newIDs, accepted: newIDs.count, duplicates: 0)
                }
                var inserted = Set<Int64>()
                for try await id in insertedRows.decode(Int64.self) { inserted.insert(id) }
                var idOfClient: [String: Int64] = [:]
                let known = try await connection.query(
                    """
                    SELECT client_id, id FROM messages WHERE tenant_id = \(tenant.rawValue)
                        AND stream_id = \(stream.rawValue) AND client_id = ANY(\(clientIDs))
                    """, logger: logger)
                for try await (clientID, id) in known.decode((String, Int64).self) { idOfClient[clientID] = id }
                var result = AppendResult(ids: [], accepted: 0, duplicates: 0)
                for (message, id) in zip(messages, newIDs) {
                    let stored = message.clientID.flatMap { idOfClient[$0] } ?? id.rawValue
                    result.ids.append(MessageID(rawValue: stored))
                    if stored == id.rawValue && inserted.contains(stored) {
                        result.accepted += 1
                    } else {
                        result.duplicates += 1
                    }
                }
                return result
            }
        }
        guard let outcome else { throw VigiaError(.notFound, "no stream '\(stream)'") }
        if await plannerStatistics.shouldAnalyze(afterAdding: outcome.accepted) {
            Task { await analyzeMessages() }
        }
        return outcome
    }

    public func message(_ id: MessageID, tenant: TenantID) async throws(VigiaError) -> StoredMessage? {
        try await messages(
            "SELECT \(unescaped: Self.columns) FROM messages m WHERE m.tenant_id = \(tenant.rawValue) AND m.id = \(id.rawValue)"
        ).first
    }

    public func search(_ query: MessageQuery, tenant: TenantID) async throws(VigiaError) -> MessagePage {
        try query.validate()
        var sql = PostgresSearchSQL(query: query, tenant: tenant)
        if let cursor = query.cursor { sql.add(" AND m.id < ", cursor.lastID.rawValue) }
        sql.add(" ORDER BY m.id DESC LIMIT ", Int64(query.limit + 1))
        let rows = try await messages(sql.query(columns: Self.columns))
        return MessagePage(fetched: rows, limit: query.limit)
    }

    public func export(
        _ query: MessageQuery, tenant: TenantID, batchSize: Int,
        into sink: @Sendable ([StoredMessage]) async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        try await KeysetExport.run(
            batchSize: batchSize,
            fetch: { (after, limit) async throws(VigiaError) in
                var sql = PostgresSearchSQL(query: query, tenant: tenant)
                sql.add(" AND m.id > ", after)
                sql.add(" ORDER BY m.id ASC LIMIT ", Int64(limit))
                return try await messages(sql.query(columns: Self.columns))
            }, into: sink)
    }

    public func deleteMessages(before cutoff: Timestamp, tenant: TenantID) async throws(VigiaError) -> Int {
        try await VigiaError.mappingStorageErrors("apply retention") {
            var count = 0
            let rows = try await client.query(
                "DELETE FROM messages WHERE tenant_id = \(tenant.rawValue) AND event_time < \(cutoff.milliseconds) RETURNING id",
                logger: logger)
            for try await _ in rows.decode(Int64.self) { count += 1 }
            return count
        }
    }

    public func countMessages(tenant: TenantID, stream: StreamID?) async throws(VigiaError) -> Int {
        try await VigiaError.mappingStorageErrors("count messages") {
            let rows =
                if let stream {
                    try await client.query(
                        "SELECT count(*) FROM messages WHERE tenant_id = \(tenant.rawValue) AND stream_id = \(stream.rawValue)",
                        logger: logger)
                } else {
                    try await client.query(
                        "SELECT count(*) FROM messages WHERE tenant_id = \(tenant.rawValue)", logger: logger)
                }
            var count: Int64 = 0
            for try await value in rows.decode(Int64.self) { count = value }
            return Int(count)
        }
    }

    /// Counts for `vigia db stats`: tenants, streams, messages and labels, and the database's size.
    public func statistics() async throws(VigiaError) -> [(name: String, value: Int)] {
        try await VigiaError.mappingStorageErrors("read statistics") {
            let rows = try await client.query(
                """
                SELECT (SELECT count(DISTINCT tenant_id) FROM streams), (SELECT count(*) FROM streams),
                    (SELECT count(*) FROM messages), (SELECT count(*) FROM labels),
                    pg_database_size(current_database())
                """, logger: logger)
            var figures: [(name: String, value: Int)] = []
            for try await (tenants, streams, messages, labels, bytes) in rows.decode(
                (Int64, Int64, Int64, Int64, Int64).self)
            {
                figures = [
                    ("tenants", Int(tenants)), ("streams", Int(streams)), ("messages", Int(messages)),
                    ("labels", Int(labels)), ("bytes on disk", Int(bytes)),
                ]
            }
            return figures
        }
    }

    // MARK: Labels

    public func addLabel(_ label: HumanLabel, tenant: TenantID) async throws(VigiaError) {
        let added = try await VigiaError.mappingStorageErrors("add label") {
            let rows = try await client.query(
                """
                INSERT INTO labels (tenant_id, message_id, taxonomy, label, author, created_at)
                SELECT \(tenant.rawValue), id, \(label.taxonomy), \(label.label), \(label.author),
                    \(label.createdAt.milliseconds)
                FROM messages WHERE tenant_id = \(tenant.rawValue) AND id = \(label.message.rawValue)
                RETURNING id
                """, logger: logger)
            var count = 0
            for try await _ in rows.decode(Int64.self) { count += 1 }
            return count
        }
        guard added == 1 else { throw VigiaError(.notFound, "no message \(label.message)") }
    }

    public func labels(of message: MessageID, tenant: TenantID) async throws(VigiaError) -> [HumanLabel] {
        try await VigiaError.mappingStorageErrors("read labels") {
            var labels: [HumanLabel] = []
            let rows = try await client.query(
                """
                SELECT taxonomy, label, author, created_at FROM labels
                WHERE tenant_id = \(tenant.rawValue) AND message_id = \(message.rawValue) ORDER BY id
                """, logger: logger)
            for try await (taxonomy, label, author, createdAt) in rows.decode((String, String, String, Int64).self) {
                labels.append(
                    HumanLabel(
                        message: message, taxonomy: taxonomy, label: label, author: author,
                        createdAt: Timestamp(milliseconds: createdAt)))
            }
            return labels
        }
    }

    public func labeledExamples(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [LabeledExample] {
        try await VigiaError.mappingStorageErrors("read labeled examples") {
            var examples: [LabeledExample] = []
            let rows = try await client.query(
                """
                SELECT m.text, latest.label FROM (
                    SELECT DISTINCT ON (message_id) message_id, label FROM labels
                    WHERE tenant_id = \(tenant.rawValue) AND taxonomy = \(taxonomy)
                    ORDER BY message_id, id DESC
                ) latest JOIN messages m ON m.id = latest.message_id
                ORDER BY latest.message_id
                """, logger: logger)
            for try await (text, label) in rows.decode((String, String).self) {
                examples.append(LabeledExample(text: text, label: label))
            }
            return examples
        }
    }

    // MARK: Jobs

    static let jobColumns = "id, tenant_id, kind, status, progress, input, result, created_at, updated_at"

    public func createJob(
        kind: String, input: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError)
        -> Job
    {
        let jobs = try await jobs(
            """
            INSERT INTO jobs (tenant_id, kind, status, progress, input, created_at, updated_at)
            VALUES (\(tenant.rawValue), \(kind), \(Job.Status.pending.rawValue), 0, \(input), \(time.milliseconds),
                \(time.milliseconds))
            RETURNING \(unescaped: Self.jobColumns)
            """)
        guard let created = jobs.first else { throw VigiaError(.storage, "cannot create job: no row returned") }
        return created.job
    }

    public func updateJob(
        _ id: Int64, status: Job.Status, progress: Double, result: String?, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Job {
        _ = try Self.validateUpdate(of: try await job(id, tenant: tenant), id: id, progress: progress)
        // The status condition makes a concurrent finish by another node win cleanly: this update then changes
        // nothing and reports the job as finished.
        let updated = try await jobs(
            """
            UPDATE jobs SET status = \(status.rawValue), progress = \(progress), result = \(result),
                updated_at = \(time.milliseconds)
            WHERE tenant_id = \(tenant.rawValue) AND id = \(id)
                AND status IN (\(Job.Status.pending.rawValue), \(Job.Status.processing.rawValue))
            RETURNING \(unescaped: Self.jobColumns)
            """)
        guard let job = updated.first?.job else {
            throw VigiaError(.invalidArgument, "job \(id) is finished and cannot change")
        }
        return job
    }

    public func job(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Job? {
        try await jobs(
            "SELECT \(unescaped: Self.jobColumns) FROM jobs WHERE tenant_id = \(tenant.rawValue) AND id = \(id)"
        ).first?.job
    }

    public func unfinishedJobs() async throws(VigiaError) -> [(tenant: TenantID, job: Job)] {
        try await jobs(
            """
            SELECT \(unescaped: Self.jobColumns) FROM jobs
            WHERE status IN (\(Job.Status.pending.rawValue), \(Job.Status.processing.rawValue)) ORDER BY id
            """)
    }

    private func jobs(_ query: PostgresQuery) async throws(VigiaError) -> [(tenant: TenantID, job: Job)] {
        try await VigiaError.mappingStorageErrors("read jobs") {
            var jobs: [(tenant: TenantID, job: Job)] = []
            for try await row in try await client.query(query, logger: logger) {
                let (id, tenant, kind, status, progress, input, result, createdAt, updatedAt) = try row.decode(
                    (Int64, String, String, String, Double, String, String?, Int64, Int64).self)
                guard let status = Job.Status(rawValue: status) else {
                    throw VigiaError(.storage, "job \(id) has an unknown status")
                }
                jobs.append(
                    (
                        TenantID(tenant),
                        Job(
                            id: id, kind: kind, status: status, progress: progress, input: input, result: result,
                            createdAt: Timestamp(milliseconds: createdAt), updatedAt: Timestamp(milliseconds: updatedAt)
                        )
                    ))
            }
            return jobs
        }
    }

    // MARK: Rows

    static let columns = """
        m.id, m.stream_id, m.client_id, m.event_time, m.received_time, m.author, m.text, m.language,
        m.predictions::text, m.tags::text, m.extra
        """

    private func messages(_ query: PostgresQuery) async throws(VigiaError) -> [StoredMessage] {
        try await VigiaError.mappingStorageErrors("read messages") {
            var messages: [StoredMessage] = []
            let decoder = JSONDecoder()
            for try await row in try await client.query(query, logger: logger) {
                let (id, stream, clientID, eventTime, receivedTime, author, text, language, predictions, tags, extra) =
                    try row.decode(
                        (Int64, String, String?, Int64, Int64, String?, String, String?, String, String, String?).self)
                messages.append(
                    StoredMessage(
                        id: MessageID(rawValue: id), stream: StreamID(stream),
                        receivedTime: Timestamp(milliseconds: receivedTime),
                        message: NewMessage(
                            clientID: clientID, eventTime: Timestamp(milliseconds: eventTime), author: author,
                            text: text, language: language,
                            predictions: try decoder.decode([Prediction].self, from: Data(predictions.utf8)),
                            tags: try decoder.decode([String].self, from: Data(tags.utf8)), extra: extra)))
            }
            return messages
        }
    }
}

/// Message ids for this node, resumed after the largest stored id.
private actor IDSource {
    private var generator: MessageIDGenerator

    init(node: Int) { generator = MessageIDGenerator(node: node) }

    func resume(after last: MessageID?) { generator = MessageIDGenerator(node: generator.node, after: last) }

    func next(_ count: Int, at time: Timestamp) -> [MessageID] { (0..<count).map { _ in generator.next(at: time) } }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Decides when this node refreshes the planner's statistics of `messages`. Right after a bulk load the planner
/// still thinks the table is small and answers "newest 50 matches" by sorting every match (170 ms over 500k
/// messages) instead of walking the id index (4 ms); autovacuum fixes that only a minute or more later.
private actor PlannerStatistics {
    private var sinceLast = 0
    private var added = 0
    private var running = false

    /// True when enough rows were added since the last refresh: 50,000, or a fifth of what this node added.
    func shouldAnalyze(afterAdding rows: Int) -> Bool {
        sinceLast += rows
        added += rows
        guard !running, sinceLast >= max(50_000, added / 5) else { return false }
        running = true
        sinceLast = 0
        return true
    }

    func finished() { running = false }
}

extension PostgresStore {
    /// Off the acknowledgement path: a failure only leaves the statistics to autovacuum.
    fileprivate func analyzeMessages() async {
        do {
            try await client.query("ANALYZE messages", logger: logger)
        } catch {
            logger.warning("could not refresh the statistics of messages: \(String(reflecting: error))")
        }
        await plannerStatistics.finished()
    }
}

/// A batch of messages as one array per column, bound in PostgreSQL's binary format and read back with `unnest`:
/// the server spends about 3 µs per row on that against 10 µs for parsing the same rows from one JSON document.
/// PostgresNIO binds no arrays of optionals, so a missing optional is an empty string with its bit set in `absent`
/// (1 client id, 2 author, 4 language, 8 extra).
private struct AppendColumns {
    var ids: [Int64] = []
    var clientIDs: [String] = []
    var eventTimes: [Int64] = []
    var authors: [String] = []
    var texts: [String] = []
    var languages: [String] = []
    var predictions: [String] = []
    var tags: [String] = []
    var extras: [String] = []
    var absent: [Int32] = []

    init(_ messages: [NewMessage], ids newIDs: [MessageID]) {
        for (message, id) in zip(messages, newIDs) {
            ids.append(id.rawValue)
            eventTimes.append(message.eventTime.milliseconds)
            texts.append(message.text)
            predictions.append(JSONText.predictions(message.predictions))
            tags.append(JSONText.strings(message.tags))
            clientIDs.append(message.clientID ?? "")
            authors.append(message.author ?? "")
            languages.append(message.language ?? "")
            extras.append(message.extra ?? "")
            absent.append(
                (message.clientID == nil ? 1 : 0) | (message.author == nil ? 2 : 0) | (message.language == nil ? 4 : 0)
                    | (message.extra == nil ? 8 : 0))
        }
    }
}
