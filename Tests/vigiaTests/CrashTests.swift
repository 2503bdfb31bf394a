import Foundation
import Testing
import VigiaCore
import VigiaSQLite
import VigiaTesting

/// kill -9 at a random moment loses nothing that was acknowledged, stores nothing twice, and leaves a sound file.
@Suite struct CrashTests {
    static let batchSize = 50

    @Test(arguments: 0..<3)
    func killedWriterLosesNoAcknowledgedBatch(round: Int) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("crash.sqlite")
        let reported = try Self.runWriterAndKill(path: path, afterReports: Int.random(in: 3...80))
        #expect(!reported.isEmpty)

        let store = try SQLiteStore(path: path, node: 1)
        #expect(try await store.integrityCheck() == "ok")
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

    /// Starts `vigia db crash-writer`, waits for `afterReports` commits, kills it with SIGKILL, and returns every
    /// batch it reported as committed (including lines that left the process just before the kill).
    static func runWriterAndKill(path: String, afterReports: Int) throws -> [Int] {
        let process = Process()
        process.executableURL = VigiaProcess.executable
        process.arguments = ["db", "crash-writer", "--store-path", path, "--batch-size", String(batchSize)]
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
