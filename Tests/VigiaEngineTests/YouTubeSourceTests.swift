import Foundation
import Hummingbird
import Testing
import VigiaCore

@testable import VigiaEngine

/// The YouTube source against a loopback server replaying a chat in the Data API v3's JSON: every message once and
/// in order across pages, failures retried without loss, the quota and the chat's end respected, the place kept in
/// the checkpoint, and the API key kept out of sight.
@Suite struct YouTubeSourceTests {
    static let apiKey = "AIzaSy-test-secret-key"

    static func chat(_ count: Int, every step: Duration = .milliseconds(40)) -> [YouTubeReplayServer.ChatMessage] {
        (0..<count).map { index in
            .init(id: "msg-\(index)", at: step * index, author: "viewer\(index)", text: "mensagem \(index)")
        }
    }

    static func definition(_ video: String, name: String = "live") -> SourceDefinition {
        SourceDefinition(
            name: name, stream: StreamID("final"), kind: .youtube,
            youtube: .init(video: video, apiKey: apiKey), watchdogSeconds: 60)
    }

    /// Runs a supervisor against `replay` on a loopback server.
    static func withReplay(
        _ replay: YouTubeReplayServer, checkpoints: InMemorySourceCheckpoints = .init(), refusing: Int = 0,
        _ body: (SourceHarness) async throws -> Void
    ) async throws {
        try await withLoopbackServer({ replay.register(on: $0) }) { base in
            let harness = SourceHarness(
                settings: SourceHarness.settings(youtube: base + "/youtube/v3"), checkpoints: checkpoints,
                refusing: refusing)
            try await harness.run { try await body(harness) }
        }
    }

