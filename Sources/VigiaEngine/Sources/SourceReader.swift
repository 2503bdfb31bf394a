import VigiaCore

/// One kind of source (YouTube, Twitch, file): reads from its origin, reporting through a ``SourceContext``, while
/// the ``SourceSupervisor`` does what every kind needs (reconnects, backoff, the watchdog, statuses).
protocol SourceReader: Sendable {
    /// Connects and reads until the origin ends or wants another connection (returned), or fails (thrown, then
    /// retried after a backoff). Called again for every reconnection; returns or throws soon after cancellation.
    func read(_ context: SourceContext) async throws(VigiaError) -> SourceReadOutcome
}

/// How a reading session ended without failing.
enum SourceReadOutcome: Sendable, Hashable {
    /// Nothing more will come (the chat or live ended): the source is not restarted.
    case ended(reason: String)
    /// The origin asked for a new connection (Twitch's RECONNECT): connect again at once.
    case reconnect(reason: String)
    /// The origin refuses until `time` (YouTube's daily quota): wait until then, not for a backoff.
    case retry(at: Timestamp, reason: String)
}
