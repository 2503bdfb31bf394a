/// Where a stream's messages are read from while Vigia runs: a YouTube live chat, a Twitch channel's chat, or a
/// file that grows. Named within its tenant; one source feeds one stream.
public struct SourceDefinition: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case youtube, twitch, file
    }

    /// A YouTube live's chat, read through the Data API v3. One of `apiKey` and `accessToken` is needed.
    public struct YouTube: Sendable, Hashable, Codable {
        /// A video id or any of its URLs (`watch?v=`, `youtu.be/`, `/live/`).
        public var video: String
        /// Secret: never shown back.
        public var apiKey: String?
        /// An OAuth 2 access token (secret).
        public var accessToken: String?

        public init(video: String, apiKey: String? = nil, accessToken: String? = nil) {
            self.video = video
            self.apiKey = apiKey
            self.accessToken = accessToken
        }
    }

    /// A Twitch channel's chat, read anonymously over IRC.
    public struct Twitch: Sendable, Hashable, Codable {
        /// The channel's login name, without `#`.
        public var channel: String

        public init(channel: String) { self.channel = channel }
    }

    /// A local file followed as it grows (rotation and truncation included).
    public struct File: Sendable, Hashable, Codable {
        public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
            /// Each line is a message's text.
            case lines
            /// Each line is a JSON object like the ingest API's (`text`, optional `ts`, `author`, `id`).
            case jsonl
            /// A header line, then rows; the `text` column is required.
            case csv
        }

        public var path: String
        public var format: Format

        public init(path: String, format: Format = .lines) {
            self.path = path
            self.format = format
        }
    }

    public var name: String
    public var stream: StreamID
    public var kind: Kind
    public var youtube: YouTube?
    public var twitch: Twitch?
    public var file: File?
    /// Seconds without a message, while the source says its live is on, after which it counts as lagging and is
    /// reconnected.
    public var watchdogSeconds: Int

    public init(
        name: String, stream: StreamID, kind: Kind, youtube: YouTube? = nil, twitch: Twitch? = nil,
        file: File? = nil, watchdogSeconds: Int = 300
    ) {
        self.name = name
        self.stream = stream
        self.kind = kind
        self.youtube = youtube
        self.twitch = twitch
        self.file = file
        self.watchdogSeconds = watchdogSeconds
    }

    /// Throws `.invalidArgument` for a definition no source can run.
    public func validate() throws(VigiaError) {
        try SettingName.validate(name, what: "a source")
        guard (10...86_400).contains(watchdogSeconds) else {
            throw VigiaError(.invalidArgument, "watchdogSeconds must be in 10…86400")
        }
        switch kind {
        case .youtube:
            guard let youtube, twitch == nil, file == nil else {
                throw VigiaError(.invalidArgument, "a youtube source has a 'youtube' object and nothing else")
            }
            guard !youtube.video.allSatisfy(\.isWhitespace) else {
                throw VigiaError(.invalidArgument, "youtube.video names a video id or URL")
            }
            guard youtube.apiKey?.isEmpty == false || youtube.accessToken?.isEmpty == false else {
                throw VigiaError(.invalidArgument, "a youtube source needs youtube.apiKey or youtube.accessToken")
            }
        case .twitch:
            guard let twitch, youtube == nil, file == nil else {
                throw VigiaError(.invalidArgument, "a twitch source has a 'twitch' object and nothing else")
            }
            let login = twitch.channel.drop { $0 == "#" }
            guard (1...25).contains(login.count),
                login.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else {
                throw VigiaError(.invalidArgument, "twitch.channel is a login name: 1…25 letters, digits or _")
            }
        case .file:
            guard let file, youtube == nil, twitch == nil else {
                throw VigiaError(.invalidArgument, "a file source has a 'file' object and nothing else")
            }
            guard file.path.hasPrefix("/") else { throw VigiaError(.invalidArgument, "file.path must be absolute") }
        }
    }

    /// The definition as anyone may see it: secrets replaced by a mark that says one is set.
    public var redacted: SourceDefinition {
        var copy = self
        if copy.youtube?.apiKey != nil { copy.youtube?.apiKey = Self.hiddenSecret }
        if copy.youtube?.accessToken != nil { copy.youtube?.accessToken = Self.hiddenSecret }
        return copy
    }

    /// What a redacted secret reads as.
    public static let hiddenSecret = "(set)"
}

/// How a running source is doing, as the API and dashboard show it.
public struct SourceStatus: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// Starting, or reconnecting after a failure (see ``SourceStatus/reason``).
        case connecting
        /// Reading.
        case connected
        /// Connected, but nothing new for longer than the watchdog allows while the live is on.
        case lagging
        /// Failed; retried after ``SourceStatus/retryAt`` unless the failure is final.
        case error
        /// The live or chat ended; nothing more will come.
        case ended
        /// Not running (the node is stopping, or the source was removed).
        case stopped
    }

    public var state: State
    /// Why it is not simply connected, in words a person on duty understands (never a secret).
    public var reason: String?
    public var messages: Int
    public var lastMessageAt: Timestamp?
    public var retryAt: Timestamp?
    /// YouTube quota units spent today (Pacific time, as Google counts), when the source spends any.
    public var quotaUsed: Int?
    public var updatedAt: Timestamp

    public init(
        state: State, reason: String? = nil, messages: Int = 0, lastMessageAt: Timestamp? = nil,
        retryAt: Timestamp? = nil, quotaUsed: Int? = nil, updatedAt: Timestamp
    ) {
        self.state = state
        self.reason = reason
        self.messages = messages
        self.lastMessageAt = lastMessageAt
        self.retryAt = retryAt
        self.quotaUsed = quotaUsed
        self.updatedAt = updatedAt
    }
}

/// The names of a tenant's sources, receivers and routes: what commands and URLs use.
public enum SettingName {
    /// Throws `.invalidArgument` unless `name` is 1…64 letters, digits, `-`, `_` or `.`.
    public static func validate(_ name: String, what: String) throws(VigiaError) {
        guard (1...64).contains(name.count),
            name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
        else {
            throw VigiaError(.invalidArgument, "\(what)'s name is 1…64 letters, digits, '-', '_' or '.'")
        }
    }
}

extension SourceDefinition {
    /// `watchdogSeconds` may be left out (300 s).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            stream: try container.decode(StreamID.self, forKey: .stream),
            kind: try container.decode(Kind.self, forKey: .kind),
            youtube: try container.decodeIfPresent(YouTube.self, forKey: .youtube),
            twitch: try container.decodeIfPresent(Twitch.self, forKey: .twitch),
            file: try container.decodeIfPresent(File.self, forKey: .file),
            watchdogSeconds: try container.decodeIfPresent(Int.self, forKey: .watchdogSeconds) ?? 300)
    }
}

extension SourceDefinition {
    /// Whether `other` reads the same chat or file into the same stream, so that a checkpoint of one fits the other.
    public func readsTheSame(as other: SourceDefinition) -> Bool {
        stream == other.stream && kind == other.kind && youtube?.video == other.youtube?.video
            && twitch?.channel == other.twitch?.channel && file == other.file
    }
}