    @Test func messagesArriveInOrderOnceAcrossPagesFollowingTheTokensAndThePollingInterval() async throws {
        let replay = YouTubeReplayServer(messages: Self.chat(8), pollingIntervalMillis: 60, overlap: 2)
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitForMessages(8)
            replay.end(.chatEndedEvent)
            try await harness.waitForState(.ended, source: "live")
            #expect(harness.messages.map(\.clientID) == (0..<8).map { "msg-\($0)" })
            #expect(harness.messages.first?.author == "viewer0")
            #expect(harness.messages.first?.text == "mensagem 0")
            #expect(
                harness.messages.last?.eventTime == Timestamp(milliseconds: replay.recordingStart.milliseconds + 280))
            let tokens = replay.pageTokens
            #expect(tokens.first == .some(nil))
            #expect(tokens.dropFirst().allSatisfy { $0?.hasPrefix("page-") == true })
            #expect(tokens.count >= 2)
            let gaps = zip(replay.pageTimes, replay.pageTimes.dropFirst()).map { $1 - $0 }
            #expect(gaps.allSatisfy { $0 >= .milliseconds(60) })
            let status = harness.status("live")
            #expect(status?.messages == 8)
            #expect(status?.reason == "the live chat ended")
            #expect(status?.quotaUsed == 1 + 5 * tokens.count)
            #expect(replay.requests.first?.contains("key=\(Self.apiKey)") == true)
        }
    }

    @Test func aSuperChatKeepsItsCommentAmountAndTag() async throws {
        let replay = YouTubeReplayServer(messages: [
            .init(id: "sc-1", at: .zero, author: "Torcedor", text: "vai time!", superChatAmount: "R$ 10,00")
        ])
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitForMessages(1)
            let message = try #require(harness.messages.first)
            #expect(message.clientID == "sc-1")
            #expect(message.text == "vai time!")
            #expect(message.author == "Torcedor")
            #expect(message.tags == ["superchat"])
            #expect(message.extra == #"{"amountDisplayString":"R$ 10,00"}"#)
        }
    }

    @Test func serverErrorsAndARefusedDeliveryAreRetriedWithNothingLost() async throws {
        let replay = YouTubeReplayServer(messages: Self.chat(5, every: .zero))
        replay.fail(next: 2, with: .serverError(503))
        try await Self.withReplay(replay, refusing: 1) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitUntil("the source failed") { harness.status("live")?.state == .error }
            #expect(harness.status("live")?.reason == "YouTube answered 503")
            #expect(harness.status("live")?.retryAt != nil)
            try await harness.waitForMessages(5)
            try await harness.waitForState(.connected, source: "live")
            #expect(harness.messages.map(\.clientID) == (0..<5).map { "msg-\($0)" })
        }
    }

    @Test func anExhaustedQuotaWaitsForPacificMidnight() async throws {
        let replay = YouTubeReplayServer(messages: Self.chat(3))
        replay.fail(next: 1, with: .quotaExceeded)
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitForState(.error, source: "live")
            let status = try #require(harness.status("live"))
            #expect(status.reason == "daily quota exhausted")
            let retryAt = try #require(status.retryAt)
            #expect(retryAt > .now)
            #expect(retryAt.milliseconds - Timestamp.now.milliseconds <= 25 * 3_600_000)
            var pacific = Calendar(identifier: .gregorian)
            pacific.timeZone = try #require(TimeZone(identifier: "America/Los_Angeles"))
            let parts = pacific.dateComponents(
                [.hour, .minute, .second], from: Date(timeIntervalSince1970: Double(retryAt.milliseconds) / 1000))
            #expect([parts.hour, parts.minute, parts.second] == [0, 0, 0])
            #expect(status.quotaUsed == 1)
            #expect(harness.messages.isEmpty)
        }
    }

    @Test(arguments: [YouTubeReplayServer.Ending.chatEndedEvent, .offline])
    func aChatThatEndsEndsTheSource(_ ending: YouTubeReplayServer.Ending) async throws {
        let replay = YouTubeReplayServer(messages: Self.chat(2, every: .zero))
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitForMessages(2)
            let pagesBefore = replay.pageTokens.count
            replay.end(ending)
            try await harness.waitForState(.ended, source: "live")
            // Ended sources are not polled again.
            let pagesAtEnd = replay.pageTokens.count
            try await Task.sleep(for: .milliseconds(100))
            #expect(replay.pageTokens.count == pagesAtEnd)
            #expect(pagesAtEnd > pagesBefore)
            #expect(harness.messages.count == 2)
        }
    }

    @Test func aRestartResumesFromTheSavedPageToken() async throws {
        let replay = YouTubeReplayServer(messages: Self.chat(6, every: .zero))
        let day = YouTubeQuota.pacificDay(.now)
        let saved = JSONText.encoded(
            YouTubeChatReader.Checkpoint(
                video: replay.videoID, liveChatId: replay.liveChatID, nextPageToken: "page-4",
                recentIds: ["msg-2", "msg-3"], quotaDay: day, quotaUnits: 40))
        let checkpoints = InMemorySourceCheckpoints(["\(SourceHarness.tenant)/live": saved])
        try await Self.withReplay(replay, checkpoints: checkpoints) { harness in
            harness.supervisor.start(Self.definition(replay.videoID), tenant: SourceHarness.tenant)
            try await harness.waitForMessages(2)
            replay.end(.chatEndedEvent)
            try await harness.waitForState(.ended, source: "live")
            #expect(harness.messages.map(\.clientID) == ["msg-4", "msg-5"])
            #expect(replay.pageTokens.first == "page-4")
            #expect(!replay.requests.contains { $0.contains("/videos") })
            #expect(harness.status("live")?.quotaUsed == 40 + 5 * replay.pageTokens.count)
            let latest = try #require(await checkpoints.checkpoint(source: "live", tenant: SourceHarness.tenant))
            let checkpoint = try #require(try JSONText.decoded(YouTubeChatReader.Checkpoint.self, from: latest))
            #expect(checkpoint.nextPageToken == "page-6")
            #expect(checkpoint.recentIds == ["msg-2", "msg-3", "msg-4", "msg-5"])
        }
    }

    @Test func anUnknownVideoIsAnErrorThatNeverShowsTheKey() async throws {
        let replay = YouTubeReplayServer(messages: [])
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition("zzzzzzzzzzz"), tenant: SourceHarness.tenant)
            try await harness.waitForState(.error, source: "live")
            #expect(harness.status("live")?.reason == "no such video")
            replay.fail(next: 10, with: .serverError(400))
            harness.supervisor.start(Self.definition(replay.videoID, name: "other"), tenant: SourceHarness.tenant)
            try await harness.waitForState(.error, source: "other")
            let everything =
                "\(String(describing: harness.status("live"))) \(String(describing: harness.status("other")))"
            #expect(everything.contains("YouTube refused the request (400 backendError)"))
            #expect(!everything.contains(Self.apiKey))
        }
    }

    @Test(arguments: [
        "vigiaLive01", "https://www.youtube.com/watch?v=vigiaLive01", "https://youtu.be/vigiaLive01",
        "https://www.youtube.com/live/vigiaLive01?feature=share",
        "https://m.youtube.com/watch?app=desktop&v=vigiaLive01",
    ])
    func videoURLFormsResolve(_ video: String) async throws {
        #expect(YouTubeVideoReference.videoID(video) == "vigiaLive01")
        let replay = YouTubeReplayServer(messages: Self.chat(1))
        try await Self.withReplay(replay) { harness in
            harness.supervisor.start(Self.definition(video), tenant: SourceHarness.tenant)
            try await harness.waitForMessages(1)
            #expect(harness.messages.map(\.clientID) == ["msg-0"])
        }
    }

    @Test func textThatNamesNoVideoIsNotAVideo() {
        #expect(YouTubeVideoReference.videoID("https://example.com/watch?v=vigiaLive01") == nil)
        #expect(YouTubeVideoReference.videoID("short") == nil)
        #expect(YouTubeVideoReference.videoID("https://www.youtube.com/watch?v=tooLongToBeAnId") == nil)
    }
}
