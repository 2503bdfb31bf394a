import VigiaCore

/// What a ``Pipeline`` reports about a stream as it watches it, in stream time.
public enum StreamEvent: Sendable, Hashable {
    /// An incident opened, updated or resolved, or an insight about one.
    case burst(StreamMonitor.Event)
    /// A term started or stopped trending on a tagged stream.
    case trend(TrendEvent)
    /// A second of the stream closed, with its counts per label (when ``PipelineConfiguration/reportsSeconds``).
    case second(StreamMonitor.SecondCounts)

    public var stream: StreamID {
        switch self {
        case .burst(let event): event.stream
        case .trend(let event): event.stream
        case .second(let counts): counts.stream
        }
    }
}

/// A term that started or stopped trending: its frequency now against its own baseline ("neymar" right after a
/// goal, "bluetooth" after an app release).
public struct TrendEvent: Sendable, Hashable {
    public let stream: StreamID
    /// When stream time reached the end of the bucket that showed it.
    public let at: Timestamp
    public let change: TrendingTerms.Event
}
