import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization
import VigiaCore

/// A YouTube live's chat through the Data API v3: finds the video's live chat (`videos.list`), then polls
/// `liveChatMessages.list` page after page at the pace YouTube asks for, delivering text messages and Super Chats
/// once each. Its checkpoint (chat, page token, recent message ids, the day's quota) lets a restart go on from the
/// last delivered page.
final class YouTubeChatReader: SourceReader {
    /// What is saved after each delivered page.
    struct Checkpoint: Codable, Sendable, Hashable {
        var video: String
        var liveChatId: String?
        var nextPageToken: String?
        /// The latest message ids delivered, oldest first: YouTube may send a message again on the next page.
        var recentIds: [String]
        var quotaDay: String
        var quotaUnits: Int
    }

    /// Ids remembered to drop repeats; pages hold at most a few hundred messages.
    static let recentIDLimit = 2_000

    private struct State {
        var loaded = false
        var checkpoint = Checkpoint(video: "", recentIds: [], quotaDay: "", quotaUnits: 0)
        var warnedQuotaDay: String?
    }

    private let state = Mutex(State())

    private enum Answer {
        case success(ByteBuffer)
        case quotaExhausted
        case chatGone(reason: String)
    }

    func read(_ context: SourceContext) async throws(VigiaError) -> SourceReadOutcome {
        guard let youtube = context.definition.youtube, let video = YouTubeVideoReference.videoID(youtube.video) else {
            throw VigiaError(.invalidArgument, "youtube.video names no video id or URL")
        }
        await loadCheckpoint(context, video: video)
        var cursor = state.withLock { $0.checkpoint }
        if cursor.video != video || cursor.liveChatId == nil {
            switch try await get("videos", [("part", "liveStreamingDetails"), ("id", video)], cost: 1, context) {
            case .quotaExhausted: return quotaExhausted()
            case .chatGone(let reason): return .ended(reason: reason)
            case .success(let body):
                let list = try decode(VideoList.self, body)
                guard let item = list.items?.first else { throw VigiaError(.notFound, "no such video") }
                if let chat = item.liveStreamingDetails?.activeLiveChatId {
                    cursor.video = video
                    cursor.liveChatId = chat
                    cursor.nextPageToken = nil
                    cursor.recentIds = []
                    // The quota in `cursor` is older than the call just made: only the place is replaced.
                    state.withLock { state in
                        state.checkpoint.video = video
                        state.checkpoint.liveChatId = chat
                        state.checkpoint.nextPageToken = nil
                        state.checkpoint.recentIds = []
                    }
                } else if item.liveStreamingDetails?.actualEndTime != nil {
                    return .ended(reason: "the live has ended")
                } else {
                    throw VigiaError(.unavailable, "the video has no live chat (not live yet?)")
                }
            }
        }
        guard let chat = cursor.liveChatId else { throw VigiaError(.unavailable, "no live chat") }
        var recent = Set(cursor.recentIds)
        while true {
            var query = [("liveChatId", chat), ("part", "snippet,authorDetails"), ("maxResults", "2000")]
            if let token = cursor.nextPageToken { query.append(("pageToken", token)) }
            let body: ByteBuffer
            switch try await get("liveChat/messages", query, cost: YouTubeQuota.liveChatMessagesListCost, context) {
            case .quotaExhausted: return quotaExhausted()
            case .chatGone(let reason): return .ended(reason: reason)
            case .success(let answer): body = answer
            }
            let page = try decode(MessageList.self, body)
            context.connected(reason: quotaWarning(context))
            context.setLive(page.offlineAt == nil)
            var messages: [NewMessage] = []
            var chatEnded = false
            for item in page.items ?? [] {
                if item.snippet.type == "chatEndedEvent" { chatEnded = true }
                guard !recent.contains(item.id), let message = Self.message(item) else { continue }
                recent.insert(item.id)
                cursor.recentIds.append(item.id)
                messages.append(message)
            }
            try await context.deliver(messages)
            if cursor.recentIds.count > Self.recentIDLimit {
                for id in cursor.recentIds.prefix(cursor.recentIds.count - Self.recentIDLimit) { recent.remove(id) }
                cursor.recentIds.removeFirst(cursor.recentIds.count - Self.recentIDLimit)
            }
            cursor.nextPageToken = page.nextPageToken ?? cursor.nextPageToken
            let saved = state.withLock { state in
                cursor.quotaDay = state.checkpoint.quotaDay
                cursor.quotaUnits = state.checkpoint.quotaUnits
                state.checkpoint = cursor
                return JSONText.encoded(cursor)
            }
            await context.saveCheckpoint(saved)
            if chatEnded { return .ended(reason: "the live chat ended") }
            if page.offlineAt != nil { return .ended(reason: "the live is offline") }
            do {
                try await Task.sleep(for: .milliseconds(max(0, page.pollingIntervalMillis ?? 5_000)))
            } catch {
                throw VigiaError(.unavailable, "stopped")
            }
        }
    }

