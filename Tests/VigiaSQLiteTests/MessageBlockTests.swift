import Foundation
import GRDB
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaSQLite

/// What the conformance suite cannot see: messages packed into blocks, across block boundaries, after retention
/// rewrites part of a block, and moved into blocks from the per-message schema of migration 1.
@Suite struct MessageBlockTests {
    let tenant = TenantID("acme")
    let stream = StreamID("live")
    let start = Timestamp(milliseconds: 1_767_225_600_000)

    func message(_ index: Int, clientID: String? = nil) -> NewMessage {
        NewMessage(
            clientID: clientID, eventTime: Timestamp(milliseconds: start.milliseconds + Int64(index) * 1000),
            author: index.isMultiple(of: 2) ? "ana" : nil,
            text: index.isMultiple(of: 10) ? "sem áudio \(index)" : "mensagem número \(index)", language: "pt",
            predictions: [
                Prediction(
                    taxonomy: "tech-issues", label: index.isMultiple(of: 10) ? "audio.sem_som" : "nenhum",
                    confidence: Double(index % 100) / 100)
            ], tags: index.isMultiple(of: 3) ? ["t"] : [], extra: index.isMultiple(of: 7) ? #"{"n":1}"# : nil)
    }

    func makeStore(_ directory: TemporaryDirectory) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.path("vigia.sqlite"))
        try await store.createStream(
            VigiaCore.Stream(id: stream, name: "live", kind: .chat, taxonomies: ["tech-issues"], createdAt: start),
            tenant: tenant)
        return store
    }

    func ftsIntegrity(_ store: SQLiteStore) async throws {
        try await store.pool.write { db in
            try db.execute(sql: "INSERT INTO message_blocks_fts (message_blocks_fts) VALUES ('integrity-check')")
        }
    }

    @Test func largeAppendsSpanBlocksAndReadBackWhole() async throws {
        let directory = try TemporaryDirectory()
        let store = try await makeStore(directory)
        let messages = (0..<2_500).map { message($0) }
        let result = try await store.append(messages, to: stream, tenant: tenant, receivedAt: start)
        let blocks = try await store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message_blocks") ?? 0
        }
        #expect(blocks == 3)
        for index in [0, 999, 1000, 1001, 2499] {
            let stored = try #require(try await store.message(result.ids[index], tenant: tenant))
            #expect(stored.message == messages[index])
        }
        var seen: [MessageID] = []
        var cursor: MessageCursor?
        repeat {
            let page = try await store.search(
                MessageQuery(stream: stream, label: "audio", limit: 37, cursor: cursor), tenant: tenant)
            seen += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        let expected = result.ids.enumerated().filter { $0.offset.isMultiple(of: 10) }.map(\.element)
        #expect(seen == expected.reversed())
        // The same messages found by their words, page after page across chunks and blocks, and exported.
        var byWords: [MessageID] = []
        cursor = nil
        repeat {
            let page = try await store.search(
                MessageQuery(text: "Áudio SEM", limit: 23, cursor: cursor), tenant: tenant)
            byWords += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        #expect(byWords == expected.reversed())
        let exported = IDs()
        try await store.export(MessageQuery(text: "sem audio"), tenant: tenant, batchSize: 33) { batch in
            await exported.add(batch.map(\.id))
        }
        #expect(await exported.all == expected)
        let words = try await store.search(MessageQuery(text: "SEM AUDIO 1990"), tenant: tenant)
        #expect(words.items.map(\.id) == [result.ids[1990]])
    }

    actor IDs {
        var all: [MessageID] = []
        func add(_ ids: [MessageID]) { all += ids }
    }

    @Test func wordsMustMeetInOneMessageNotJustOneBlock() async throws {
        let directory = try TemporaryDirectory()
        let store = try await makeStore(directory)
        let texts = (0..<1_000).map { index in
            switch index {
            case 10: "que gol lindo"
            case 500: "gol? travando tudo"
            case 900: "travando aqui"
            default: "mensagem \(index)"
            }
        }
        let result = try await store.append(
            texts.map { NewMessage(eventTime: start, text: $0) }, to: stream, tenant: tenant, receivedAt: start)
        let page = try await store.search(MessageQuery(text: "travando GOL"), tenant: tenant)
        #expect(page.items.map(\.id) == [result.ids[500]])
    }

    @Test func concurrentAppendsStoreEachClientIDOnce() async throws {
        let directory = try TemporaryDirectory()
        let store = try await makeStore(directory)
        let results = try await withThrowingTaskGroup(of: AppendResult.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await store.append(
                        (0..<300).map { message($0, clientID: "c\($0)") }, to: stream, tenant: tenant,
                        receivedAt: start)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.map(\.accepted).reduce(0, +) == 300)
        #expect(Set(results.map(\.ids)).count == 1)
        #expect(try await store.countMessages(tenant: tenant, stream: stream) == 300)
    }

    @Test func retentionRewritesPartOfABlockAndKeepsTheIndexSound() async throws {
        let directory = try TemporaryDirectory()
        let store = try await makeStore(directory)
        let result = try await store.append(
            (0..<1_500).map { message($0, clientID: "c\($0)") }, to: stream, tenant: tenant, receivedAt: start)
        try await store.addLabel(
            HumanLabel(
                message: result.ids[5], taxonomy: "tech-issues", label: "nenhum", author: "op", createdAt: start),
            tenant: tenant)
        // Cuts the first block at message 600: 600 go, 900 stay.
        let cutoff = Timestamp(milliseconds: start.milliseconds + 600 * 1000)
        #expect(try await store.deleteMessages(before: cutoff, tenant: tenant) == 600)
        try await ftsIntegrity(store)
        #expect(try await store.countMessages(tenant: tenant, stream: stream) == 900)
        #expect(try await store.message(result.ids[599], tenant: tenant) == nil)
        #expect(try await store.message(result.ids[600], tenant: tenant)?.message == message(600, clientID: "c600"))
        #expect(try await store.labeledExamples(taxonomy: "tech-issues", tenant: tenant).isEmpty)
        let old = try await store.search(MessageQuery(text: "sem audio 590"), tenant: tenant)
        #expect(old.items.isEmpty)
        let kept = try await store.search(MessageQuery(text: "sem audio 600"), tenant: tenant)
        #expect(kept.items.map(\.id) == [result.ids[600]])
        // A removed client id can be used again; a kept one is still a duplicate.
        let again = try await store.append(
            [message(1, clientID: "c1"), message(700, clientID: "c700")], to: stream, tenant: tenant, receivedAt: start)
        #expect(again.accepted == 1 && again.duplicates == 1 && again.ids[1] == result.ids[700])
        #expect(try await store.deleteStream(stream, tenant: tenant))
        try await ftsIntegrity(store)
        #expect(try await store.integrityCheck() == "ok")
    }

    @Test func migrationMovesPerMessageRowsIntoBlocks() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        // A database as the per-message schema left it: two streams whose ids interleave, a client id, a label.
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "3-jobs")
        try await old.write { db in
            try db.execute(
                sql:
                    "INSERT INTO streams VALUES ('acme', 'a', 'A', 'chat', '[]', 0), ('acme', 'b', 'B', 'chat', '[]', 0)"
            )
            for id in 1...6 {
                try db.execute(
                    sql: """
                        INSERT INTO messages (id, tenant_id, stream_id, client_id, event_time, received_time, author,
                            text, language, predictions, tags, extra)
                        VALUES (?, 'acme', ?, ?, ?, 5, NULL, ?, 'pt', ?, '["x"]', NULL)
                        """,
                    arguments: [
                        Int64(id) << 22, id <= 2 || id == 5 ? "a" : "b", id == 1 ? "k1" : nil, id * 1000,
                        "Sem ÁUDIO \(id)",
                        #"[{"taxonomy":"tech-issues","label":"audio.sem_som","confidence":0.5}]"#,
                    ])
            }
            try db.execute(
                sql:
                    "INSERT INTO labels (tenant_id, message_id, taxonomy, label, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: ["acme", Int64(5) << 22, "tech-issues", "nenhum", "op", 0])
        }
        try old.close()

        let store = try SQLiteStore(path: path)
        let streamA = try await store.search(MessageQuery(stream: StreamID("a"), text: "audio"), tenant: tenant)
        #expect(streamA.items.map(\.id.rawValue) == [5, 2, 1].map { Int64($0) << 22 })
        #expect(streamA.items.last?.message.clientID == "k1")
        #expect(try await store.countMessages(tenant: tenant, stream: StreamID("b")) == 3)
        #expect(
            try await store.labeledExamples(taxonomy: "tech-issues", tenant: tenant)
                == [LabeledExample(text: "Sem ÁUDIO 5", label: "nenhum")])
        let duplicate = try await store.append(
            [NewMessage(clientID: "k1", eventTime: start, text: "again")], to: StreamID("a"), tenant: tenant,
            receivedAt: start)
        #expect(duplicate.ids == [MessageID(rawValue: 1 << 22)])
        let fresh = try await store.append(
            [NewMessage(eventTime: start, text: "new")], to: StreamID("b"), tenant: tenant, receivedAt: start)
        #expect(fresh.ids[0].rawValue > 6 << 22)
        #expect(try await store.integrityCheck() == "ok")
    }
}
