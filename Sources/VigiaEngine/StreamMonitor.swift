import VigiaCore

/// One stream's live analysis under one taxonomy, without I/O or clocks: each classified message is counted in its
/// second of stream time; each finished second goes to the ``BurstDetector``; what it finds comes back as events,
/// each opened or resolved burst with its insight and its sample messages. The ``Pipeline`` runs one per stream and
/// taxonomy, on messages it has redacted, classified and stored.
public struct StreamMonitor: Sendable {
    public struct Event: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case incidentOpened = "incident_opened"
            case incidentUpdated = "incident_updated"
            case incidentResolved = "incident_resolved"
            case insight
        }

        public let kind: Kind
        public let stream: StreamID
        public let taxonomy: String
        /// When it happened, in stream time.
        public let at: Timestamp
        public let burst: BurstDetector.Burst
        /// The text, for an insight.
        public let insight: String?
        /// Confident and diverse messages of the burst, most confident first (ids of stored messages).
        public let samples: [MessageID]
        /// The incident the event is about, once the pipeline has stored it.
        public internal(set) var incident: Int64?
    }

    /// A message that may be quoted: confident enough, and kept with its id so the incident can point at it.
    struct Sample: Sendable, Hashable {
        let id: MessageID?
        let text: String
        let confidence: Double
        /// The second of stream time it was said.
        var second: Int64 = 0
    }

    public let stream: StreamID
    public let taxonomy: String
    private let writer: RuleInsightWriter
    private var detector: BurstDetector
    /// The detector's, kept here: reading them through the detector copied it, every message.
    private let ignoredLabels: Set<String>
    private var second: Int64?
    /// The last second handed to the detector: a message of a second before it (a source that delivers late, such
    /// as a chat polled every few seconds) counts in the next one rather than being lost.
    private var closedThrough: Int64?
    private var total = 0
    private var counts: [String: Int] = [:]
    /// Recent confident messages of each label and top level, in a ring per label.
    private var samples: [String: SampleRing] = [:]
    /// Each label's top level (`audio` for `audio.sem_som`), worked out once.
    private var topLevels: [String: String?] = [:]

    /// Messages classified at least this sure can be quoted as examples.
    static let sampleConfidence = 0.7
    static let samplesKept = 30
    /// Sample messages an incident points at.
    static let samplesChosen = 10

    /// One closed second of the stream: how many messages, and how many had each label.
    public struct SecondCounts: Sendable, Hashable {
        public let stream: StreamID
        public let taxonomy: String
        /// Seconds since the epoch, stream time.
        public let second: Int64
        public let total: Int
        public let labels: [String: Int]
    }

    /// Whether closed seconds are kept for ``takeClosedSeconds()`` (a live view wants them; a replay does not).
    public let keepsSeconds: Bool
    private var closedSeconds: [SecondCounts] = []

    public init(
        stream: StreamID, taxonomy: String, settings: BurstDetector.Settings = .init(),
        writer: RuleInsightWriter = .init(), keepsSeconds: Bool = false
    ) {
        self.keepsSeconds = keepsSeconds
        self.stream = stream
        self.taxonomy = taxonomy
        self.writer = writer
        detector = BurstDetector(settings: settings)
        ignoredLabels = settings.ignoredLabels
    }

    /// The second of stream time being counted, if any message came.
    public var currentSecond: Int64? { second }

    /// The bursts open now, by label.
    public var openBursts: [String: BurstDetector.Burst] { detector.openBursts }

    /// Takes one message, already redacted (nothing here may see personal data) and classified (its label under
    /// this taxonomy and how sure the model was), with its id once stored. Messages must come in time order (a late
    /// one counts in the current second, or the first one still open). Returns what the seconds it closed revealed.
    public mutating func observe(
        redacted text: String, label: String, confidence: Double, id: MessageID? = nil, at time: Timestamp
    ) -> [Event] {
        let messageSecond = max(time.epochSecond, (closedThrough ?? .min) + 1)
        var events: [Event] = []
        if let second, messageSecond > second { events = closeSecond() }
        if second == nil || messageSecond > second! { second = messageSecond }
        total += 1
        counts[label, default: 0] += 1
        if confidence >= Self.sampleConfidence, !ignoredLabels.contains(label) {
            let sample = Sample(id: id, text: text, confidence: confidence, second: messageSecond)
            samples[label, default: SampleRing()].add(sample)
            if let top = topLevel(of: label) { samples[top, default: SampleRing()].add(sample) }
        }
        return events
    }

    /// Closes every second before `time`'s (the live clock says they are over, even if no message came), so that
    /// bursts are found and resolved while a stream is silent.
    public mutating func advance(to time: Timestamp) -> [Event] {
        let now = time.epochSecond
        var events: [Event] = []
        if let second {
            guard now > second else { return [] }
            events = closeSecond()
            self.second = nil
        }
        // The detector replays skipped seconds itself; one empty second at the end brings it up to date, every tick
        // of a silent stream too, so that its bursts end.
        if let closedThrough, now - 1 > closedThrough {
            second = now - 1
            events += closeSecond()
            second = nil
        }
        return events
    }

    /// The seconds closed since the last call, oldest first (none unless ``keepsSeconds``).
    public mutating func takeClosedSeconds() -> [SecondCounts] {
        defer { closedSeconds = [] }
        return closedSeconds
    }

    /// Closes the current second (at the end of a recording).
    public mutating func finish() -> [Event] { second == nil ? [] : closeSecond() }

    private mutating func closeSecond() -> [Event] {
        guard let second else { return [] }
        let found = detector.record(second: second, total: total, labels: counts)
        closedThrough = second
        if keepsSeconds {
            closedSeconds.append(
                SecondCounts(stream: stream, taxonomy: taxonomy, second: second, total: total, labels: counts))
        }
        total = 0
        counts = [:]
        let at = Timestamp(milliseconds: (second + 1) * 1000 - 1)
        var events: [Event] = []
        for found in found {
            let burst = found.burst
            // Said during the burst, when the ring has any: earlier ones are what the baseline was made of.
            let kept = newestSamples(of: burst.label)
            let during = kept.filter { $0.second >= burst.startedAt }
            let chosen = choose(from: during.isEmpty ? kept : during)
            func event(_ kind: Event.Kind, insight: String? = nil) -> Event {
                Event(
                    kind: kind, stream: stream, taxonomy: taxonomy, at: at, burst: burst, insight: insight,
                    samples: chosen.compactMap(\.id))
            }
            switch found {
            case .opened:
                events.append(event(.incidentOpened))
                let examples = chosen.prefix(writer.examples).map(\.text)
                events.append(event(.insight, insight: writer.opened(burst, examples: Array(examples))))
            case .updated:
                events.append(event(.incidentUpdated))
            case .resolved:
                events.append(event(.incidentResolved))
                events.append(event(.insight, insight: writer.resolved(burst)))
            }
        }
        return events
    }

    private mutating func topLevel(of label: String) -> String? {
        if let known = topLevels[label] { return known }
        let top = label.firstIndex(of: ".").map { String(label[..<$0]) }
        topLevels[label] = top
        return top
    }

    private func newestSamples(of label: String) -> [Sample] { samples[label]?.newestFirst ?? [] }

    /// Up to ``samplesChosen`` samples, most confident first (the newest first among equals), none saying nearly
    /// the same as one already chosen: their folded words overlap less than half (Jaccard), so "sem som", "SEM
    /// SOM!!" and "sem som" count once.
    func choose(from newestFirst: [Sample]) -> [Sample] {
        let ordered = newestFirst.indices.sorted { a, b in
            let (first, second) = (newestFirst[a], newestFirst[b])
            return first.confidence != second.confidence ? first.confidence > second.confidence : a < b
        }.map { newestFirst[$0] }
        var chosen: [(sample: Sample, words: Set<String>)] = []
        for sample in ordered {
            let words = Set(SearchText.words(sample.text))
            let repeats = chosen.contains { other in
                let union = words.union(other.words).count
                return union == 0 || Double(words.intersection(other.words).count) / Double(union) >= 0.5
            }
            if !repeats { chosen.append((sample, words)) }
            if chosen.count == Self.samplesChosen { break }
        }
        return chosen.map(\.sample)
    }
}

/// A label's last ``StreamMonitor/samplesKept`` samples, oldest overwritten first.
private struct SampleRing: Sendable {
    private var kept: [StreamMonitor.Sample] = []
    /// Where the next sample goes once the ring is full.
    private var next = 0

    mutating func add(_ sample: StreamMonitor.Sample) {
        if kept.count < StreamMonitor.samplesKept {
            kept.append(sample)
        } else {
            kept[next] = sample
        }
        next = (next + 1) % StreamMonitor.samplesKept
    }

    var newestFirst: [StreamMonitor.Sample] {
        (0..<kept.count).map { kept[(next - 1 - $0 + 2 * kept.count) % kept.count] }
    }
}