    /// A chat item as a message: text messages and Super Chats; nil for every other kind of event.
    static func message(_ item: MessageList.Message) -> NewMessage? {
        let snippet = item.snippet
        let time = snippet.publishedAt.flatMap { Timestamp(acceptedText: $0) } ?? .now
        let author = item.authorDetails?.displayName
        switch snippet.type {
        case "textMessageEvent":
            guard let text = snippet.textMessageDetails?.messageText ?? snippet.displayMessage else { return nil }
            return NewMessage(clientID: item.id, eventTime: time, author: author, text: text)
        case "superChatEvent":
            let details = snippet.superChatDetails
            var extra: [String: String] = [:]
            if let amount = details?.amountDisplayString { extra["amountDisplayString"] = amount }
            return NewMessage(
                clientID: item.id, eventTime: time, author: author,
                text: details?.userComment ?? snippet.displayMessage ?? "", tags: ["superchat"],
                extra: extra.isEmpty ? nil : JSONText.encoded(extra))
        default:
            return nil
        }
    }

    /// Restores the saved place once per source life (later sessions go on from memory, which matches it).
    private func loadCheckpoint(_ context: SourceContext, video: String) async {
        guard !state.withLock({ $0.loaded }) else { return }
        let saved = await context.loadCheckpoint().flatMap { try? JSONText.decoded(Checkpoint.self, from: $0) }
        state.withLock { state in
            state.loaded = true
            if let saved { state.checkpoint = saved }
            // A day's spending counts only on that day.
            state.checkpoint.quotaUnits =
                state.checkpoint.quotaDay == YouTubeQuota.pacificDay(.now)
                ? state.checkpoint.quotaUnits : 0
            state.checkpoint.quotaDay = YouTubeQuota.pacificDay(.now)
        }
        if saved != nil, saved?.video != video {
            context.logger.info("the saved checkpoint is for another video; starting afresh")
        }
    }

    private func quotaExhausted() -> SourceReadOutcome {
        .retry(at: YouTubeQuota.nextReset(after: .now), reason: "daily quota exhausted")
    }

    /// The status reason once 80 % of the day's quota is spent (logged once a day).
    private func quotaWarning(_ context: SourceContext) -> String? {
        let daily = context.settings.youtubeDailyQuota
        let (units, day, firstTime) = state.withLock { state in
            let quota = state.checkpoint
            let first = quota.quotaUnits * 5 >= daily * 4 && state.warnedQuotaDay != quota.quotaDay
            if first { state.warnedQuotaDay = quota.quotaDay }
            return (quota.quotaUnits, quota.quotaDay, first)
        }
        guard units * 5 >= daily * 4 else { return nil }
        let reason = "\(units * 100 / max(daily, 1)) % of the daily YouTube quota spent (\(units) of \(daily) units)"
        if firstTime { context.logger.warning("\(reason) on \(day)") }
        return reason
    }

    /// One API call, its quota units counted first (Google counts refused calls too). Answers that say the chat is
    /// over or the quota spent are returned; the rest of the failures are thrown, in words without the URL (it may
    /// hold the API key).
    private func get(
        _ path: String, _ query: [(String, String)], cost: Int, _ context: SourceContext
    ) async throws(VigiaError) -> Answer {
        let units = state.withLock { state in
            var quota = YouTubeQuota(day: state.checkpoint.quotaDay, units: state.checkpoint.quotaUnits)
            quota.spend(cost, at: .now)
            state.checkpoint.quotaDay = quota.day
            state.checkpoint.quotaUnits = quota.units
            return quota.units
        }
        context.update { $0.quotaUsed = units }
        var parameters = query
        let youtube = context.definition.youtube
        // An OAuth token, when given, is the owner's own access; otherwise the key names the project.
        let token = youtube?.accessToken.flatMap { $0.isEmpty ? nil : $0 }
        if token == nil, let key = youtube?.apiKey { parameters.append(("key", key)) }
        var request = HTTPClientRequest(
            url: context.settings.youtubeAPIBaseURL + "/" + path + "?"
                + parameters.map { "\(Self.escaped($0.0))=\(Self.escaped($0.1))" }.joined(separator: "&"))
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.headers.add(name: "Accept", value: "application/json")
        let status: Int
        let body: ByteBuffer
        do {
            let response = try await context.httpClient.execute(
                request, timeout: .milliseconds(Int64(context.settings.requestTimeout.inMilliseconds)))
            status = Int(response.status.code)
            body = try await response.body.collect(upTo: 32 << 20)
        } catch {
            throw VigiaError(.unavailable, Task.isCancelled ? "stopped" : "YouTube did not answer")
        }
        if (200..<300).contains(status) { return .success(body) }
        let reason = (try? JSONDecoder().decode(ErrorBody.self, from: Data(body.readableBytesView)))?.error.errors?
            .first?.reason
        switch (status, reason) {
        case (403, "quotaExceeded"), (403, "dailyLimitExceeded"):
            return .quotaExhausted
        case (_, "liveChatEnded"):
            return .chatGone(reason: "the live chat ended")
        case (_, "liveChatNotFound"):
            return .chatGone(reason: "the live chat no longer exists")
        case (_, "liveChatDisabled"):
            return .chatGone(reason: "the live chat is disabled")
        case (500..<600, _), (429, _):
            throw VigiaError(.unavailable, "YouTube answered \(status)")
        default:
            throw VigiaError(.unavailable, "YouTube refused the request (\(status) \(reason ?? "without a reason"))")
        }
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ body: ByteBuffer) throws(VigiaError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(body.readableBytesView))
        } catch {
            throw VigiaError(.invalidData, "YouTube sent an answer that is not the documented JSON")
        }
    }

    private static func escaped(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
