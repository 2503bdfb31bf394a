import Foundation
import GRDB
import VigiaCore

/// Vigia's default store: one SQLite file in WAL mode, through GRDB.
///
/// Writes of messages go through a group-commit writer (``MessageWriter``); reads run concurrently with writes
/// (WAL). Commits use `synchronous = NORMAL`: a committed append survives a crash of the process (kill -9) at any
/// moment; surviving a power loss as well would need `FULL`, at a large cost in throughput.
public final class SQLiteStore: StreamStore, MessageStore, LabelStore, JobStore {
    public let path: String
    /// Address space, not memory: the kernel's page cache holds what is actually read.
    static let memoryMapBytes = 1 << 34
    let pool: DatabasePool
    private let writer: MessageWriter

    /// Opens (or creates) the database at `path` and brings its schema up to date. `node` (0..<4096) tells apart
    /// the Vigia processes that write one file at different times, such as a restart after a crash. The file is
    /// made readable by its owner only (it holds password and key hashes); SQLite gives its WAL the same mode.
    public init(path: String, node: Int = 0) throws(VigiaError) {
        self.path = path
        for suffix in ["", "-wal", "-shm"] where suffix.isEmpty || FileManager.default.fileExists(atPath: path + suffix)
        {
            try PrivateFiles.restrictFile(atPath: path + suffix)
        }
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Reads through a memory map instead of a read() call and a copy per 4 KB page: searches read the
                // signature and payload pages of many blocks (3x faster when they scan the whole history).
                try db.execute(sql: "PRAGMA mmap_size = \(Self.memoryMapBytes)")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            let last = try pool.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(last_id) FROM message_blocks") }
            writer = MessageWriter(
                pool: pool, ids: MessageIDGenerator(node: node, after: last.map { MessageID(rawValue: $0) }))
        } catch {
            throw VigiaError(.storage, "\(path): cannot open the database (\(error))")
        }
    }

    // MARK: Streams

    public func createStream(_ stream: VigiaCore.Stream, tenant: TenantID) async throws(VigiaError) {
        try await writing("create stream") { db in
            do {
                try db.execute(
                    sql: """
                        INSERT INTO streams (tenant_id, id, name, kind, taxonomies, detection, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        tenant.rawValue, stream.id.rawValue, stream.name, stream.kind.rawValue,
                        JSONText.strings(stream.taxonomies), stream.detection.stored,
                        stream.createdAt.milliseconds,
                    ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw VigiaError(.conflict, "stream '\(stream.id)' already exists")
            }
        }
    }

    public func stream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> VigiaCore.Stream? {
        try await reading("read stream") { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM streams WHERE tenant_id = ? AND id = ?",
                arguments: [tenant.rawValue, id.rawValue]
            ).map(Self.stream(from:))
        }
    }

    public func streams(tenant: TenantID) async throws(VigiaError) -> [VigiaCore.Stream] {
        try await reading("list streams") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM streams WHERE tenant_id = ? ORDER BY id", arguments: [tenant.rawValue]
            )
            .map(Self.stream(from:))
        }
    }

    public func updateStream(_ stream: VigiaCore.Stream, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await writing("update stream") { db in
            try db.execute(
                sql:
                    "UPDATE streams SET name = ?, kind = ?, taxonomies = ?, detection = ? WHERE tenant_id = ? AND id = ?",
                arguments: [
                    stream.name, stream.kind.rawValue, JSONText.strings(stream.taxonomies),
                    stream.detection.stored, tenant.rawValue, stream.id.rawValue,
                ])
            return db.changesCount > 0
        }
    }

    public func allStreams() async throws(VigiaError) -> [(tenant: TenantID, stream: VigiaCore.Stream)] {
        try await reading("list streams") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM streams ORDER BY tenant_id, id").map {
                (TenantID($0["tenant_id"] as String), try Self.stream(from: $0))
            }
        }
    }

    public func deleteStream(_ id: StreamID, tenant: TenantID) async throws(VigiaError) -> Bool {
        try await writing("delete stream") { db in
            let blockIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM message_blocks WHERE tenant_id = ? AND stream_id = ?",
                arguments: [tenant.rawValue, id.rawValue])
            for blockID in blockIDs {
                guard
                    let block = try MessageBlockRows.block(
                        containing: MessageID(rawValue: blockID), tenant: tenant, in: db)
                else { continue }
                try MessageBlockRows.remove(0..<block.count, from: block, tenant: tenant, in: db)
            }
            try db.execute(
                sql: "DELETE FROM streams WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id.rawValue])
            return db.changesCount > 0
        }
    }

    private static func stream(from row: Row) throws -> VigiaCore.Stream {
        VigiaCore.Stream(
            id: StreamID(row["id"] as String), name: row["name"],
            kind: VigiaCore.Stream.Kind(rawValue: row["kind"]) ?? .chat,
            taxonomies: try JSONDecoder().decode([String].self, from: Data((row["taxonomies"] as String).utf8)),
            detection: try JSONText.decoded(VigiaCore.Stream.Detection.self, from: row["detection"]) ?? .init(),
            createdAt: Timestamp(milliseconds: row["created_at"]))
    }

    // MARK: Messages

    public func append(
        _ messages: [NewMessage], to stream: StreamID, tenant: TenantID, receivedAt: Timestamp
    )
        async throws(VigiaError) -> AppendResult
    {
        guard !messages.isEmpty else { return AppendResult(ids: [], accepted: 0, duplicates: 0) }
        return try await writer.append(
            MessageWriter.PendingAppend(
                messages: messages, records: MessageBlock.Records(messages, receivedAt: receivedAt), stream: stream,
                tenant: tenant, receivedAt: receivedAt))
    }

    public func message(_ id: MessageID, tenant: TenantID) async throws(VigiaError) -> StoredMessage? {
        try await reading("read message") { db in
            guard let block = try MessageBlockRows.block(containing: id, tenant: tenant, in: db),
                let index = block.index(of: id.rawValue)
            else { return nil }
            return try block.message(at: index)
        }
    }

    public func search(_ query: MessageQuery, tenant: TenantID) async throws(VigiaError) -> MessagePage {
        try query.validate()
        let blocks = BlockSearchSQL(query: query, tenant: tenant)
        let filter = MessageFilter(query)
        let before = query.cursor?.lastID.rawValue ?? .max
        let wanted = query.limit + 1
        let found = try await reading("search messages") { db in
            try MessageBlockRows.matching(
                filter, limit: wanted, newestFirst: true, past: before,
                in: Row.fetchCursor(
                    db, sql: blocks.select + " AND b.id < ? ORDER BY b.id DESC",
                    arguments: StatementArguments(blocks.arguments + [before])))
        }
        return MessagePage(fetched: found, limit: query.limit)
    }

    public func export(
        _ query: MessageQuery, tenant: TenantID, batchSize: Int,
        into sink: @Sendable ([StoredMessage]) async throws(VigiaError) -> Void
    ) async throws(VigiaError) {
        let blocks = BlockSearchSQL(query: query, tenant: tenant)
        let filter = MessageFilter(query)
        try await KeysetExport.run(
            batchSize: batchSize,
            fetch: { (after, limit) async throws(VigiaError) in
                try await reading("export messages") { db in
                    // From the block that holds `after` (blocks do not overlap), oldest first.
                    try MessageBlockRows.matching(
                        filter, limit: limit, newestFirst: false, past: after,
                        in: Row.fetchCursor(
                            db,
                            sql: blocks.select + """
                                 AND b.id >= COALESCE(
                                    (SELECT MAX(id) FROM message_blocks WHERE tenant_id = ? AND id <= ?), 0)
                                ORDER BY b.id ASC
                                """,
                            arguments: StatementArguments(blocks.arguments + [tenant.rawValue, after])))
                }
            }, into: sink)
    }

    public func deleteMessages(before cutoff: Timestamp, tenant: TenantID) async throws(VigiaError) -> Int {
        try await writing("apply retention") { db in
            let blockIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM message_blocks WHERE tenant_id = ? AND min_event_time < ?",
                arguments: [tenant.rawValue, cutoff.milliseconds])
            var removed = 0
            for id in blockIDs {
                guard
                    let block = try MessageBlockRows.block(containing: MessageID(rawValue: id), tenant: tenant, in: db)
                else { continue }
                let old = try (0..<block.count).filter { index in
                    try block.message(at: index).message.eventTime < cutoff
                }
                removed += try MessageBlockRows.remove(old, from: block, tenant: tenant, in: db)
            }
            return removed
        }
    }

    public func countMessages(tenant: TenantID, stream: StreamID?) async throws(VigiaError) -> Int {
        try await reading("count messages") { db in
            if let stream {
                return try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COALESCE(SUM(message_count), 0) FROM message_blocks WHERE tenant_id = ? AND stream_id = ?",
                    arguments: [tenant.rawValue, stream.rawValue]) ?? 0
            }
            return try Int.fetchOne(
                db, sql: "SELECT COALESCE(SUM(message_count), 0) FROM message_blocks WHERE tenant_id = ?",
                arguments: [tenant.rawValue]) ?? 0
        }
    }

    // MARK: Labels

    public func addLabel(_ label: HumanLabel, tenant: TenantID) async throws(VigiaError) {
        try await writing("add label") { db in
            let block = try MessageBlockRows.block(containing: label.message, tenant: tenant, in: db)
            guard block?.index(of: label.message.rawValue) != nil else {
                throw VigiaError(.notFound, "no message \(label.message)")
            }
            try db.execute(
                sql: """
                    INSERT INTO labels (tenant_id, message_id, taxonomy, label, author, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, label.message.rawValue, label.taxonomy, label.label, label.author,
                    label.createdAt.milliseconds,
                ])
        }
    }

    public func labels(of message: MessageID, tenant: TenantID) async throws(VigiaError) -> [HumanLabel] {
        try await reading("read labels") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT message_id, taxonomy, label, author, created_at FROM labels
                    WHERE tenant_id = ? AND message_id = ? ORDER BY id
                    """, arguments: [tenant.rawValue, message.rawValue]
            ).map { row in
                HumanLabel(
                    message: MessageID(rawValue: row["message_id"]), taxonomy: row["taxonomy"], label: row["label"],
                    author: row["author"], createdAt: Timestamp(milliseconds: row["created_at"]))
            }
        }
    }

    public func labeledExamples(taxonomy: String, tenant: TenantID) async throws(VigiaError) -> [LabeledExample] {
        try await reading("read labeled examples") { db in
            let latest = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.message_id, l.label FROM labels l
                    WHERE l.tenant_id = ? AND l.taxonomy = ? AND l.id = (
                        SELECT max(id) FROM labels
                        WHERE tenant_id = l.tenant_id AND message_id = l.message_id AND taxonomy = l.taxonomy)
                    ORDER BY l.message_id
                    """, arguments: [tenant.rawValue, taxonomy])
            // Labeled messages in id order: consecutive ones often share a block, read once.
            var block: MessageBlock.Reader?
            return try latest.compactMap { row in
                let id = MessageID(rawValue: row["message_id"])
                if block?.index(of: id.rawValue) == nil {
                    block = try MessageBlockRows.block(containing: id, tenant: tenant, in: db)
                }
                guard let block, let index = block.index(of: id.rawValue) else { return nil }
                return LabeledExample(text: try block.message(at: index).message.text, label: row["label"])
            }
        }
    }

    // MARK: Jobs

    public func createJob(
        kind: String, input: String, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError)
        -> Job
    {
        try await writing("create job") { db in
            try db.execute(
                sql: """
                    INSERT INTO jobs (tenant_id, kind, status, progress, input, created_at, updated_at)
                    VALUES (?, ?, ?, 0, ?, ?, ?)
                    """,
                arguments: [
                    tenant.rawValue, kind, Job.Status.pending.rawValue, input, time.milliseconds, time.milliseconds,
                ])
            return Job(
                id: db.lastInsertedRowID, kind: kind, status: .pending, progress: 0, input: input, result: nil,
                createdAt: time, updatedAt: time)
        }
    }

    public func updateJob(
        _ id: Int64, status: Job.Status, progress: Double, result: String?, tenant: TenantID, at time: Timestamp
    ) async throws(VigiaError) -> Job {
        try await writing("update job") { db in
            let current = try Row.fetchOne(
                db, sql: "SELECT * FROM jobs WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id]
            ).map(Self.job(from:))
            var job = try Self.validateUpdate(of: current, id: id, progress: progress)
            try db.execute(
                sql: "UPDATE jobs SET status = ?, progress = ?, result = ?, updated_at = ? WHERE id = ?",
                arguments: [status.rawValue, progress, result, time.milliseconds, id])
            job.status = status
            job.progress = progress
            job.result = result
            job.updatedAt = time
            return job
        }
    }

    public func job(_ id: Int64, tenant: TenantID) async throws(VigiaError) -> Job? {
        try await reading("read job") { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM jobs WHERE tenant_id = ? AND id = ?", arguments: [tenant.rawValue, id]
            ).map(Self.job(from:))
        }
    }

    public func unfinishedJobs() async throws(VigiaError) -> [(tenant: TenantID, job: Job)] {
        try await reading("read unfinished jobs") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM jobs WHERE status IN (?, ?) ORDER BY id",
                arguments: [Job.Status.pending.rawValue, Job.Status.processing.rawValue]
            ).map { row in (tenant: TenantID(row["tenant_id"] as String), job: try Self.job(from: row)) }
        }
    }

    private static func job(from row: Row) throws -> Job {
        guard let status = Job.Status(rawValue: row["status"]) else {
            throw VigiaError(.storage, "job \(row["id"] as Int64) has an unknown status")
        }
        return Job(
            id: row["id"], kind: row["kind"], status: status, progress: row["progress"], input: row["input"],
            result: row["result"], createdAt: Timestamp(milliseconds: row["created_at"]),
            updatedAt: Timestamp(milliseconds: row["updated_at"]))
    }

    // MARK: Maintenance

    /// SQLite's own consistency check: "ok" when the file is sound.
    public func integrityCheck() async throws(VigiaError) -> String {
        try await reading("check integrity") { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// Counts for `vigia db stats`: tenants, streams, messages and labels, and the size of the database files.
    public func statistics() async throws(VigiaError) -> [(name: String, value: Int)] {
        let counts = try await reading("read statistics") { db in
            [
                ("tenants", try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT tenant_id) FROM streams") ?? 0),
                ("streams", try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM streams") ?? 0),
                (
                    "messages",
                    try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(message_count), 0) FROM message_blocks") ?? 0
                ),
                ("message blocks", try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message_blocks") ?? 0),
                ("labels", try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM labels") ?? 0),
            ]
        }
        let bytes = ["", "-wal", "-shm"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        return counts.map { (name: $0.0, value: $0.1) } + [("bytes on disk", bytes)]
    }

    // MARK: Errors

    func reading<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (Database) throws -> T
    )
        async throws(VigiaError) -> T
    {
        try await VigiaError.mappingStorageErrors(what) { try await pool.read(body) }
    }

    func writing<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (Database) throws -> T
    )
        async throws(VigiaError) -> T
    {
        try await VigiaError.mappingStorageErrors(what) { try await pool.write(body) }
    }
}
