import Foundation
import Testing
import VigiaCore
import VigiaPostgres
import VigiaSQLite
import VigiaTesting

/// kill -9 at a random moment loses nothing that was acknowledged, stores nothing twice, and leaves a sound file.
@Suite struct CrashTests {
    static let batchSize = 50

    @Test(arguments: 0..<3)
    func killedWriterLosesNoAcknowledgedBatch(round: Int) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("crash.sqlite")
        let reported = try Self.runWriterAndKill(
            environment: ["STORE_KIND": "sqlite", "STORE_SQLITE_PATH": path], afterReports: Int.random(in: 3...80))
        #expect(!reported.isEmpty)

        let store = try SQLiteStore(path: path, node: 1)
        #expect(try await store.integrityCheck() == "ok")
        try await Self.verify(store, reported: reported)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES_URL"] != nil), arguments: 0..<2)
    func killedPostgresWriterLosesNoAcknowledgedBatch(round: Int) async throws {
        try await TemporaryPostgresDatabase.with { url in
            let reported = try Self.runWriterAndKill(
                environment: ["STORE_KIND": "postgres", "STORE_POSTGRES_URL": url],
                afterReports: Int.random(in: 3...80))
            #expect(!reported.isEmpty)
            let store = try PostgresStore(url: url, node: 1)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.migrate()
                try await Self.verify(store, reported: reported)
                group.cancelAll()
            }
        }
    }

    /// Every reported batch is present exactly once, batches are whole, and the store keeps working.
    static func verify(_ store: some VigiaStore, reported: [Int]) async throws {
        let collected = ClientIDs()
        try await store.export(MessageQuery(), tenant: TenantID("crash"), batchSize: 5_000) { batch in
            await collected.add(batch.compactMap(\.message.clientID))
        }
        let ids = await collected.ids
        #expect(Set(ids).count == ids.count, "a message was stored twice")
        let present = Set(ids)
        for batch in reported {
            let missing = (0..<Self.batchSize).filter { !present.contains("\(batch)-\($0)") }
            #expect(missing.isEmpty, "acknowledged batch \(batch) lost \(missing.count) messages")
        }
        // Transactions are all or nothing: every batch present is whole, acknowledged or not.
        let perBatch = Dictionary(grouping: ids) { $0.split(separator: "-")[0] }.mapValues(\.count)
        #expect(perBatch.values.allSatisfy { $0 == Self.batchSize })
        // The store keeps working after the crash.
        let more = try await store.append(
            [NewMessage(clientID: "after", eventTime: .now, text: "depois do crash")], to: StreamID("crash"),
            tenant: TenantID("crash"), receivedAt: .now)
        #expect(more.accepted == 1)
    }

    /// Starts `vigia db crash-writer` on the store `environment` configures, waits for `afterReports` commits, kills it with SIGKILL, and returns every
    /// batch it reported as committed (including lines that left the process just before the kill).
    static func runWriterAndKill(environment: [String: String], afterReports: Int) throws -> [Int] {
        let process = Process()
        process.executableURL = VigiaProcess.executable
        process.arguments = ["db", "crash-writer", "--batch-size", String(batchSize)]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        var reported: [Int] = []
        func parse() {
            while let newline = text.firstIndex(of: "\n") {
                let line = text[..<newline]
                text.removeSubrange(...newline)
                if line.hasPrefix("committed "), let batch = Int(line.dropFirst("committed ".count)) {
                    reported.append(batch)
                }
            }
        }
        while reported.count < afterReports {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            parse()
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        parse()
        return reported
    }
}

private actor ClientIDs {
    private(set) var ids: [String] = []
    func add(_ more: [String]) { ids += more }
}
