import VigiaCore

/// What a ``Pipeline`` reports about a stream as it watches it, in stream time.
public enum StreamEvent: Sendable, Hashable {
    /// An incident opened, updated or resolved, or an insight about one.
    case burst(StreamMonitor.Event)
    /// A term started or stopped trending on a tagged stream.
    case trend(TrendEvent)
    /// A second of the stream closed, with its counts per label (when ``PipelineConfiguration/reportsSeconds``).
    case second(StreamMonitor.SecondCounts)
    /// Messages just committed, as stored (when ``PipelineConfiguration/liveMessagesPerSecond`` is not 0).
    case messages(LiveMessages)

    public var stream: StreamID {
        switch self {
        case .burst(let event): event.stream
        case .trend(let event): event.stream
        case .second(let counts): counts.stream
        case .messages(let live): live.stream
        }
    }
}

/// A sample of the messages one append committed, redacted and classified.
public struct LiveMessages: Sendable, Hashable {
    public let stream: StreamID
    public let messages: [(id: MessageID, message: NewMessage)]

    public static func == (a: LiveMessages, b: LiveMessages) -> Bool {
        a.stream == b.stream && a.messages.elementsEqual(b.messages) { $0.id == $1.id && $0.message == $1.message }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(stream)
        for (id, _) in messages { hasher.combine(id) }
    }
}

/// Picks the messages a live feed shows: at most `perSecond` a second of stream time, spread over the second (a
/// tenth of them in each tenth of a second, so the feed moves evenly), those with a label other than the quiet ones
/// first, then in arrival order.
struct LiveSampler {
    let perSecond: Int
    let quietLabels: Set<String>
    private var slot: Int64 = .min
    private var taken = 0

    init(perSecond: Int, quietLabels: Set<String>) {
        self.perSecond = perSecond
        self.quietLabels = quietLabels
    }

    private var perSlot: Int { max(1, perSecond / 10) }

    private func isTelling(_ message: NewMessage) -> Bool {
        message.predictions.contains { !quietLabels.contains($0.label) }
    }

    mutating func sample(_ messages: [NewMessage], ids: [MessageID]) -> [(id: MessageID, message: NewMessage)] {
        guard perSecond > 0 else { return [] }
        var chosen: [Int] = []
        var start = 0
        // A batch may span slots: each run of one slot shares that slot's quota.
        while start < messages.count {
            let runSlot = messages[start].eventTime.milliseconds / 100
            var end = start + 1
            while end < messages.count, messages[end].eventTime.milliseconds / 100 == runSlot { end += 1 }
            if runSlot != slot {
                slot = runSlot
                taken = 0
            }
            // On the ingest path: two passes that stop once the slot is full, allocating nothing per message.
            for wantsTelling in [true, false] where taken < perSlot {
                for index in start..<end where taken < perSlot && isTelling(messages[index]) == wantsTelling {
                    chosen.append(index)
                    taken += 1
                }
            }
            start = end
        }
        return chosen.sorted().map { (ids[$0], messages[$0]) }
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
