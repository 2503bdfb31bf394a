import VigiaCore
import VigiaText

/// One stream's live analysis, without I/O or clocks: each message is redacted, classified and counted in its
/// second of stream time; each finished second goes to the ``BurstDetector``; what it finds comes back as events,
/// each opened or resolved burst with its insight. `vigia run` drives one from a recording; the server will drive
/// one per stream.
public struct StreamMonitor {
    public struct Event: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case incidentOpened = "incident_opened"
            case incidentUpdated = "incident_updated"
            case incidentResolved = "incident_resolved"
            case insight
        }

        public let kind: Kind
        public let stream: StreamID
        /// When it happened, in stream time.
        public let at: Timestamp
        public let burst: BurstDetector.Burst
        /// The text, for an insight.
        public let insight: String?
    }

    public let stream: StreamID
    private let classifier: any TextClassifier
    private let redactor = PIIRedactor()
    private let writer: RuleInsightWriter
    private var detector: BurstDetector
    private var second: Int64?
    private var total = 0
    private var counts: [String: Int] = [:]
    /// Recent confident texts of each label and top level, newest last, for the insights' examples.
    private var samples: [String: [String]] = [:]
    private var sampleCursor: [String: Int] = [:]

    /// Texts classified at least this sure can be quoted as examples.
    static let sampleConfidence = 0.7
    static let samplesKept = 30

    public init(
        stream: StreamID, classifier: any TextClassifier, settings: BurstDetector.Settings = .init(),
        writer: RuleInsightWriter = .init()
    ) {
        self.stream = stream
        self.classifier = classifier
        self.writer = writer
        detector = BurstDetector(settings: settings)
    }

    /// Takes one message, at its stream time; messages must come in time order (a late one counts in the current
    /// second). Returns what the seconds it closed revealed.
    public mutating func ingest(_ text: String, at time: Timestamp) -> [Event] {
        // Redacted first: nothing after this line, examples in insights included, sees the personal data.
        let redacted = redactor.redact(text)
        return observe(redacted: redacted, classification: classifier.classify(redacted), at: time)
    }

    /// Takes a message already redacted and classified (the ingest pipeline does both once, for the store too).
    public mutating func observe(redacted: String, classification: Classification, at time: Timestamp) -> [Event] {
        let messageSecond = time.milliseconds >= 0 ? time.milliseconds / 1000 : (time.milliseconds - 999) / 1000
        var events: [Event] = []
        if let second, messageSecond > second { events = closeSecond() }
        if second == nil || messageSecond > second! { second = messageSecond }
        total += 1
        counts[classification.label, default: 0] += 1
        if classification.confidence >= Self.sampleConfidence {
            remember(redacted, for: classification.label)
            if let dot = classification.label.firstIndex(of: ".") {
                remember(redacted, for: String(classification.label[..<dot]))
            }
        }
        return events
    }

    /// Closes the current second (at the end of a recording).
    public mutating func finish() -> [Event] { second == nil ? [] : closeSecond() }

    private mutating func closeSecond() -> [Event] {
        guard let second else { return [] }
        let found = detector.record(second: second, total: total, labels: counts)
        total = 0
        counts = [:]
        let at = Timestamp(milliseconds: (second + 1) * 1000 - 1)
        var events: [Event] = []
        for event in found {
            switch event {
            case .opened(let burst):
                events.append(Event(kind: .incidentOpened, stream: stream, at: at, burst: burst, insight: nil))
                let text = writer.opened(burst, examples: examples(of: burst.label))
                events.append(Event(kind: .insight, stream: stream, at: at, burst: burst, insight: text))
            case .updated(let burst):
                events.append(Event(kind: .incidentUpdated, stream: stream, at: at, burst: burst, insight: nil))
            case .resolved(let burst):
                events.append(Event(kind: .incidentResolved, stream: stream, at: at, burst: burst, insight: nil))
                events.append(
                    Event(kind: .insight, stream: stream, at: at, burst: burst, insight: writer.resolved(burst)))
            }
        }
        return events
    }

    /// A ring of the label's last ``samplesKept`` texts; `sampleCursor` is where the next one goes.
    private mutating func remember(_ text: String, for label: String) {
        let slot = sampleCursor[label, default: 0]
        if samples[label, default: []].count < Self.samplesKept {
            samples[label, default: []].append(text)
        } else {
            samples[label, default: []][slot] = text
        }
        sampleCursor[label] = (slot + 1) % Self.samplesKept
    }

    /// The newest confident texts of a label, no two alike once folded (case, accents, punctuation).
    func examples(of label: String) -> [String] {
        var seen: Set<[String]> = []
        var chosen: [String] = []
        let kept = samples[label] ?? []
        let next = sampleCursor[label, default: 0]
        let newestFirst = (0..<kept.count).map { kept[(next - 1 - $0 + 2 * kept.count) % kept.count] }
        for text in newestFirst where seen.insert(SearchText.words(text)).inserted {
            chosen.append(text)
            if chosen.count == 3 { break }
        }
        return chosen
    }
}
