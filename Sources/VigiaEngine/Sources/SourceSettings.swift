/// Where sources connect and how patiently they retry; the defaults are the real services'.
public struct SourceSettings: Sendable {
    /// The YouTube Data API v3 root (tests point it at a loopback server).
    public var youtubeAPIBaseURL = "https://www.googleapis.com/youtube/v3"
    /// Quota units a Google project may spend a day; a warning is given at 80 %.
    public var youtubeDailyQuota = 10_000
    /// Twitch chat's IRC-over-WebSocket endpoint.
    public var twitchURL = "wss://irc-ws.chat.twitch.tv:443"
    /// The first wait after a failure, doubled after each failure in a row up to `maximumBackoff`; the actual wait
    /// is a random part of it (between half and all), so that sources failing together do not retry together.
    public var initialBackoff: Duration = .seconds(1)
    public var maximumBackoff: Duration = .seconds(300)
    /// The folder file sources may read in; without one, none is read.
    public var fileFolder: FileSourceFolder?
    /// How often a followed file is looked at for new lines, rotation and truncation.
    public var filePollInterval: Duration = .milliseconds(250)
    /// How long an HTTP request to YouTube may take.
    public var requestTimeout: Duration = .seconds(20)

    public init() {}
}
