import Foundation
import Hummingbird
import Synchronization
import VigiaCore

/// Serves a recorded chat as the YouTube Data API v3 would while the live runs: `GET …/videos` finds the live's
/// chat, and `GET …/liveChat/messages` returns, page after page, the messages whose time has come since the page
/// token it handed out last. Failures can be injected (a 5xx, `quotaExceeded`) and the chat ended.
///
/// Replay time is `startOffset` plus the wall time since the first request, times `speed`: a 30-minute recording
/// replays in 30 s at speed 60, and starting at 10 minutes skips the messages before.
final class YouTubeReplayServer: Sendable {
    struct ChatMessage: Sendable {
        var id: String
        /// When it was said, from the start of the recording.
        var at: Duration
        var author: String
        var text: String
        /// A Super Chat's amount as YouTube shows it (`"R$ 10,00"`); nil for a text message.
        var superChatAmount: String?

        init(id: String, at: Duration, author: String, text: String, superChatAmount: String? = nil) {
            self.id = id
            self.at = at
            self.author = author
            self.text = text
            self.superChatAmount = superChatAmount
        }
    }

    enum Failure: Sendable {
        /// An HTTP error such as 503, body and all.
        case serverError(Int)
        /// 403 `quotaExceeded`, as Google answers when the project's daily quota is spent.
        case quotaExceeded
    }

    enum Ending: Sendable {
        /// A last page holding a `chatEndedEvent` item.
        case chatEndedEvent
        /// A page with `offlineAt` set.
        case offline
    }

    let videoID: String
    let liveChatID: String
    /// When the recording started, in the messages' `publishedAt`.
    let recordingStart: Timestamp

    private struct State {
        var startedAt: ContinuousClock.Instant?
        var startedWall = Timestamp.now
        var failures: [Failure] = []
        var ending: Ending?
        /// Every page token received, nil for a request without one.
        var pageTokens: [String?] = []
        var requests: [String] = []
        var pageTimes: [ContinuousClock.Instant] = []
    }

    private let messages: [ChatMessage]
    private let pollingIntervalMillis: Int
    private let startOffset: Duration
    private let speed: Double
    /// Messages each page repeats from the page before, as YouTube sometimes does.
    private let overlap: Int
    private let state = Mutex(State())
    /// Whether messages are stamped as a live would stamp them: when they are served, on the wall clock (a replay
    /// sped up is then a faster chat), rather than at their recorded time.
    private let live: Bool

    init(
        messages: [ChatMessage], videoID: String = "vigiaLive01", liveChatID: String = "Cg0KC3ZpZ2lhTGl2ZTAx",
        pollingIntervalMillis: Int = 20, startOffset: Duration = .zero, speed: Double = 1, overlap: Int = 0,
        recordingStart: Timestamp = Timestamp(milliseconds: 1_795_000_000_000), live: Bool = false
    ) {
        self.messages = messages.sorted { $0.at < $1.at }
        self.videoID = videoID
        self.liveChatID = liveChatID
        self.pollingIntervalMillis = pollingIntervalMillis
        self.startOffset = startOffset
        self.speed = speed
        self.overlap = overlap
        self.recordingStart = recordingStart
        self.live = live
    }

    /// The next `count` requests (of any kind) fail with `failure`.
    func fail(next count: Int = 1, with failure: Failure) {
        state.withLock { $0.failures += Array(repeating: failure, count: count) }
    }

    /// From the next page on, the chat is over, the way `ending` says.
    func end(_ ending: Ending) { state.withLock { $0.ending = ending } }

    /// The page tokens the client sent, in order (nil: none).
    var pageTokens: [String?] { state.withLock { $0.pageTokens } }

    /// When each `liveChat/messages` request came.
    var pageTimes: [ContinuousClock.Instant] { state.withLock { $0.pageTimes } }

    /// Every request's path and query, in order, as received.
    var requests: [String] { state.withLock { $0.requests } }

    /// Adds the API's routes under `prefix` (the client's base URL is the server's plus `/` + `prefix`).
    func register(on router: Router<BasicRequestContext>, prefix: String = "youtube/v3") {
        router.get("\(prefix)/videos") { request, _ in self.videos(request) }
        router.get("\(prefix)/liveChat/messages") { request, _ in self.page(request) }
    }

    private func videos(_ request: Request) -> Response {
        if let failure = takeFailure(request) { return Self.response(for: failure) }
        let ended = state.withLock { $0.ending != nil }
        guard request.uri.queryParameters["id"].map(String.init) == videoID else {
            return Self.json(["kind": "youtube#videoListResponse", "items": [] as [Any], "pageInfo": Self.pageInfo(0)])
        }
        var details: [String: Any] = ["actualStartTime": recordingStart.rfc3339]
        if ended { details["actualEndTime"] = Timestamp.now.rfc3339 } else { details["activeLiveChatId"] = liveChatID }
        return Self.json([
            "kind": "youtube#videoListResponse", "etag": "replay", "pageInfo": Self.pageInfo(1),
            "items": [["kind": "youtube#video", "etag": "replay", "id": videoID, "liveStreamingDetails": details]],
        ])
    }

