import Foundation
import Testing
import VigiaCore

@testable import VigiaEngine

/// The file source on real temporary files: lines as they are completed, a rotated file finished before the new
/// one, a truncated one read again, a restart with neither repeats nor losses, and the jsonl and csv formats.
@Suite struct FileTailSourceTests {
    /// A fresh directory for one test, removed after it.
    static func withDirectory(_ body: (String) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-tail-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await body(directory)
    }

    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    static func definition(_ path: String, _ format: SourceDefinition.File.Format = .lines) -> SourceDefinition {
        SourceDefinition(name: "tail", stream: StreamID("logs"), kind: .file, file: .init(path: path, format: format))
    }

    static func id(_ path: String, _ offset: Int, truncations: Int = 0) throws -> String {
        let file = try #require(FollowedFile.identity(path))
        return "\(file.device):\(file.inode):\(offset)" + (truncations == 0 ? "" : ":\(truncations)")
    }

    @Test func linesAppendedInPiecesArriveWholeOnceWithTheirPlaceAsID() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.log"
            try Self.append("um\ndo", to: path)
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await harness.waitForMessages(1)
                try await harness.waitForState(.connected, source: "tail")
                #expect(harness.messages.map(\.text) == ["um"])
                try Self.append("is\ntrês\r\n\n", to: path)
                try await harness.waitForMessages(3)
                #expect(harness.messages.map(\.text) == ["um", "dois", "três"])
                #expect(
                    harness.messages.map(\.clientID) == [
                        try Self.id(path, 0), try Self.id(path, 3), try Self.id(path, 8),
                    ])
            }
        }
    }

    @Test func aRotatedFileIsFinishedBeforeTheNewOneIsReadFromItsStart() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.log"
            try Self.append("antes\n", to: path)
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await harness.waitForMessages(1)
                let oldID = try Self.id(path, 6)
                try Self.append("último\n", to: path)
                try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
                try Self.append("novo\n", to: path)
                try await harness.waitForMessages(3)
                #expect(harness.messages.map(\.text) == ["antes", "último", "novo"])
                #expect(harness.messages.dropFirst(1).first?.clientID == oldID)
                #expect(harness.messages.dropFirst(2).first?.clientID == (try Self.id(path, 0)))
            }
        }
    }

    @Test func aTruncatedFileIsReadAgainFromItsStartUnderNewIDs() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.log"
            try Self.append("primeira\nsegunda\n", to: path)
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await harness.waitForMessages(2)
                let handle = try #require(FileHandle(forWritingAtPath: path))
                try handle.truncate(atOffset: 0)
                try handle.close()
                try Self.append("nova\n", to: path)
                try await harness.waitForMessages(3)
                #expect(harness.messages.map(\.text) == ["primeira", "segunda", "nova"])
                #expect(harness.messages.dropFirst(2).first?.clientID == (try Self.id(path, 0, truncations: 1)))
            }
        }
    }

    @Test func aRestartGoesOnFromTheCheckpointWithNoRepeatAndNoLoss() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.log"
            try Self.append("a\nb\n", to: path)
            let checkpoints = InMemorySourceCheckpoints()
            let first = SourceHarness(settings: SourceHarness.settings(), checkpoints: checkpoints)
            try await first.run {
                first.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await first.waitForMessages(2)
                try await first.waitUntil("the checkpoint is saved") {
                    checkpoints.saved("tail")?.contains("\"offset\":4") == true
                }
            }
            // Written while no node was reading.
            try Self.append("c\nd\n", to: path)
            let second = SourceHarness(settings: SourceHarness.settings(), checkpoints: checkpoints)
            try await second.run {
                second.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await second.waitForMessages(2)
                try Self.append("e\n", to: path)
                try await second.waitForMessages(3)
            }
            #expect(first.messages.map(\.text) == ["a", "b"])
            #expect(second.messages.map(\.text) == ["c", "d", "e"])
            #expect(Set((first.messages + second.messages).compactMap(\.clientID)).count == 5)
        }
    }

    @Test func jsonLinesAreReadAndABadLineIsSkippedAndCounted() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.jsonl"
            try Self.append(
                #"{"text":"sem áudio","author":"ana","ts":"2026-11-22T20:14:05.123Z"}"# + "\nnot json\n"
                    + #"{"text":"voltou"}"# + "\n", to: path)
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path, .jsonl), tenant: SourceHarness.tenant)
                try await harness.waitForMessages(2)
                try await harness.waitUntil("the bad line is counted") {
                    harness.status("tail")?.reason == "1 bad line skipped"
                }
                #expect(harness.messages.map(\.text) == ["sem áudio", "voltou"])
                #expect(harness.messages.first?.author == "ana")
                #expect(harness.messages.first?.eventTime == Timestamp(rfc3339: "2026-11-22T20:14:05.123Z"))
                #expect(harness.status("tail")?.state == .connected)
            }
        }
    }

    @Test func csvColumnsComeFromEachFilesHeaderIncludingAfterRotation() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/chat.csv"
            try Self.append("ts,author,text\n1795000000000,ana,\"tela preta, de novo\"\n", to: path)
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path, .csv), tenant: SourceHarness.tenant)
                try await harness.waitForMessages(1)
                try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
                try Self.append("text,author\ntravando,bia\n", to: path)
                try await harness.waitForMessages(2)
                #expect(harness.messages.map(\.text) == ["tela preta, de novo", "travando"])
                #expect(harness.messages.map(\.author) == ["ana", "bia"])
                #expect(harness.messages.first?.eventTime == Timestamp(milliseconds: 1_795_000_000_000))
            }
        }
    }

    @Test func aMissingFileIsAnErrorUntilItAppears() async throws {
        try await Self.withDirectory { directory in
            let path = directory + "/later.log"
            let harness = SourceHarness(settings: SourceHarness.settings())
            try await harness.run {
                harness.supervisor.start(Self.definition(path), tenant: SourceHarness.tenant)
                try await harness.waitForState(.error, source: "tail")
                #expect(harness.status("tail")?.reason == "file not found")
                #expect(harness.status("tail")?.retryAt != nil)
                try Self.append("enfim\n", to: path)
                try await harness.waitForMessages(1)
                try await harness.waitForState(.connected, source: "tail")
                #expect(harness.messages.map(\.text) == ["enfim"])
            }
        }
    }

    /// The probe's link to /etc/passwd inside the folder: refused when opened, and also when a rotation swaps the
    /// followed path for such a link; nothing outside is ever read.
    @Test func aLinkThatLeavesTheFolderReadsNothingEvenAfterARotation() async throws {
        try await Self.withDirectory { directory in
            let outside = directory + "-outside.log"
            try Self.append("segredo de fora\n", to: outside)
            defer { try? FileManager.default.removeItem(atPath: outside) }
            let harness = SourceHarness(
                settings: {
                    var settings = SourceHarness.settings()
                    settings.fileFolder = FileSourceFolder(directory)
                    return settings
                }())
            let linked = directory + "/passwd.log"
            try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: "/etc/passwd")
            let path = directory + "/chat.log"
            try Self.append("um\n", to: path)
            try await harness.run {
                harness.supervisor.start(Self.definition(linked), tenant: SourceHarness.tenant)
                try await harness.waitForState(.error, source: "tail")
                #expect(harness.status("tail")?.reason?.contains("inside \(directory) only") == true)
                var followed = Self.definition(path)
                followed.name = "chat"
                harness.supervisor.start(followed, tenant: SourceHarness.tenant)
                try await harness.waitForMessages(1)
                // Rotated: the path now names a link out of the folder.
                try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
                try await harness.waitForState(.error, source: "chat")
                #expect(harness.messages.map(\.text) == ["um"])
            }
        }
    }
}