    private func page(_ request: Request) -> Response {
        if let failure = takeFailure(request) { return Self.response(for: failure) }
        let query = request.uri.queryParameters
        guard query["liveChatId"].map(String.init) == liveChatID else {
            return Self.error(404, reason: "liveChatNotFound", message: "The live chat could not be found.")
        }
        let token = query["pageToken"].map(String.init)
        let (now, ending, startedWall) = state.withLock { state in
            state.pageTokens.append(token)
            state.pageTimes.append(.now)
            if state.startedAt == nil { state.startedWall = .now }
            let started = state.startedAt ?? .now
            state.startedAt = started
            return (startOffset + (ContinuousClock.now - started) * speed, state.ending, state.startedWall)
        }
        let first: Int
        if let token {
            guard token.hasPrefix("page-"), let index = Int(token.dropFirst(5)), index <= messages.count else {
                return Self.error(400, reason: "pageTokenInvalid", message: "The page token is not valid.")
            }
            first = index
        } else {
            first = messages.firstIndex { $0.at >= startOffset } ?? messages.count
        }
        let due = ending == nil ? messages[first...].prefix { $0.at <= now }.count : messages.count - first
        var items = messages[max(0, first - overlap)..<(first + due)].map { item($0, startedWall: startedWall) }
        var body: [String: Any] = [
            "kind": "youtube#liveChatMessageListResponse", "etag": "replay",
            "pollingIntervalMillis": pollingIntervalMillis, "nextPageToken": "page-\(first + due)",
            "pageInfo": Self.pageInfo(items.count),
        ]
        switch ending {
        case .chatEndedEvent:
            items.append([
                "kind": "youtube#liveChatMessage", "etag": "replay", "id": "chat-ended",
                "snippet": [
                    "type": "chatEndedEvent", "liveChatId": liveChatID, "publishedAt": Timestamp.now.rfc3339,
                    "hasDisplayContent": false,
                ],
            ])
        case .offline: body["offlineAt"] = Timestamp.now.rfc3339
        case nil: break
        }
        body["items"] = items
        return Self.json(body)
    }

    private func item(_ message: ChatMessage, startedWall: Timestamp) -> [String: Any] {
        let published =
            live
            ? Timestamp(
                milliseconds: startedWall.milliseconds + Int64(((message.at - startOffset) / speed).inMilliseconds))
            : Timestamp(milliseconds: recordingStart.milliseconds + Int64(message.at.inMilliseconds))
        var snippet: [String: Any] = [
            "liveChatId": liveChatID, "authorChannelId": "UC-\(message.author)", "publishedAt": published.rfc3339,
            "hasDisplayContent": true,
        ]
        if let amount = message.superChatAmount {
            snippet["type"] = "superChatEvent"
            snippet["displayMessage"] = "\(amount) from \(message.author): \"\(message.text)\""
            snippet["superChatDetails"] = [
                "amountMicros": "10000000", "currency": "BRL", "amountDisplayString": amount,
                "userComment": message.text, "tier": 2,
            ]
        } else {
            snippet["type"] = "textMessageEvent"
            snippet["displayMessage"] = message.text
            snippet["textMessageDetails"] = ["messageText": message.text]
        }
        return [
            "kind": "youtube#liveChatMessage", "etag": "replay", "id": message.id, "snippet": snippet,
            "authorDetails": [
                "channelId": "UC-\(message.author)",
                "channelUrl": "http://www.youtube.com/channel/UC-\(message.author)",
                "displayName": message.author, "profileImageUrl": "https://yt3.ggpht.com/replay.jpg",
                "isVerified": false, "isChatOwner": false, "isChatSponsor": false, "isChatModerator": false,
            ],
        ]
    }

    private func takeFailure(_ request: Request) -> Failure? {
        state.withLock { state in
            state.requests.append(request.uri.description)
            return state.failures.isEmpty ? nil : state.failures.removeFirst()
        }
    }

    private static func response(for failure: Failure) -> Response {
        switch failure {
        case .serverError(let status):
            error(status, reason: "backendError", message: "Backend Error")
        case .quotaExceeded:
            error(
                403, reason: "quotaExceeded",
                message: "The request cannot be completed because you have exceeded your quota.")
        }
    }

    private static func pageInfo(_ count: Int) -> [String: Any] { ["totalResults": count, "resultsPerPage": count] }

    private static func error(_ status: Int, reason: String, message: String) -> Response {
        json(
            [
                "error": [
                    "code": status, "message": message,
                    "errors": [["message": message, "domain": "youtube.liveChat", "reason": reason]],
                ]
            ], status: .init(code: status))
    }

    private static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json; charset=UTF-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
